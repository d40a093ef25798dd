// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/documentexportsource.h"

#include "models/review/projectdocument.h"

DocumentExportSource::DocumentExportSource(ProjectDocument *document)
    : m_document(document)
{
}

std::optional<std::vector<ReportSummary>> DocumentExportSource::reports()
{
    std::vector<ReportSummary> summaries;
    summaries.reserve(std::size_t(m_document->reportCount()));
    for (int row = 0; row < m_document->reportCount(); ++row)
        summaries.push_back(m_document->reportSummary(row));
    return summaries;
}

const Report *DocumentExportSource::report(qint64 reportId)
{
    return m_document->report(reportId);
}

const std::vector<Finding> *DocumentExportSource::findings(qint64 reportId)
{
    return m_document->findings(reportId);
}

QString DocumentExportSource::errorString() const
{
    return m_document->errorString();
}
