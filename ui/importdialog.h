// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

struct ImportSummary;
class ImportWorker;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

/**
 * Imports files and folders into a project with a progress bar and Cancel.
 * The import runs off the GUI thread (ImportWorker) from the moment the
 * dialog is shown; when it ends the dialog shows the summary (reports read,
 * files not read with the reason) and Cancel becomes Close.
 *
 * exec() returns Accepted when every file was imported, Rejected when the
 * import was cancelled or some files failed. In every case reports may have
 * been stored: the caller reloads its document (ProjectDocument::reloadReports()).
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &projectPath, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;
    Q_DISABLE_COPY_MOVE(ImportDialog)

    bool isFinished() const;
    /// Valid once isFinished().
    const ImportSummary &summary() const;
    /// The summary as shown (translated lines).
    QString summaryText() const;

public slots:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onProgressChanged(int done, int total, const QString &path);
    void onFinished();

    ImportWorker *m_worker = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_done = 0;
    int m_total = 0;
};
