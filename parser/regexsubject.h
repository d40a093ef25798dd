// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

/**
 * A text that several patterns are matched against, its UTF-16 checked once.
 *
 * PCRE2 checks that a subject is valid UTF-16 before each match (and a
 * QRegularExpressionMatchIterator before its first): a pass over the whole
 * subject every time. A report's text goes through a dozen patterns or more;
 * those passes were 3 % of an import's instructions (callgrind, 300 reports).
 * A valid text is checked here once and matched without PCRE2's check; one
 * that is not (a lone surrogate from a broken UTF-16 file) keeps PCRE2's
 * check, which then refuses it as it always did.
 */
class RegexSubject final
{
public:
    /// text must outlive this object, unchanged (so a temporary is refused).
    explicit RegexSubject(const QString &text);
    explicit RegexSubject(QString &&) = delete;

    const QString &text() const { return m_text; }
    QRegularExpressionMatch match(const QRegularExpression &pattern, qsizetype offset = 0) const;
    QRegularExpressionMatchIterator globalMatch(const QRegularExpression &pattern, qsizetype offset = 0) const;

private:
    const QString &m_text;
    QRegularExpression::MatchOptions m_options;
};
