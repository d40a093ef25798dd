// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/projectstore.h"

#include <QCoreApplication>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

struct Report;

/** What importing one report did, and its findings as stored (for a report added, as checked: without store ids). */
struct ImportResult
{
    AddResult added;
    std::vector<Finding> findings;
};

/**
 * Puts a freshly read report into a project: runs its checks, the cross-year
 * checks against the stored report of the same agency for the year before,
 * stores both, and refreshes the findings of the stored report for the year
 * after (whose cross-year checks now have a previous year). Used by the
 * command line and the GUI alike.
 */
class ReportImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)

public:
    explicit ReportImporter(ProjectStore &store);

    /// On failure errorString() says why. The report and its findings are
    /// stored in one transaction (all or nothing); refreshing the next year's
    /// findings comes after it and can fail on its own.
    std::optional<ImportResult> import(const Report &report);
    QString errorString() const { return m_error; }
    /// To be told when reports it stored were undone (a batch rolled back):
    /// it stops comparing with them. Ids of reports undone are given again.
    void forgetStoredReports() { m_remembered.clear(); }

private:
    /// The current stored report of agency for year, if any (the latest import
    /// wins), with its cells' values and statuses.
    std::shared_ptr<const Report> storedReport(const QString &agency, int year, qint64 excludeId, bool *ok);
    /// The values of a stored report: remembered, else read.
    std::shared_ptr<const Report> storedValues(qint64 reportId);
    /// A report this importer stored as given, for the checks of those after it.
    void remember(const Report &report, qint64 reportId);
    /// Forgets what it remembers when anything was written between two imports.
    void forgetIfWrittenSince();
    std::vector<Finding> checks(const Report &report, const Report *previous) const;

    ProjectStore &m_store;
    QString m_error;
    /// Copies, as loadReport(Content::Values) would read them back, of the last
    /// reports stored, newest last. A folder usually holds an agency's years
    /// one after the other: each report's cross-year check is against the one
    /// just stored, and reading it back cost a sixth of storing a report.
    std::deque<std::shared_ptr<const Report>> m_remembered;
    /// The store's writeMark() after the last import: a correction made in between
    /// (in this connection or another) makes the copies stale.
    std::optional<WriteMark> m_markAfterImport;
    static constexpr std::size_t RememberedReports = 64;
};
