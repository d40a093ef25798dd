// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectexporter.h"

#include <algorithm>

#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include "models/exportsource.h"
#include "models/report.h"

namespace {

bool hasOpenError(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &finding) {
        return finding.severity == Severity::Error && finding.status == ReviewStatus::Open;
    });
}

/// Reports read, waiting to be written: a batch goes to the writing thread at once.
struct Batch
{
    std::vector<Report> reports;
    std::vector<std::vector<Finding>> findings;
};
constexpr std::size_t BatchSize = 64;

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

    // Reading the next reports (the source, on this thread) and formatting and writing the last
    // ones (the exporter, on another) take about as long each: they overlap. The exporter is
    // only ever used by one batch at a time, one after the other.
    Batch batch;
    QFuture<bool> writing;
    const auto waitForWriting = [&] {
        if (writing.isValid() && !writing.result()) {
            m_error = exporter.errorString();
            return false;
        }
        return true;
    };
    const auto handOver = [&] {
        if (!waitForWriting())
            return false;
        writing = QtConcurrent::run([&exporter, written = std::move(batch)] {
            for (std::size_t i = 0; i < written.reports.size(); ++i) {
                if (!exporter.addReport(written.reports[i], written.findings[i]))
                    return false;
            }
            return true;
        });
        batch = Batch();
        return true;
    };
    // An error leaves the exporter unfinished: its destructor keeps any older file as it was.
    const auto fail = [&](const QString &error) {
        waitForWriting();
        m_error = error;
        return false;
    };

    for (const ReportSummary &summary : *summaries) {
        if (options.selection == Selection::Selected && !selected.contains(summary.id))
            continue;
        std::vector<Finding> reportFindings;
        if (needFindings) {
            const std::vector<Finding> *findings = m_source.findings(summary.id);
            if (!findings)
                return fail(m_source.errorString());
            // Copied: what a source returns lasts only until its next call.
            reportFindings = *findings;
        }
        if (options.selection == Selection::WithoutOpenErrors && hasOpenError(reportFindings))
            continue;
        const Report *report = m_source.report(summary.id, wide);
        if (!report)
            return fail(m_source.errorString());
        batch.reports.push_back(*report);
        batch.findings.push_back(std::move(reportFindings));
        ++exported;
        if (batch.reports.size() == BatchSize && !handOver())
            return false;
    }
    if (!handOver() || !waitForWriting())
        return false;
    if (!exporter.commit()) {
        m_error = exporter.errorString();
        return false;
    }
    m_exported = exported;
    return true;
}
