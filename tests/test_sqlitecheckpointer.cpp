// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/storage/sqlitecheckpointer.h"

class TestSqliteCheckpointer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theWriterStartsTheWalOverOnceCopied();
    void withoutCheckpointsTheWalGrows();
    void missingFileIsLeftAlone();
    void stopsAndStartsAgain();

private:
    void writeRows(int first);
    qint64 walSize() const;
    std::string fileName() const;

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

namespace {

const QString connectionName = QStringLiteral("checkpointed");
constexpr int RowsPerCommit = 200;

} // namespace

void TestSqliteCheckpointer::init()
{
    QVERIFY(m_dir.isValid());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("project.sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    query.finish();
    // The writer never copies the WAL itself: what is copied, the checkpointer copied.
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, body TEXT NOT NULL)")));
}

void TestSqliteCheckpointer::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    QFile::remove(m_dir.filePath(QStringLiteral("project.sqlite")));
}

void TestSqliteCheckpointer::writeRows(int first)
{
    QVERIFY(m_db.transaction());
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (n, body) VALUES (?, ?)")));
    for (int n = first; n < first + RowsPerCommit; ++n) {
        query.addBindValue(n);
        query.addBindValue(QString(1000, QChar(u'a' + n % 26)));
        QVERIFY(query.exec());
    }
    QVERIFY(m_db.commit());
}

qint64 TestSqliteCheckpointer::walSize() const
{
    return QFileInfo(m_db.databaseName() + QStringLiteral("-wal")).size();
}

std::string TestSqliteCheckpointer::fileName() const
{
    return m_db.databaseName().toStdString();
}

void TestSqliteCheckpointer::theWriterStartsTheWalOverOnceCopied()
{
    SqliteCheckpointer checkpointer(fileName());
    writeRows(0);
    const qint64 afterFirst = walSize();
    QVERIFY(afterFirst > 200 * 1000);

    checkpointer.request();
    checkpointer.waitUntilIdle();
    QCOMPARE(checkpointer.completed(), 1);
    // Everything was copied: the next commit writes the WAL from its start again.
    writeRows(RowsPerCommit);
    QCOMPARE(walSize(), afterFirst);

    checkpointer.request();
    checkpointer.waitUntilIdle();
    QCOMPARE(checkpointer.completed(), 2);
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(LENGTH(body)) FROM t")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2 * RowsPerCommit);
    QCOMPARE(query.value(1).toInt(), 2 * RowsPerCommit * 1000);
    query.finish();
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
}

void TestSqliteCheckpointer::withoutCheckpointsTheWalGrows()
{
    // The control of the test above: the same writes, nothing copied.
    writeRows(0);
    const qint64 afterFirst = walSize();
    writeRows(RowsPerCommit);
    QVERIFY2(walSize() > afterFirst + afterFirst / 2, qPrintable(QString::number(walSize())));
}

void TestSqliteCheckpointer::missingFileIsLeftAlone()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    SqliteCheckpointer checkpointer(missing.toStdString());
    checkpointer.request();
    checkpointer.waitUntilIdle();
    QCOMPARE(checkpointer.completed(), 0);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestSqliteCheckpointer::stopsAndStartsAgain()
{
    SqliteCheckpointer checkpointer(fileName());
    checkpointer.stop(); // never started
    checkpointer.waitUntilIdle();
    writeRows(0);
    checkpointer.request();
    checkpointer.waitUntilIdle();
    checkpointer.stop();
    QCOMPARE(checkpointer.completed(), 1);
    writeRows(RowsPerCommit);
    checkpointer.request(); // a new thread
    checkpointer.waitUntilIdle();
    QCOMPARE(checkpointer.completed(), 2);
    // The destructor stops it.
}

QTEST_GUILESS_MAIN(TestSqliteCheckpointer)
#include "test_sqlitecheckpointer.moc"
