// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/cellsolver.h"

#include "models/reportschema.h"
#include "parser/normalizedtext.h"
#include "parser/plaintext.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace {

constexpr int MaxCandidatesListed = 12;
/// No part of glued digits is longer: a 64-bit Decimal holds at most 19 digits.
constexpr qsizetype MaxPartDigits = 19;

enum class Verdict { Holds, Fails, Unknown };

Verdict evaluate(const SumRelation &relation, const std::vector<std::optional<Decimal>> &values)
{
    auto sum = [&](const std::vector<int> &side, Decimal &out) {
        Decimal total;
        for (int index : side) {
            const auto &value = values[std::size_t(index)];
            if (!value)
                return false;
            const auto next = total.plus(*value);
            if (!next)
                return false;
            total = *next;
        }
        out = total;
        return true;
    };
    Decimal left, right;
    if (!sum(relation.left, left) || !sum(relation.right, right))
        return Verdict::Unknown;
    return left == right ? Verdict::Holds : Verdict::Fails;
}

/**
 * A number token's digits as glued cells are cut from them: ASCII digits without sign,
 * separators or unit (full-width ones folded), the fraction apart: it stays with the last part.
 */
struct TokenDigits
{
    QString digits;
    QString fraction; ///< ".5", or empty
    QString sign;     ///< the sign as written ("+", "－"), the first part's; empty when none
    bool negative = false;
};

TokenDigits digitsOf(const ValueToken &token)
{
    TokenDigits out;
    for (QChar c : token.raw) {
        const QChar folded = NormalizedText::foldChar(c);
        if ((folded >= u'0' && folded <= u'9') || folded == u'.')
            out.digits.append(folded);
    }
    const qsizetype point = out.digits.indexOf(u'.');
    if (point >= 0) {
        out.fraction = out.digits.mid(point);
        out.digits.truncate(point);
    }
    const QChar first = token.raw.isEmpty() ? QChar() : NormalizedText::foldChar(token.raw.front());
    if (first == u'+' || first == u'-') {
        out.sign = token.raw.left(1);
        out.negative = first == u'-';
    }
    return out;
}

/// The value of digits[from, from + length) as one cell (the first part takes the sign,
/// the last the fraction); nothing when it does not fit a Decimal.
std::optional<Decimal> partValue(const TokenDigits &d, qsizetype from, qsizetype length, bool last)
{
    if (last && !d.fraction.isEmpty()) {
        const QString number = (from == 0 && d.negative ? QStringLiteral("-") : QString())
                               + QStringView(d.digits).mid(from, length) + d.fraction;
        return Decimal::fromString(number);
    }
    // Decimal::fromString's arithmetic without building the string: this runs for every part tried.
    qint64 units = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        if (__builtin_mul_overflow(units, qint64(10), &units)
            || __builtin_add_overflow(units, qint64(d.digits[i].unicode() - u'0'), &units))
            return std::nullopt;
    }
    return Decimal(from == 0 && d.negative ? -units : units);
}

} // namespace

/**
 * The readings of one group, depth first: a token is read whole, cut into
 * parts (glued digits) or repeated (a collapsed run), and each partial
 * reading that breaks one of the group's own relations is dropped at once.
 * Every cell placed is a step of the solver's budget.
 */
class CellSolver::Enumeration
{
public:
    Enumeration(CellSolver &solver, Group &group)
        : m_solver(solver)
        , m_group(group)
        , m_cellCount(group.cells.size())
    {
        m_digits.resize(group.tokens.size());
        for (std::size_t t = 0; t < group.tokens.size(); ++t) {
            if (group.tokens[t].kind == ValueToken::Kind::Number && group.tokens[t].splittable)
                m_digits[t] = digitsOf(group.tokens[t]);
        }
        m_current.reserve(m_cellCount);
    }

    void run() { place(0); }

private:
    /// Whether the cells placed from position `from` on keep every relation they close.
    /// Each value added up is a step: false, too, once the budget is spent.
    bool keeps(std::size_t from)
    {
        if (!m_group.prune)
            return true;
        const auto sum = [&](const std::vector<std::size_t> &side, Decimal &total) {
            total = Decimal();
            for (std::size_t p : side) {
                const std::optional<Decimal> next
                    = m_current[p].value ? total.plus(*m_current[p].value) : std::nullopt;
                if (!next)
                    return false;
                total = *next;
            }
            return true;
        };
        for (std::size_t p = from; p < m_current.size(); ++p) {
            if (!m_group.closing[p].empty() && !m_solver.spend(m_group.closingTerms[p], &m_group))
                return false;
            for (const LocalRelation &relation : m_group.closing[p]) {
                Decimal left, right;
                if (sum(relation.left, left) && sum(relation.right, right) && left != right)
                    return false;
            }
        }
        return true;
    }

