// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>
#include <set>

#include "models/checks/reportchecker.h"
#include "models/reportschema.h"
#include "models/review/projectdocument.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/reportfilereader.h"
#include "tests/rawconnection.h"
#include "tests/testsupport.h"

using namespace TestSupport;

// Kills writers of a project with SIGKILL at random moments, 100 times: the
// real executable importing reports, and a child saving hand corrections
// through ProjectDocument (crashsafetyeditor.cpp). After every kill the
// project must open, pass PRAGMA integrity_check, hold every report either
// whole (every cell of its format, its sections, figures and findings, as a
// fresh parse of its file gives them) or not at all, and keep every correction
// whose save the child had reported complete. The kill times come from a fixed
// seed; the kills themselves are real, so what they interrupt varies a little
// from run to run, which is the point.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWritersLoseNothingSaved();

private:
    /// Copies of report files for one import round: unique names and contents.
    QStringList writeRound(int round, int files);
    /// Runs the child, waits until it writes marker (if any) on its read
    /// channel, then kills it after delayMs; false when it finished first.
    /// What it wrote on its read channel goes to *seen.
    bool runAndKill(QProcess &child, const QByteArray &marker, int delayMs, QByteArray *seen);
    /// The checks every kill is followed by; round and what was killed for messages.
    void verifyProject(const QString &what);
    void verifyReportsOf(const QStringList &files, int *stored);
    void verifyCorrections(const QByteArray &editorOutput);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QStringList m_sources;
    qint64 m_importMs = 0;    ///< how long an uninterrupted import round takes here
    qint64 m_firstReadMs = 0; ///< when its first file was read (storing starts after)
    qint64 m_nextValue = 1000000;
    /// (report id, cell key) → the value its last completed save wrote.
    std::map<std::pair<qint64, QString>, qint64> m_saved;
};

namespace {

constexpr int Kills = 100;
constexpr int FilesPerRound = 6;
constexpr quint32 Seed = 20260401;

const QString Cli = QStringLiteral(GOVINFO_CLI);
const QString Editor = QStringLiteral(GOVINFO_EDITOR);

/// The checks of one report alone (the year.* checks depend on which other reports are stored).
bool isSingleReportCheck(const QString &checkId)
{
    return !checkId.startsWith(u"year.");
}

/// Findings as comparable lines: check, severity, cells, expected, actual.
QStringList describeFindings(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        if (isSingleReportCheck(finding.checkId))
            lines.append(finding.checkId + u' ' + QString::number(int(finding.severity)) + u' '
                         + finding.cells.join(u',') + u' ' + finding.expected + u' ' + finding.actual);
    }
    lines.sort();
    return lines;
}

QString describeCell(const Cell &cell)
{
    return cellStatusName(cell.status) + u' ' + (cell.extracted ? cell.extracted->toString() : u"-"_qs) + u' '
           + QString::number(cell.span.offset) + u'+' + QString::number(cell.span.length) + u' ' + cell.raw;
}

} // namespace

void TestCrashSafety::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("project.sqlite"));
    // The layout cases: small (3-6 KB, so a round is quick even under the
    // sanitizers), and every markup and encoding the parser reads.
    QDirIterator it(QStringLiteral(GOVINFO_TEST_DATA "/layouts"), {u"input.*"_qs}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        m_sources.append(it.next());
    m_sources.sort();
    QVERIFY(m_sources.size() >= FilesPerRound);

    // Round 0, not killed: the reports the editor corrects, and the times an
    // import round takes here to read its first file and to finish.
    const QStringList files = writeRound(0, FilesPerRound);
    QProcess import;
    import.setProgram(Cli);
    import.setArguments({u"import"_qs, u"--db"_qs, m_db, m_dir->filePath(u"round0"_qs)});
    import.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    import.start();
    QByteArray progress;
    while (import.state() != QProcess::NotRunning || import.bytesAvailable() > 0) {
        import.waitForReadyRead(100);
        progress += import.readAll();
        if (m_firstReadMs == 0 && progress.contains("[1/"))
            m_firstReadMs = timer.elapsed();
    }
    m_importMs = timer.elapsed();
    QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0, progress.constData());
    QVERIFY2(m_firstReadMs > 0, progress.constData());
    int stored = 0;
    verifyReportsOf(files, &stored);
    QCOMPARE(stored, FilesPerRound);
    qInfo("an import of %d files takes %lld ms here, the first read %lld ms", FilesPerRound, m_importMs, m_firstReadMs);
}

