// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/reportchecker.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include <QStringList>

#include "models/report.h"
#include "models/reportschema.h"

namespace {

/** A check of checks.json. */
struct CheckInfo
{
    QString id;
    Severity severity = Severity::Error;
};

struct RelationRule
{
    const CheckInfo *check = nullptr;
    QString where;
    std::vector<int> left;
    std::vector<int> right;
    QStringList cells; ///< left then right, canonical keys
};

/** A CompareRule of the schema with its check. */
struct RuleCheck
{
    const CompareRule *rule = nullptr;
    const CheckInfo *check = nullptr;
    QStringList cells; ///< canonical keys of rule->cells
};

/** Everything the checks need about one format, computed once from the schema. */
struct FormatChecks
{
    const FormatSchema *schema = nullptr;
    QStringList keys; ///< canonical key per cell index
    std::vector<RelationRule> relations;
    std::vector<RuleCheck> rules; ///< t2.published, year.*: in the order of checks.json
};

// The six sections of the spec.
constexpr int SectionCount = 6;

/**
 * The schema turned into flat rules, built once (thread-safe static
 * initialisation) so that a re-check does no JSON, hash building or key
 * concatenation. The checks fill in no message: FindingText makes it when shown.
 */
class CheckCache final
{
public:
    static const CheckCache &instance()
    {
        static const CheckCache cache;
        return cache;
    }

    const FormatChecks *format(const QString &id) const
    {
        for (const auto &format : m_formats) {
            if (format->schema->id() == id)
                return format.get();
        }
        return nullptr;
    }

    const CheckInfo *cellMissing = nullptr;
    const CheckInfo *cellText = nullptr;
    const CheckInfo *cellInvalid = nullptr;
    const CheckInfo *cellApproximate = nullptr;
    const CheckInfo *cellAmbiguous = nullptr;
    const CheckInfo *cellInferred = nullptr;
    const CheckInfo *textTable = nullptr;
    const CheckInfo *formatShape = nullptr;
    const CheckInfo *reportSections = nullptr;

private:
    CheckCache();
    const CheckInfo *check(const QString &id) const;
    void addFormat(const FormatSchema *schema);