    void place(std::size_t t)
    {
        const std::vector<ValueToken> &tokens = m_group.tokens;
        if (t == tokens.size()) {
            if (m_current.size() == m_cellCount) {
                if (!m_solver.spend(m_cellCount, &m_group))
                    return;
                if (m_solver.m_heldReadingCells + m_cellCount > MaxReadingCells
                    || (m_group.readings.size() + 1) * m_cellCount > MaxGroupReadingCells) {
                    m_solver.m_work.exhausted = true;
                    m_group.overflow = true;
                    return;
                }
                m_solver.m_heldReadingCells += m_cellCount;
                m_solver.m_work.readingCells = std::max(m_solver.m_work.readingCells, m_solver.m_heldReadingCells);
                m_group.readings.append(m_current);
            }
            return;
        }
        const ValueToken &token = tokens[t];
        const std::size_t remainingTokens = tokens.size() - t - 1;
        if (m_current.size() + 1 + remainingTokens > m_cellCount)
            return;
        const std::size_t maxWidth = m_cellCount - m_current.size() - remainingTokens;
        Placed whole;
        whole.value = token.value;
        whole.pos = token.pos;
        whole.length = token.length;
        whole.token = int(t);
        if (!token.mustSplit) {
            if (!m_solver.spend(1, &m_group))
                return;
            m_current.push_back(whole);
            if (keeps(m_current.size() - 1))
                place(t + 1);
            m_current.pop_back();
        }
        if (token.kind != ValueToken::Kind::Number)
            return;
        for (std::size_t width = 2; width <= maxWidth && !m_group.overflow; ++width) {
            // Cut into `width` numbers without leading zeros, one part at a time, so that
            // a part breaking a row sum ends that branch at once.
            if (token.splittable)
                cut(t, width, 0, 0);
            if (m_group.allowRuns && !token.mustSplit && !m_group.overflow) {
                if (!m_solver.spend(width, &m_group))
                    return;
                Placed copy = whole;
                copy.derived = true;
                m_current.insert(m_current.end(), width, copy);
                if (keeps(m_current.size() - width))
                    place(t + 1);
                m_current.resize(m_current.size() - width);
            }
        }
    }

    /// The value the cell at position p must have: what a relation it closes leaves for it
    /// when it stands in it once (a row's total once its parts are placed). Nothing when no
    /// relation settles it, when pruning is off, or once the budget is spent.
    std::optional<Decimal> required(std::size_t p)
    {
        if (!m_group.prune || m_group.closing[p].empty() || !m_solver.spend(m_group.closingTerms[p], &m_group))
            return std::nullopt;
        for (const LocalRelation &relation : m_group.closing[p]) {
            const auto count = [p](const std::vector<std::size_t> &side) { return std::count(side.begin(), side.end(), p); };
            const bool onLeft = count(relation.left) == 1 && count(relation.right) == 0;
            const bool onRight = count(relation.right) == 1 && count(relation.left) == 0;
            if (!onLeft && !onRight)
                continue;
            // p's own side without it, and the other side
            Decimal own, other;
            bool known = true;
            for (const auto &[side, total] : {std::pair{onLeft ? &relation.left : &relation.right, &own},
                                              std::pair{onLeft ? &relation.right : &relation.left, &other}}) {
                for (std::size_t q : *side) {
                    if (q == p)
                        continue;
                    const std::optional<Decimal> next = m_current[q].value ? total->plus(*m_current[q].value) : std::nullopt;
                    if (!next) {
                        known = false;
                        break;
                    }
                    *total = *next;
                }
                if (!known)
                    break;
            }
            if (known) {
                if (const std::optional<Decimal> value = other.minus(own))
                    return value;
            }
        }
        return std::nullopt;
    }