QStringList TestCrashSafety::writeRound(int round, int files)
{
    const QString folder = m_dir->filePath(u"round%1"_qs.arg(round));
    QDir().mkpath(folder);
    QStringList written;
    for (int i = 0; i < files; ++i) {
        const QString source = m_sources.at((round * files + i) % m_sources.size());
        const QFileInfo info(source);
        // A line at the end makes each copy a new file to the store (its SHA-256 differs).
        QByteArray bytes = fileBytes(source);
        bytes.append(QByteArray("\n") + (info.suffix() == u"html" ? "<p>" : "") + "round " + QByteArray::number(round)
                     + " file " + QByteArray::number(i) + "\n");
        const QString path = folder + u"/r%1-%2-%3"_qs.arg(round).arg(i).arg(info.fileName());
        if (!writeFile(path, bytes))
            return {};
        written.append(path);
    }
    return written;
}

bool TestCrashSafety::runAndKill(QProcess &child, const QByteArray &marker, int delayMs, QByteArray *seen)
{
    child.start();
    if (!child.waitForStarted(10000))
        return false;
    while (!marker.isEmpty() && !seen->contains(marker) && child.state() == QProcess::Running) {
        child.waitForReadyRead(10000);
        seen->append(child.readAll());
    }
    QThread::msleep(ulong(delayMs));
    const bool killed = child.state() == QProcess::Running;
    if (killed)
        child.kill(); // SIGKILL
    child.waitForFinished(30000);
    seen->append(child.readAll());
    return killed && child.exitStatus() == QProcess::CrashExit;
}

void TestCrashSafety::verifyProject(const QString &what)
{
    {
        RawConnection raw(m_db);
        QVERIFY2(raw.isOpen(), qPrintable(what));
        QSqlQuery query(raw.db());
        QVERIFY2(query.exec(u"PRAGMA integrity_check"_qs) && query.next(), qPrintable(what));
        QCOMPARE(query.value(0).toString(), u"ok"_qs);
        QVERIFY(query.exec(u"PRAGMA foreign_key_check"_qs));
        QVERIFY2(!query.next(), qPrintable(what + u": a row refers to a missing one"_qs));
    }
    SqliteProjectStore store;
    QVERIFY2(store.open(m_db), qPrintable(what + u": "_qs + store.errorString()));
    QVERIFY2(store.reports(ProjectStore::Listing::AllVersions), qPrintable(what + u": "_qs + store.errorString()));
}

void TestCrashSafety::verifyReportsOf(const QStringList &files, int *stored)
{
    SqliteProjectStore store;
    QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
    const auto summaries = store.reports(ProjectStore::Listing::AllVersions);
    QVERIFY(summaries);
    *stored = 0;
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        const auto found = std::find_if(summaries->begin(), summaries->end(),
                                        [&path](const ReportSummary &summary) { return summary.path == path; });
        if (found == summaries->end())
            continue; // absent: the import was killed before it stored this file
        ++*stored;
        const ReadOutcome fresh = ReportFileReader::read(file);
        QVERIFY2(fresh.report, qPrintable(fresh.error));
        const std::unique_ptr<Report> report = store.loadReport(found->id);
        QVERIFY2(report, qPrintable(path + u": "_qs + store.errorString()));
        QCOMPARE(report->contentHash, fresh.report->contentHash);
        QCOMPARE(report->format, fresh.report->format);
        QCOMPARE(report->text, fresh.report->text);
        const FormatSchema *format = ReportSchema::instance().format(report->format);
        QCOMPARE(int(report->cells.size()), format ? format->cellCount() : 0);
        for (std::size_t i = 0; i < report->cells.size(); ++i)
            QCOMPARE(describeCell(report->cells[i]), describeCell(fresh.report->cells[i]));
        QCOMPARE(report->sections.size(), fresh.report->sections.size());
        QCOMPARE(report->figures.size(), fresh.report->figures.size());
        const auto findings = store.findings(found->id);
        QVERIFY(findings);
        QCOMPARE(describeFindings(*findings), describeFindings(ReportChecker::checkReport(*fresh.report)));
    }
}

