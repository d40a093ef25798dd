// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QString>
#include <QStringList>

class ProjectDocument;

/**
 * The review window: the report list, the original text, the grids of the
 * selected report and the findings, over one ProjectDocument.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// Opens (creating when absent) the project; false with a message box-free errorString() on failure.
    bool openProject(const QString &path);
    QString errorString() const { return m_error; }
    ProjectDocument *document() const { return m_document; }
    /// Imports files/folders into the open project (through the import dialog; blocking=false).
    void importPaths(const QStringList &paths);
    /// Imports on the calling thread, without a dialog; for tests and scripts.
    /// False when nothing could be stored (errorString()).
    bool importPathsNow(const QStringList &paths);

private:
    ProjectDocument *m_document = nullptr;
    QString m_error;
};