    void cut(std::size_t t, std::size_t width, qsizetype from, std::size_t part)
    {
        const ValueToken &token = m_group.tokens[t];
        const TokenDigits &d = m_digits[t];
        const bool last = part + 1 == width;
        const qsizetype rest = d.digits.size() - from;
        const qsizetype partsAfter = qsizetype(width - part - 1);
        // The parts after this one take at most MaxPartDigits digits each.
        const qsizetype shortest = last ? rest : std::max<qsizetype>(1, rest - partsAfter * MaxPartDigits);
        const qsizetype longest = last ? rest : rest - partsAfter;
        const qsizetype offset = (d.sign.isEmpty() ? 0 : 1) + from;
        // A part whose value a relation settles is tried at the one length that gives it:
        // the others would be placed only for keeps() to drop them.
        const std::optional<Decimal> settled = shortest <= longest ? required(m_current.size()) : std::nullopt;
        for (qsizetype length = shortest; length >= 1 && length <= longest; ++length) {
            if (m_group.overflow || (length > 1 && d.digits[from] == u'0'))
                break;
            const std::optional<Decimal> value = partValue(d, from, length, last);
            if (!value)
                break; // too long for a number, and so is any longer part
            if (settled && *value != *settled)
                continue;
            if (!m_solver.spend(1, &m_group))
                return;
            Placed piece;
            piece.value = value;
            piece.token = int(t);
            piece.digitsFrom = int(from);
            piece.digitsLength = int(length);
            piece.lastPart = last;
            piece.derived = true;
            piece.pos = part == 0 ? token.pos : token.pos + offset;
            piece.length = last ? token.length - (part == 0 ? 0 : offset) : length + (part == 0 ? offset : 0);
            m_current.push_back(piece);
            if (keeps(m_current.size() - 1)) {
                if (last)
                    place(t + 1);
                else
                    cut(t, width, from + length, part + 1);
            }
            m_current.pop_back();
        }
    }

    CellSolver &m_solver;
    Group &m_group;
    const std::size_t m_cellCount;
    std::vector<TokenDigits> m_digits; ///< for each splittable token
    Reading m_current;
};

CellSolver::CellSolver(const FormatSchema &schema)
    : m_schema(schema)
    , m_relationsOfCell(std::size_t(schema.cellCount()))
{
    const auto &relations = schema.relations();
    for (int r = 0; r < int(relations.size()); ++r) {
        for (int index : relations[std::size_t(r)].left)
            m_relationsOfCell[std::size_t(index)].push_back(r);
        for (int index : relations[std::size_t(r)].right)
            m_relationsOfCell[std::size_t(index)].push_back(r);
    }
}

void CellSolver::addGroup(std::vector<int> cells, std::vector<ValueToken> tokens, bool allowRuns)
{
    Group group;
    group.cells = std::move(cells);
    group.tokens = std::move(tokens);
    group.allowRuns = allowRuns;
    group.readings.setWidth(group.cells.size());
    // The relations a reading of this group can break on its own (a row sum over a row, the
    // balance over four rows read as one): checked as soon as their last cell is placed, so
    // long glued digit strings ("72641783735113481…") are split row by row, not all at once.
    group.closing.resize(group.cells.size());
    // Only relations over some of its cells can lie wholly inside it: those, in schema
    // order, rather than every relation of the schema for every group (perf: this loop
    // was 2% of an import).
    std::vector<int> touching;
    for (int index : group.cells)
        touching.insert(touching.end(), m_relationsOfCell[std::size_t(index)].begin(),
                        m_relationsOfCell[std::size_t(index)].end());
    std::sort(touching.begin(), touching.end());
    touching.erase(std::unique(touching.begin(), touching.end()), touching.end());
    constexpr std::size_t Outside = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> position(m_relationsOfCell.size(), Outside);
    for (std::size_t p = 0; p < group.cells.size(); ++p)
        position[std::size_t(group.cells[p])] = p;
    for (int r : touching) {
        const SumRelation &relation = m_schema.relations()[std::size_t(r)];
        LocalRelation local;
        std::size_t last = 0;
        bool inside = true;
        for (const auto &[side, out] : {std::pair{&relation.left, &local.left}, std::pair{&relation.right, &local.right}}) {
            for (int index : *side) {
                const std::size_t at = position[std::size_t(index)];
                if (at == Outside) {
                    inside = false;
                    break;
                }
                out->push_back(at);
                last = std::max(last, at);
            }
        }
        if (inside)
            group.closing[last].push_back(std::move(local));
    }
    group.closingTerms.assign(group.cells.size(), 0);
    for (std::size_t p = 0; p < group.cells.size(); ++p) {
        for (const LocalRelation &relation : group.closing[p])
            group.closingTerms[p] += relation.left.size() + relation.right.size();
    }
    std::vector<bool> seen(m_schema.relations().size(), false);
    for (int index : group.cells) {
        for (int r : m_relationsOfCell[std::size_t(index)]) {
            if (!seen[std::size_t(r)]) {
                seen[std::size_t(r)] = true;
                group.relations.push_back(r);
                const SumRelation &relation = m_schema.relations()[std::size_t(r)];
                group.relationTerms += relation.left.size() + relation.right.size();
            }
        }
    }
    m_groups.push_back(std::move(group));
}

