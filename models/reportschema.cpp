// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reportschema.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject readJson(const QString &resource)
{
    QFile file(resource);
    // The files are compiled in; failing to read them is a build error, not a user error.
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing embedded resource %s", qPrintable(resource));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

/// What a relation or rule runs along: the table's rows, or the columns of its first row.
QStringList alongsOf(const FormatSchema &format, const QString &table, bool perColumn)
{
    const QStringList rows = format.rows(table);
    return perColumn ? format.columns(table, rows.value(0)) : rows;
}

/// The key of the cell named `name` along one row (a column name) or one column (a row name).
QString keyAlong(const QString &table, const QString &along, const QString &name, bool perColumn)
{
    return perColumn ? table + u'/' + name + u'/' + along : table + u'/' + along + u'/' + name;
}

} // namespace

int FormatSchema::indexOf(const QString &table, const QString &row, const QString &column) const
{
    return indexOf(table + u'/' + row + u'/' + column);
}

QStringList FormatSchema::rows(const QString &table) const
{
    return m_rowsByTable.value(table);
}

QStringList FormatSchema::columns(const QString &table, const QString &row) const
{
    QStringList result;
    for (const CellAddress &cell : m_cells) {
        if (cell.table == table && cell.row == row)
            result.append(cell.column);
    }
    return result;
}

std::vector<int> FormatSchema::rowCells(const QString &table, const QString &row) const
{
    return m_rowCells.value(table + u'/' + row);
}

bool FormatSchema::isSigned(int index) const
{
    return m_signedColumns.contains(address(index).column);
}

bool FormatSchema::isDecimal(int index) const
{
    return m_decimalColumns.contains(address(index).column);
}

const ReportSchema &ReportSchema::instance()
{
    static const ReportSchema schema;
    return schema;
}

ReportSchema::ReportSchema()
{
    load();
}

const FormatSchema *ReportSchema::format(const QString &id) const
{
    for (const auto &format : m_formats) {
        if (format->m_id == id)
            return format.get();
    }
    return nullptr;
}

QStringList ReportSchema::formatIds() const
{
    QStringList ids;
    for (const auto &format : m_formats)
        ids.append(format->m_id);
    return ids;
}

const CheckSpec *ReportSchema::check(const QString &id) const
{
    for (const CheckSpec &spec : m_checks) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

void ReportSchema::load()
{
    const QJsonObject formats = readJson(QStringLiteral(":/govinfo/formats.json"));
    const QJsonObject kinds = formats.value(u"value_kinds").toObject();
    for (const QJsonValue &formatValue : formats.value(u"formats").toArray()) {
        const QJsonObject formatObject = formatValue.toObject();
        auto format = std::make_unique<FormatSchema>();
        format->m_id = formatObject.value(u"id").toString();
        format->m_signedColumns = toStringList(kinds.value(u"signed"));
        format->m_decimalColumns = toStringList(kinds.value(u"decimal"));
        for (const QJsonValue &tableValue : formatObject.value(u"tables").toArray()) {
            const QJsonObject table = tableValue.toObject();
            const QString tableId = table.value(u"id").toString();
            for (const QJsonValue &rowValue : table.value(u"rows").toArray()) {
                const QJsonObject row = rowValue.toObject();
                const QString rowKey = row.value(u"key").toString();
                format->m_rowsByTable[tableId].append(rowKey);
                for (const QString &column : toStringList(row.value(u"columns"))) {
                    format->m_index.insert(tableId + u'/' + rowKey + u'/' + column, int(format->m_cells.size()));
                    format->m_rowCells[tableId + u'/' + rowKey].push_back(int(format->m_cells.size()));
                    format->m_cells.push_back({tableId, rowKey, column});
                }
            }
        }
        const QJsonObject groups = formatObject.value(u"groups").toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it)
            format->m_groups.insert(it.key(), toStringList(it.value()));
        m_formats.push_back(std::move(format));
    }

    const QJsonObject checks = readJson(QStringLiteral(":/govinfo/checks.json"));
    for (const QJsonValue &checkValue : checks.value(u"checks").toArray()) {
        const QJsonObject check = checkValue.toObject();
        CheckSpec spec;
        spec.id = check.value(u"id").toString();
        spec.severity = severityFromName(check.value(u"severity").toString()).value_or(Severity::Error);
        const QJsonObject message = check.value(u"message").toObject();
        spec.messageZh = message.value(u"zh").toString();
        spec.messageEn = message.value(u"en").toString();
        for (const QJsonValue &section : check.value(u"sections").toArray()) {
            const QJsonObject number = section.toObject().value(u"number").toObject();
            const QJsonObject title = section.toObject().value(u"title").toObject();
            spec.sections.push_back({number.value(u"zh").toString(), number.value(u"en").toString(),
                                     title.value(u"zh").toString(), title.value(u"en").toString()});
        }
        m_checks.push_back(spec);

        loadCompareRules(spec, check.value(u"rules").toArray());
        const QJsonObject relation = check.value(u"relation").toObject();
        if (relation.isEmpty())
            continue;
        for (const auto &format : m_formats) {
            const QString table = relation.value(u"table").toString();
            auto keys = [&](const QJsonValue &side) {
                // "@name" refers to a group of the format (e.g. the result rows).
                return side.isString() ? format->group(side.toString().mid(1)) : toStringList(side);
            };
            const QStringList left = keys(relation.value(u"left"));
            const QStringList right = keys(relation.value(u"right"));
            const bool perColumn = relation.value(u"for_each").toString() == u"column";
            for (const QString &along : alongsOf(*format, table, perColumn)) {
                SumRelation sum;
                sum.checkId = spec.id;
                sum.table = table;
                sum.where = along;
                sum.alongColumn = perColumn;
                auto indexes = [&](const QStringList &side, std::vector<int> &out) {
                    for (const QString &name : side) {
                        const int index = format->indexOf(keyAlong(table, along, name, perColumn));
                        if (index >= 0)
                            out.push_back(index);
                    }
                };
                indexes(left, sum.left);
                indexes(right, sum.right);
                if (!sum.left.empty() && !sum.right.empty())
                    format->m_relations.push_back(sum);
            }
        }
    }
}

