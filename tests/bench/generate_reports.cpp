// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes N generated reports into a folder (see ReportGenerator), or makes
// the template index from tests/data with the parser (--make-index).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

#include "models/checks/reportchecker.h"
#include "models/report.h"
#include "parser/reportfilereader.h"
#include "tests/bench/reportgenerator.h"
#include "tests/bench/templateindex.h"

namespace {

/// The file name says what was meant: "00042-2021-<agency>.txt".
int verifyReports(const QString &folder, QTextStream &out)
{
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    int unreadable = 0;
    int asMeant = 0;
    std::map<QString, int> checks;
    std::map<QString, int> statuses;
    std::map<QString, std::unique_ptr<Report>> lastYear;
    for (const QString &name : files) {
        const ReadOutcome outcome = ReportFileReader::read(QDir(folder).filePath(name));
        if (!outcome.report) {
            ++unreadable;
            out << "  unreadable: " << outcome.error << Qt::endl;
            continue;
        }
        const Report &report = *outcome.report;
        const QStringList parts = name.section(u'.', 0, 0).split(u'-');
        const bool meant = parts.size() == 3 && report.year == parts[1].toInt() && report.agency == parts[2];
        asMeant += meant ? 1 : 0;
        if (!meant)
            out << "  not as meant: " << name << " read as " << report.year << " " << report.agency << Qt::endl;
        for (const Cell &cell : report.cells)
            ++statuses[cellStatusName(cell.status)];
        for (const Finding &finding : ReportChecker::checkReport(report))
            ++checks[finding.checkId];
        // Files are numbered in the order made: last year's report of an agency came before.
        const auto previous = lastYear.find(report.agency);
        if (previous != lastYear.end() && previous->second->year + 1 == report.year) {
            for (const Finding &finding : ReportChecker::checkAcrossYears(*previous->second, report))
                ++checks[finding.checkId];
        }
        if (!report.agency.isEmpty())
            lastYear[report.agency] = std::make_unique<Report>(report);
    }
    out << files.size() << " files: " << unreadable << " unreadable, " << asMeant
        << " read with the year and agency meant" << Qt::endl;
    for (const auto &[status, number] : statuses)
        out << "  cells " << status << ": " << number << Qt::endl;
    for (const auto &[check, number] : checks)
        out << "  findings " << check << ": " << number << Qt::endl;
    return unreadable == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes realistic annual reports made from those in tests/data."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Reports to write (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The test data folder."),
                                  QStringLiteral("DIR"), QStringLiteral(GOVINFO_TEST_DATA));
    const QCommandLineOption index(QStringLiteral("index"),
                                   QStringLiteral("The template index (default DIR/bench/templates.json)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption makeIndex(QStringLiteral("make-index"),
                                       QStringLiteral("Parse the templates and write the index to FILE instead."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("Read the reports written back with the parser and say how "
                                                   "many came out as meant (format, year, agency) and what "
                                                   "the checks found."));
    parser.addOptions({count, seed, data, index, makeIndex, verify});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write the reports."));
    parser.process(app);

    const QString dataDir = parser.value(data);
    if (parser.isSet(makeIndex)) {
        QString error;
        const std::vector<ReportTemplate> templates = TemplateIndex::build(dataDir, &error);
        if (templates.empty()) {
            err << "cannot make the index: " << error << Qt::endl;
            return 1;
        }
        QSaveFile file(parser.value(makeIndex));
        if (!file.open(QIODevice::WriteOnly) || file.write(TemplateIndex::toJson(templates)) < 0 || !file.commit()) {
            err << "cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        for (const ReportTemplate &entry : templates) {
            out << entry.path << '\t' << entry.format << '\t' << entry.year << '\t' << entry.agency << '\t'
                << entry.cells.size() << " cells\t" << entry.figures.size() << " figures" << Qt::endl;
        }
        return 0;
    }

    if (parser.positionalArguments().size() != 1) {
        err << "name one folder to write the reports into" << Qt::endl;
        return 2;
    }
    bool countOk = false;
    bool seedOk = false;
    const int reports = parser.value(count).toInt(&countOk);
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!countOk || reports < 0 || !seedOk) {
        err << "--count and --seed take non-negative numbers" << Qt::endl;
        return 2;
    }
    const QString indexPath = parser.isSet(index) ? parser.value(index) : QDir(dataDir).filePath(QStringLiteral("bench/templates.json"));
    QStringList skipped;
    QString error;
    auto templates = TemplateIndex::load(indexPath, dataDir, &skipped, &error);
    if (!templates) {
        err << error << Qt::endl;
        return 1;
    }
    for (const QString &line : std::as_const(skipped))
        err << "template left out: " << line << Qt::endl;
    const QString folder = parser.positionalArguments().constFirst();
    if (!QDir().mkpath(folder)) {
        err << "cannot create " << folder << Qt::endl;
        return 1;
    }
    ReportGenerator generator(std::move(*templates), seedValue);
    GeneratorTally tally;
    if (!generator.write(folder, reports, &tally, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << tally.reports << " reports, " << tally.agencies << " agencies, " << tally.bytes << " bytes, "
        << tally.broken << " with a number wrong on purpose" << Qt::endl;
    for (const auto *group : {&tally.formats, &tally.encodings, &tally.kinds}) {
        for (const auto &[name, number] : *group)
            out << "  " << name << ": " << number << Qt::endl;
    }
    if (parser.isSet(verify))
        return verifyReports(folder, out);
    return 0;
}
