// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/projectexporter.h"

#include <QDialog>
#include <QList>

class ProjectDocument;
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

/**
 * Exports the open project as CSV: layout (tidy or wide), which reports (all,
 * the selected ones, only those without open errors), encoding (UTF-8 with a
 * BOM by default, so that Excel reads it, plain UTF-8, GB18030) and the file.
 * It writes the document as the reviewer sees it, unsaved corrections
 * included, through the same ProjectExporter as `govinfo-review export`.
 * Accepting writes the file; on failure the reason is shown and the dialog
 * stays open. The choices and the folder are remembered (QSettings).
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ProjectDocument *document, QList<qint64> selectedReportIds, QWidget *parent = nullptr);
    ~ExportDialog() override;
    Q_DISABLE_COPY_MOVE(ExportDialog)

    ProjectExporter::Options options() const;
    void setOptions(const ProjectExporter::Options &options);
    QString filePath() const;
    void setFilePath(const QString &path);
    /// Reports written by the last export.
    int exportedCount() const { return m_exported; }
    QString errorString() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onBrowse();
    void updateExportButton();

    ProjectDocument *m_document;
    QList<qint64> m_selected;
    QGroupBox *m_layoutBox = nullptr;
    QRadioButton *m_tidy = nullptr;
    QRadioButton *m_wide = nullptr;
    QGroupBox *m_reportsBox = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selectedOnly = nullptr;
    QRadioButton *m_withoutErrors = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_exported = 0;
    QString m_error;
};
