// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/cellsolver.h"

#include "models/reportschema.h"
#include "parser/normalizedtext.h"
#include "parser/plaintext.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace {

// Bounds that keep a hostile or garbled table from taking seconds: beyond
// them the cells stay ambiguous rather than guessed.
constexpr std::size_t MaxReadings = 20000;
constexpr std::size_t MaxPlacements = 2000000; // partial readings tried per group
constexpr std::size_t MaxJointCombinations = 400000;
constexpr int MaxCandidatesListed = 12;

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

} // namespace

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
    // The relations a reading of this group can break on its own (a row sum over a row, the
    // balance over four rows read as one): checked as soon as their last cell is placed, so
    // long glued digit strings ("72641783735113481…") are split row by row, not all at once.
    group.closing.resize(group.cells.size());
    QHash<int, std::size_t> position;
    for (std::size_t p = 0; p < group.cells.size(); ++p)
        position.insert(group.cells[p], p);
    for (const SumRelation &relation : m_schema.relations()) {
        LocalRelation local;
        std::size_t last = 0;
        bool inside = true;
        for (const auto &[side, out] : {std::pair{&relation.left, &local.left}, std::pair{&relation.right, &local.right}}) {
            for (int index : *side) {
                const auto it = position.constFind(index);
                if (it == position.constEnd()) {
                    inside = false;
                    break;
                }
                out->push_back(*it);
                last = std::max(last, *it);
            }
        }
        if (inside)
            group.closing[last].push_back(std::move(local));
    }
    m_groups.push_back(std::move(group));
}

void CellSolver::enumerate(Group &group)
{
    const std::size_t cellCount = group.cells.size();
    const auto &tokens = group.tokens;
    Reading current;
    std::size_t placements = 0;
    // Whether the cells placed from position `from` on keep every relation they close.
    const auto keeps = [&](std::size_t from) {
        if (!group.prune)
            return true;
        const auto sum = [&](const std::vector<std::size_t> &side, Decimal &total) {
            total = Decimal();
            for (std::size_t p : side) {
                const std::optional<Decimal> next = current[p].value ? total.plus(*current[p].value) : std::nullopt;
                if (!next)
                    return false;
                total = *next;
            }
            return true;
        };
        for (std::size_t p = from; p < current.size(); ++p) {
            for (const LocalRelation &relation : group.closing[p]) {
                Decimal left, right;
                if (sum(relation.left, left) && sum(relation.right, right) && left != right)
                    return false;
            }
        }
        return true;
    };
    std::function<void(std::size_t)> place = [&](std::size_t t) {
        if (group.readings.size() >= MaxReadings || ++placements > MaxPlacements) {
            group.overflow = true;
            return;
        }
        if (t == tokens.size()) {
            if (current.size() == cellCount)
                group.readings.push_back(current);
            return;
        }
        const ValueToken &token = tokens[t];
        const std::size_t remainingTokens = tokens.size() - t - 1;
        if (current.size() + 1 + remainingTokens > cellCount)
            return;
        const std::size_t maxWidth = cellCount - current.size() - remainingTokens;
        Placed whole;
        whole.kind = token.kind;
        whole.value = token.value;
        whole.raw = token.raw;
        whole.unit = token.unit;
        whole.approximate = token.approximate;
        whole.pos = token.pos;
        whole.length = token.length;
        if (!token.mustSplit) {
            current.push_back(whole);
            if (keeps(current.size() - 1))
                place(t + 1);
            current.pop_back();
        }
        if (token.kind != ValueToken::Kind::Number)
            return;
        for (std::size_t width = 2; width <= maxWidth; ++width) {
            if (token.splittable) {
                // The token's digits without sign or unit; the fraction stays with the last part.
                const qsizetype point = token.raw.indexOf(u'.');
                QString digits;
                for (QChar c : token.raw) {
                    const QChar folded = c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19
                                             ? QChar(char16_t(c.unicode() - 0xFEE0)) : c;
                    if (folded.isDigit() || folded == u'.')
                        digits.append(folded);
                }
                const QString fraction = point >= 0 ? digits.mid(digits.indexOf(u'.')) : QString();
                if (!fraction.isEmpty())
                    digits.truncate(digits.indexOf(u'.'));
                // A written sign ("+2120") belongs to the first part.
                const QChar first = token.raw.isEmpty() ? QChar() : NormalizedText::foldChar(token.raw.front());
                const bool hasSign = first == u'+' || first == u'-';
                const QString sign = first == u'-' ? QStringLiteral("-") : QString();
                // Cut into `width` numbers without leading zeros, one part at a time, so that
                // a part breaking a row sum ends that branch at once.
                std::function<void(qsizetype, std::size_t)> cut = [&](qsizetype from, std::size_t part) {
                    const bool last = part + 1 == width;
                    const qsizetype rest = digits.size() - from;
                    const qsizetype shortest = last ? rest : 1;
                    const qsizetype longest = last ? rest : rest - qsizetype(width - part - 1);
                    const qsizetype offset = (hasSign ? 1 : 0) + from;
                    for (qsizetype length = shortest; length >= 1 && length <= longest; ++length) {
                        if (group.overflow || (length > 1 && digits[from] == u'0'))
                            break;
                        const QString digitsOfPart = digits.mid(from, length);
                        Placed piece;
                        piece.kind = ValueToken::Kind::Number;
                        piece.raw = (part == 0 && hasSign ? token.raw.left(1) : QString()) + digitsOfPart
                                    + (last ? fraction + token.unit : QString());
                        const QString number = (part == 0 ? sign : QString()) + digitsOfPart
                                               + (last ? fraction : QString());
                        piece.value = Decimal::fromString(number);
                        piece.unit = last ? token.unit : QString();
                        piece.derived = true;
                        piece.pos = part == 0 ? token.pos : token.pos + offset;
                        piece.length = last ? token.length - (part == 0 ? 0 : offset)
                                            : length + (part == 0 ? offset : 0);
                        current.push_back(piece);
                        if (++placements > MaxPlacements)
                            group.overflow = true;
                        else if (keeps(current.size() - 1))
                            last ? place(t + 1) : cut(from + length, part + 1);
                        current.pop_back();
                    }
                };
                cut(0, 0);
            }
            if (group.allowRuns && !token.mustSplit) {
                Placed copy = whole;
                copy.derived = true;
                current.insert(current.end(), width, copy);
                if (keeps(current.size() - width))
                    place(t + 1);
                current.resize(current.size() - width);
            }
        }
    };
    place(0);
}

