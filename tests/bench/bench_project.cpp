// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The benchmark of `make bench`: generates N reports (ReportGenerator) and
// measures, through the code the command line and the review window use,
// importing them into a new project, the floor of that import (its cell rows
// in one prepared statement and one transaction), opening the project to a
// usable report list, switching reports, one cell edit with its re-check,
// tidy and wide export, and the peak memory. The last line it prints is the
// summary line of issue 4.

#include <algorithm>
#include <cstdio>
#include <numeric>

#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSortFilterProxyModel>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>
#include <QVariant>

#include "models/allocatorpolicy.h"
#include "models/gridlayout.h"
#include "models/projectexporter.h"
#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/applicationsbyyearmodel.h"
#include "models/review/celltablemodel.h"
#include "models/review/documentexportsource.h"
#include "models/review/findingsbycheckmodel.h"
#include "models/review/findingsmodel.h"
#include "models/review/itemroles.h"
#include "models/review/outcomemodel.h"
#include "models/review/projectdocument.h"
#include "models/review/reportfilterproxymodel.h"
#include "models/review/reportlistmodel.h"
#include "models/review/reportsbyyearmodel.h"
#include "models/storage/importsession.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/parserfilesource.h"
#include "tests/bench/reportgenerator.h"
#include "tests/bench/templateindex.h"

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString &message)
{
    out() << "bench: FAILED: " << message << Qt::endl;
    std::exit(1);
}

/// CPU time used so far, user and system, in seconds: by every thread of this
/// process (RUSAGE_SELF), or by the calling thread alone (RUSAGE_THREAD: during
/// an import, the storing thread, which parsing threads feed in order).
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// The kernel's high-water mark of this process's resident memory, in MB.
qint64 peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

void removeProject(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

/** A plain connection of the same driver, for counting rows and for the floor. */
class Connection final
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("bench-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            fail(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            fail(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        return query.value(0);
    }
    QStringList column(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            fail(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }
    void exec(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            fail(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

/**
 * The floor: as many cell rows as the import stored, into an empty file with
 * the project's cells table (same columns, constraints, text encoding and
 * journal mode), with one prepared statement in one transaction, through the
 * same driver, bound by name (Qt 6.4 binds by name faster than by position).
 * The values are like the import's (numbers, ids of cell keys, spans).
 */
double floorSeconds(const QString &projectPath, const QString &floorPath)
{
    QStringList schema;
    QString encoding;
    QString pageSize;
    qint64 rows = 0;
    {
        const Connection project(projectPath);
        rows = project.value(QStringLiteral("SELECT COUNT(*) FROM cells")).toLongLong();
        schema = project.column(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'cells' AND sql IS NOT NULL ORDER BY type DESC, name"));
        encoding = project.value(QStringLiteral("PRAGMA encoding")).toString();
        pageSize = project.value(QStringLiteral("PRAGMA page_size")).toString();
    }
    removeProject(floorPath);
    const Connection floor(floorPath);
    // The project's own file format: its page size and text encoding.
    floor.exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSize));
    floor.exec(QStringLiteral("PRAGMA encoding = '%1'").arg(encoding));
    floor.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &statement : std::as_const(schema))
        floor.exec(statement);
    const FormatSchema *format = ReportSchema::instance().format(QStringLiteral("2021"));
    const int perReport = format->cellCount();

    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    QSqlDatabase db = floor.db();
    if (!db.transaction())
        fail(db.lastError().text());
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO cells (report_id, key_id, extracted, value, raw, unit, status, span_offset, span_length,"
            " candidates) VALUES (:report, :key, :extracted, :value, :raw, :unit, :status, :offset, :length,"
            " :candidates)")))
        fail(query.lastError().text());
    const QString report = QStringLiteral(":report");
    const QString key = QStringLiteral(":key");
    const QString extracted = QStringLiteral(":extracted");
    const QString value = QStringLiteral(":value");
    const QString raw = QStringLiteral(":raw");
    const QString unit = QStringLiteral(":unit");
    const QString status = QStringLiteral(":status");
    const QString offset = QStringLiteral(":offset");
    const QString length = QStringLiteral(":length");
    const QString candidates = QStringLiteral(":candidates");
    const QString ok = QStringLiteral("ok");
    const QString none = QStringLiteral("[]");
    const QString empty = QStringLiteral("");
    for (qint64 i = 0; i < rows; ++i) {
        const QString number = QString::number(i % 997);
        query.bindValue(report, i / perReport + 1);
        query.bindValue(key, i % perReport + 1); // as an id of cell_keys
        query.bindValue(extracted, number);
        query.bindValue(value, number);
        query.bindValue(raw, number);
        query.bindValue(unit, empty);
        query.bindValue(status, ok);
        query.bindValue(offset, 1000 + i % perReport * 7);
        query.bindValue(length, number.size());
        query.bindValue(candidates, none);
        if (!query.exec())
            fail(query.lastError().text());
    }
    query.finish();
    if (!db.commit())
        fail(db.lastError().text());
    const double took = seconds(timer);
    out() << "floor: " << rows << " rows in " << fixed(took, 2) << " s, " << fixed(cpuSeconds() - cpuBefore, 2)
          << " s of CPU" << Qt::endl;
    return took;
}

