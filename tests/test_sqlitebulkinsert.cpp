// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "models/storage/sqlitebulkinsert.h"
#include "models/storage/sqlitetransaction.h"

class TestSqliteBulkInsert final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyRowInOrder_data();
    void everyRowInOrder();
    void madeTextsOutliveTheirRow();
    void failedStatementLeavesItsRowsOut();
    void followsTheConnection();

private:
    QStringList rows() const;
    QSqlDatabase m_db;
};

namespace {

const QString connectionName = QStringLiteral("bulk");

/// Binds row i as (i, "row i", i * 10 or NULL when i % 3 == 0).
void bindNumbered(SqliteBulkInsert::Row &row, std::size_t index)
{
    row.integer(qint64(index));
    row.madeText(QStringLiteral("row %1").arg(index));
    if (index % 3 == 0)
        row.null();
    else
        row.integer(qint64(index) * 10);
}

} // namespace

void TestSqliteBulkInsert::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, label TEXT NOT NULL, tens INTEGER)")));
}

void TestSqliteBulkInsert::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
}

QStringList TestSqliteBulkInsert::rows() const
{
    QStringList found;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT n, label, coalesce(tens, 'null') FROM t ORDER BY rowid"));
    while (query.next())
        found.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|' + query.value(2).toString());
    return found;
}

void TestSqliteBulkInsert::everyRowInOrder_data()
{
    QTest::addColumn<int>("count");
    // None, fewer than a statement holds, exactly one, one more, and a tail of 23.
    for (int count : {0, 1, SqliteBulkInsert::rowsAtOnce, SqliteBulkInsert::rowsAtOnce + 1, 123})
        QTest::addRow("%d rows", count) << count;
}

void TestSqliteBulkInsert::everyRowInOrder()
{
    QFETCH(int, count);
    SqliteBulkInsert insert("t", {"n", "label", "tens"});
    QVERIFY(insert.insert(sqliteHandle(m_db), std::size_t(count), &bindNumbered));
    QStringList expected;
    for (int i = 0; i < count; ++i)
        expected.append(QStringLiteral("%1|row %1|%2").arg(i).arg(i % 3 == 0 ? QStringLiteral("null") : QString::number(i * 10)));
    QCOMPARE(rows(), expected);
}

void TestSqliteBulkInsert::madeTextsOutliveTheirRow()
{
    // Each row's label is made in the binder and dropped by it: the statement, run after the
    // fiftieth row is bound, must still see every one (and an empty text is '', not NULL).
    SqliteBulkInsert insert("t", {"n", "label"});
    const auto bind = [](SqliteBulkInsert::Row &row, std::size_t index) {
        row.integer(qint64(index));
        row.madeText(index == 1 ? QString() : QString(int(index) + 1, QChar(u'审')));
    };
    QVERIFY(insert.insert(sqliteHandle(m_db), 3, bind));
    QCOMPARE(rows(), (QStringList{u"0|审|null"_qs, u"1||null"_qs, u"2|审审审|null"_qs}));
}

void TestSqliteBulkInsert::failedStatementLeavesItsRowsOut()
{
    // Row 60 repeats row 59's key: the first statement (rows 0..49) is stored, the second fails whole.
    SqliteBulkInsert insert("t", {"n", "label"});
    const auto bind = [](SqliteBulkInsert::Row &row, std::size_t index) {
        row.integer(qint64(index == 60 ? 59 : index));
        row.text(QStringLiteral("x"));
    };
    QVERIFY(!insert.insert(sqliteHandle(m_db), 70, bind));
    QCOMPARE(insert.lastError().nativeErrorCode(), QStringLiteral("1555")); // SQLITE_CONSTRAINT_PRIMARYKEY
    QVERIFY2(insert.lastError().databaseText().contains(u"UNIQUE constraint failed: t.n"),
             qPrintable(insert.lastError().databaseText()));
    QCOMPARE(rows().size(), SqliteBulkInsert::rowsAtOnce);
    QCOMPARE(rows().constLast(), u"49|x|null"_qs);
}

void TestSqliteBulkInsert::followsTheConnection()
{
    // Reset before its connection closes (SQLite keeps a connection with statements open),
    // the insert prepares its statements again on the next one.
    SqliteBulkInsert insert("t", {"n", "label", "tens"});
    QVERIFY(insert.insert(sqliteHandle(m_db), 2, &bindNumbered));
    insert.reset();
    cleanup();
    init();
    QVERIFY(insert.insert(sqliteHandle(m_db), 1, &bindNumbered));
    QCOMPARE(rows(), QStringList{u"0|row 0|null"_qs});
    QVERIFY(!insert.insert(nullptr, 1, &bindNumbered));
    QCOMPARE(insert.lastError().databaseText(), u"no SQLite connection"_qs);
    insert.reset();
}

QTEST_GUILESS_MAIN(TestSqliteBulkInsert)
#include "test_sqlitebulkinsert.moc"
