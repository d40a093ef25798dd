// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfixture.h"

#include <QDebug>
#include <QDir>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/projectdocument.h"
#include "models/storage/reportimporter.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/reportfilereader.h"

namespace ReviewFixture {

QStringList seedNames()
{
    return QDir(QStringLiteral(GOVINFO_TEST_DATA "/seeds")).entryList(QDir::Files, QDir::Name);
}

bool importSeeds(const QString &location, const QStringList &names)
{
    SqliteProjectStore store;
    if (!store.open(location)) {
        qWarning() << store.errorString();
        return false;
    }
    ReportImporter importer(store);
    for (const QString &name : names) {
        const ReadOutcome outcome = ReportFileReader::read(QStringLiteral(GOVINFO_TEST_DATA "/seeds/") + name);
        if (!outcome.report) {
            qWarning() << outcome.error;
            return false;
        }
        if (!importer.import(*outcome.report)) {
            qWarning() << importer.errorString();
            return false;
        }
    }
    return true;
}

qint64 reportId(const ProjectDocument &document, const QString &fileName)
{
    for (int row = 0; row < document.reportCount(); ++row) {
        if (document.reportSummary(row).fileName == fileName)
            return document.reportSummary(row).id;
    }
    return 0;
}

int cellIndex(const Report &report, const QString &key)
{
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    return schema ? schema->indexOf(key) : -1;
}

SeededProject::SeededProject(const QStringList &names)
    : m_location(m_dir.filePath(QStringLiteral("p.sqlite")))
{
    if (!m_dir.isValid()) {
        qWarning() << "no temporary folder:" << m_dir.errorString();
        return;
    }
    if (!importSeeds(m_location, names))
        return;
    auto document = std::make_unique<ProjectDocument>(std::make_unique<SqliteProjectStore>());
    if (!document->open(m_location)) {
        qWarning() << "the project does not open:" << document->errorString();
        return;
    }
    m_document = std::move(document);
}

SeededProject::~SeededProject() = default;

bool SeededProject::isOpen() const
{
    return m_document != nullptr;
}

} // namespace ReviewFixture