/** The review window's models over a document, without the widgets. */
struct ReviewModels
{
    explicit ReviewModels(ProjectDocument *document)
        : reports(document)
        , findings(document)
    {
        reportsProxy.setSourceModel(&reports);
        findingsProxy.setSourceModel(&findings);
        std::size_t grids = 0;
        for (const QString &format : ReportSchema::instance().formatIds())
            grids = std::max(grids, GridLayout::instance().grids(format).size());
        for (int i = 0; i < int(grids); ++i)
            cells.push_back(std::make_unique<CellTableModel>(document, i));
    }

    /// What views do to paint: every cell of the visible rows of a model.
    static int paint(const QAbstractItemModel &model, int rows)
    {
        int touched = 0;
        const int count = std::min(rows, model.rowCount());
        for (int row = 0; row < count; ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                touched += model.data(index, Qt::DisplayRole).isValid() ? 1 : 0;
                touched += model.data(index, Qt::DecorationRole).isValid() ? 1 : 0;
                touched += model.data(index, Qt::ToolTipRole).isValid() ? 1 : 0;
            }
        }
        return touched;
    }

    int paintReportList() const { return paint(reportsProxy, 40); }
    int paintReport() const
    {
        int touched = paint(findingsProxy, 40);
        for (const auto &model : cells)
            touched += paint(*model, 100);
        return touched;
    }

    ReportListModel reports;
    ReportFilterProxyModel reportsProxy;
    FindingsModel findings;
    QSortFilterProxyModel findingsProxy;
    std::vector<std::unique_ptr<CellTableModel>> cells;
};

/** The charts' models: the window makes them when the charts are first shown (ChartsPanel). */
struct ChartModels
{
    explicit ChartModels(ProjectDocument *document)
        : outcome(document)
        , byYear(document)
        , byCheck(document)
        , applications(document)
    {
    }

    OutcomeModel outcome;
    ReportsByYearModel byYear;
    FindingsByCheckModel byCheck;
    ApplicationsByYearModel applications;
};