bool CompareRule::isAcrossYears() const
{
    const auto previous = [](const RuleTerm &term) { return term.isPrevious(); };
    return std::any_of(left.begin(), left.end(), previous) || std::any_of(right.begin(), right.end(), previous);
}

// A rule runs along every row (or column) of its table in which each of its
// names is a cell of this format; "-name" subtracts, "previous:name" is last year's cell.
void ReportSchema::loadCompareRules(const CheckSpec &spec, const QJsonArray &rules)
{
    static const QString previousPrefix = QStringLiteral("previous:");
    for (const QJsonValue &ruleValue : rules) {
        const QJsonObject object = ruleValue.toObject();
        const QString table = object.value(u"table").toString();
        const bool perColumn = object.value(u"for_each").toString() == u"column";
        const QJsonObject detail = object.value(u"detail").toObject();
        for (const auto &format : m_formats) {
            for (const QString &along : alongsOf(*format, table, perColumn)) {
                CompareRule rule;
                rule.checkId = spec.id;
                rule.table = table;
                rule.where = along;
                rule.alongColumn = perColumn;
                rule.comparison = object.value(u"compare").toString() == u">=" ? CompareRule::Comparison::AtLeast
                                                                              : CompareRule::Comparison::Equal;
                rule.detailZh = detail.value(u"zh").toString();
                rule.detailEn = detail.value(u"en").toString();
                bool complete = true;
                auto terms = [&](const QJsonValue &side, std::vector<RuleTerm> &out) {
                    for (QString name : toStringList(side)) {
                        RuleTerm term;
                        term.negated = name.startsWith(u'-');
                        if (term.negated)
                            name.remove(0, 1);
                        const bool previous = name.startsWith(previousPrefix);
                        if (previous)
                            name.remove(0, previousPrefix.size());
                        const QString key = keyAlong(table, along, name, perColumn);
                        if (previous) {
                            term.previousKey = key;
                        } else {
                            term.index = format->indexOf(key);
                            complete = complete && term.index >= 0;
                            rule.cells.push_back(term.index);
                        }
                        out.push_back(term);
                    }
                };
                terms(object.value(u"left"), rule.left);
                terms(object.value(u"right"), rule.right);
                if (!complete || rule.cells.empty())
                    continue;
                std::sort(rule.cells.begin(), rule.cells.end());
                format->m_compareRules.push_back(std::move(rule));
            }
        }
    }
}