bool CellSolver::spend(std::size_t steps, Group *group)
{
    if (steps > MaxSteps - m_work.steps || (group && steps > group->allowance - group->steps)) {
        m_work.exhausted = true;
        if (group)
            group->overflow = true;
        return false;
    }
    m_work.steps += steps;
    if (group)
        group->steps += steps;
    return true;
}

void CellSolver::enumerate(Group &group)
{
    Enumeration(*this, group).run();
    if (group.overflow) {
        // Some readings were never looked at: those found cannot narrow anything down.
        m_work.exhausted = true;
        ++m_work.unresolvedGroups;
        m_heldReadingCells -= group.readings.size() * group.cells.size();
        group.readings.clear();
    }
}

bool CellSolver::fits(const Group &group, ReadingView reading, std::vector<std::optional<Decimal>> &known)
{
    for (std::size_t i = 0; i < group.cells.size(); ++i)
        known[std::size_t(group.cells[i])] = reading[i].value;
    bool ok = true;
    for (int r : group.relations) {
        if (evaluate(m_schema.relations()[std::size_t(r)], known) == Verdict::Fails) {
            ok = false;
            break;
        }
    }
    for (int index : group.cells)
        known[std::size_t(index)].reset();
    return ok;
}

void CellSolver::narrowJointly(std::vector<std::optional<Decimal>> &known)
{
    // Groups settled to one reading are facts for the others; repeat until nothing changes.
    auto settle = [&](const Group &group) {
        for (std::size_t i = 0; i < group.cells.size(); ++i)
            known[std::size_t(group.cells[i])] = group.readings.front()[i].value;
    };
    std::vector<bool> settled(m_groups.size(), false);
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            Group &group = m_groups[g];
            if (settled[g] || group.readings.empty())
                continue;
            if (group.readings.size() > 1) {
                // Out of budget: the groups stay as open as they are, which is never wrong.
                if (!spend(group.readings.size() * std::max<std::size_t>(1, group.relationTerms)))
                    return;
                std::vector<char> keep(group.readings.size(), 0);
                std::size_t kept = 0;
                for (std::size_t r = 0; r < group.readings.size(); ++r) {
                    keep[r] = fits(group, group.readings[r], known);
                    kept += keep[r];
                }
                // No reading fits: the report's own arithmetic is off; keep them all.
                if (kept > 0 && kept < group.readings.size()) {
                    m_heldReadingCells -= (group.readings.size() - kept) * group.cells.size();
                    group.readings.retain(keep);
                }
            }
            if (group.readings.size() == 1) {
                settle(group);
                settled[g] = true;
                changed = true;
            }
        }
    }

    // What is still open: the combinations of the remaining groups' readings, together.
    std::vector<std::size_t> open;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (!settled[g] && m_groups[g].readings.size() > 1)
            open.push_back(g);
    }
    if (open.size() < 2)
        return;
    // Only relations over an open cell can change with the combination: the others were
    // settled above, or fail whatever is chosen (a source error) and then rule nothing out.
    // Open groups no relation joins are independent: each set of groups joined by
    // relations is searched on its own, which costs the sum of their combinations,
    // not the product. A combination of all groups fits when each set's part does.
    std::vector<int> groupOfCell(known.size(), -1);
    for (std::size_t i = 0; i < open.size(); ++i) {
        for (int index : m_groups[open[i]].cells)
            groupOfCell[std::size_t(index)] = int(i);
    }
    std::vector<std::size_t> joined(open.size());
    for (std::size_t i = 0; i < open.size(); ++i)
        joined[i] = i;
    const auto root = [&joined](std::size_t i) {
        while (joined[i] != i)
            i = joined[i] = joined[joined[i]];
        return i;
    };
    std::vector<int> lastGroup(m_schema.relations().size(), -1);
    for (std::size_t r = 0; r < m_schema.relations().size(); ++r) {
        const SumRelation &relation = m_schema.relations()[r];
        for (const std::vector<int> *side : {&relation.left, &relation.right}) {
            for (int index : *side) {
                const int group = groupOfCell[std::size_t(index)];
                if (group < 0)
                    continue;
                if (lastGroup[r] >= 0)
                    joined[root(std::size_t(group))] = root(std::size_t(lastGroup[r]));
                lastGroup[r] = std::max(lastGroup[r], group);
            }
        }
    }
    std::vector<std::vector<bool>> used(open.size());
    bool complete = true;
    bool everyPartFits = true;
    std::vector<bool> searched(open.size(), false); // by root
    for (std::size_t first = 0; first < open.size() && complete && everyPartFits; ++first) {
        // Each set once, from its first group.
        if (searched[root(first)])
            continue;
        searched[root(first)] = true;
        std::vector<std::size_t> members; // positions in open
        for (std::size_t j = first; j < open.size(); ++j) {
            if (root(j) == root(first))
                members.push_back(j);
        }
        std::vector<std::size_t> part;
        std::vector<int> position(open.size(), -1);
        for (std::size_t m = 0; m < members.size(); ++m) {
            part.push_back(open[members[m]]);
            position[members[m]] = int(m);
        }
        // Each relation is checked as soon as the last group of the set it reads has its reading chosen.
        std::vector<std::vector<const SumRelation *>> closing(part.size());
        for (std::size_t r = 0; r < m_schema.relations().size(); ++r) {
            if (lastGroup[r] >= 0 && position[std::size_t(lastGroup[r])] >= 0)
                closing[std::size_t(position[std::size_t(lastGroup[r])])].push_back(&m_schema.relations()[r]);
        }
        std::vector<std::size_t> terms(part.size(), 0); // the cells each group's closing relations add up
        for (std::size_t m = 0; m < part.size(); ++m) {
            for (const SumRelation *relation : closing[m])
                terms[m] += relation->left.size() + relation->right.size();
        }
        std::vector<std::vector<bool>> partUsed(part.size());
        for (std::size_t m = 0; m < part.size(); ++m)
            partUsed[m].assign(m_groups[part[m]].readings.size(), false);
        std::vector<std::size_t> choice(part.size(), 0);
        std::size_t solutions = 0;
        const auto accept = [&] {
            ++solutions;
            for (std::size_t m = 0; m < part.size(); ++m)
                partUsed[m][choice[m]] = true;
        };
        if (!searchWholeNumbers(part, closing, known, choice, accept, complete)) {
            // Some value has a fraction: the same search in Decimal.
            std::function<void(std::size_t)> visit = [&](std::size_t m) {
                const Group &group = m_groups[part[m]];
                for (std::size_t r = 0; r < group.readings.size() && complete; ++r) {
                    if (!spend(group.cells.size() + terms[m])) {
                        complete = false;
                        return;
                    }
                    choice[m] = r;
                    for (std::size_t c = 0; c < group.cells.size(); ++c)
                        known[std::size_t(group.cells[c])] = group.readings[r][c].value;
                    const bool ok = std::none_of(closing[m].begin(), closing[m].end(), [&](const SumRelation *relation) {
                        return evaluate(*relation, known) == Verdict::Fails;
                    });
                    if (ok && m + 1 == part.size())
                        accept();
                    else if (ok)
                        visit(m + 1);
                }
            };
            visit(0);
            for (std::size_t g : part) {
                for (int index : m_groups[g].cells)
                    known[std::size_t(index)].reset();
            }
        }
        everyPartFits = solutions > 0;
        for (std::size_t m = 0; m < part.size(); ++m)
            used[members[m]] = std::move(partUsed[m]);
    }
    // No combination fits (the source's arithmetic is off), or the budget cut the search
    // short (it saw only some): nothing is ruled out.
    if (!complete || !everyPartFits)
        return;
    for (std::size_t i = 0; i < open.size(); ++i) {
        Group &group = m_groups[open[i]];
        const std::size_t before = group.readings.size();
        group.readings.retain(used[i]);
        m_heldReadingCells -= (before - group.readings.size()) * group.cells.size();
    }
}

