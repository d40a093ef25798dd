// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/reportimporter.h"

#include "models/checks/reportchecker.h"
#include "models/report.h"

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

std::unique_ptr<Report> ReportImporter::storedReport(const QString &agency, int year, qint64 excludeId, bool *ok)
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
    // Last year's report is compared cell by cell: its text is not needed.
    auto report = m_store.loadReport(*found, ProjectStore::Content::Values);
    *ok = report != nullptr;
    return report;
}

std::optional<ImportResult> ReportImporter::import(const Report &report)
{
    m_error.clear();
    auto fail = [this]() -> std::optional<ImportResult> {
        m_error = m_store.errorString();
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
        // The report as stored (with corrections carried over) only when
        // something is checked against it: usually nothing is.
        std::unique_ptr<Report> stored;
        if (!added->carriedCells.isEmpty() || *nextId) {
            stored = m_store.loadReport(added->reportId, ProjectStore::Content::Values);
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
        return result;
    }
    const auto findings = m_store.findings(added->reportId);
    if (!findings)
        return fail();
    result.findings = *findings;
    return result;
}
