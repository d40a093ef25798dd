// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report.h"
#include "parser/valuetoken.h"

#include <functional>
#include <vector>

class FormatSchema;
struct SumRelation;
struct PlainText;

/**
 * Places value tokens into table cells. A group is a run of cells (one row,
 * or several rows the text gives no boundary between) and the tokens the
 * text gives for them. When there are as many tokens as cells, each token is
 * its cell. When there are fewer, the text lost separators: glued digits
 * ("898989") or runs of equal cells collapsed into one ("8 0 8"). Then every
 * reading is enumerated and the table's own arithmetic (FormatSchema
 * relations) picks among them: one reading left → its cells are Inferred;
 * several → the cells they disagree on are Ambiguous, with the candidates.
 */
class CellSolver final
{
public:
    explicit CellSolver(const FormatSchema &schema);

    /// allowRuns: the layout may collapse equal neighbours (one cell per line).
    void addGroup(std::vector<int> cells, std::vector<ValueToken> tokens, bool allowRuns);

    /// Solves every group and writes the cells (indexes in schema order);
    /// spans are mapped from the plain text to the source.
    void solveInto(std::vector<Cell> &cells, const PlainText &plain);

private:
    /// One cell's share of a token.
    struct Placed
    {
        ValueToken::Kind kind = ValueToken::Kind::Blank;
        std::optional<Decimal> value;
        QString raw;
        QString unit;
        bool approximate = false;
        bool derived = false; ///< split from glued digits or expanded from a run
        qsizetype pos = 0;
        qsizetype length = 0;
    };
    using Reading = std::vector<Placed>;

    /// A relation over a group's own cells, by their positions in the group.
    struct LocalRelation
    {
        std::vector<std::size_t> left;
        std::vector<std::size_t> right;
    };

    struct Group
    {
        std::vector<int> cells;
        std::vector<ValueToken> tokens;
        bool allowRuns = false;
        std::vector<Reading> readings; ///< all readings that fit so far
        bool overflow = false;         ///< too many readings to enumerate
        /// For each position: the relations over the group's own cells whose last cell it is.
        /// A partial reading that breaks one is dropped while the readings are enumerated.
        std::vector<std::vector<LocalRelation>> closing;
        bool prune = true; ///< off when no reading keeps them: the source's own arithmetic is off
    };

    static void enumerate(Group &group);
    bool fits(const Group &group, const Reading &reading, std::vector<std::optional<Decimal>> &known) const;
    void narrowJointly(std::vector<std::optional<Decimal>> &known);
    /// narrowJointly's search over every combination of the open groups'
    /// readings, in 64-bit integers: calls accept() for each combination
    /// (in choice) that no relation rules out. False, having done nothing,
    /// when a value it would read is not a whole number.
    bool searchWholeNumbers(const std::vector<std::size_t> &open, const std::vector<const SumRelation *> &relations,
                            const std::vector<std::optional<Decimal>> &known, std::size_t combinations,
                            std::vector<std::size_t> &choice, const std::function<void()> &accept) const;
    static QString readingText(const Reading &reading);
    void writeGroup(const Group &group, std::vector<Cell> &cells, const PlainText &plain) const;

    const FormatSchema &m_schema;
    std::vector<Group> m_groups;
    /// For each cell index: the relations (indexes into schema relations) it takes part in.
    std::vector<std::vector<int>> m_relationsOfCell;
};