bool CellSolver::searchWholeNumbers(const std::vector<std::size_t> &open,
                                    const std::vector<std::vector<const SumRelation *>> &closing,
                                    const std::vector<std::optional<Decimal>> &known, std::vector<std::size_t> &choice,
                                    const std::function<void()> &accept, bool &complete)
{
    const auto whole = [](const std::optional<Decimal> &value, qint64 &out, char &present) {
        present = value.has_value();
        if (!value)
            return true;
        const std::optional<qint64> integer = value->toInteger();
        out = integer.value_or(0);
        return integer.has_value();
    };
    // The values the relations read: the settled and fixed cells once, each
    // reading of an open group once. Any fraction: leave it to Decimal.
    std::vector<qint64> values(known.size(), 0);
    std::vector<char> present(known.size(), 0);
    for (const std::vector<const SumRelation *> &relations : closing) {
        for (const SumRelation *relation : relations) {
            for (const std::vector<int> *side : {&relation->left, &relation->right}) {
                for (int index : *side) {
                    if (!whole(known[std::size_t(index)], values[std::size_t(index)], present[std::size_t(index)]))
                        return false;
                }
            }
        }
    }
    struct Flat
    {
        std::vector<qint64> values;
        std::vector<char> present;
    };
    std::vector<std::vector<Flat>> readings(open.size());
    for (std::size_t i = 0; i < open.size(); ++i) {
        for (const ReadingView reading : m_groups[open[i]].readings) {
            Flat flat{std::vector<qint64>(reading.size(), 0), std::vector<char>(reading.size(), 0)};
            for (std::size_t c = 0; c < reading.size(); ++c) {
                if (!whole(reading[c].value, flat.values[c], flat.present[c]))
                    return false;
            }
            readings[i].push_back(std::move(flat));
        }
    }
    // Added in order, with Decimal::plus's overflow rule: the same verdicts as evaluate().
    const auto sum = [&](const std::vector<int> &side, qint64 &total) {
        total = 0;
        for (int index : side) {
            if (!present[std::size_t(index)] || __builtin_add_overflow(total, values[std::size_t(index)], &total))
                return false;
        }
        return true;
    };
    std::vector<std::size_t> terms(open.size(), 0);
    for (std::size_t i = 0; i < open.size(); ++i) {
        for (const SumRelation *relation : closing[i])
            terms[i] += relation->left.size() + relation->right.size();
    }
    // Depth first, a group at a time: a reading that breaks a relation closed by its
    // group ends the branch, so the cost is far below the product of the groups' readings.
    std::function<void(std::size_t)> visit = [&](std::size_t i) {
        const std::vector<int> &cells = m_groups[open[i]].cells;
        for (std::size_t r = 0; r < readings[i].size() && complete; ++r) {
            if (!spend(cells.size() + terms[i])) {
                complete = false;
                return;
            }
            choice[i] = r;
            const Flat &flat = readings[i][r];
            for (std::size_t c = 0; c < cells.size(); ++c) {
                values[std::size_t(cells[c])] = flat.values[c];
                present[std::size_t(cells[c])] = flat.present[c];
            }
            const bool ok = std::none_of(closing[i].begin(), closing[i].end(), [&](const SumRelation *relation) {
                qint64 left = 0, right = 0;
                return sum(relation->left, left) && sum(relation->right, right) && left != right;
            });
            if (ok && i + 1 == open.size())
                accept();
            else if (ok)
                visit(i + 1);
        }
    };
    visit(0);
    return true;
}

