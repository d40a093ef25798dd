// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/documentexportsource.h"

#include "models/report.h"
#include "models/review/projectdocument.h"
#include "models/storage/projectstore.h"

DocumentExportSource::DocumentExportSource(ProjectDocument *document)
    : m_document(document)
{
}

DocumentExportSource::DocumentExportSource(ProjectDocument *document, std::unique_ptr<ProjectStore> reader)
    : m_document(document)
    , m_reader(std::move(reader))
{
}

DocumentExportSource::~DocumentExportSource() = default;

std::unique_ptr<ExportSource> DocumentExportSource::openAnother() const
{
    auto reader = m_document->store().openReader();
    if (!reader)
        return nullptr;
    return std::unique_ptr<ExportSource>(new DocumentExportSource(m_document, std::move(reader)));
}

ProjectStore &DocumentExportSource::store() const
{
    return m_reader ? *m_reader : m_document->store();
}

std::optional<std::vector<ReportSummary>> DocumentExportSource::reports()
{
    std::vector<ReportSummary> summaries;
    summaries.reserve(std::size_t(m_document->reportCount()));
    for (int row = 0; row < m_document->reportCount(); ++row)
        summaries.push_back(m_document->reportSummary(row));
    return summaries;
}

const Report *DocumentExportSource::report(qint64 reportId, bool valuesOnly)
{
    if (const Report *loaded = m_document->loadedReport(reportId))
        return loaded;
    m_report = store().loadReport(reportId, valuesOnly ? ProjectStore::Content::Values : ProjectStore::Content::Cells);
    if (!m_report)
        m_error = store().errorString();
    return m_report.get();
}

const std::vector<Finding> *DocumentExportSource::findings(qint64 reportId)
{
    // Loaded reports have their findings re-checked; the others as stored
    // (the document may have read those already).
    if (m_document->loadedReport(reportId))
        return m_document->findings(reportId);
    auto stored = store().findings(reportId);
    if (!stored) {
        m_error = store().errorString();
        return nullptr;
    }
    m_findings = std::move(*stored);
    return &m_findings;
}

QString DocumentExportSource::errorString() const
{
    return m_error;
}
