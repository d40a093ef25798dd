// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "models/review/documentexportsource.h"
#include "models/review/projectdocument.h"

namespace {

const QString LayoutKey = QStringLiteral("export/layout");
const QString EncodingKey = QStringLiteral("export/encoding");
const QString FolderKey = QStringLiteral("export/folder");

} // namespace

ExportDialog::ExportDialog(ProjectDocument *document, QList<qint64> selectedReportIds, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_selected(std::move(selectedReportIds))
    , m_layoutBox(new QGroupBox(this))
    , m_tidy(new QRadioButton(m_layoutBox))
    , m_wide(new QRadioButton(m_layoutBox))
    , m_reportsBox(new QGroupBox(this))
    , m_all(new QRadioButton(m_reportsBox))
    , m_selectedOnly(new QRadioButton(m_reportsBox))
    , m_withoutErrors(new QRadioButton(m_reportsBox))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_tidy->setObjectName(QStringLiteral("tidy"));
    m_wide->setObjectName(QStringLiteral("wide"));
    m_all->setObjectName(QStringLiteral("allReports"));
    m_selectedOnly->setObjectName(QStringLiteral("selectedReports"));
    m_withoutErrors->setObjectName(QStringLiteral("reportsWithoutErrors"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_file->setObjectName(QStringLiteral("file"));

    auto *layoutLayout = new QVBoxLayout(m_layoutBox);
    layoutLayout->addWidget(m_tidy);
    layoutLayout->addWidget(m_wide);
    auto *reportsLayout = new QVBoxLayout(m_reportsBox);
    reportsLayout->addWidget(m_all);
    reportsLayout->addWidget(m_selectedOnly);
    reportsLayout->addWidget(m_withoutErrors);

    // Excel reads UTF-8 only with a BOM: that is the first choice and the default.
    m_encoding->addItem(QString(), int(CsvExporter::Encoding::Utf8Bom));
    m_encoding->addItem(QString(), int(CsvExporter::Encoding::Utf8));
    m_encoding->addItem(QString(), int(CsvExporter::Encoding::Gb18030));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_fileLabel, fileRow);
    m_encodingLabel->setBuddy(m_encoding);
    m_fileLabel->setBuddy(m_file);

    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_layoutBox);
    choices->addWidget(m_reportsBox);
    layout->addLayout(choices);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QSettings settings;
    const bool wide = settings.value(LayoutKey).toString() == u"wide";
    (wide ? m_wide : m_tidy)->setChecked(true);
    const int encodingRow = m_encoding->findData(settings.value(EncodingKey, int(CsvExporter::Encoding::Utf8Bom)));
    m_encoding->setCurrentIndex(std::max(0, encodingRow));
    m_all->setChecked(true);
    m_selectedOnly->setEnabled(!m_selected.isEmpty());

    QString folder = settings.value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(m_document->location()).completeBaseName();
    m_file->setText(QDir::toNativeSeparators(
        QDir(folder).filePath((base.isEmpty() ? QStringLiteral("govinfo") : base) + QStringLiteral(".csv"))));

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::onBrowse);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateExportButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    retranslateUi();
    updateExportButton();
}

ExportDialog::~ExportDialog() = default;

ProjectExporter::Options ExportDialog::options() const
{
    ProjectExporter::Options options;
    options.layout = m_wide->isChecked() ? CsvExporter::Layout::Wide : CsvExporter::Layout::Tidy;
    options.encoding = CsvExporter::Encoding(m_encoding->currentData().toInt());
    if (m_selectedOnly->isChecked()) {
        options.selection = ProjectExporter::Selection::Selected;
        options.reportIds = m_selected;
    } else if (m_withoutErrors->isChecked()) {
        options.selection = ProjectExporter::Selection::WithoutOpenErrors;
    }
    return options;
}

void ExportDialog::setOptions(const ProjectExporter::Options &options)
{
    (options.layout == CsvExporter::Layout::Wide ? m_wide : m_tidy)->setChecked(true);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(options.encoding))));
    switch (options.selection) {
    case ProjectExporter::Selection::All:
        m_all->setChecked(true);
        break;
    case ProjectExporter::Selection::Selected:
        m_selected = options.reportIds;
        m_selectedOnly->setEnabled(true);
        m_selectedOnly->setChecked(true);
        break;
    case ProjectExporter::Selection::WithoutOpenErrors:
        m_withoutErrors->setChecked(true);
        break;
    }
    retranslateUi();
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void ExportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::accept()
{
    const QString path = filePath();
    if (path.isEmpty())
        return;
    DocumentExportSource source(m_document);
    ProjectExporter exporter(source);
    if (!exporter.exportTo(path, options())) {
        m_exported = 0;
        m_error = exporter.errorString();
        QMessageBox::warning(this, tr("Export Failed"), m_error);
        return;
    }
    m_exported = exporter.exportedCount();
    m_error.clear();

    QSettings settings;
    settings.setValue(LayoutKey, m_wide->isChecked() ? QStringLiteral("wide") : QStringLiteral("tidy"));
    settings.setValue(EncodingKey, m_encoding->currentData());
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    QDialog::accept();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export CSV"));
    m_layoutBox->setTitle(tr("Layout"));
    m_tidy->setText(tr("&Tidy: one line per cell"));
    m_wide->setText(tr("&Wide: one line per report, one column per cell"));
    m_reportsBox->setTitle(tr("Reports"));
    m_all->setText(tr("&All reports (%1)").arg(m_document->reportCount()));
    m_selectedOnly->setText(tr("&Selected reports (%1)").arg(m_selected.size()));
    m_withoutErrors->setText(tr("Only reports &without open errors"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setItemText(0, tr("UTF-8 with BOM (for Excel)"));
    m_encoding->setItemText(1, tr("UTF-8"));
    m_encoding->setItemText(2, tr("GB18030"));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
}

void ExportDialog::onBrowse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), filePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ExportDialog::updateExportButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!filePath().isEmpty());
}