void TestCrashSafety::verifyCorrections(const QByteArray &editorOutput)
{
    // The edits after the last "saved" were in flight when the kill came:
    // their save may have committed (all of them) or not (none of them).
    std::map<std::pair<qint64, QString>, qint64> inFlight;
    for (const QByteArray &line : editorOutput.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 4 && fields[0] == "edit") {
            inFlight[{fields[1].toLongLong(), QString::fromUtf8(fields[2])}] = fields[3].toLongLong();
            m_nextValue = std::max(m_nextValue, fields[3].toLongLong());
        } else if (line == "saved") {
            for (const auto &[cell, value] : inFlight)
                m_saved[cell] = value;
            inFlight.clear();
        }
    }

    SqliteProjectStore store;
    QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
    std::map<qint64, std::unique_ptr<Report>> reports;
    auto storedValue = [&](const std::pair<qint64, QString> &cell) -> std::optional<Decimal> {
        auto &report = reports[cell.first];
        if (!report)
            report = store.loadReport(cell.first);
        if (!report)
            return std::nullopt;
        const int index = ReportSchema::instance().format(report->format)->indexOf(cell.second);
        return report->cells[std::size_t(index)].value;
    };
    int committed = 0;
    for (const auto &[cell, value] : inFlight)
        committed += storedValue(cell) == Decimal(value);
    QVERIFY2(committed == 0 || committed == int(inFlight.size()),
             qPrintable(u"%1 of the %2 edits of the interrupted save are stored"_qs.arg(committed).arg(inFlight.size())));
    if (committed > 0) {
        for (const auto &[cell, value] : inFlight)
            m_saved[cell] = value;
    }
    for (const auto &[cell, value] : m_saved) {
        const std::optional<Decimal> stored = storedValue(cell);
        QVERIFY2(stored == Decimal(value), qPrintable(u"report %1 cell %2: saved %3, stored %4"_qs.arg(cell.first)
                                                          .arg(cell.second)
                                                          .arg(value)
                                                          .arg(stored ? stored->toString() : u"nothing"_qs)));
    }
}

void TestCrashSafety::killedWritersLoseNothingSaved()
{
    QRandomGenerator random(Seed);
    int kills = 0;
    int importKills = 0;
    int partialImports = 0;
    int interruptedSaves = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 1; kills < Kills && round <= 3 * Kills; ++round) {
        QProcess child;
        QByteArray out;
        const bool import = round % 2 == 1;
        QStringList files;
        int delayMs = 0;
        QByteArray marker;
        if (import) {
            files = writeRound(round, FilesPerRound);
            QCOMPARE(files.size(), FilesPerRound);
            child.setProgram(Cli);
            // Every other import commits each report as it is stored, so
            // that kills land between reports, not only between batches.
            QStringList arguments = {u"import"_qs, u"--db"_qs, m_db, m_dir->filePath(u"round%1"_qs.arg(round))};
            if (round % 4 == 1)
                arguments << u"--commit-every"_qs << u"1"_qs;
            child.setArguments(arguments);
            child.setReadChannel(QProcess::StandardError);
            if (round % 5 == 0) {
                // Anywhere from start-up to the end.
                delayMs = int(random.bounded(quint32(std::max<qint64>(m_importMs, 20))));
            } else {
                // While it stores: after the first file was read ("[1/8] path" on stderr).
                marker = "[1/";
                delayMs = int(random.bounded(quint32(std::max<qint64>(m_importMs - m_firstReadMs, 20))));
            }
        } else {
            child.setProgram(Editor);
            child.setArguments({m_db, QString::number(m_nextValue + 1), QString::number(random.generate())});
            marker = "ready\n";
            delayMs = 10 + int(random.bounded(200u));
        }
        child.setProcessEnvironment([] {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
            return environment;
        }());
        const bool killed = runAndKill(child, marker, delayMs, &out);
        if (!import && !killed)
            QFAIL(qPrintable(u"the editor stopped by itself: "_qs + QString::fromLocal8Bit(child.readAllStandardError())));
        kills += killed;
        const QString what = u"round %1 (%2, killed after %3 ms)"_qs.arg(round).arg(import ? u"import"_qs : u"editor"_qs).arg(delayMs);
        verifyProject(what);
        if (QTest::currentTestFailed())
            return;
        if (import) {
            int stored = 0;
            verifyReportsOf(files, &stored);
            importKills += killed;
            partialImports += stored > 0 && stored < FilesPerRound;
        } else {
            interruptedSaves += out.count("edit ") > 0 && !out.endsWith("saved\n");
            verifyCorrections(out);
        }
        if (QTest::currentTestFailed()) {
            qWarning() << what;
            return;
        }
    }
    QCOMPARE(kills, Kills);
    // The final state opens in the review window's document, every correction in it.
    ProjectDocument document(std::make_unique<SqliteProjectStore>());
    QVERIFY2(document.open(m_db), qPrintable(document.errorString()));
    QVERIFY(document.reportCount() >= FilesPerRound);
    qInfo("%d kills (%d of imports, %d stored part of their files; %d of the editor, %d mid-save), "
          "%zu corrections kept, %lld ms",
          kills, importKills, partialImports, kills - importKills, interruptedSaves, m_saved.size(), timer.elapsed());
    // The kills must have landed where it matters, or the test proves little.
    QVERIFY(partialImports > 0);
    QVERIFY(!m_saved.empty());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
