// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report.h"
#include "parser/flatrows.h"
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
 *
 * The search is bounded by design (see Work): a table garbled enough to have
 * millions of readings costs at most MaxSteps steps and MaxReadingCells kept
 * cells. A group whose readings cannot be enumerated within them is left
 * unresolved: its cells are Ambiguous, listing its tokens, never guessed.
 */
class CellSolver final
{
public:
    /// What a solve cost, in the units its budgets count.
    struct Work
    {
        /// A step is a cell placed in a reading or copied, or a cell's value added
        /// up in a relation: a few nanoseconds each.
        std::size_t steps = 0;
        /// The most cells held at once in the readings kept for the arithmetic to choose from.
        std::size_t readingCells = 0;
        /// Groups whose readings could not all be found within the budgets: their
        /// cells are Ambiguous, listing the group's tokens.
        int unresolvedGroups = 0;
        /// A budget ran out: some cells were left less resolved (Ambiguous, or
        /// Inferred with several candidates) than an unbounded search might leave them.
        bool exhausted = false;
    };

    /// Budgets of one solve (one report), from measurements (test_extraction holds the
    /// fuzz inputs that spend them):
    /// the reports of tests/data need at most a sixth of MaxSteps and a quarter of
    /// MaxGroupSteps, 3,000 generated ones less than half, and all of them fewer
    /// than 7,000 reading cells. Spent, they cost some tens of ms and 25 MB.
    static constexpr std::size_t MaxSteps = 3'000'000;
    /// One group may use this much of MaxSteps, and at most half of what is left: however
    /// many rows are garbled, the plain ones after them are still read.
    static constexpr std::size_t MaxGroupSteps = 1'500'000;
    /// Cells held in readings at once, all groups together (56 bytes each), and by one group.
    static constexpr std::size_t MaxReadingCells = 400'000;
    static constexpr std::size_t MaxGroupReadingCells = 100'000;

    explicit CellSolver(const FormatSchema &schema);

    /// allowRuns: the layout may collapse equal neighbours (one cell per line).
    void addGroup(std::vector<int> cells, std::vector<ValueToken> tokens, bool allowRuns);

    /// Solves every group and writes the cells (indexes in schema order);
    /// spans are mapped from the plain text to the source.
    void solveInto(std::vector<Cell> &cells, const PlainText &plain);

    const Work &work() const { return m_work; }

private:
    /// One cell's share of a token: the token whole, a copy of it standing for a
    /// collapsed run of equal cells, or a part cut from its digits. Text (raw, unit)
    /// is made only for the reading finally written: readings hold no strings.
    struct Placed
    {
        std::optional<Decimal> value;
        qsizetype pos = 0;
        qsizetype length = 0;
        int token = 0;       ///< index in Group::tokens
        int digitsFrom = -1; ///< a part: its first digit in the token's digits; -1: the token whole
        int digitsLength = 0;
        bool lastPart = false; ///< a part that ends the token (takes its fraction and unit)
        bool derived = false;  ///< split from glued digits or expanded from a run
    };
    using Reading = std::vector<Placed>;

    /// A group's readings, in one array (see FlatRows), and one of them.
    using ReadingList = FlatRows<Placed>;
    using ReadingView = FlatRows<Placed>::Row;

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
        ReadingList readings; ///< all readings that fit so far
        bool overflow = false;         ///< a budget ran out before every reading was found
        /// For each position: the relations over the group's own cells whose last cell it is.
        /// A partial reading that breaks one is dropped while the readings are enumerated.
        std::vector<std::vector<LocalRelation>> closing;
        bool prune = true; ///< off when no reading keeps them: the source's own arithmetic is off
        std::vector<std::size_t> closingTerms; ///< for each position: the cells its closing relations add up
        std::size_t steps = 0; ///< spent on this group's enumeration
        std::size_t allowance = 0; ///< the most it may spend
        std::vector<int> relations; ///< schema relations over any of its cells
        std::size_t relationTerms = 0; ///< the cells they add up
    };
    class Enumeration;

    /// Counts steps against the budgets (the group's too, when given); false, counting
    /// nothing, when they would overrun one: then the search stops.
    bool spend(std::size_t steps, Group *group = nullptr);
    void enumerate(Group &group);
    bool fits(const Group &group, ReadingView reading, std::vector<std::optional<Decimal>> &known);
    void narrowJointly(std::vector<std::optional<Decimal>> &known);
    /// narrowJointly's search over the combinations of the open groups'
    /// readings, in 64-bit integers: calls accept() for each combination (in
    /// choice) that no relation rules out; closing[i] are the relations to
    /// check once open group i is chosen. Clears complete when the budget
    /// cut it short. False, having done nothing, when a value it would read
    /// is not a whole number.
    bool searchWholeNumbers(const std::vector<std::size_t> &open,
                            const std::vector<std::vector<const SumRelation *>> &closing,
                            const std::vector<std::optional<Decimal>> &known, std::vector<std::size_t> &choice,
                            const std::function<void()> &accept, bool &complete);
    static QString readingText(ReadingView reading);
    /// The text a placed value stands for, and its unit.
    static QString rawOf(const Group &group, const Placed &placed);
    static QString unitOf(const Group &group, const Placed &placed);
    void writeGroup(const Group &group, std::vector<Cell> &cells, const PlainText &plain) const;

    const FormatSchema &m_schema;
    std::vector<Group> m_groups;
    /// For each cell index: the relations (indexes into schema relations) it takes part in.
    std::vector<std::vector<int>> m_relationsOfCell;
    Work m_work;
    std::size_t m_heldReadingCells = 0;
};
