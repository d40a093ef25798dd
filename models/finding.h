// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

enum class Severity { Info, Warning, Error };

/** The reviewer's verdict on a finding. */
enum class ReviewStatus {
    Open,
    Confirmed, ///< the report itself is wrong
    Dismissed,
    Corrected, ///< the extraction was wrong and a cell was edited
};

QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);
QString reviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(const QString &name);

/**
 * One failed check: which check, the cells it involves, the numbers and the
 * words its message quotes. The message itself, in Chinese and in English, is
 * made from these when shown (FindingText), so it names rows and columns by
 * the labels of the day and a stored finding needs no rewriting when they change.
 */
struct Finding
{
    QString checkId;      ///< "t3.balance", "cell.missing", ...
    Severity severity = Severity::Error;
    QStringList cells;    ///< canonical keys, "t3/new/total"
    QString expected;     ///< what the arithmetic expects (format.shape: table 2's format); empty when none
    QString actual;       ///< what the report says (format.shape: table 3's format)
    QString detail;       ///< what the message quotes: the cell's raw text, the candidate splits, the narrative's words
    ReviewStatus status = ReviewStatus::Open;
    QString note;         ///< the reviewer's note
    qint64 id = 0;        ///< store id; 0 until stored

    /// Identifies the same finding across re-checks, so a review status
    /// survives edits that do not resolve it: the check id and the cells. A
    /// finding about no cell (report.sections, format.shape) adds what it
    /// expected (the missing section's number), or two would be one.
    QString identity() const;
};
