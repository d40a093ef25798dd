// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report.h"

#include <QString>

#include <vector>

/**
 * The text the table extractor reads, with a map back to the decoded source.
 * For plain text it is the source itself; for HTML it is the document
 * flattened to lines, one table row per line with cells separated by tabs
 * (row and column spans expanded to empty cells), each character remembering
 * where in the HTML source it came from.
 */
struct PlainText
{
    QString text;
    /// Per character of text: its offset in the decoded source. Empty means identity.
    std::vector<qsizetype> sourceOffsets;
    /// An HTML document's <title> (a browser shows it in the tab, not on the
    /// page, so it is not in text); empty for plain text.
    QString title;

    /// The source span covering text[from, from + length).
    SourceSpan toSource(qsizetype from, qsizetype length) const;
};
