// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/findingtext.h"

#include <algorithm>

#include <QHash>
#include <QStringList>

#include "models/checks/messagetemplate.h"
#include "models/finding.h"
#include "models/reportschema.h"

namespace {

/** A check's message templates, split once. */
struct CheckText
{
    MessageTemplate zh;
    MessageTemplate en;
    std::vector<SectionName> sections; ///< report.sections only
};

/** What a relation or rule of the schema tells a message: where it runs and its detail. */
struct RuleText
{
    QString table;
    QString where;
    bool alongColumn = false;
    MessageTemplate detailZh;
    MessageTemplate detailEn;
};

/// A finding of a relation or rule names exactly that rule's cells: the check
/// id and the cells, in any order, find it again.
QString ruleKey(const QString &checkId, QStringList cells)
{
    cells.sort();
    return checkId + u'|' + cells.join(u',');
}

/** The templates and the rules of every format, read once from the schema; immutable afterwards. */
class TextCache final
{
public:
    static const TextCache &instance()
    {
        // A function-local static is initialised once, thread-safely.
        static const TextCache cache;
        return cache;
    }

    const CheckText *check(const QString &id) const
    {
        const auto it = m_checks.constFind(id);
        return it == m_checks.constEnd() ? nullptr : &*it;
    }

    const RuleText *rule(const Finding &finding) const
    {
        const auto it = m_rules.constFind(ruleKey(finding.checkId, finding.cells));
        return it == m_rules.constEnd() ? nullptr : &*it;
    }

private:
    TextCache()
    {
        const ReportSchema &schema = ReportSchema::instance();
        for (const CheckSpec &spec : schema.checks())
            m_checks.insert(spec.id, {MessageTemplate(spec.messageZh), MessageTemplate(spec.messageEn), spec.sections});
        for (const QString &id : schema.formatIds()) {
            const FormatSchema *format = schema.format(id);
            auto keys = [format](const std::vector<int> &indexes) {
                QStringList cells;
                for (int index : indexes) {
                    if (index >= 0)
                        cells.append(format->address(index).key());
                }
                return cells;
            };
            for (const SumRelation &relation : format->relations()) {
                m_rules.insert(ruleKey(relation.checkId, keys(relation.left) + keys(relation.right)),
                               {relation.table, relation.where, relation.alongColumn, {}, {}});
            }
            for (const CompareRule &rule : format->compareRules()) {
                m_rules.insert(ruleKey(rule.checkId, keys(rule.cells)),
                               {rule.table, rule.where, rule.alongColumn, MessageTemplate(rule.detailZh),
                                MessageTemplate(rule.detailEn)});
            }
        }
    }

    QHash<QString, CheckText> m_checks;
    QHash<QString, RuleText> m_rules;
};

/// The row or column all the cells share, named; the key itself when the
/// format has no label for it. For a finding whose rule the schema no longer
/// has (a project stored by an older version), so its message still says where.
QString sharedName(const QStringList &cells, const QString &format, Language language)
{
    QString table, row, column;
    bool sameRow = true;
    bool sameColumn = true;
    for (const QString &key : cells) {
        const QStringList parts = key.split(u'/');
        if (parts.size() != 3)
            return QString();
        if (table.isEmpty()) {
            table = parts[0];
            row = parts[1];
            column = parts[2];
        }
        sameRow = sameRow && parts[0] == table && parts[1] == row;
        sameColumn = sameColumn && parts[0] == table && parts[2] == column;
    }
    const GridLayout &layout = GridLayout::instance();
    if (sameColumn && !column.isEmpty()) {
        const QString name = layout.columnName(format, table, column).text(language);
        return name.isEmpty() ? column : name;
    }
    if (sameRow && !row.isEmpty()) {
        const QString name = layout.rowName(format, table, row).text(language);
        return name.isEmpty() ? row : name;
    }
    return QString();
}

} // namespace

namespace FindingText {

QString message(const Finding &finding, const QString &format, Language language)
{
    const TextCache &cache = TextCache::instance();
    const CheckText *check = cache.check(finding.checkId);
    if (!check)
        return QString();
    const bool chinese = language == Language::Chinese;
    const GridLayout &layout = GridLayout::instance();
    QString where;
    QString detail = finding.detail;
    if (const RuleText *rule = cache.rule(finding)) {
        const LabelText name = rule->alongColumn ? layout.columnName(format, rule->table, rule->where)
                                                 : layout.rowName(format, rule->table, rule->where);
        where = name.text(language).isEmpty() ? rule->where : name.text(language);
        const MessageTemplate &ruleDetail = chinese ? rule->detailZh : rule->detailEn;
        if (!ruleDetail.isEmpty())
            detail = ruleDetail.fill({where, finding.expected, finding.actual, {}});
    } else if (!check->sections.empty()) {
        // report.sections: expected is the missing section's number.
        const int index = finding.expected.toInt() - 1;
        if (index >= 0 && std::size_t(index) < check->sections.size()) {
            const SectionName &section = check->sections[std::size_t(index)];
            where = chinese ? section.numberZh : section.numberEn;
            detail = chinese ? section.titleZh : section.titleEn;
        }
    } else if (finding.cells.size() == 1) {
        where = layout.cellName(format, finding.cells.first()).text(language);
        if (where.isEmpty())
            where = finding.cells.first();
    } else if (!finding.cells.isEmpty()) {
        where = sharedName(finding.cells, format, language);
    }
    return (chinese ? check->zh : check->en).fill({where, finding.expected, finding.actual, detail});
}

} // namespace FindingText
