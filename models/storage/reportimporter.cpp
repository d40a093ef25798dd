// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/reportimporter.h"

#include <algorithm>

#include "models/checks/reportchecker.h"
#include "models/report.h"

namespace {

/// What loadReport(Content::Values) reads back of a report stored as given:
/// what names it, and each cell's values and status.
std::shared_ptr<const Report> valuesOf(const Report &report, qint64 reportId)
{
    auto values = std::make_shared<Report>();
    values->id = reportId;
    values->fileName = report.fileName;
    values->path = report.path;
    values->contentHash = report.contentHash;
    values->encoding = report.encoding;
    values->sourceKind = report.sourceKind;
    values->agency = report.agency;
    values->year = report.year;
    values->format = report.format;
    values->t2Format = report.t2Format;
    values->t3Format = report.t3Format;
    values->importedAt = report.importedAt;
    values->cells.resize(report.cells.size());
    for (std::size_t i = 0; i < report.cells.size(); ++i) {
        values->cells[i].value = report.cells[i].value;
        values->cells[i].extracted = report.cells[i].extracted;
        values->cells[i].status = report.cells[i].status;
    }
    return values;
}

} // namespace

ReportImporter::ReportImporter(ProjectStore &store)
    : m_store(store)
{
}

std::vector<Finding> ReportImporter::checks(const Report &report, const Report *previous) const
{
    std::vector<Finding> findings = ReportChecker::checkReport(report);
    if (previous) {
        std::vector<Finding> acrossYears = ReportChecker::checkAcrossYears(*previous, report);
        findings.insert(findings.end(), acrossYears.begin(), acrossYears.end());
    }
    return findings;
}

std::shared_ptr<const Report> ReportImporter::storedReport(const QString &agency, int year, qint64 excludeId,
                                                           bool *ok)
{
    *ok = true;
    if (agency.isEmpty() || year <= 0)
        return nullptr;
    const auto found = m_store.currentReportOf(agency, year, excludeId);
    if (!found) {
        *ok = false;
        return nullptr;
    }
    if (*found == 0)
        return nullptr;
    auto report = storedValues(*found);
    *ok = report != nullptr;
    return report;
}

std::shared_ptr<const Report> ReportImporter::storedValues(qint64 reportId)
{
    const auto found = std::find_if(m_remembered.crbegin(), m_remembered.crend(),
                                    [reportId](const auto &report) { return report->id == reportId; });
    if (found != m_remembered.crend())
        return *found;
    // Compared cell by cell: the text is not needed.
    return m_store.loadReport(reportId, ProjectStore::Content::Values);
}

void ReportImporter::remember(const Report &report, qint64 reportId)
{
    if (m_remembered.size() == RememberedReports)
        m_remembered.pop_front();
    m_remembered.push_back(valuesOf(report, reportId));
}

void ReportImporter::forgetIfWrittenSince()
{
    if (!m_remembered.empty() && (!m_markAfterImport || m_store.writeMark() != m_markAfterImport))
        m_remembered.clear();
}

std::optional<ImportResult> ReportImporter::import(const Report &report)
{
    m_error.clear();
    forgetIfWrittenSince();
    auto fail = [this]() -> std::optional<ImportResult> {
        m_error = m_store.errorString();
        m_remembered.clear(); // a batch that fails is undone, remembered reports with it
        return std::nullopt;
    };

    bool ok = true;
    const auto previous = storedReport(report.agency, report.year - 1, 0, &ok);
    if (!ok)
        return fail();
    ImportResult result;
    const std::vector<Finding> findingsOfNew = checks(report, previous.get());
    const auto added = m_store.addReport(report, findingsOfNew);
    if (!added)
        return fail();
    result.added = *added;

    if (added->outcome != AddOutcome::Unchanged) {
        const auto nextId = report.agency.isEmpty() || report.year <= 0
            ? std::optional<qint64>(0)
            : m_store.currentReportOf(report.agency, report.year + 1, added->reportId);
        if (!nextId)
            return fail();
        // Stored as given, its values are those read: the report of the year
        // after checks against them, now or later in this import. Corrections
        // carried over from an earlier version changed some: read back then.
        if (added->carriedCells.isEmpty())
            remember(report, added->reportId);
        std::shared_ptr<const Report> stored;
        if (!added->carriedCells.isEmpty() || *nextId) {
            stored = storedValues(added->reportId);
            if (!stored)
                return fail();
        }
        // Carried corrections change current values: the findings computed on
        // the values as read must be recomputed on the values as corrected.
        if (!added->carriedCells.isEmpty()) {
            const auto full = m_store.loadReport(added->reportId);
            if (!full || !m_store.replaceFindings(added->reportId, checks(*full, previous.get())))
                return fail();
        }
        if (*nextId) {
            const auto next = m_store.loadReport(*nextId);
            if (!next || !m_store.replaceFindings(next->id, checks(*next, stored.get())))
                return fail();
        }
    }
    if (added->outcome == AddOutcome::Added) {
        // Stored as given: no need to read them back.
        result.findings = findingsOfNew;
    } else {
        const auto findings = m_store.findings(added->reportId);
        if (!findings)
            return fail();
        result.findings = *findings;
    }
    if (!m_remembered.empty())
        m_markAfterImport = m_store.writeMark();
    return result;
}
