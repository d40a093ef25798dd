// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/storeexportsource.h"

#include "models/report.h"

StoreExportSource::StoreExportSource(const ProjectStore &store)
    : m_store(store)
{
}

StoreExportSource::StoreExportSource(std::unique_ptr<ProjectStore> store)
    : m_ownStore(std::move(store))
    , m_store(*m_ownStore)
{
}

StoreExportSource::~StoreExportSource() = default;

std::optional<std::vector<ReportSummary>> StoreExportSource::reports()
{
    return m_store.reports(ProjectStore::Listing::Current);
}

const Report *StoreExportSource::report(qint64 reportId, bool valuesOnly)
{
    // The text is no part of a CSV export.
    m_report = m_store.loadReport(reportId, valuesOnly ? ProjectStore::Content::Values : ProjectStore::Content::Cells);
    return m_report.get();
}

const std::vector<Finding> *StoreExportSource::findings(qint64 reportId)
{
    auto findings = m_store.findings(reportId);
    if (!findings)
        return nullptr;
    m_findings = std::move(*findings);
    return &m_findings;
}

QString StoreExportSource::errorString() const
{
    return m_store.errorString();
}

std::unique_ptr<ExportSource> StoreExportSource::openAnother() const
{
    auto store = m_store.openReader();
    if (!store)
        return nullptr;
    return std::make_unique<StoreExportSource>(std::move(store));
}