bool CellSolver::fits(const Group &group, const Reading &reading, std::vector<std::optional<Decimal>> &known) const
{
    for (std::size_t i = 0; i < group.cells.size(); ++i)
        known[std::size_t(group.cells[i])] = reading[i].value;
    bool ok = true;
    QSet<int> seen;
    for (int index : group.cells) {
        for (int r : m_relationsOfCell[std::size_t(index)]) {
            if (seen.contains(r))
                continue;
            seen.insert(r);
            if (evaluate(m_schema.relations()[std::size_t(r)], known) == Verdict::Fails) {
                ok = false;
                break;
            }
        }
        if (!ok)
            break;
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
                std::vector<Reading> kept;
                for (const Reading &reading : group.readings) {
                    if (fits(group, reading, known))
                        kept.push_back(reading);
                }
                // No reading fits: the report's own arithmetic is off; keep them all.
                if (!kept.empty() && kept.size() < group.readings.size())
                    group.readings = std::move(kept);
            }
            if (group.readings.size() == 1) {
                settle(group);
                settled[g] = true;
                changed = true;
            }
        }
    }

    // What is still open: try the combinations of the remaining groups together.
    std::vector<std::size_t> open;
    std::size_t combinations = 1;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (!settled[g] && m_groups[g].readings.size() > 1) {
            open.push_back(g);
            combinations *= m_groups[g].readings.size();
            if (combinations > MaxJointCombinations)
                return;
        }
    }
    if (open.size() < 2)
        return;
    std::vector<std::vector<bool>> used(open.size());
    for (std::size_t i = 0; i < open.size(); ++i)
        used[i].assign(m_groups[open[i]].readings.size(), false);
    std::vector<std::size_t> choice(open.size(), 0);
    std::size_t solutions = 0;
    // Only relations over an open cell can change with the combination: the others were
    // settled above, or fail whatever is chosen (a source error) and then rule nothing out.
    std::vector<const SumRelation *> relations;
    {
        std::vector<bool> relevant(m_schema.relations().size(), false);
        for (std::size_t g : open) {
            for (int index : m_groups[g].cells) {
                for (int r : m_relationsOfCell[std::size_t(index)])
                    relevant[std::size_t(r)] = true;
            }
        }
        for (std::size_t r = 0; r < relevant.size(); ++r) {
            if (relevant[r])
                relations.push_back(&m_schema.relations()[r]);
        }
    }
    const auto accept = [&] {
        ++solutions;
        for (std::size_t i = 0; i < open.size(); ++i)
            used[i][choice[i]] = true;
    };
    if (!searchWholeNumbers(open, relations, known, combinations, choice, accept)) {
        for (std::size_t n = 0; n < combinations; ++n) {
            std::size_t rest = n;
            for (std::size_t i = 0; i < open.size(); ++i) {
                const Group &group = m_groups[open[i]];
                choice[i] = rest % group.readings.size();
                rest /= group.readings.size();
                const Reading &reading = group.readings[choice[i]];
                for (std::size_t c = 0; c < group.cells.size(); ++c)
                    known[std::size_t(group.cells[c])] = reading[c].value;
            }
            bool ok = true;
            for (const SumRelation *relation : relations) {
                if (evaluate(*relation, known) == Verdict::Fails) {
                    ok = false;
                    break;
                }
            }
            if (ok)
                accept();
        }
    }
    for (std::size_t i = 0; i < open.size(); ++i) {
        Group &group = m_groups[open[i]];
        for (int index : group.cells)
            known[std::size_t(index)].reset();
        if (solutions == 0)
            continue;
        std::vector<Reading> kept;
        for (std::size_t r = 0; r < group.readings.size(); ++r) {
            if (used[i][r])
                kept.push_back(group.readings[r]);
        }
        group.readings = std::move(kept);
    }
}

