// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/finding.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QJsonArray;

/** The address of a cell: table, row and column keys of the spec. */
struct CellAddress
{
    QString table;
    QString row;
    QString column;

    QString key() const { return table + u'/' + row + u'/' + column; }
};

/**
 * A linear relation between cells of one format: sum(left) = sum(right).
 * Indexes are into FormatSchema's cell list. The check engine reports it
 * when broken; the parser uses the same relations to split glued digits.
 */
struct SumRelation
{
    QString checkId; ///< "t3.balance", ...
    QString table;   ///< "t3", ...
    QString where;   ///< the row or column key the relation runs along
    bool alongColumn = false; ///< where is a column key (else a row key)
    std::vector<int> left;
    std::vector<int> right;
};

/** A term of a CompareRule: a cell of this report or of last year's, added or subtracted. */
struct RuleTerm
{
    int index = -1;      ///< this report's cell (FormatSchema index); -1 for a term of last year
    QString previousKey; ///< last year's cell ("t2/rules/in_force"), looked up in that report's format
    bool negated = false;

    bool isPrevious() const { return index < 0; }
};

/**
 * A check rule that the parser must not use to split digits, because it is an
 * inequality or reaches into last year's report: sum(left) compared with
 * sum(right), either side possibly empty (0). Read from the "rules" of a check
 * in resources/checks.json; t2.published and the year.* checks are made of them.
 */
struct CompareRule
{
    enum class Comparison {
        Equal,   ///< a finding when left != right
        AtLeast, ///< a finding when left < right
    };

    QString checkId;
    QString table;          ///< "t2", ...
    QString where;          ///< the row or column key the rule runs along
    bool alongColumn = false; ///< where is a column key (else a row key)
    std::vector<RuleTerm> left;
    std::vector<RuleTerm> right;
    Comparison comparison = Comparison::Equal;
    QString detailZh;       ///< the message's %4, a template of %1..%3 itself; empty when none
    QString detailEn;
    std::vector<int> cells; ///< this report's cells in the rule, in schema order: what a finding names

    bool isAcrossYears() const;
};

/** A section of the report as report.sections' message names it: "三" / "3", its title. */
struct SectionName
{
    QString numberZh;
    QString numberEn;
    QString titleZh;
    QString titleEn;
};

/** A check of the spec, with its messages (templates, see resources/checks.json). */
struct CheckSpec
{
    QString id;
    Severity severity = Severity::Error;
    QString messageZh;
    QString messageEn;
    std::vector<SectionName> sections; ///< report.sections: the six sections, in order
};

/** The cells and relations of one report format ("2019" or "2021"). */
class FormatSchema final
{
public:
    QString id() const { return m_id; }
    int cellCount() const { return int(m_cells.size()); }
    const CellAddress &address(int index) const { return m_cells[std::size_t(index)]; }
    /// -1 when the format has no such cell.
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    int indexOf(const QString &table, const QString &row, const QString &column) const;

    QStringList rows(const QString &table) const;
    QStringList columns(const QString &table, const QString &row) const;
    /// The cell indexes of one row, in column order.
    std::vector<int> rowCells(const QString &table, const QString &row) const;
    QStringList group(const QString &name) const { return m_groups.value(name); }

    const std::vector<SumRelation> &relations() const { return m_relations; }
    /// The inequalities and cross-year rules, in the order of checks.json.
    const std::vector<CompareRule> &compareRules() const { return m_compareRules; }

    /// Columns that may be negative ("change") or fractional ("amount"); all others are counts.
    bool isSigned(int index) const;
    bool isDecimal(int index) const;

private:
    friend class ReportSchema;
    QString m_id;
    std::vector<CellAddress> m_cells;
    QHash<QString, int> m_index;
    QHash<QString, QStringList> m_rowsByTable;
    /// "t3/new" -> the row's cell indexes in column order (the parser asks for rows often).
    QHash<QString, std::vector<int>> m_rowCells;
    QHash<QString, QStringList> m_groups;
    std::vector<SumRelation> m_relations;
    std::vector<CompareRule> m_compareRules;
    QStringList m_signedColumns;
    QStringList m_decimalColumns;
};

/**
 * The contract of shared/spec/report-format.md, read from the embedded
 * resources/formats.json and resources/checks.json. Immutable after loading;
 * safe to read from any thread.
 */
class ReportSchema final
{
public:
    /// The schema of the embedded resources, loaded on first use.
    static const ReportSchema &instance();

    /// nullptr for "pre2019" or an unknown id.
    const FormatSchema *format(const QString &id) const;
    QStringList formatIds() const;
    const CheckSpec *check(const QString &id) const;
    const std::vector<CheckSpec> &checks() const { return m_checks; }

private:
    ReportSchema();
    void load();
    void loadCompareRules(const CheckSpec &spec, const QJsonArray &rules);

    std::vector<std::unique_ptr<FormatSchema>> m_formats;
    std::vector<CheckSpec> m_checks;
};