    std::vector<std::unique_ptr<CheckInfo>> m_checks;
    std::vector<std::unique_ptr<FormatChecks>> m_formats;
};

CheckCache::CheckCache()
{
    const ReportSchema &schema = ReportSchema::instance();
    for (const CheckSpec &spec : schema.checks()) {
        auto info = std::make_unique<CheckInfo>();
        info->id = spec.id;
        info->severity = spec.severity;
        m_checks.push_back(std::move(info));
    }
    cellMissing = check(QStringLiteral("cell.missing"));
    cellText = check(QStringLiteral("cell.text"));
    cellInvalid = check(QStringLiteral("cell.invalid"));
    cellApproximate = check(QStringLiteral("cell.approximate"));
    cellAmbiguous = check(QStringLiteral("cell.ambiguous"));
    cellInferred = check(QStringLiteral("cell.inferred"));
    textTable = check(QStringLiteral("text.table"));
    formatShape = check(QStringLiteral("format.shape"));
    reportSections = check(QStringLiteral("report.sections"));
    for (const QString &id : schema.formatIds())
        addFormat(schema.format(id));
}

const CheckInfo *CheckCache::check(const QString &id) const
{
    for (const auto &info : m_checks) {
        if (info->id == id)
            return info.get();
    }
    // checks.json is compiled in; a check missing there is a build error.
    qFatal("check %s missing from checks.json", qPrintable(id));
}

void CheckCache::addFormat(const FormatSchema *schema)
{
    if (!schema)
        return;
    auto format = std::make_unique<FormatChecks>();
    format->schema = schema;
    for (int i = 0; i < schema->cellCount(); ++i)
        format->keys.append(schema->address(i).key());

    for (const SumRelation &relation : schema->relations()) {
        RelationRule rule;
        rule.check = check(relation.checkId);
        rule.where = relation.where;
        rule.left = relation.left;
        rule.right = relation.right;
        for (int index : relation.left)
            rule.cells.append(format->keys[index]);
        for (int index : relation.right)
            rule.cells.append(format->keys[index]);
        format->relations.push_back(std::move(rule));
    }

    for (const CompareRule &compareRule : schema->compareRules()) {
        RuleCheck rule;
        rule.rule = &compareRule;
        rule.check = check(compareRule.checkId);
        for (int index : compareRule.cells)
            rule.cells.append(format->keys[index]);
        format->rules.push_back(std::move(rule));
    }
    m_formats.push_back(std::move(format));
}

const Cell &cellAt(const Report &report, int index)
{
    static const Cell missing; // Missing, no value
    return std::size_t(index) < report.cells.size() ? report.cells[std::size_t(index)] : missing;
}

/// Whether a check may read the cell: it has a value of a kind that counts.
bool isUsable(const Cell &cell)
{
    switch (cell.status) {
    case CellStatus::Ok:
    case CellStatus::Approximate:
    case CellStatus::Inferred:
        return cell.value.has_value();
    case CellStatus::Missing:
    case CellStatus::Text:
    case CellStatus::Ambiguous:
    case CellStatus::Invalid:
        break;
    }
    return false;
}

std::optional<Decimal> valueOf(const Report &report, int index)
{
    const Cell &cell = cellAt(report, index);
    return isUsable(cell) ? cell.value : std::nullopt;
}

/// The exact sum of the cells; nothing when one of them has no usable value or on overflow.
std::optional<Decimal> sumOf(const Report &report, const std::vector<int> &indexes)
{
    Decimal sum;
    for (int index : indexes) {
        const Cell &cell = cellAt(report, index);
        if (!isUsable(cell))
            return std::nullopt;
        const std::optional<Decimal> next = sum.plus(*cell.value);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

Finding makeFinding(const CheckInfo &check, const QStringList &cells, const QString &expected,
                    const QString &actual, const QString &detail = QString())
{
    Finding finding;
    finding.checkId = check.id;
    finding.severity = check.severity;
    finding.cells = cells;
    finding.expected = expected;
    finding.actual = actual;
    finding.detail = detail;
    return finding;
}

const CheckInfo *cellCheck(const CheckCache &cache, CellStatus status)
{
    switch (status) {
    case CellStatus::Ok:
        return nullptr;
    case CellStatus::Missing:
        return cache.cellMissing;
    case CellStatus::Text:
        return cache.cellText;
    case CellStatus::Approximate:
        return cache.cellApproximate;
    case CellStatus::Inferred:
        return cache.cellInferred;
    case CellStatus::Ambiguous:
        return cache.cellAmbiguous;
    case CellStatus::Invalid:
        return cache.cellInvalid;
    }
    return nullptr;
}

void checkCells(const CheckCache &cache, const FormatChecks &format, const Report &report,
                std::vector<Finding> &findings)
{
    for (int i = 0; i < format.schema->cellCount(); ++i) {
        const Cell &cell = cellAt(report, i);
        // A cell marked Ok that lost its value (cleared by hand) is as good as blank.
        const CellStatus status = cell.status == CellStatus::Ok && !cell.hasValue() ? CellStatus::Missing
                                                                                    : cell.status;
        const CheckInfo *check = cellCheck(cache, status);
        if (!check)
            continue;
        QString detail = cell.raw;
        if (status == CellStatus::Ambiguous || (status == CellStatus::Inferred && detail.isEmpty()))
            detail = cell.candidates.join(u"; ");
        const QString actual = cell.value ? cell.value->toString() : QString();
        findings.push_back(makeFinding(*check, {format.keys[i]}, QString(), actual, detail));
    }
}

void checkRelations(const FormatChecks &format, const Report &report, std::vector<Finding> &findings)
{
    for (const RelationRule &rule : format.relations) {
        const std::optional<Decimal> left = sumOf(report, rule.left);
        if (!left)
            continue;
        const std::optional<Decimal> right = sumOf(report, rule.right);
        if (!right || *left == *right)
            continue;
        findings.push_back(makeFinding(*rule.check, rule.cells, right->toString(), left->toString()));
    }
}

/// The exact sum of a rule's terms, from this report and last year's; nothing
/// when a term has no usable value (or no such cell last year) or on overflow.
std::optional<Decimal> sumOf(const std::vector<RuleTerm> &terms, const Report &report, const Report *previous,
                             const FormatSchema *previousSchema)
{
    Decimal sum;
    for (const RuleTerm &term : terms) {
        std::optional<Decimal> value;
        if (!term.isPrevious())
            value = valueOf(report, term.index);
        else if (previous && previousSchema)
            value = valueOf(*previous, previousSchema->indexOf(term.previousKey));
        if (!value)
            return std::nullopt;
        const std::optional<Decimal> next = term.negated ? sum.minus(*value) : sum.plus(*value);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

/// The rules of one kind (within the report, or across years when previous is given).
void checkRules(const FormatChecks &format, const Report &report, const Report *previous,
                std::vector<Finding> &findings)
{
    const FormatSchema *previousSchema = previous ? ReportSchema::instance().format(previous->format) : nullptr;
    for (const RuleCheck &rule : format.rules) {
        if (rule.rule->isAcrossYears() != (previous != nullptr))
            continue;
        const std::optional<Decimal> left = sumOf(rule.rule->left, report, previous, previousSchema);
        if (!left)
            continue;
        const std::optional<Decimal> right = sumOf(rule.rule->right, report, previous, previousSchema);
        if (!right)
            continue;
        const bool holds = rule.rule->comparison == CompareRule::Comparison::AtLeast ? *left >= *right
                                                                                     : *left == *right;
        if (holds)
            continue;
        findings.push_back(makeFinding(*rule.check, rule.cells, right->toString(), left->toString()));
    }
}

void checkFigures(const CheckCache &cache, const FormatChecks &format, const Report &report,
                  std::vector<Finding> &findings)
{
    // One finding per cell: its identity (check id + cells) must stay unique.
    std::vector<int> reported;
    for (const NarrativeFigure &figure : report.figures) {
        const int index = format.schema->indexOf(figure.cellKey);
        if (index < 0)
            continue;
        const std::optional<Decimal> value = valueOf(report, index);
        if (!value || *value == figure.value)
            continue;
        if (std::find(reported.begin(), reported.end(), index) != reported.end())
            continue;
        reported.push_back(index);
        findings.push_back(makeFinding(*cache.textTable, {format.keys[index]}, figure.value.toString(),
                                       value->toString(), figure.quote));
    }
}

void checkShape(const CheckCache &cache, const Report &report, std::vector<Finding> &findings)
{
    if (report.t2Format.isEmpty() || report.t3Format.isEmpty() || report.t2Format == report.t3Format)
        return;
    // Not a number check: table 3 is expected in table 2's format.
    findings.push_back(makeFinding(*cache.formatShape, {}, report.t2Format, report.t3Format));
}

void checkSections(const CheckCache &cache, const Report &report, std::vector<Finding> &findings)
{
    std::array<bool, SectionCount> present{};
    for (const Section &section : report.sections) {
        if (section.number >= 1 && std::size_t(section.number) <= present.size())
            present[std::size_t(section.number - 1)] = true;
    }
    for (std::size_t i = 0; i < present.size(); ++i) {
        // The section's number is what the report lacks: it keeps this finding's identity apart from the others.
        if (!present[i])
            findings.push_back(makeFinding(*cache.reportSections, {}, QString::number(i + 1), QString()));
    }
}

} // namespace

namespace ReportChecker {

std::vector<Finding> checkReport(const Report &report)
{
    std::vector<Finding> findings;
    const CheckCache &cache = CheckCache::instance();
    const FormatChecks *format = cache.format(report.format);
    if (!format || !report.isRecognised())
        return findings;
    checkCells(cache, *format, report, findings);
    checkRelations(*format, report, findings);
    checkRules(*format, report, nullptr, findings);
    checkFigures(cache, *format, report, findings);
    checkShape(cache, report, findings);
    checkSections(cache, report, findings);
    return findings;
}

std::vector<Finding> checkAcrossYears(const Report &previous, const Report &current)
{
    std::vector<Finding> findings;
    const CheckCache &cache = CheckCache::instance();
    const FormatChecks *was = cache.format(previous.format);
    const FormatChecks *now = cache.format(current.format);
    if (!was || !now || !previous.isRecognised() || !current.isRecognised() || previous.year <= 0
        || previous.year + 1 != current.year) {
        return findings;
    }

    checkRules(*now, current, &previous, findings);
    return findings;
}

} // namespace ReportChecker
