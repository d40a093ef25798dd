// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/finding.h"

class QLabel;
class QPlainTextEdit;
class QDialogButtonBox;

/** Asks for the optional note that goes with a review verdict on findings. */
class FindingReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    FindingReviewDialog(ReviewStatus status, int findingCount, const QString &note, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindingReviewDialog)

    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ReviewStatus m_status;
    int m_findingCount;
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
