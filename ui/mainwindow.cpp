// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <memory>

#include "models/report.h"
#include "models/review/projectdocument.h"
#include "models/storage/reportimporter.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/batchreader.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(std::make_unique<SqliteProjectStore>(), this))
{
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    if (!m_document->open(path)) {
        m_error = m_document->errorString();
        return false;
    }
    m_error.clear();
    return true;
}

void MainWindow::importPaths(const QStringList &paths)
{
    importPathsNow(paths);
}

bool MainWindow::importPathsNow(const QStringList &paths)
{
    QStringList failures;
    const QStringList files = ReportFileReader::collectFiles(paths, &failures);
    ReportImporter importer(m_document->store());
    int stored = 0;
    for (const ReadOutcome &outcome : BatchReader::read(files)) {
        if (!outcome.report) {
            failures.append(outcome.error);
            continue;
        }
        if (importer.import(*outcome.report))
            ++stored;
        else
            failures.append(importer.errorString());
    }
    m_document->reloadReports();
    m_error = failures.join(u'\n');
    return stored > 0 || failures.isEmpty();
}
