// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

#include "models/storage/importsession.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/parserfilesource.h"
#include "tests/rawconnection.h"

namespace {

const QString seeds = QStringLiteral(GOVINFO_TEST_DATA "/seeds");

QStringList seedFiles()
{
    return QDir(seeds).entryList(QDir::Files, QDir::Name);
}

struct ProgressCall
{
    int done = 0;
    int total = 0;
    QString fileName;

    friend bool operator==(const ProgressCall &a, const ProgressCall &b)
    {
        return a.done == b.done && a.total == b.total && a.fileName == b.fileName;
    }
};

} // namespace

QDebug operator<<(QDebug debug, const ProgressCall &call)
{
    return debug.nospace() << '[' << call.done << '/' << call.total << ' ' << call.fileName << ']';
}

class TestImportSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsSeedsWithProgress();
    void cancel_data();
    void cancel();
    void failuresAreNamed();
    void fullProjectNamesWhatWasNotCommitted();
    void summaryLines();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteProjectStore> m_store;
};

void TestImportSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SqliteProjectStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("project.sqlite"))), qPrintable(m_store->errorString()));
}

void TestImportSession::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestImportSession::importsSeedsWithProgress()
{
    const ParserFileSource files;
    ImportSession session(*m_store, files);
    session.setMaxThreads(2); // progress comes in file order all the same
    QList<ProgressCall> calls;
    session.setProgress([&calls](int done, int total, const QString &path) {
        calls.append({done, total, QFileInfo(path).fileName()});
    });
    const ImportSummary summary = session.run({seeds});

    const QList<ProgressCall> expected = {
        {1, 5, QStringLiteral("000_fb8decbe9b2e9cc0.txt")}, {2, 5, QStringLiteral("001_bd2728a2fb5b3f82.txt")},
        {3, 5, QStringLiteral("002_9fd22329478e75da.txt")}, {4, 5, QStringLiteral("003_ae670e83d15f685b.txt")},
        {5, 5, QStringLiteral("004_19e7a58c87b6c757.txt")},
    };
    QCOMPARE(calls, expected);
    QCOMPARE(summary.files, 5);
    QCOMPARE(summary.read, 5);
    QCOMPARE(summary.cancelled, 0);
    QVERIFY(summary.failures.isEmpty());
    QCOMPARE(int(summary.reportIds.size()), 5);
    QCOMPARE(summary.outcomes.at(AddOutcome::Added), 5);
    QCOMPARE(summary.formats.at(QStringLiteral("2019")), 4);
    QCOMPARE(summary.formats.at(QStringLiteral("2021")), 1);
    QVERIFY(summary.checks.count(QStringLiteral("text.table")));
    QCOMPARE(int(m_store->reports()->size()), 5);

    // The same files again change nothing.
    const ImportSummary again = ImportSession(*m_store, ParserFileSource()).run({seeds});
    QCOMPARE(again.outcomes.at(AddOutcome::Unchanged), 5);
    QCOMPARE(again.reportIds, summary.reportIds);
}

void TestImportSession::cancel_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("cancelAt"); // the progress call that cancels; 0 = none
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("cancelled");

    // Progress comes in file order however many threads read: each file is
    // stored right after its call, what was stored before a cancel stays.
    QTest::newRow("never") << 1 << 0 << 5 << 0;
    QTest::newRow("at the first file") << 1 << 1 << 0 << 5;
    QTest::newRow("at the third file") << 1 << 3 << 2 << 3;
    QTest::newRow("at the last file") << 1 << 5 << 4 << 1;
    QTest::newRow("never, two threads") << 2 << 0 << 5 << 0;
    QTest::newRow("at the second file, two threads") << 2 << 2 << 1 << 4;
    QTest::newRow("at the fourth file, two threads") << 2 << 4 << 3 << 2;
}

void TestImportSession::cancel()
{
    QFETCH(int, threads);
    QFETCH(int, cancelAt);
    QFETCH(int, read);
    QFETCH(int, cancelled);

    std::atomic_bool cancel{false};
    const ParserFileSource files;
    ImportSession session(*m_store, files);
    session.setMaxThreads(threads);
    session.setCancelFlag(&cancel);
    int calls = 0;
    QStringList order;
    session.setProgress([&](int done, int, const QString &path) {
        QCOMPARE(done, ++calls);
        order.append(QFileInfo(path).fileName());
        if (calls == cancelAt)
            cancel = true;
    });
    const ImportSummary summary = session.run({seeds});
    QCOMPARE(summary.files, 5);
    QCOMPARE(summary.read, read);
    QCOMPARE(summary.cancelled, cancelled);
    QCOMPARE(summary.wasCancelled(), cancelled > 0);
    QVERIFY2(summary.failures.isEmpty(), qPrintable(summary.failures.join(u'\n')));
    QCOMPARE(int(m_store->reports()->size()), read);
    QCOMPARE(order, seedFiles().mid(0, cancelAt ? cancelAt : 5));
    // The store is as durable as before the import.
    QCOMPARE(m_store->durability(), ProjectStore::Durability::Full);
}

