// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checkcommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "app/commandline.h"
#include "models/checks/findingtext.h"
#include "models/storage/sqliteprojectstore.h"

int CheckCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the findings of the checks for every report in the project."));
    CommandLine::addProjectOption(parser);
    const QCommandLineOption all(QStringLiteral("all"), tr("Also list findings the reviewer dismissed or corrected."));
    parser.addOption(all);
    if (const int status = CommandLine::parse(parser, command, arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(command, tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    const auto store = CommandLine::openProject(CommandLine::projectPath(parser));
    if (!store)
        return ExitFailure;
    return printFindings(*store, parser.isSet(all)) ? ExitSuccess : ExitFailure;
}

bool CheckCommand::printFindings(const ProjectStore &store, bool all)
{
    QTextStream &out = CommandLine::out();
    const auto summaries = store.reports(ProjectStore::Listing::Current);
    if (!summaries) {
        CommandLine::err() << store.errorString() << Qt::endl;
        return false;
    }
    // The messages exist in both languages; show the reader's.
    const Language language = uiLanguage();
    int shown = 0;
    for (const ReportSummary &summary : *summaries) {
        const auto findings = store.findings(summary.id);
        if (!findings) {
            CommandLine::err() << store.errorString() << Qt::endl;
            return false;
        }
        QStringList lines;
        for (const Finding &finding : *findings) {
            if (!all && finding.status != ReviewStatus::Open && finding.status != ReviewStatus::Confirmed)
                continue;
            const QString status = finding.status == ReviewStatus::Open ? QString()
                                                                         : u" [" + reviewStatusName(finding.status) + u']';
            lines.append(QStringLiteral("%1\t%2\t%3\t%4%5")
                             .arg(summary.fileName, finding.checkId,
                                  finding.cells.isEmpty() ? QStringLiteral("-") : finding.cells.join(u' '),
                                  FindingText::message(finding, summary.format, language), status));
        }
        out << tr("%1 (%2, %3, format %4): %n finding(s)", nullptr, int(lines.size()))
                   .arg(summary.fileName, summary.agency.isEmpty() ? tr("agency unknown") : summary.agency,
                        summary.year > 0 ? QString::number(summary.year) : tr("year unknown"), summary.format)
            << Qt::endl;
        for (const QString &line : std::as_const(lines))
            out << line << Qt::endl;
        shown += int(lines.size());
    }
    out << tr("%n report(s), %1 finding(s)", nullptr, int(summaries->size())).arg(shown) << Qt::endl;
    return true;
}