QString CellSolver::readingText(ReadingView reading)
{
    QStringList parts;
    for (const Placed &placed : reading)
        parts.append(placed.value ? placed.value->toString() : QStringLiteral("_"));
    return parts.join(u'|');
}

QString CellSolver::rawOf(const Group &group, const Placed &placed)
{
    const ValueToken &token = group.tokens[std::size_t(placed.token)];
    if (placed.digitsFrom < 0)
        return token.raw;
    const TokenDigits d = digitsOf(token);
    return (placed.digitsFrom == 0 ? d.sign : QString()) + d.digits.mid(placed.digitsFrom, placed.digitsLength)
           + (placed.lastPart ? d.fraction + token.unit : QString());
}

QString CellSolver::unitOf(const Group &group, const Placed &placed)
{
    const ValueToken &token = group.tokens[std::size_t(placed.token)];
    return placed.digitsFrom < 0 || placed.lastPart ? token.unit : QString();
}

void CellSolver::solveInto(std::vector<Cell> &cells, const PlainText &plain)
{
    std::vector<std::optional<Decimal>> known(std::size_t(m_schema.cellCount()));
    for (Group &group : m_groups) {
        group.allowance = std::min(MaxGroupSteps, (MaxSteps - m_work.steps) / 2);
        enumerate(group);
        if (group.readings.empty() && !group.overflow) {
            // No reading keeps the table's arithmetic: the report's own sums are off. Then all
            // readings stand, as when the arithmetic cannot tell them apart.
            group.prune = false;
            enumerate(group);
        }
    }
    narrowJointly(known);
    for (const Group &group : m_groups)
        writeGroup(group, cells, plain);
}