bool CellSolver::searchWholeNumbers(const std::vector<std::size_t> &open,
                                    const std::vector<const SumRelation *> &relations,
                                    const std::vector<std::optional<Decimal>> &known, std::size_t combinations,
                                    std::vector<std::size_t> &choice, const std::function<void()> &accept) const
{
    const auto whole = [](const std::optional<Decimal> &value, qint64 &out, char &present) {
        present = value.has_value();
        if (!value)
            return true;
        bool ok = false;
        out = value->isInteger() ? value->toString().toLongLong(&ok) : 0;
        return ok;
    };
    // The values the relations read: the settled and fixed cells once, each
    // reading of an open group once. Any fraction: leave it to Decimal.
    std::vector<qint64> values(known.size(), 0);
    std::vector<char> present(known.size(), 0);
    for (const SumRelation *relation : relations) {
        for (const std::vector<int> *side : {&relation->left, &relation->right}) {
            for (int index : *side) {
                if (!whole(known[std::size_t(index)], values[std::size_t(index)], present[std::size_t(index)]))
                    return false;
            }
        }
    }
    struct Flat
    {
        std::vector<qint64> values;
        std::vector<char> present;
    };
    std::vector<std::vector<Flat>> readings(open.size());
    std::vector<int> groupOfCell(known.size(), int(open.size()));
    for (std::size_t i = 0; i < open.size(); ++i) {
        const Group &group = m_groups[open[i]];
        for (int index : group.cells)
            groupOfCell[std::size_t(index)] = int(i);
        for (const Reading &reading : group.readings) {
            Flat flat{std::vector<qint64>(reading.size(), 0), std::vector<char>(reading.size(), 0)};
            for (std::size_t c = 0; c < reading.size(); ++c) {
                if (!whole(reading[c].value, flat.values[c], flat.present[c]))
                    return false;
            }
            readings[i].push_back(std::move(flat));
        }
    }
    // The combinations run like an odometer, the first group turning fastest:
    // relations over it come first, as they rule most combinations out.
    std::vector<std::pair<int, const SumRelation *>> ordered;
    for (const SumRelation *relation : relations) {
        int first = int(open.size());
        for (const std::vector<int> *side : {&relation->left, &relation->right}) {
            for (int index : *side)
                first = std::min(first, groupOfCell[std::size_t(index)]);
        }
        ordered.emplace_back(first, relation);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    const auto place = [&](std::size_t i) {
        const Flat &flat = readings[i][choice[i]];
        const std::vector<int> &cells = m_groups[open[i]].cells;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            values[std::size_t(cells[c])] = flat.values[c];
            present[std::size_t(cells[c])] = flat.present[c];
        }
    };
    // Added in order, with Decimal::plus's overflow rule: the same verdicts as evaluate().
    const auto sum = [&](const std::vector<int> &side, qint64 &total) {
        total = 0;
        for (int index : side) {
            if (!present[std::size_t(index)] || __builtin_add_overflow(total, values[std::size_t(index)], &total))
                return false;
        }
        return true;
    };
    std::fill(choice.begin(), choice.end(), 0);
    for (std::size_t i = 0; i < open.size(); ++i)
        place(i);
    for (std::size_t n = 0; n < combinations; ++n) {
        if (n > 0) {
            for (std::size_t i = 0; i < open.size(); ++i) {
                if (++choice[i] < readings[i].size()) {
                    place(i);
                    break;
                }
                choice[i] = 0;
                place(i);
            }
        }
        bool ok = true;
        for (const auto &[first, relation] : ordered) {
            qint64 left = 0, right = 0;
            if (sum(relation->left, left) && sum(relation->right, right) && left != right) {
                ok = false;
                break;
            }
        }
        if (ok)
            accept();
    }
    return true;
}

