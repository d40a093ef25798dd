// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "app/checkcommand.h"
#include "app/commandline.h"
#include "models/storage/importsession.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/parserfilesource.h"

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads report files (.txt, .md, .html) and folders of them into the project: extracts the tables, "
           "checks them and stores the cells. A file imported before is not duplicated; a changed file with "
           "the same name becomes a new version that keeps the hand corrections."));
    CommandLine::addProjectOption(parser);
    const QCommandLineOption commitEvery(
        QStringLiteral("commit-every"),
        tr("Commit the reports N at a time (default %1, and at least every quarter second). A crash loses the "
           "reports not yet committed, never part of one; 1 keeps each as soon as it is stored, at some cost in "
           "speed.")
            .arg(ImportSession::DefaultReportsPerCommit),
        tr("N"));
    parser.addOption(commitEvery);
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Report files and folders."), tr("PATH..."));
    if (const int status = CommandLine::parse(parser, QStringLiteral("import"), arguments); status >= 0)
        return status;
    if (parser.positionalArguments().isEmpty())
        return CommandLine::usageError(QStringLiteral("import"), tr("Name at least one file or folder to import."));
    int reportsPerCommit = 0;
    if (parser.isSet(commitEvery)) {
        bool ok = false;
        reportsPerCommit = parser.value(commitEvery).toInt(&ok);
        if (!ok || reportsPerCommit < 1) {
            return CommandLine::usageError(QStringLiteral("import"),
                                           tr("--commit-every takes a number of reports, 1 or more."));
        }
    }

    const auto store = CommandLine::openProject(CommandLine::projectPath(parser));
    if (!store)
        return ExitFailure;
    return importPaths(*store, parser.positionalArguments(), reportsPerCommit);
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

int ImportCommand::importPaths(SqliteProjectStore &store, const QStringList &paths, int reportsPerCommit)
{
    QTextStream &err = CommandLine::err();
    const ParserFileSource files;
    ImportSession session(store, files);
    if (reportsPerCommit > 0)
        session.setReportsPerCommit(reportsPerCommit);
    session.setProgress([&err](int done, int total, const QString &path) {
        err << tr("[%1/%2] %3").arg(done).arg(total).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    });
    const ImportSummary summary = session.run(paths);
    for (const QString &line : summary.lines())
        CommandLine::out() << line << Qt::endl;
    for (const QString &warning : summary.warnings)
        err << warning << Qt::endl;
    for (const QString &failure : summary.failures)
        err << failure << Qt::endl;
    return summary.failures.isEmpty() ? ExitSuccess : ExitFailure;
}
