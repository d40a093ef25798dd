// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report.h"
#include "parser/cellsolver.h"
#include "parser/normalizedtext.h"
#include "parser/valuetoken.h"

#include <vector>

struct PlainText;
class FormatSchema;

/**
 * Finds tables 2, 3 and 4 in a report's plain text and reads their cells.
 *
 * Layout-agnostic by design: whatever the layout (tabs, one cell per line,
 * space-aligned PDF text, markdown pipes, glued digits, an HTML grid), the
 * text of a table is a sequence of row labels and values. Row labels that
 * appear in table order are anchors; the values between two anchors belong
 * to the rows between them, in order. Labels that come after their numbers
 * (PDF reading order) simply do not anchor.
 */
class TableExtractor final
{
public:
    struct Result
    {
        QString format;   ///< "2019", "2021" or "pre2019"
        QString t2Format;
        QString t3Format;
        std::vector<Cell> cells;
        qsizetype tablesBegin = -1; ///< plain-text position of the first table, -1 when none
        QStringList notes;
        CellSolver::Work solverWork; ///< what placing the cells cost
    };

    /// norm: plain's text normalised (the parser has it already: built twice, it was 4 %
    /// of an import). exactGrid: cells come from a real table grid (HTML): blank cells are exact.
    TableExtractor(const PlainText &plain, const NormalizedText &norm, bool exactGrid);

    Result extract();

private:
    struct Region
    {
        qsizetype begin = -1; ///< normalized positions
        qsizetype end = -1;
        bool isValid() const { return begin >= 0 && end > begin; }
    };
    struct LabelHit
    {
        QString row;
        qsizetype begin = 0; ///< plain positions, number prefix included
        qsizetype end = 0;
        bool strong = false; ///< a value follows on the same line
    };
    /// The text of a table as its labels are matched: numbers standing alone and page
    /// footers masked, so a label wrapped around its row's values reads whole.
    struct LabelView
    {
        NormalizedText norm;
        qsizetype begin = 0;                 ///< plain position of the region
        std::vector<qsizetype> maskedBefore; ///< masked characters before each plain position
        /// Whether masked text stands between plain positions a < b.
        bool cutBetween(qsizetype a, qsizetype b) const;
    };

    qsizetype find(const QString &needle, qsizetype from, qsizetype to = -1) const;
    qsizetype findAny(const QStringList &needles, qsizetype from, qsizetype to = -1) const;
    qsizetype headingStart(qsizetype at) const;
    qsizetype regionStart(const QString &table) const;
    qsizetype enclosingHeading(qsizetype at, int section) const;
    void locateRegions();
    QString detectT2Format() const;
    std::vector<LabelHit> findLabels(const QString &table, const LabelView &view, const QStringList &rows,
                                     const QHash<QString, QString> &renamed);
    LabelView labelView(const Region &region) const;
    void excludeVocabulary(const Region &region);
    std::vector<ValueToken> tokenize(qsizetype begin, qsizetype end) const;
    std::vector<ValueToken> regionTokens(const Region &region) const;
    /// Lines or grid cells separate the cells: the tokens' digits are never glued cells.
    static void keepDigitsApart(std::vector<ValueToken> &tokens);
    bool isExcluded(qsizetype pos) const;
    /// Plain positions [begin, end) are label or vocabulary text: never values.
    void exclude(qsizetype begin, qsizetype end);
    qsizetype regionEnd(const Region &region) const;
    bool hasCellPerLine(const std::vector<ValueToken> &tokens, const std::vector<LabelHit> &hits) const;
    bool isCoveredSlot(qsizetype fieldBegin, qsizetype fieldEnd) const;
    bool valueFollows(qsizetype pos) const;
    std::vector<LabelHit> anchorsInOrder(std::vector<LabelHit> hits, const QStringList &rows) const;
    void readRows(class CellSolver &solver, const FormatSchema &schema, const QString &table,
                  const QStringList &rows, const std::vector<LabelHit> &anchors, const Region &region) const;
    /// tokens: the region's, as regionTokens() gives them for the table's layout.
    bool readRowsByLine(class CellSolver &solver, const FormatSchema &schema, const QString &table,
                        const QStringList &rows, const std::vector<LabelHit> &hits,
                        const std::vector<ValueToken> &tokens) const;
    std::vector<int> headedT2Columns(const FormatSchema &schema, const std::vector<int> &cells,
                                     qsizetype labelBegin) const;
    std::vector<ValueToken> valuesBeforeOnlyLabel(const std::vector<LabelHit> &hits, std::size_t h) const;
    void readT2Rows(class CellSolver &solver, const FormatSchema &schema, const QStringList &rows,
                    const std::vector<LabelHit> &hits) const;
    std::vector<ValueToken> fitBlanks(const std::vector<ValueToken> &tokens, std::size_t expected) const;

    const PlainText &m_plain;
    bool m_exactGrid = false;
    const NormalizedText &m_norm;
    Region m_t2;
    Region m_t3;
    Region m_t4;
    /// Per plain position: excluded (see exclude()). A mask, not a list of spans:
    /// tokenize() asks for every character.
    std::vector<char> m_excluded;
    bool m_cellPerLine = false; ///< the table being read has one cell per line: no glued digits
};