QString CellSolver::readingText(const Reading &reading)
{
    QStringList parts;
    for (const Placed &placed : reading)
        parts.append(placed.value ? placed.value->toString() : QStringLiteral("_"));
    return parts.join(u'|');
}

void CellSolver::solveInto(std::vector<Cell> &cells, const PlainText &plain)
{
    std::vector<std::optional<Decimal>> known(std::size_t(m_schema.cellCount()));
    for (Group &group : m_groups) {
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
    if (group.readings.empty() || group.overflow) {
        // Nothing can be placed for sure: the cells stay missing, the tokens are kept as candidates' raw text.
        for (int index : group.cells) {
            Cell &cell = cells[std::size_t(index)];
            cell.status = group.tokens.empty() ? CellStatus::Missing : CellStatus::Ambiguous;
            if (!group.tokens.empty()) {
                QStringList raws;
                for (const ValueToken &token : group.tokens)
                    raws.append(token.raw);
                cell.raw = raws.join(u' ');
                cell.candidates = {cell.raw};
                cell.span = plain.toSource(group.tokens.front().pos,
                                           group.tokens.back().pos + group.tokens.back().length
                                               - group.tokens.front().pos);
            }
        }
        return;
    }
    QStringList candidates;
    for (const Reading &reading : group.readings) {
        if (candidates.size() >= MaxCandidatesListed)
            break;
        candidates.append(readingText(reading));
    }
    const Reading &first = group.readings.front();
    // A reading that split or expanded a token places every cell by inference, the ones read
    // whole too: where they stand rests on the split. Unless one 1:1 reading was all there was.
    const bool placedByInference = group.readings.size() > 1
        || std::any_of(first.begin(), first.end(), [](const Placed &placed) { return placed.derived; });
    for (std::size_t i = 0; i < group.cells.size(); ++i) {
        Cell &cell = cells[std::size_t(group.cells[i])];
        const Placed &placed = first[i];
        bool agreed = true;
        for (const Reading &reading : group.readings) {
            if (reading[i].value != placed.value || reading[i].pos != placed.pos) {
                agreed = false;
                break;
            }
        }
        cell.raw = placed.raw;
        cell.unit = placed.unit;
        cell.span = plain.toSource(placed.pos, placed.length);
        if (!agreed) {
            cell.status = CellStatus::Ambiguous;
            cell.candidates = candidates;
            cell.raw.clear();
            QStringList raws;
            for (const ValueToken &token : group.tokens)
                raws.append(token.raw);
            cell.raw = raws.join(u' ');
            continue;
        }
        switch (placed.kind) {
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
                cell.status = placed.approximate ? CellStatus::Approximate : CellStatus::Ok;
            }
            break;
        }
    }
}
