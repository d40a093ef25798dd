// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectexporter.h"

#include <algorithm>

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include "models/exportsource.h"
#include "models/report.h"

namespace {

bool hasOpenError(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &finding) {
        return finding.severity == Severity::Error && finding.status == ReviewStatus::Open;
    });
}

/// Reports read and formatted together, then written at once.
constexpr qsizetype BatchSize = 64;

} // namespace

/**
 * One export's work, shared by the threads that read (each through its own
 * source) and format batches of reports. A thread takes the next batch,
 * reads and formats it, waits until the batches before it are written, and
 * writes it: the file comes out in order, while reading, the slow part,
 * runs on every core.
 */
class ProjectExporter::Run
{
public:
    Run(const QList<qint64> &ids, const Options &options, CsvExporter &file)
        : m_ids(ids)
        , m_options(options)
        , m_file(file)
        , m_batchCount(int((ids.size() + BatchSize - 1) / BatchSize))
    {
    }

    int batchCount() const { return m_batchCount; }

    /// Takes and writes batches until none are left or one failed.
    void work(ExportSource &source)
    {
        CsvExporter formatter(m_options.layout, m_options.encoding);
        // Reused: a batch is megabytes, and fresh pages for each cost more than formatting it.
        QByteArray bytes;
        for (;;) {
            int batch = 0;
            {
                const QMutexLocker locker(&m_mutex);
                if (m_failed || m_nextBatch == m_batchCount)
                    return;
                batch = m_nextBatch++;
            }
            bytes.truncate(0);
            int exported = 0;
            QString error;
            const bool read = format(source, formatter, batch, &bytes, &exported, &error);

            QMutexLocker locker(&m_mutex);
            while (!m_failed && m_nextToWrite != batch)
                m_written.wait(&m_mutex);
            if (m_failed)
                return;
            if (!read) {
                fail(error);
            } else if (!m_file.addBytes(bytes)) {
                fail(m_file.errorString());
            } else {
                m_exported += exported;
                ++m_nextToWrite;
                m_written.wakeAll();
            }
        }
    }

    bool failed() const { return m_failed; }
    QString error() const { return m_error; }
    int exported() const { return m_exported; }

private:
    /// Reads the reports of batch from source and formats the ones the selection keeps.
    bool format(ExportSource &source, const CsvExporter &formatter, int batch, QByteArray *bytes, int *exported,
                QString *error) const
    {
        const bool wide = m_options.layout == CsvExporter::Layout::Wide;
        // A wide line has no flags: the findings are read only to leave reports out.
        const bool needFindings = !wide || m_options.selection == Selection::WithoutOpenErrors;
        const qsizetype end = std::min(m_ids.size(), qsizetype(batch + 1) * BatchSize);
        for (qsizetype i = qsizetype(batch) * BatchSize; i < end; ++i) {
            std::vector<Finding> findings;
            if (needFindings) {
                const std::vector<Finding> *stored = source.findings(m_ids[i]);
                if (!stored) {
                    *error = source.errorString();
                    return false;
                }
                // Copied: what a source returns lasts only until its next call.
                findings = *stored;
            }
            if (m_options.selection == Selection::WithoutOpenErrors && hasOpenError(findings))
                continue;
            const Report *report = source.report(m_ids[i], wide);
            if (!report) {
                *error = source.errorString();
                return false;
            }
            bytes->append(formatter.reportBytes(*report, findings));
            ++*exported;
        }
        return true;
    }

    /// With m_mutex held.
    void fail(const QString &error)
    {
        m_failed = true;
        m_error = error;
        m_written.wakeAll();
    }

    const QList<qint64> &m_ids;
    const Options &m_options;
    CsvExporter &m_file;
    const int m_batchCount;
    QMutex m_mutex;
    QWaitCondition m_written; // a batch was written, or the export failed
    int m_nextBatch = 0;      // the next batch to read, guarded by m_mutex
    int m_nextToWrite = 0;    // guarded by m_mutex
    int m_exported = 0;       // guarded by m_mutex
    bool m_failed = false;    // guarded by m_mutex
    QString m_error;
};

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
    const QSet<qint64> selected(options.reportIds.cbegin(), options.reportIds.cend());
    QList<qint64> ids;
    ids.reserve(qsizetype(summaries->size()));
    for (const ReportSummary &summary : *summaries) {
        if (options.selection != Selection::Selected || selected.contains(summary.id))
            ids.append(summary.id);
    }

    CsvExporter file(options.layout, options.encoding);
    if (!file.begin(path)) {
        m_error = file.errorString();
        return false;
    }
    Run run(ids, options, file);
    // This thread reads through the source it was given; each other one
    // opens its own (a database connection belongs to one thread). A source
    // that cannot be shared leaves this thread to read alone.
    const int threads = m_maxThreads > 0 ? m_maxThreads : QThread::idealThreadCount();
    const int helpers = std::min(threads, run.batchCount()) - 1;
    QThreadPool pool; // an own pool: a caller on the global pool must not wait for its threads
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int i = 0; i < helpers; ++i) {
        pool.start([this, &run] {
            if (const auto source = m_source.openAnother())
                run.work(*source);
        });
    }
    run.work(m_source);
    pool.waitForDone();
    // An error leaves the file unfinished: its destructor keeps any older file as it was.
    if (run.failed()) {
        m_error = run.error();
        return false;
    }
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    m_exported = run.exported();
    return true;
}
