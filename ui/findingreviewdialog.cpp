// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findingreviewdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

FindingReviewDialog::FindingReviewDialog(ReviewStatus status, int findingCount, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_status(status)
    , m_findingCount(findingCount)
    , m_label(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_label->setWordWrap(true);
    m_note->setPlainText(note);
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString FindingReviewDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void FindingReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FindingReviewDialog::retranslateUi()
{
    switch (m_status) {
    case ReviewStatus::Confirmed:
        setWindowTitle(tr("Confirm Findings"));
        m_label->setText(tr("Confirm %n finding(s): the report itself is wrong. Note (optional):", nullptr,
                            m_findingCount));
        break;
    case ReviewStatus::Dismissed:
        setWindowTitle(tr("Dismiss Findings"));
        m_label->setText(tr("Dismiss %n finding(s). Note (optional):", nullptr, m_findingCount));
        break;
    case ReviewStatus::Corrected:
        setWindowTitle(tr("Mark Findings Corrected"));
        m_label->setText(tr("Mark %n finding(s) corrected: the extraction was wrong and is fixed. Note (optional):",
                            nullptr, m_findingCount));
        break;
    case ReviewStatus::Open:
        setWindowTitle(tr("Reopen Findings"));
        m_label->setText(tr("Reopen %n finding(s). Note (optional):", nullptr, m_findingCount));
        break;
    }
    m_note->setPlaceholderText(tr("Why, for the next reviewer"));
}