void TestImportSession::failuresAreNamed()
{
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.close();
    const QString missing = m_dir->filePath(QStringLiteral("missing.txt"));

    const ImportSummary summary =
        ImportSession(*m_store, ParserFileSource()).run({seeds + QStringLiteral("/000_fb8decbe9b2e9cc0.txt"), pdf, missing});
    QCOMPARE(summary.read, 1);
    QCOMPARE(summary.failures.size(), 2);
    const QString failures = summary.failures.join(u'\n');
    QVERIFY2(failures.contains(QStringLiteral("report.pdf")), qPrintable(failures));
    QVERIFY2(failures.contains(QStringLiteral("missing.txt")), qPrintable(failures));
}

void TestImportSession::fullProjectNamesWhatWasNotCommitted()
{
    // The pages the first two seeds take, and the first three, in a project of their own.
    const QStringList names = seedFiles();
    const QString scratchPath = m_dir->filePath(QStringLiteral("scratch.sqlite"));
    const auto pagesOf = [&scratchPath]() {
        RawConnection raw(scratchPath);
        QSqlQuery query(raw.db());
        return query.exec(QStringLiteral("PRAGMA page_count")) && query.next() ? query.value(0).toInt() : -1;
    };
    const auto importToScratch = [&](const QStringList &paths) {
        SqliteProjectStore scratch;
        return scratch.open(scratchPath) ? ImportSession(scratch, ParserFileSource()).run(paths).read : -1;
    };
    QCOMPARE(importToScratch({seeds + u'/' + names[0], seeds + u'/' + names[1]}), 2);
    const int twoReportsPages = pagesOf();
    QCOMPARE(importToScratch({seeds + u'/' + names[2]}), 1);
    const int threeReportsPages = pagesOf();
    QVERIFY2(threeReportsPages > twoReportsPages, qPrintable(QString::number(threeReportsPages)));
    // The limit is what the first two take: the third report does not fit. Its batch holds the first two.
    // (A third report of 14 KB needs one page of 16 KB more: there is no halfway.)
    const QString path = m_store->location();
    bool limited = false;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.databaseName() == path) {
            limited = QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = %1")
                                             .arg(twoReportsPages));
        }
    }
    QVERIFY(limited);

    const ParserFileSource files;
    ImportSession session(*m_store, files);
    session.setReportsPerCommit(3);
    const ImportSummary summary = session.run({seeds});
    QCOMPARE(summary.files, 5);
    const QString failures = summary.failures.join(u'\n');
    QVERIFY2(failures.contains(QStringLiteral("%1: not stored: The disk is full").arg(QDir::toNativeSeparators(seeds + u'/' + names[2]))),
             qPrintable(failures));

    // What the summary counts as stored is what another connection finds,
    // and every other file is named as not stored or not imported.
    QStringList stored;
    for (const qint64 id : summary.reportIds)
        stored.append(m_store->loadReport(id, ProjectStore::Content::Values)->fileName);
    QCOMPARE(summary.read, int(stored.size()));
    {
        RawConnection raw(path);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("SELECT file_name FROM reports ORDER BY id")));
        QStringList committed;
        while (query.next())
            committed.append(query.value(0).toString());
        QCOMPARE(committed, stored);
    }
    for (const QString &name : names) {
        const qsizetype named = std::count_if(summary.failures.cbegin(), summary.failures.cend(),
                                              [&name](const QString &failure) { return failure.contains(name); });
        QVERIFY2(named + stored.count(name) == 1, qPrintable(name + u'\n' + failures));
    }
    QCOMPARE(m_store->durability(), ProjectStore::Durability::Full);
}

void TestImportSession::summaryLines()
{
    ImportSummary summary;
    summary.project = QStringLiteral("/tmp/p.sqlite");
    summary.files = 3;
    summary.read = 2;
    summary.cancelled = 1;
    summary.outcomes[AddOutcome::Added] = 1;
    summary.outcomes[AddOutcome::NewVersion] = 1;
    summary.formats[QStringLiteral("2021")] = 2;
    summary.checks[QStringLiteral("t3.balance")] = 2;
    summary.checks[QStringLiteral("cell.missing")] = 1;
    summary.failures = {QStringLiteral("x.pdf: not supported yet")};
    const QStringList expected = {
        QStringLiteral("Project: /tmp/p.sqlite"),
        QStringLiteral("Reports read: 2 of 3 files"),
        QStringLiteral("Stored: 1 added, 0 unchanged, 1 new versions"),
        QStringLiteral("By format: 2019: 0, 2021: 2, pre2019: 0"),
        QStringLiteral("Findings: 3"),
        QStringLiteral("  cell.missing         1"),
        QStringLiteral("  t3.balance           2"),
        QStringLiteral("Cancelled: 1 file(s) not imported"),
        QStringLiteral("Not read: 1"),
        QStringLiteral("  x.pdf: not supported yet"),
    };
    QCOMPARE(summary.lines(), expected);
}

QTEST_GUILESS_MAIN(TestImportSession)
#include "test_importsession.moc"
