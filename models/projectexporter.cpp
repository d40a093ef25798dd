// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectexporter.h"

#include <algorithm>

#include <QSet>

#include "models/exportsource.h"
#include "models/report.h"

namespace {

bool hasOpenError(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &finding) {
        return finding.severity == Severity::Error && finding.status == ReviewStatus::Open;
    });
}

} // namespace

ProjectExporter::ProjectExporter(ExportSource &source)
    : m_source(source)
{
}

bool ProjectExporter::exportTo(const QString &path, const Options &options)
{
    m_exported = 0;
    m_error.clear();
    const auto summaries = m_source.reports();
    if (!summaries) {
        m_error = m_source.errorString();
        return false;
    }
    CsvExporter exporter(options.layout, options.encoding);
    if (!exporter.begin(path)) {
        m_error = exporter.errorString();
        return false;
    }
    int exported = 0;
    const bool wide = options.layout == CsvExporter::Layout::Wide;
    // A wide line has no flags: the findings are read only to leave reports out.
    const bool needFindings = !wide || options.selection == Selection::WithoutOpenErrors;
    const QSet<qint64> selected(options.reportIds.cbegin(), options.reportIds.cend());
    std::vector<Finding> reportFindings;
    for (const ReportSummary &summary : *summaries) {
        if (options.selection == Selection::Selected && !selected.contains(summary.id))
            continue;
        if (needFindings) {
            const std::vector<Finding> *findings = m_source.findings(summary.id);
            if (!findings) {
                m_error = m_source.errorString();
                return false; // the exporter's destructor leaves any older file as it was
            }
            // Copied: what a source returns lasts only until its next call.
            reportFindings = *findings;
        }
        if (options.selection == Selection::WithoutOpenErrors && hasOpenError(reportFindings))
            continue;
        const Report *report = m_source.report(summary.id, wide);
        if (!report) {
            m_error = m_source.errorString();
            return false;
        }
        if (!exporter.addReport(*report, reportFindings)) {
            m_error = exporter.errorString();
            return false;
        }
        ++exported;
    }
    if (!exporter.commit()) {
        m_error = exporter.errorString();
        return false;
    }
    m_exported = exported;
    return true;
}
