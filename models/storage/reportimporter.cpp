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
    auto report = m_store.loadReport(*found);
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
    const auto added = m_store.addReport(report, checks(report, previous.get()));
    if (!added)
        return fail();
    result.added = *added;

    if (added->outcome != AddOutcome::Unchanged) {
        const auto stored = m_store.loadReport(added->reportId);
        if (!stored)
            return fail();
        // Carried corrections change current values: the findings computed on
        // the values as read must be recomputed on the values as corrected.
        if (!added->carriedCells.isEmpty()
            && !m_store.replaceFindings(added->reportId, checks(*stored, previous.get())))
            return fail();
        const auto next = storedReport(report.agency, report.year + 1, added->reportId, &ok);
        if (!ok)
            return fail();
        if (next && !m_store.replaceFindings(next->id, checks(*next, stored.get())))
            return fail();
    }
    const auto findings = m_store.findings(added->reportId);
    if (!findings)
        return fail();
    result.findings = *findings;
    return result;
}
