// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser/plaintext.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * Turns an HTML document into the lines the table extractor reads, using a
 * real HTML5 parser (gumbo). Block elements and <br> end lines; script and
 * style are dropped; entities are decoded and &nbsp; is a space; runs of
 * white space collapse as a browser shows them. Every <table> is written one
 * <tr> per line with cells separated by '\t', row and column spans expanded
 * to empty cells, so the grid is rectangular like a Word table pasted as
 * text; inside a cell, <br> and <p> are a space. Each character remembers
 * its offset in the HTML (PlainText::sourceOffsets); line breaks and tabs
 * point at the tag that caused them: a tab at the cell it opens, so the tab
 * that opens a slot covered by a span points at the same offset as the tab or
 * line break that closes the slot (the next real cell, or the row's end),
 * while a real empty cell has an offset of its own. Thread-safe.
 */
class HtmlFlattener final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlFlattener)

public:
    /// Deeper documents are refused: the parser recurses per open element.
    /// Real reports nest a few dozen deep.
    static constexpr int MaxNestingDepth = 500;

    /// On failure returns nothing and sets *error to a translated reason.
    static std::optional<PlainText> flatten(const QString &html, QString *error);
};