/// Generates count reports into reportsDir and imports them into a new
/// project at projectPath; returns the seconds the import took.
double generateAndImport(int count, quint64 seed, const QString &reportsDir, const QString &projectPath)
{
    QDir(reportsDir).removeRecursively();
    if (!QDir().mkpath(reportsDir))
        fail(QStringLiteral("cannot create %1").arg(reportsDir));
    removeProject(projectPath);

    // --- generate (not measured) ---
    QElapsedTimer timer;
    timer.start();
    const QString dataDir = QStringLiteral(GOVINFO_TEST_DATA);
    QStringList skipped;
    QString error;
    auto templates = TemplateIndex::load(QDir(dataDir).filePath(QStringLiteral("bench/templates.json")), dataDir,
                                         &skipped, &error);
    if (!templates)
        fail(error);
    for (const QString &line : std::as_const(skipped))
        out() << "bench: template left out: " << line << Qt::endl;
    ReportGenerator generator(std::move(*templates), seed);
    GeneratorTally tally;
    if (!generator.write(reportsDir, count, &tally, &error))
        fail(error);
    out() << "generate: " << tally.reports << " reports (" << fixed(double(tally.bytes) / 1e6, 1) << " MB), "
          << tally.agencies << " agencies, " << tally.broken << " made inconsistent, in " << fixed(seconds(timer), 2)
          << " s" << Qt::endl;
    QStringList mix;
    for (const auto *group : {&tally.formats, &tally.kinds, &tally.encodings}) {
        for (const auto &[name, number] : *group)
            mix.append(QStringLiteral("%1 %2").arg(name).arg(number));
    }
    out() << "generate: " << mix.join(QStringLiteral(", ")) << Qt::endl;

    // --- import: parse + check + store, as `govinfo-review import` does ---
    double importSeconds = 0;
    double importCpu = 0;
    {
        SqliteProjectStore store;
        if (!store.open(projectPath))
            fail(store.errorString());
        const ParserFileSource files;
        ImportSession session(store, files);
        timer.restart();
        const double cpuBefore = cpuSeconds();
        const double storingBefore = cpuSeconds(RUSAGE_THREAD);
        const ImportSummary summary = session.run({reportsDir});
        importSeconds = seconds(timer);
        importCpu = cpuSeconds() - cpuBefore;
        const double storingCpu = cpuSeconds(RUSAGE_THREAD) - storingBefore;
        if (summary.read != count || !summary.failures.isEmpty())
            fail(QStringLiteral("imported %1 of %2 reports: %3")
                     .arg(summary.read)
                     .arg(count)
                     .arg(summary.failures.mid(0, 3).join(u"; ")));
        QStringList checks;
        for (const auto &[check, number] : summary.checks)
            checks.append(QStringLiteral("%1 %2").arg(check).arg(number));
        out() << "import: " << fixed(importSeconds, 2) << " s, " << fixed(importCpu, 2) << " s of CPU ("
              << fixed(importCpu / importSeconds, 2) << " cores busy), " << fixed(storingCpu, 2)
              << " s of it on the storing thread (checks and SQLite)" << Qt::endl;
        out() << "import: " << summary.read << " reports, " << summary.findingCount()
              << " findings: " << checks.join(QStringLiteral(", ")) << Qt::endl;
    }
    {
        const Connection project(projectPath);
        out() << "import: " << project.value(QStringLiteral("SELECT COUNT(*) FROM cells")).toLongLong() << " cell rows, "
              << project.value(QStringLiteral("SELECT COUNT(*) FROM findings")).toLongLong() << " finding rows, "
              << fixed(double(QFileInfo(projectPath).size()) / 1e6, 1) << " MB file (without its WAL)" << Qt::endl;
    }

    return importSeconds;

}


} // namespace

