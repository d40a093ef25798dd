// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/storage/importsession.h"
#include "ui/importworker.h"

ImportDialog::ImportDialog(const QString &projectPath, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_worker(new ImportWorker(projectPath, paths, this))
    , m_status(new QLabel(this))
    , m_file(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setModal(true);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_progress->setRange(0, 0); // busy until the files are counted
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_file);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_worker, &ImportWorker::progressChanged, this, &ImportDialog::onProgressChanged);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::onFinished);
    retranslateUi();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isFinished() const
{
    return m_worker->isFinished();
}

const ImportSummary &ImportDialog::summary() const
{
    return m_worker->summary();
}

QString ImportDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void ImportDialog::reject()
{
    // While the import runs, Cancel (or Esc, or closing) stops it; the
    // dialog stays to show what was stored.
    if (m_worker->isRunning()) {
        m_worker->cancel();
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        retranslateUi();
        return;
    }
    if (isFinished() && summary().failures.isEmpty() && !summary().wasCancelled())
        QDialog::accept();
    else
        QDialog::reject();
}

void ImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_worker->start();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Reports"));
    if (isFinished()) {
        const ImportSummary &result = summary();
        if (result.wasCancelled())
            m_status->setText(tr("Import cancelled: %n report(s) stored.", nullptr, result.read));
        else if (!result.failures.isEmpty())
            m_status->setText(tr("Import finished: %1 of %n file(s) read.", nullptr, result.files).arg(result.read));
        else
            m_status->setText(tr("Import finished: %n report(s) read.", nullptr, result.read));
        m_summary->setPlainText(result.lines().join(u'\n'));
    } else if (m_worker->isCancelRequested()) {
        m_status->setText(tr("Cancelling…"));
    } else if (m_total > 0) {
        m_status->setText(tr("Reading files: %1 of %2 done…").arg(m_done).arg(m_total));
    } else {
        m_status->setText(tr("Looking for report files…"));
    }
}

void ImportDialog::onProgressChanged(int done, int total, const QString &path)
{
    m_done = done;
    m_total = total;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));
    if (!m_worker->isCancelRequested())
        retranslateUi();
}

void ImportDialog::onFinished()
{
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (!summary().wasCancelled())
        m_progress->setValue(m_progress->maximum());
    m_file->clear();
    m_file->setVisible(false);
    m_summary->setVisible(true);
    // Close has the reject role: reject() then ends the dialog with the import's result.
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    retranslateUi();
    resize(sizeHint().expandedTo(size()));
}
