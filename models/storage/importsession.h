// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/projectstore.h"
#include "models/reportfilesource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <vector>

/** What one import did: counts for the summary and every file that could not be imported, with its reason. */
struct ImportSummary
{
    QString project;          ///< the project's location
    int files = 0;            ///< report files found under the paths
    int read = 0;             ///< files read and stored
    int cancelled = 0;        ///< files left out because the import was cancelled
    std::map<AddOutcome, int> outcomes;
    std::map<QString, int> formats;  ///< "2019", "2021", "pre2019" -> reports
    std::map<QString, int> checks;   ///< check id -> findings
    QStringList failures;     ///< translated, one per file: names it and says why
    QStringList warnings;     ///< translated: files stored with a caveat (no tables, undecodable bytes), named
    std::vector<qint64> reportIds;   ///< the stored reports, in file order

    int findingCount() const;
    bool wasCancelled() const { return cancelled > 0; }
    /// The summary as the command line prints it (and the import dialog shows it), translated.
    QStringList lines() const;
};

/**
 * Reads files and folders of reports and stores them in a project: the part
 * of an import the command line and the import dialog share. Files are read
 * and parsed on every core (by a ReportFileSource) while the calling thread
 * stores them through ReportImporter, in file order; only a few parsed
 * reports wait at a time, so a large folder is never held in memory. Each
 * report is stored all or nothing, and committed with the others of its
 * batch (ProjectStore::beginBatch): every 256 reports or quarter second. While
 * it runs the store's durability is Deferred: a kill or crash of the program
 * loses at most the last batch, a power cut the last few (import them again);
 * the project is never damaged. A report is counted as stored once its batch
 * is committed; when a commit fails, each report of the batch is named as not
 * stored.
 *
 * Threading: run() blocks. The store must belong to the calling thread (a
 * GUI opens its own connection in its worker thread); progress is called on
 * that thread, once per file as it is about to be stored; the cancel flag may
 * be set from any thread. After a cancel nothing more is stored: reports
 * already stored stay, the rest are counted in ImportSummary::cancelled.
 */
class ImportSession final
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    /// files read so far, files in total, the file just read
    using Progress = std::function<void(int done, int total, const QString &path)>;

    /// Both must outlive the session.
    ImportSession(ProjectStore &store, const ReportFileSource &files);

    void setProgress(const Progress &progress) { m_progress = progress; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// Threads the file source may use; 0 means one per core.
    void setMaxThreads(int threads) { m_maxThreads = threads; }
    /// Reports committed together at most (a batch is committed after a quarter second, too).
    void setReportsPerCommit(int reports) { m_reportsPerCommit = std::max(1, reports); }
    /// Every commit writes again the index pages its reports' file names, hashes and agencies
    /// landed on, spread over the whole index. At 64 reports a commit, an import of 10,000
    /// wrote 677 MB for a file of 230 MB; at 256, 537 MB, and its storing thread waited
    /// 0.65-0.75 s for the checkpoints' syncs instead of 0.82-0.88 s (bench, four alternating
    /// pairs: 5.08/5.73/5.01/4.66 s against 5.14/5.72/5.30/4.69 s). The quarter second still
    /// bounds what a crash can lose.
    static constexpr int DefaultReportsPerCommit = 256;

    ImportSummary run(const QStringList &paths);

private:
    static void warnAbout(const Report &report, const QString &path, QStringList &warnings);
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    ProjectStore &m_store;
    const ReportFileSource &m_files;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_maxThreads = 0;
    int m_reportsPerCommit = DefaultReportsPerCommit;
    static constexpr qint64 MaxMsPerCommit = 250;
};