int main(int argc, char *argv[])
{
    AllocatorPolicy::keepFreedMemoryForReuse(); // as the application does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The benchmark of issue 4 (see README, Benchmark)."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Reports (default 10000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("Folder for the reports, the project and the exports."),
                                        QStringLiteral("DIR"), QDir::temp().filePath(QStringLiteral("govinfo-bench")));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("Skip generating, importing and the floor: measure open, switch, edit and export on the "
                       "project the last run left in DIR (for profiling those)."));
    parser.addOptions({countOption, seedOption, workOption, reuseOption});
    parser.process(app);
    bool countOk = false;
    bool seedOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!countOk || count <= 0 || !seedOk)
        fail(QStringLiteral("--count takes a positive number, --seed a non-negative one"));

    const QDir work(parser.value(workOption));
    const QString reportsDir = work.filePath(QStringLiteral("reports"));
    const QString projectPath = work.filePath(QStringLiteral("project.sqlite"));
    const QString floorPath = work.filePath(QStringLiteral("floor.sqlite"));
    const bool reuse = parser.isSet(reuseOption);
    out() << "bench: " << QThread::idealThreadCount() << " cores, work folder " << work.absolutePath() << Qt::endl;
    QElapsedTimer timer;
    double importSeconds = 0;
    double floor = 0;
    if (!reuse) {
        importSeconds = generateAndImport(count, seed, reportsDir, projectPath);
        floor = floorSeconds(projectPath, floorPath);
        removeProject(floorPath);
    }

    // --- open: the review window's document and models, then the first screen ---
    ProjectDocument document(std::make_unique<SqliteProjectStore>());
    ReviewModels models(&document);
    timer.restart();
    if (!document.open(projectPath))
        fail(document.errorString());
    const int painted = models.paintReportList();
    const double openMs = milliseconds(timer);
    if (models.reports.rowCount() != count || painted == 0)
        fail(QStringLiteral("the report list shows %1 of %2 reports").arg(models.reports.rowCount()).arg(count));
    out() << "open: " << models.reports.rowCount() << " reports listed in " << fixed(openMs, 1) << " ms" << Qt::endl;

    // --- the charts shown: from here on every switch and edit keeps them current too ---
    timer.restart();
    const ChartModels charts(&document);
    out() << "charts: " << charts.applications.rowCount() << " years of applications, "
          << charts.byCheck.rowCount() << " checks with open findings, shown in " << fixed(milliseconds(timer), 1)
          << " ms" << Qt::endl;

    // --- switch: select reports spread over the list, each painted ---
    const int switches = std::min(count, 20);
    std::vector<double> switchMs;
    qint64 editReport = 0;
    for (int i = 0; i < switches; ++i) {
        const QModelIndex row = models.reportsProxy.index(int(qint64(i) * count / switches), 0);
        const qint64 id = row.data(ItemRoles::ReportIdRole).toLongLong();
        timer.restart();
        document.setCurrentReport(id);
        models.paintReport();
        switchMs.push_back(milliseconds(timer));
        if (document.currentReportId() != id)
            fail(QStringLiteral("cannot select report %1: %2").arg(id).arg(document.errorString()));
        if (!editReport && document.currentReport()->format == u"2021")
            editReport = id;
    }
    const double switchMean = std::accumulate(switchMs.cbegin(), switchMs.cend(), 0.0) / double(switchMs.size());
    out() << "switch: " << switches << " reports, mean " << fixed(switchMean, 2) << " ms, slowest "
          << fixed(*std::max_element(switchMs.cbegin(), switchMs.cend()), 2) << " ms" << Qt::endl;

    // --- edit: one cell of table 3 changed, the report re-checked, the models told ---
    if (!editReport)
        fail(QStringLiteral("no report of the 2021 format among those selected"));
    document.setCurrentReport(editReport);
    const int cell = ReportSchema::instance().format(QStringLiteral("2021"))->indexOf(QStringLiteral("t3/new/natural"));
    const int edits = 20;
    std::vector<double> editMs;
    for (int i = 0; i < edits; ++i) {
        timer.restart();
        document.setCellValue(editReport, cell, Decimal(1000 + i));
        models.paintReport();
        editMs.push_back(milliseconds(timer));
    }
    if (document.undoStack()->count() != edits)
        fail(QStringLiteral("%1 edits on the undo stack, %2 made").arg(document.undoStack()->count()).arg(edits));
    const double editMean = std::accumulate(editMs.cbegin(), editMs.cend(), 0.0) / double(editMs.size());
    out() << "edit: " << edits << " edits, mean " << fixed(editMean, 3) << " ms, slowest "
          << fixed(*std::max_element(editMs.cbegin(), editMs.cend()), 3) << " ms; "
          << document.currentFindings().size() << " findings on the edited report" << Qt::endl;

    // --- export: tidy and wide, from the open document (unsaved edits included) as the window does ---
    double exportSeconds = 0;
    for (const auto layout : {CsvExporter::Layout::Tidy, CsvExporter::Layout::Wide}) {
        const bool tidy = layout == CsvExporter::Layout::Tidy;
        const QString path = work.filePath(tidy ? QStringLiteral("tidy.csv") : QStringLiteral("wide.csv"));
        DocumentExportSource source(&document);
        ProjectExporter exporter(source);
        ProjectExporter::Options options;
        options.layout = layout;
        timer.restart();
        if (!exporter.exportTo(path, options))
            fail(exporter.errorString());
        const double took = seconds(timer);
        exportSeconds += took;
        out() << "export: " << (tidy ? "tidy " : "wide ") << exporter.exportedCount() << " reports, "
              << fixed(double(QFileInfo(path).size()) / 1e6, 1) << " MB in " << fixed(took, 2) << " s" << Qt::endl;
    }

    const qint64 peak = peakMegabytes();
    if (reuse) {
        out() << "bench: reused project of " << count << " reports: open " << fixed(openMs, 0) << " ms, switch "
              << fixed(switchMean, 1) << " ms, edit " << fixed(editMean, 2) << " ms, export " << fixed(exportSeconds, 2)
              << " s, peak " << peak << " MB" << Qt::endl;
        return 0;
    }
    const double ratio = importSeconds / floor;
    out() << "bench: import " << count << " reports " << fixed(importSeconds, 2) << " s, "
          << qRound64(count / importSeconds) << " reports/s, floor " << fixed(floor, 2) << " s, ratio "
          << fixed(ratio, 2) << ", open " << fixed(openMs, 0) << " ms, switch " << fixed(switchMean, 1)
          << " ms, edit " << fixed(editMean, 2) << " ms, export " << fixed(exportSeconds, 2) << " s, peak " << peak
          << " MB" << Qt::endl;
    return 0;
}
