// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

/**
 * A view of text for label matching: whitespace, quotes and markdown marks
 * dropped, full-width ASCII folded to half-width. Real reports break labels
 * with spaces and line breaks ("本 年 度 办 理 结 果") and mix bracket widths;
 * in this view they all read the same. Each character remembers its position
 * in the original.
 */
class NormalizedText final
{
public:
    NormalizedText() = default;
    explicit NormalizedText(const QString &text, qsizetype from = 0, qsizetype to = -1);

    /// The same folding applied to a label of the catalogue.
    static QString normalize(const QString &text);
    static QChar foldChar(QChar c);
    /// QChar::isSpace(), answered inline for the CJK characters that make most
    /// of a report: every Unicode space is at or below U+3000, and above U+007F
    /// Qt answers through a function call.
    static bool isSpace(QChar c) { return c.unicode() <= 0x3000 && c.isSpace(); }

    const QString &text() const { return m_text; }
    /// Original position of normalized position i.
    qsizetype originalPos(qsizetype i) const { return m_positions[std::size_t(i)]; }
    /// Original [begin, end) of normalized [from, to).
    qsizetype originalBegin(qsizetype from) const;
    qsizetype originalEnd(qsizetype to) const;
    /// Normalized index of the first character at or after original position pos.
    qsizetype normalizedIndex(qsizetype pos) const;

private:
    QString m_text;
    std::vector<qsizetype> m_positions;
    qsizetype m_originalEnd = 0;
};
