// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/projectdocument.h"

#include <algorithm>
#include <climits>

#include <QDateTime>
#include <QHash>
#include <QUndoStack>

#include "models/checks/reportchecker.h"
#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/setcellvalue.h"
#include "models/review/setfindingreview.h"

namespace {

/// Compared as text, as the store does: "1.50" and "1.5" are different cell values.
bool sameValue(const std::optional<Decimal> &a, const std::optional<Decimal> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || a->toString() == b->toString();
}

bool sameFindings(const std::vector<Finding> &a, const std::vector<Finding> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Finding &x, const Finding &y) {
        return x.identity() == y.identity() && x.status == y.status && x.note == y.note
            && x.expected == y.expected && x.actual == y.actual && x.severity == y.severity
            && x.detail == y.detail;
    });
}

} // namespace

/** A report loaded for review: the domain, what the store has, and the reviewer's verdicts. */
struct ProjectDocument::LoadedReport
{
    std::unique_ptr<Report> report;
    std::vector<Finding> findings;
    std::vector<Finding> savedFindings;
    std::vector<std::optional<Decimal>> savedValues;
    /// The reviewer's verdict per finding identity: survives re-checks in which
    /// the finding disappears and comes back (an edit and its undo).
    QHash<QString, std::pair<ReviewStatus, QString>> verdicts;
    QHash<int, QDateTime> editedAt;
};

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    if (m_store->isOpen())
        reloadReports();
}

ProjectDocument::~ProjectDocument()
{
    // The commands refer to the document: drop them before the reports go.
    m_undoStack->clear();
}

bool ProjectDocument::open(const QString &location)
{
    m_error.clear();
    m_undoStack->clear();
    if (m_currentReportId != 0)
        setCurrentReport(0);
    emit reportsAboutToBeReset();
    m_loadedById.clear();
    m_loaded.clear();
    m_storedFindings.clear();
    m_summaries.clear();
    m_rows.clear();
    m_store->close();
    const bool opened = m_store->open(location);
    if (!opened)
        m_error = m_store->errorString();
    emit reportsReset();
    return opened && reloadReports();
}