void CellSolver::writeGroup(const Group &group, std::vector<Cell> &cells, const PlainText &plain) const
{
    // The group's tokens as written, for a cell no reading places: a table broken badly
    // enough may have thousands, and a cell's text is shown and stored, so it is cut short.
    const auto tokensText = [&group] {
        constexpr qsizetype MaxLength = 400;
        QString text;
        for (const ValueToken &token : group.tokens) {
            if (text.size() + 1 + token.raw.size() > MaxLength) {
                text += QStringLiteral(" …");
                break;
            }
            if (!text.isEmpty())
                text += u' ';
            text += token.raw;
        }
        return text;
    };
    if (group.readings.empty() || group.overflow) {
        // Nothing can be placed for sure: the cells stay missing, the tokens are kept as candidates' raw text.
        const QString raw = group.tokens.empty() ? QString() : tokensText();
        for (int index : group.cells) {
            Cell &cell = cells[std::size_t(index)];
            cell.status = group.tokens.empty() ? CellStatus::Missing : CellStatus::Ambiguous;
            if (!group.tokens.empty()) {
                cell.raw = raw;
                cell.candidates = {raw};
                cell.span = plain.toSource(group.tokens.front().pos,
                                           group.tokens.back().pos + group.tokens.back().length
                                               - group.tokens.front().pos);
            }
        }
        return;
    }
    const ReadingView first = group.readings.front();
    // A reading that split or expanded a token places every cell by inference, the ones read
    // whole too: where they stand rests on the split. Unless one 1:1 reading was all there was.
    const bool placedByInference = group.readings.size() > 1
        || std::any_of(first.begin(), first.end(), [](const Placed &placed) { return placed.derived; });
    // Listed for inferred and ambiguous cells only: one 1:1 reading, the usual case, lists none.
    QStringList candidates;
    for (const ReadingView reading : group.readings) {
        if (!placedByInference || candidates.size() >= MaxCandidatesListed)
            break;
        candidates.append(readingText(reading));
    }
    for (std::size_t i = 0; i < group.cells.size(); ++i) {
        Cell &cell = cells[std::size_t(group.cells[i])];
        const Placed &placed = first[i];
        bool agreed = true;
        for (const ReadingView reading : group.readings) {
            if (reading[i].value != placed.value || reading[i].pos != placed.pos) {
                agreed = false;
                break;
            }
        }
        cell.span = plain.toSource(placed.pos, placed.length);
        cell.unit = unitOf(group, placed);
        if (!agreed) {
            cell.status = CellStatus::Ambiguous;
            cell.candidates = candidates;
            cell.raw = tokensText();
            continue;
        }
        cell.raw = rawOf(group, placed);
        const ValueToken &token = group.tokens[std::size_t(placed.token)];
        switch (placed.digitsFrom < 0 ? token.kind : ValueToken::Kind::Number) {
        case ValueToken::Kind::Blank:
            cell.status = CellStatus::Missing;
            break;
        case ValueToken::Kind::Mark:
            cell.status = CellStatus::Text;
            break;
        case ValueToken::Kind::Number:
            cell.value = placed.value;
            // Several readings left: a cell they agree on still rests on how the others are read,
            // and the checks over the ambiguous cells will not look at it. It is inferred.
            if (placedByInference) {
                cell.status = CellStatus::Inferred;
                cell.candidates = candidates;
            } else {
                const bool approximate = placed.digitsFrom < 0 && token.approximate;
                cell.status = approximate ? CellStatus::Approximate : CellStatus::Ok;
            }
            break;
        }
    }
}
