// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <vector>

/**
 * Prepares an HTML report for QTextBrowser: wraps the source spans of its
 * cells in <a href="cell:INDEX" name="cell-INDEX"> (with a background span
 * when the cell has an open finding) and puts <a name="section-N"> at the
 * section headings, so that the rendered tables keep their structure while
 * cells can be clicked, found and scrolled to. Offsets are into the HTML
 * source, as Report::text keeps it.
 */
class HtmlCellMarkup final
{
public:
    struct Mark
    {
        qsizetype offset = -1;
        qsizetype length = 0;
        int cellIndex = -1;   ///< -1: a section anchor (sectionNumber)
        int sectionNumber = 0;
        QColor background;    ///< invalid: no tint
    };

    static QString cellAnchor(int cellIndex);
    static QString sectionAnchor(int sectionNumber);
    /// The cell index of a "cell:INDEX" link, -1 for any other.
    static int cellOfLink(const QString &href);

    /// Inserts the marks that lie inside one text node; the others are left
    /// out (a span across tags cannot be wrapped without breaking the tree).
    /// linkColor is the colour of the cell text (the palette's text colour).
    static QString apply(const QString &html, std::vector<Mark> marks, const QColor &linkColor);
    /// True when [offset, offset + length) is plain text of one text node.
    static bool isInsideTextNode(const QString &html, qsizetype offset, qsizetype length);
};