QString ProjectDocument::location() const
{
    return m_store->location();
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

ProjectDocument::LoadedReport *ProjectDocument::loaded(qint64 reportId)
{
    if (LoadedReport *entry = m_loadedById.value(reportId))
        return entry;
    if (reportId == 0 || !m_store->isOpen())
        return nullptr;
    auto report = m_store->loadReport(reportId);
    const auto findings = report ? m_store->findings(reportId) : std::nullopt;
    if (!report || !findings) {
        m_error = m_store->errorString();
        return nullptr;
    }
    auto entry = std::make_unique<LoadedReport>();
    entry->report = std::move(report);
    entry->findings = *findings;
    entry->savedFindings = *findings;
    for (const Cell &cell : entry->report->cells)
        entry->savedValues.push_back(cell.value);
    for (const Finding &finding : *findings)
        entry->verdicts.insert(finding.identity(), {finding.status, finding.note});
    m_loadedById.insert(reportId, entry.get());
    m_loaded.push_back(std::move(entry));
    return m_loaded.back().get();
}

const ProjectDocument::LoadedReport *ProjectDocument::findLoaded(qint64 reportId) const
{
    return m_loadedById.value(reportId);
}

int ProjectDocument::rowOfReport(qint64 reportId) const
{
    return m_rows.value(reportId, -1);
}

bool ProjectDocument::hasUnsavedChanges(const LoadedReport &entry) const
{
    for (std::size_t i = 0; i < entry.report->cells.size(); ++i) {
        if (!sameValue(entry.savedValues[i], entry.report->cells[i].value))
            return true;
    }
    return !sameFindings(entry.findings, entry.savedFindings);
}

bool ProjectDocument::reloadReports()
{
    const auto summaries = m_store->reports(ProjectStore::Listing::Current);
    if (!summaries) {
        m_error = m_store->errorString();
        return false;
    }
    emit reportsAboutToBeReset();
    m_summaries = *summaries;
    m_rows.clear();
    m_rows.reserve(qsizetype(m_summaries.size()));
    for (std::size_t row = 0; row < m_summaries.size(); ++row)
        m_rows.insert(m_summaries[row].id, int(row));
    m_storedFindings.clear();
    for (const auto &entry : m_loaded)
        updateSummary(*entry);
    emit reportsReset();

    // An import may have changed what the loaded reports are checked against
    // (a previous year arrived) and refreshed their stored findings.
    for (std::size_t i = 0; i < m_loaded.size(); ++i) {
        LoadedReport &entry = *m_loaded[i];
        const qint64 id = entry.report->id;
        if (rowOfReport(id) < 0)
            continue;
        if (hasUnsavedChanges(entry)) {
            recheck(entry);
            continue;
        }
        const auto stored = m_store->findings(id);
        if (!stored || sameFindings(*stored, entry.findings))
            continue;
        entry.findings = *stored;
        entry.savedFindings = *stored;
        for (const Finding &finding : *stored)
            entry.verdicts.insert(finding.identity(), {finding.status, finding.note});
        updateSummary(entry);
        emit findingsChanged(id);
        emit reportSummaryChanged(id);
    }

    if (m_currentReportId != 0 && rowOfReport(m_currentReportId) < 0) {
        // Re-imported as a new version: follow it.
        const auto next = std::find_if(m_summaries.cbegin(), m_summaries.cend(), [this](const ReportSummary &summary) {
            return summary.supersedes == m_currentReportId;
        });
        setCurrentReport(next != m_summaries.cend() ? next->id : 0);
    }
    return true;
}

ProjectSummary ProjectDocument::projectSummary() const
{
    ProjectSummary summary;
    summary.reportCount = reportCount();
    for (const ReportSummary &report : m_summaries) {
        if (const FormatSchema *schema = ReportSchema::instance().format(report.format))
            summary.cellCount += schema->cellCount();
        summary.openErrorCount += report.openErrorCount;
        summary.correctedCellCount += report.correctedCellCount;
    }
    return summary;
}

void ProjectDocument::updateSummary(const LoadedReport &entry)
{
    const int row = rowOfReport(entry.report->id);
    if (row < 0)
        return;
    ReportSummary &summary = m_summaries[std::size_t(row)];
    summary.findingCount = int(entry.findings.size());
    summary.openFindingCount = int(std::count_if(entry.findings.cbegin(), entry.findings.cend(), [](const Finding &f) {
        return f.status == ReviewStatus::Open;
    }));
    summary.openErrorCount = int(std::count_if(entry.findings.cbegin(), entry.findings.cend(), [](const Finding &f) {
        return f.status == ReviewStatus::Open && f.severity == Severity::Error;
    }));
    summary.correctedCellCount = int(std::count_if(entry.report->cells.cbegin(), entry.report->cells.cend(),
                                                   [](const Cell &cell) { return cell.isCorrected(); }));
}

const Report *ProjectDocument::report(qint64 reportId)
{
    const LoadedReport *entry = loaded(reportId);
    return entry ? entry->report.get() : nullptr;
}

const Report *ProjectDocument::loadedReport(qint64 reportId) const
{
    const LoadedReport *entry = findLoaded(reportId);
    return entry ? entry->report.get() : nullptr;
}

const std::vector<Finding> *ProjectDocument::findings(qint64 reportId)
{
    if (const LoadedReport *entry = findLoaded(reportId))
        return &entry->findings;
    const auto it = m_storedFindings.find(reportId);
    if (it != m_storedFindings.end())
        return &it->second;
    if (!m_store->isOpen())
        return nullptr;
    auto stored = m_store->findings(reportId);
    if (!stored) {
        m_error = m_store->errorString();
        return nullptr;
    }
    return &m_storedFindings.emplace(reportId, std::move(*stored)).first->second;
}

std::vector<CellEdit> ProjectDocument::cellHistory(qint64 reportId, const QString &cellKey)
{
    std::vector<CellEdit> history;
    if (const auto edits = m_store->edits(reportId)) {
        std::copy_if(edits->cbegin(), edits->cend(), std::back_inserter(history),
                     [&cellKey](const CellEdit &edit) { return edit.cellKey == cellKey; });
    }
    const LoadedReport *entry = findLoaded(reportId);
    const FormatSchema *schema = entry ? ReportSchema::instance().format(entry->report->format) : nullptr;
    const int index = schema ? schema->indexOf(cellKey) : -1;
    if (index >= 0) {
        const std::optional<Decimal> &saved = entry->savedValues[std::size_t(index)];
        const std::optional<Decimal> &current = entry->report->cells[std::size_t(index)].value;
        if (!sameValue(saved, current)) {
            CellEdit pending;
            pending.reportId = reportId;
            pending.cellKey = cellKey;
            pending.oldValue = saved;
            pending.newValue = current;
            pending.editedAt = entry->editedAt.value(index);
            history.push_back(pending);
        }
    }
    return history;
}

void ProjectDocument::setCurrentReport(qint64 reportId)
{
    if (reportId == m_currentReportId)
        return;
    if (reportId != 0 && !loaded(reportId))
        reportId = 0;
    m_currentReportId = reportId;
    m_currentCell = -1;
    emit currentReportChanged(reportId);
    emit currentCellChanged(-1);
}

const Report *ProjectDocument::currentReport() const
{
    const LoadedReport *entry = findLoaded(m_currentReportId);
    return entry ? entry->report.get() : nullptr;
}

const std::vector<Finding> &ProjectDocument::currentFindings() const
{
    static const std::vector<Finding> none;
    const LoadedReport *entry = findLoaded(m_currentReportId);
    return entry ? entry->findings : none;
}

void ProjectDocument::setCurrentCell(int cellIndex)
{
    const Report *report = currentReport();
    if (!report || cellIndex < 0 || cellIndex >= int(report->cells.size()))
        cellIndex = -1;
    if (cellIndex == m_currentCell)
        return;
    m_currentCell = cellIndex;
    emit currentCellChanged(cellIndex);
}

FindingRef ProjectDocument::nextOpenFinding(const FindingRef &from, bool backwards, const QList<qint64> &order)
{
    // The walk in rows of m_summaries: the given order, else the list's.
    std::vector<int> rows;
    if (order.isEmpty()) {
        for (int row = 0; row < reportCount(); ++row)
            rows.push_back(row);
    } else {
        for (const qint64 id : order) {
            if (const int row = rowOfReport(id); row >= 0)
                rows.push_back(row);
        }
    }
    const int count = int(rows.size());
    if (count == 0)
        return {};
    const auto position = [&rows](int row) {
        const auto found = std::find(rows.cbegin(), rows.cend(), row);
        return found == rows.cend() ? -1 : int(found - rows.cbegin());
    };
    int startRow = position(rowOfReport(from.isValid() ? from.reportId : m_currentReportId));
    int startIndex = from.isValid() ? from.index : (backwards ? INT_MAX : -1);
    if (startRow < 0) {
        startRow = backwards ? count - 1 : 0;
        startIndex = backwards ? INT_MAX : -1;
    }
    const int step = backwards ? -1 : 1;
    // count + 1 rows: the start report again at the end, for its findings before from.
    for (int i = 0; i <= count; ++i) {
        const ReportSummary &summary =
            m_summaries[std::size_t(rows[std::size_t(((startRow + step * i) % count + count) % count)])];
        if (i > 0 && summary.openFindingCount == 0)
            continue;
        const std::vector<Finding> *list = findings(summary.id);
        if (!list)
            continue;
        const int size = int(list->size());
        int index = i == 0 ? (backwards ? std::min(startIndex, size) - 1 : startIndex + 1)
                           : (backwards ? size - 1 : 0);
        for (; index >= 0 && index < size; index += step) {
            if (i == count && (backwards ? index < startIndex : index > startIndex))
                break;
            if ((*list)[std::size_t(index)].status == ReviewStatus::Open)
                return {summary.id, index};
        }
    }
    return {};
}

void ProjectDocument::setCellValue(qint64 reportId, int cellIndex, const std::optional<Decimal> &value)
{
    LoadedReport *entry = loaded(reportId);
    if (!entry || cellIndex < 0 || cellIndex >= int(entry->report->cells.size()))
        return;
    const std::optional<Decimal> &old = entry->report->cells[std::size_t(cellIndex)].value;
    if (sameValue(old, value))
        return;
    const QString key = ReportSchema::instance().format(entry->report->format)->address(cellIndex).key();
    m_undoStack->push(new SetCellValue(this, reportId, cellIndex, key, old, value));
}

void ProjectDocument::setFindingReview(const FindingRef &finding, ReviewStatus status, const QString &note)
{
    LoadedReport *entry = loaded(finding.reportId);
    if (!entry || finding.index < 0 || finding.index >= int(entry->findings.size()))
        return;
    const Finding &current = entry->findings[std::size_t(finding.index)];
    if (current.status == status && current.note == note)
        return;
    m_undoStack->push(new SetFindingReview(this, finding, current.status, current.note, status, note));
}

qint64 ProjectDocument::reportOf(const QString &agency, int year, qint64 excludeId) const
{
    if (agency.isEmpty() || year <= 0)
        return 0;
    qint64 found = 0;
    for (const ReportSummary &summary : m_summaries) {
        if (summary.agency == agency && summary.year == year && summary.id != excludeId)
            found = std::max(found, summary.id);
    }
    return found;
}

void ProjectDocument::recheck(LoadedReport &entry)
{
    const Report &report = *entry.report;
    std::vector<Finding> fresh = ReportChecker::checkReport(report);
    if (const qint64 previousId = reportOf(report.agency, report.year - 1, report.id)) {
        if (const LoadedReport *previous = loaded(previousId)) {
            const std::vector<Finding> acrossYears = ReportChecker::checkAcrossYears(*previous->report, report);
            fresh.insert(fresh.end(), acrossYears.cbegin(), acrossYears.cend());
        }
    }
    for (Finding &finding : fresh) {
        const auto verdict = entry.verdicts.constFind(finding.identity());
        if (verdict != entry.verdicts.constEnd()) {
            finding.status = verdict->first;
            finding.note = verdict->second;
        }
    }
    // Keep store ids of findings that survive, so the list reads the same until saved.
    QHash<QString, qint64> ids;
    for (const Finding &finding : entry.findings)
        ids.insert(finding.identity(), finding.id);
    for (Finding &finding : fresh)
        finding.id = ids.value(finding.identity());
    const bool changed = !sameFindings(fresh, entry.findings);
    entry.findings = std::move(fresh);
    updateSummary(entry);
    if (changed) {
        emit findingsChanged(report.id);
        emit reportSummaryChanged(report.id);
    }
}

void ProjectDocument::applyCellValue(qint64 reportId, int cellIndex, const std::optional<Decimal> &value)
{
    LoadedReport *entry = loaded(reportId);
    if (!entry || cellIndex < 0 || cellIndex >= int(entry->report->cells.size()))
        return;
    entry->report->cells[std::size_t(cellIndex)].value = value;
    entry->editedAt.insert(cellIndex, QDateTime::currentDateTimeUtc());
    emit cellsChanged(reportId, {cellIndex});
    recheck(*entry);
    emit reportSummaryChanged(reportId);
    // The next year's cross-year checks read this report.
    const Report &report = *entry->report;
    if (const qint64 nextId = reportOf(report.agency, report.year + 1, report.id)) {
        if (LoadedReport *next = loaded(nextId))
            recheck(*next);
    }
}

void ProjectDocument::applyFindingReview(const FindingRef &ref, ReviewStatus status, const QString &note)
{
    LoadedReport *entry = loaded(ref.reportId);
    if (!entry || ref.index < 0 || ref.index >= int(entry->findings.size()))
        return;
    Finding &finding = entry->findings[std::size_t(ref.index)];
    finding.status = status;
    finding.note = note;
    entry->verdicts.insert(finding.identity(), {status, note});
    updateSummary(*entry);
    emit findingReviewChanged(ref);
    emit findingsChanged(ref.reportId);
    emit reportSummaryChanged(ref.reportId);
}

bool ProjectDocument::save()
{
    m_error.clear();
    std::vector<ReportReview> reviews;
    std::vector<LoadedReport *> saved;
    for (const auto &entry : m_loaded) {
        const Report &report = *entry->report;
        const FormatSchema *schema = ReportSchema::instance().format(report.format);
        ReportReview review;
        review.reportId = report.id;
        for (std::size_t i = 0; schema && i < report.cells.size(); ++i) {
            if (!sameValue(entry->savedValues[i], report.cells[i].value))
                review.changes.push_back({schema->address(int(i)).key(), report.cells[i].value});
        }
        if (review.changes.empty() && sameFindings(entry->findings, entry->savedFindings))
            continue;
        review.findings = entry->findings;
        reviews.push_back(std::move(review));
        saved.push_back(entry.get());
    }
    if (!reviews.empty() && !m_store->saveReviews(reviews)) {
        m_error = m_store->errorString();
        return false;
    }
    for (LoadedReport *entry : saved) {
        for (std::size_t i = 0; i < entry->report->cells.size(); ++i)
            entry->savedValues[i] = entry->report->cells[i].value;
        entry->editedAt.clear();
        // The store numbered the findings anew, in the order given.
        if (const auto stored = m_store->findings(entry->report->id); stored && stored->size() == entry->findings.size()) {
            for (std::size_t i = 0; i < stored->size(); ++i)
                entry->findings[i].id = (*stored)[i].id;
        }
        entry->savedFindings = entry->findings;
    }
    m_undoStack->setClean();
    return true;
}
