// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/importsession.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>

#include "models/finding.h"
#include "models/report.h"
#include "models/storage/reportimporter.h"

int ImportSummary::findingCount() const
{
    int count = 0;
    for (const auto &[check, findings] : checks)
        count += findings;
    return count;
}

QStringList ImportSummary::lines() const
{
    QStringList lines;
    const auto outcome = [this](AddOutcome kind) {
        const auto it = outcomes.find(kind);
        return it == outcomes.end() ? 0 : it->second;
    };
    const auto formatCount = [this](const QString &format) {
        const auto it = formats.find(format);
        return it == formats.end() ? 0 : it->second;
    };
    lines.append(ImportSession::tr("Project: %1").arg(QDir::toNativeSeparators(project)));
    lines.append(ImportSession::tr("Reports read: %1 of %2 files").arg(read).arg(files));
    lines.append(ImportSession::tr("Stored: %1 added, %2 unchanged, %3 new versions")
                     .arg(outcome(AddOutcome::Added))
                     .arg(outcome(AddOutcome::Unchanged))
                     .arg(outcome(AddOutcome::NewVersion)));
    const QStringList known = {QStringLiteral("2019"), QStringLiteral("2021"), QStringLiteral("pre2019")};
    QStringList byFormat;
    for (const QString &format : known)
        byFormat.append(ImportSession::tr("%1: %2").arg(format).arg(formatCount(format)));
    for (const auto &[format, count] : formats) {
        if (!known.contains(format))
            byFormat.append(ImportSession::tr("%1: %2").arg(format).arg(count));
    }
    lines.append(ImportSession::tr("By format: %1").arg(byFormat.join(QStringLiteral(", "))));
    lines.append(ImportSession::tr("Findings: %1").arg(findingCount()));
    for (const auto &[check, count] : checks)
        lines.append(QStringLiteral("  %1 %2").arg(check, -20).arg(count));
    if (wasCancelled())
        lines.append(ImportSession::tr("Cancelled: %n file(s) not imported", nullptr, cancelled));
    if (!warnings.isEmpty()) {
        lines.append(ImportSession::tr("Read with warnings: %1").arg(warnings.size()));
        for (const QString &warning : warnings)
            lines.append(QStringLiteral("  ") + warning);
    }
    if (!failures.isEmpty()) {
        lines.append(ImportSession::tr("Not read: %1").arg(failures.size()));
        for (const QString &failure : failures)
            lines.append(QStringLiteral("  ") + failure);
    }
    return lines;
}

void ImportSession::warnAbout(const Report &report, const QString &path, QStringList &warnings)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!report.isRecognised()) {
        warnings.append(tr("%1: no table of the 2019 or 2021 format found; the text is kept, nothing is extracted")
                            .arg(shown));
    }
    // The decoder replaces a few broken bytes rather than refuse a whole report; say so.
    const qsizetype replaced = report.text.count(QChar::ReplacementCharacter);
    if (replaced > 0) {
        warnings.append(tr("%1: %n character(s) could not be decoded as %2 and were replaced by U+FFFD", nullptr,
                           int(replaced))
                            .arg(shown, report.encoding));
    }
}

ImportSession::ImportSession(ProjectStore &store, const ReportFileSource &files)
    : m_store(store)
    , m_files(files)
{
}

ImportSummary ImportSession::run(const QStringList &paths)
{
    ImportSummary summary;
    summary.project = m_store.location();
    const QStringList files = m_files.collectFiles(paths, &summary.failures);
    summary.files = int(files.size());
    if (files.isEmpty() && summary.failures.isEmpty())
        summary.failures.append(tr("%1: no report files found (.txt, .md, .html)").arg(paths.join(u", ")));

    // A sync per report would cost more than the report: the files are still
    // there to import again should the system go down. So would a commit per
    // report: they are committed a batch at a time.
    const ProjectStore::Durability durability = m_store.durability();
    m_store.setDurability(ProjectStore::Durability::Deferred);
    m_store.beginBatch();

    // Reports stored in the batch not yet committed: counted once it is.
    struct Stored
    {
        QString path;
        QString format;
        ImportResult result;
        QStringList warnings;
    };
    std::vector<Stored> uncommitted;
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    bool stopped = false; // the project cannot be written: the rest are not imported
    ReportImporter importer(m_store);
    const auto commit = [&](bool last) {
        const bool committed = last ? m_store.endBatch() : m_store.commitBatch();
        if (!committed)
            importer.forgetStoredReports();
        for (Stored &stored : uncommitted) {
            if (!committed) {
                summary.failures.append(tr("%1: not stored: %2")
                                            .arg(QDir::toNativeSeparators(stored.path), m_store.errorString()));
                continue;
            }
            ++summary.read;
            summary.warnings.append(stored.warnings);
            summary.reportIds.push_back(stored.result.added.reportId);
            ++summary.outcomes[stored.result.added.outcome];
            ++summary.formats[stored.format];
            for (const Finding &finding : stored.result.findings)
                ++summary.checks[finding.checkId];
        }
        uncommitted.clear();
        sinceCommit.restart();
        if (!committed)
            stopped = stopped || m_store.cannotWrite();
    };

    int handled = 0; // files stored, or failed, so far
    const auto store = [&](ReadOutcome &&outcome) {
        if (m_progress)
            m_progress(handled + 1, int(files.size()), outcome.path);
        if (isCancelled())
            return false; // this one too is left out
        ++handled;
        if (!outcome.report) {
            summary.failures.append(outcome.error);
            return true;
        }
        const auto result = importer.import(*outcome.report);
        if (!result) {
            summary.failures.append(
                tr("%1: not stored: %2").arg(QDir::toNativeSeparators(outcome.path), importer.errorString()));
            // A locked or read-only project would fail every other file the
            // same way, each after the busy timeout: stop here.
            stopped = m_store.cannotWrite();
            return !stopped;
        }
        Stored stored{outcome.path, outcome.report->format, *result, {}};
        warnAbout(*outcome.report, outcome.path, stored.warnings);
        uncommitted.push_back(std::move(stored));
        // Few enough that a crash loses little and other connections see the
        // reports soon; enough that commits cost little.
        if (int(uncommitted.size()) >= m_reportsPerCommit || sinceCommit.elapsed() >= MaxMsPerCommit)
            commit(false);
        return !stopped;
    };
    m_files.read(files, store, m_cancel, m_maxThreads);
    commit(true);
    m_store.setDurability(durability);

    if (stopped) {
        for (qsizetype i = handled; i < files.size(); ++i) {
            summary.failures.append(
                tr("%1: not imported: the project cannot be written").arg(QDir::toNativeSeparators(files[i])));
        }
    } else if (handled < files.size()) {
        summary.cancelled += int(files.size() - handled);
    }
    return summary;
}
