// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importcommand.h"

#include <algorithm>
#include <map>

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "app/checkcommand.h"
#include "app/commandline.h"
#include "models/report.h"
#include "models/storage/reportimporter.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/batchreader.h"

namespace {

// Files are read in parallel a batch at a time, so that a large folder is
// never held in memory all at once.
constexpr int BatchSize = 32;

/** What the summary counts. */
struct ImportTally
{
    int files = 0;
    int read = 0;
    std::map<AddOutcome, int> outcomes;
    std::map<QString, int> formats;
    std::map<QString, int> checks;
    QStringList failures;
};

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads report files (.txt, .md, .html) and folders of them into the project: extracts the tables, "
           "checks them and stores the cells. A file imported before is not duplicated; a changed file with "
           "the same name becomes a new version that keeps the hand corrections."));
    CommandLine::addProjectOption(parser);
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Report files and folders."), tr("PATH..."));
    if (const int status = CommandLine::parse(parser, QStringLiteral("import"), arguments); status >= 0)
        return status;
    if (parser.positionalArguments().isEmpty())
        return CommandLine::usageError(QStringLiteral("import"), tr("Name at least one file or folder to import."));

    const auto store = CommandLine::openProject(CommandLine::projectPath(parser));
    if (!store)
        return ExitFailure;
    return importPaths(*store, parser.positionalArguments());
}

int ImportCommand::runSamples()
{
    const auto store = CommandLine::openProject(CommandLine::defaultProjectPath());
    if (!store)
        return ExitFailure;
    CommandLine::err() << tr("No command given: importing the bundled sample reports into %1.")
                              .arg(store->location())
                       << Qt::endl;
    // Listed here: the embedded folder has no "executable" bit, so it cannot be
    // handed to ReportFileReader::collectFiles as a folder.
    const QDir samples(QStringLiteral(":/samples"));
    QStringList files;
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        files.append(samples.filePath(name));
    const int status = importPaths(*store, files);
    CommandLine::out() << Qt::endl;
    CheckCommand::printFindings(*store, false);
    return status;
}

int ImportCommand::importPaths(SqliteProjectStore &store, const QStringList &paths)
{
    QTextStream &out = CommandLine::out();
    QTextStream &err = CommandLine::err();
    ImportTally tally;
    const QStringList files = ReportFileReader::collectFiles(paths, &tally.failures);
    tally.files = int(files.size());
    if (files.isEmpty() && tally.failures.isEmpty())
        tally.failures.append(tr("%1: no report files found (.txt, .md, .html)").arg(paths.join(u", ")));

    ReportImporter importer(store);
    qsizetype stoppedAt = -1;
    for (qsizetype start = 0; start < files.size() && stoppedAt < 0; start += BatchSize) {
        const QStringList batch = files.mid(start, BatchSize);
        const auto progress = [&](int done, int, const QString &path) {
            err << tr("[%1/%2] %3").arg(start + done).arg(files.size()).arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        };
        const std::vector<ReadOutcome> outcomes = BatchReader::read(batch, progress);
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            const ReadOutcome &outcome = outcomes[i];
            if (!outcome.report) {
                tally.failures.append(outcome.error);
                continue;
            }
            ++tally.read;
            const auto result = importer.import(*outcome.report);
            if (!result) {
                tally.failures.append(tr("%1: not stored: %2")
                                          .arg(QDir::toNativeSeparators(outcome.path), importer.errorString()));
                // A locked or read-only project would fail every other file the
                // same way, each after the busy timeout: stop here.
                if (store.cannotWrite()) {
                    stoppedAt = start + qsizetype(i) + 1;
                    break;
                }
                continue;
            }
            ++tally.outcomes[result->added.outcome];
            ++tally.formats[outcome.report->format];
            for (const Finding &finding : result->findings)
                ++tally.checks[finding.checkId];
        }
    }
    for (qsizetype i = std::max<qsizetype>(stoppedAt, 0); stoppedAt >= 0 && i < files.size(); ++i) {
        tally.failures.append(
            tr("%1: not imported: the project cannot be written").arg(QDir::toNativeSeparators(files[i])));
    }

    out << tr("Project: %1").arg(QDir::toNativeSeparators(store.location())) << Qt::endl;
    out << tr("Reports read: %1 of %2 files").arg(tally.read).arg(tally.files) << Qt::endl;
    out << tr("Stored: %1 added, %2 unchanged, %3 new versions")
               .arg(tally.outcomes[AddOutcome::Added])
               .arg(tally.outcomes[AddOutcome::Unchanged])
               .arg(tally.outcomes[AddOutcome::NewVersion])
        << Qt::endl;
    QStringList formats;
    for (const QString &format : {QStringLiteral("2019"), QStringLiteral("2021"), QStringLiteral("pre2019")})
        formats.append(tr("%1: %2").arg(format).arg(tally.formats[format]));
    for (const auto &[format, count] : tally.formats) {
        if (format != u"2019" && format != u"2021" && format != u"pre2019")
            formats.append(tr("%1: %2").arg(format).arg(count));
    }
    out << tr("By format: %1").arg(formats.join(QStringLiteral(", "))) << Qt::endl;
    int findingCount = 0;
    for (const auto &[check, count] : tally.checks)
        findingCount += count;
    out << tr("Findings: %1").arg(findingCount) << Qt::endl;
    for (const auto &[check, count] : tally.checks)
        out << QStringLiteral("  %1 %2").arg(check, -20).arg(count) << Qt::endl;
    if (!tally.failures.isEmpty()) {
        out << tr("Not read: %1").arg(tally.failures.size()) << Qt::endl;
        for (const QString &failure : std::as_const(tally.failures)) {
            out << QStringLiteral("  ") << failure << Qt::endl;
            err << failure << Qt::endl;
        }
    }
    return tally.failures.isEmpty() ? ExitSuccess : ExitFailure;
}
