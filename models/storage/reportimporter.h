// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/projectstore.h"

#include <QCoreApplication>

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

private:
    /// The current stored report of agency for year, if any (the latest import wins).
    std::unique_ptr<Report> storedReport(const QString &agency, int year, qint64 excludeId, bool *ok);
    std::vector<Finding> checks(const Report &report, const Report *previous) const;

    ProjectStore &m_store;
    QString m_error;
};
