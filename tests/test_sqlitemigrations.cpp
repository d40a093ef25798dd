// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/reportschema.h"
#include "models/storage/sqlitemigrations.h"
#include "models/storage/sqliteprojectstore.h"
#include "tests/rawconnection.h"
#include "tests/testsupport.h"

using namespace TestSupport;

namespace {

// The first release's schema, written out here rather than taken from
// SqliteMigrations: a change to a released step must fail this test.
const char16_t *const version1Schema[] = {
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    u"INSERT INTO meta (key, value) VALUES ('application', 'govinfo-review'), ('version', '1')",
    u"CREATE TABLE reports (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, path TEXT NOT NULL,"
    u" content_hash TEXT NOT NULL, agency TEXT NOT NULL DEFAULT '', year INTEGER NOT NULL DEFAULT 0,"
    u" format TEXT NOT NULL, t2_format TEXT NOT NULL DEFAULT '', t3_format TEXT NOT NULL DEFAULT '',"
    u" encoding TEXT NOT NULL DEFAULT '', source_kind TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
    u" notes TEXT NOT NULL DEFAULT '[]', imported_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
    u" supersedes INTEGER REFERENCES reports(id) ON DELETE SET NULL)",
    u"CREATE TABLE cells (id INTEGER PRIMARY KEY,"
    u" report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, table_key TEXT NOT NULL,"
    u" row_key TEXT NOT NULL, column_key TEXT NOT NULL, extracted TEXT, value TEXT,"
    u" raw TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, span_offset INTEGER NOT NULL DEFAULT -1,"
    u" span_length INTEGER NOT NULL DEFAULT 0, candidates TEXT NOT NULL DEFAULT '[]',"
    u" UNIQUE (report_id, table_key, row_key, column_key))",
    u"CREATE TABLE findings (id INTEGER PRIMARY KEY,"
    u" report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, check_id TEXT NOT NULL,"
    u" severity TEXT NOT NULL, cells TEXT NOT NULL DEFAULT '[]', expected TEXT NOT NULL DEFAULT '',"
    u" actual TEXT NOT NULL DEFAULT '', message_zh TEXT NOT NULL DEFAULT '', message_en TEXT NOT NULL DEFAULT '',"
    u" status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed', 'corrected')),"
    u" note TEXT NOT NULL DEFAULT '')",
    u"CREATE INDEX findings_report ON findings (report_id)",
    u"CREATE TABLE edits (id INTEGER PRIMARY KEY,"
    u" cell_id INTEGER NOT NULL REFERENCES cells(id) ON DELETE CASCADE, old_value TEXT, new_value TEXT,"
    u" edited_at TEXT NOT NULL)",
    u"CREATE INDEX edits_cell ON edits (cell_id)",
    u"CREATE TABLE sections (report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u" number INTEGER NOT NULL, heading TEXT NOT NULL, span_offset INTEGER NOT NULL, span_length INTEGER NOT NULL)",
    u"CREATE INDEX sections_report ON sections (report_id)",
    u"CREATE TABLE figures (report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u" cell_key TEXT NOT NULL, value TEXT NOT NULL, quote TEXT NOT NULL, span_offset INTEGER NOT NULL,"
    u" span_length INTEGER NOT NULL)",
    u"CREATE INDEX figures_report ON figures (report_id)",
};

// What a user of the first release had in a project: one report, a corrected
// cell with its edit, and reviewed findings, two of them about missing sections.
const char16_t *const version1Data[] = {
    u"INSERT INTO reports (id, file_name, path, content_hash, agency, year, format, text, imported_at)"
    u" VALUES (1, 'old.txt', '/old.txt', 'abc', '旧机关', 2020, '2019', '旧文本', '2023-01-02T03:04:05.000Z')",
    u"INSERT INTO cells (id, report_id, table_key, row_key, column_key, extracted, value, raw, status)"
    u" VALUES (1, 1, 't2', 'procurement', 'amount', '96171.6', '96171.6', '96171.6万元', 'ok'),"
    u"        (2, 1, 't3', 'new', 'total', '3', '4', '3', 'ok')",
    u"INSERT INTO edits (cell_id, old_value, new_value, edited_at) VALUES (2, '3', '4', '2023-02-01T00:00:00.000Z')",
    u"INSERT INTO findings (report_id, check_id, severity, cells, expected, actual, message_zh, message_en, status, note)"
    u" VALUES (1, 'report.sections', 'warning', '[]', '', '', '报告缺少第五部分“存在的主要问题及改进情况”',"
    u"         'Section 5 (“main problems and improvements”) is missing from the report', 'confirmed', '确实缺'),"
    u"        (1, 'report.sections', 'warning', '[]', '', '', '报告缺少第六部分“其他需要报告的事项”',"
    u"         'Section 6 (“other matters to report”) is missing from the report', 'dismissed', ''),"
    u"        (1, 't3.balance', 'error', '[\"t3/new/total\"]', '5', '4', '不平', 'unbalanced', 'corrected', '')",
    u"INSERT INTO sections (report_id, number, heading, span_offset, span_length) VALUES (1, 1, '一、总体情况', 0, 6)",
    u"INSERT INTO figures (report_id, cell_key, value, quote, span_offset, span_length)"
    u" VALUES (1, 't3/new/total', '1', '收到1件', 7, 4)",
};

// What version 5 stored for findings whose message quoted something: the
// message (named by keys) but not the quote on its own. Added before 5 -> 6.
const char16_t *const version5Quotes[] = {
    u"UPDATE reports SET t2_format = '2019', t3_format = '2021' WHERE id = 1",
    u"INSERT INTO cells (id, report_id, table_key, row_key, column_key, extracted, value, raw, status, candidates)"
    u" VALUES (3, 1, 't4', 'review', 'total', NULL, NULL, '—', 'text', '[]'),"
    u"        (4, 1, 't4', 'review', 'other', NULL, NULL, '210', 'ambiguous', '[\"2|10\",\"21|0\"]'),"
    u"        (5, 1, 't4', 'review', 'upheld', '12', '12', '', 'inferred', '[\"12|0|0|0|12\"]'),"
    u"        (6, 1, 't4', 'review', 'pending', '10', '10', '10余', 'approximate', '[]'),"
    u"        (7, 1, 't4', 'review', 'corrected', '1', '1', '１', 'inferred', '[]')",
    u"INSERT INTO figures (report_id, cell_key, value, quote, span_offset, span_length)"
    u" VALUES (1, 't3/new/total', '2', '受理2件', 9, 4)",
    u"INSERT INTO findings (report_id, check_id, severity, cells, expected, actual, message_zh, message_en)"
    u" VALUES (1, 'cell.text', 'warning', '[\"t4/review/total\"]', '', '', '单元格 t4/review/total 不是数字而是“—”',"
    u"         'Cell t4/review/total holds no number but “—”'),"
    u"        (1, 'cell.ambiguous', 'error', '[\"t4/review/other\"]', '', '', 'zh', 'en'),"
    u"        (1, 'cell.inferred', 'info', '[\"t4/review/upheld\"]', '', '12', 'zh', 'en'),"
    u"        (1, 'cell.approximate', 'warning', '[\"t4/review/pending\"]', '', '10', 'zh', 'en'),"
    u"        (1, 'cell.inferred', 'info', '[\"t4/review/corrected\"]', '', '1', 'zh', 'en'),"
    u"        (1, 'text.table', 'warning', '[\"t3/new/total\"]', '2', '4', 'zh', 'en'),"
    u"        (1, 'format.shape', 'warning', '[]', '', '', '表二为 2019 格式，表三为 2021 格式',"
    u"         'Table 2 is in the 2019 format but table 3 in the 2021 format')",
};

/// One value of a query, as text; "(error)" when the query fails or returns nothing.
QString scalar(const RawConnection &raw, const QString &sql)
{
    QSqlQuery query(raw.db());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("(error)");
    return query.value(0).toString();
}

/// The cells the partial index of corrected cells holds (value IS NOT extracted).
QString correctedCells(const RawConnection &raw)
{
    return scalar(raw, QStringLiteral("SELECT COUNT(*) FROM cells INDEXED BY cells_corrected"
                                      " WHERE value IS NOT extracted"));
}

/// Whether the connection enforces foreign keys, and how many rows point at nothing.
QString foreignKeys(const RawConnection &raw)
{
    return u"foreign_keys=" + scalar(raw, QStringLiteral("PRAGMA foreign_keys")) + u" dangling="
        + scalar(raw, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
}

/// Row counts of every table of version 1: what no migration may lose.
QString rowCounts(const RawConnection &raw)
{
    QStringList counts;
    for (const char *table : {"reports", "cells", "findings", "edits", "sections", "figures"})
        counts.append(scalar(raw, u"SELECT count(*) FROM " + QLatin1String(table)));
    return counts.join(u' ');
}

} // namespace

class TestSqliteMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void stepByStepKeepsData();
    void storeOpensVersion1();
    void failedStepLeavesLastGoodVersion();
    void newerFileIsRefusedUntouched();

private:
    /// Writes the hand-made version 1 file with its data at m_path.
    void writeVersion1();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSqliteMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("project.sqlite"));
}

void TestSqliteMigrations::writeVersion1()
{
    RawConnection raw(m_path);
    for (const char16_t *statement : version1Schema)
        QVERIFY(raw.exec(QString::fromUtf16(statement)));
    for (const char16_t *statement : version1Data)
        QVERIFY(raw.exec(QString::fromUtf16(statement)));
}

void TestSqliteMigrations::stepByStepKeepsData()
{
    writeVersion1();
    RawConnection raw(m_path);
    QSqlDatabase db = raw.db();
    QSqlError error;
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 1);
    const QString counts = rowCounts(raw);
    QCOMPARE(counts, QStringLiteral("1 2 3 1 1 1"));
    QCOMPARE(SqliteMigrations::latestVersion(), 8);

    // 1 -> 2: cells get a unit column, reports get lookup indexes.
    QVERIFY2(SqliteMigrations::migrate(db, 1, 2, &error), qPrintable(error.text()));
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 2);
    QCOMPARE(rowCounts(raw), counts);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(unit, '|') FROM cells")), QStringLiteral("|"));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                        " AND name IN ('reports_file_name', 'reports_content_hash', 'reports_supersedes')")),
             QStringLiteral("3"));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT value FROM cells WHERE id = 2")), QStringLiteral("4"));

    // 2 -> 3: missing-section findings get the section's number, the others stay as they were.
    QVERIFY2(SqliteMigrations::migrate(db, 2, 3, &error), qPrintable(error.text()));
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 3);
    QCOMPARE(rowCounts(raw), counts);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(check_id || '=' || expected || '/' || status, ' ')"
                                        " FROM (SELECT * FROM findings ORDER BY id)")),
             QStringLiteral("report.sections=5/confirmed report.sections=6/dismissed t3.balance=5/corrected"));

    // 3 -> 4: the lookup of an agency's report for a year gets an index; no row changes.
    QVERIFY2(SqliteMigrations::migrate(db, 3, 4, &error), qPrintable(error.text()));
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 4);
    QCOMPARE(rowCounts(raw), counts);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'reports_agency_year'")),
             QStringLiteral("CREATE INDEX reports_agency_year ON reports (agency, year)"));

    // 4 -> 5: partial indexes over the open findings and the corrected cells; no row changes.
    QVERIFY2(SqliteMigrations::migrate(db, 4, 5, &error), qPrintable(error.text()));
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 5);
    QCOMPARE(rowCounts(raw), counts);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master"
                                        " WHERE name IN ('findings_open', 'cells_corrected') ORDER BY name)")),
             QStringLiteral("cells_corrected findings_open"));
    // The corrected cell (value 4, extracted 3) is in its index, the others not.
    QCOMPARE(correctedCells(raw), QStringLiteral("1"));

    // 5 -> 6: messages are made when shown; what they quoted gets its own column, taken
    // from the cells and figures quoted, and the message columns go.
    for (const char16_t *statement : version5Quotes)
        QVERIFY(raw.exec(QString::fromUtf16(statement)));
    const QString counts5 = rowCounts(raw);
    QCOMPARE(counts5, QStringLiteral("1 7 10 1 1 2"));
    QVERIFY2(SqliteMigrations::migrate(db, 5, 6, &error), qPrintable(error.text()));
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 6);
    QCOMPARE(rowCounts(raw), counts5);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(name, ' ') FROM pragma_table_info('findings')")),
             QStringLiteral("id report_id check_id severity cells expected actual status note detail"));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(check_id || '=' || detail || '=' || expected || '='"
                                        " || actual, ' | ') FROM (SELECT * FROM findings ORDER BY id)")),
             QString::fromUtf16(u"report.sections==5= | report.sections==6= | t3.balance==5=4"
                                u" | cell.text=—== | cell.ambiguous=2|10; 21|0== | cell.inferred=12|0|0|0|12==12"
                                u" | cell.approximate=10余==10 | cell.inferred=１==1 | text.table=受理2件=2=4"
                                u" | format.shape==2019=2021"));
    // The reviews stay: statuses and notes are untouched.
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(status || ':' || note, ' ') FROM"
                                        " (SELECT * FROM findings WHERE note <> '' OR status <> 'open' ORDER BY id)")),
             QString::fromUtf16(u"confirmed:确实缺 dismissed: corrected:"));

    // 6 -> 7: cells name their key by its id in cell_keys; ids, values and the edit stay. With
    // foreign keys on, as the store has them: dropping the old table must not take the edit along.
    QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const QString cellsBefore = scalar(raw, QStringLiteral(
        "SELECT group_concat(id || ':' || table_key || '/' || row_key || '/' || column_key || '='"
        " || coalesce(value, '-') || ',' || status || ',' || raw || ',' || candidates, ' ')"
        " FROM (SELECT * FROM cells ORDER BY id)"));
    QVERIFY2(SqliteMigrations::migrate(db, 6, 7, &error), qPrintable(error.text()));
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 7);
    QCOMPARE(rowCounts(raw), counts5);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(name, ' ') FROM pragma_table_info('cells')")),
             QStringLiteral("id report_id key_id extracted value raw unit status span_offset span_length candidates"));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM cell_keys")), QStringLiteral("7"));
    QCOMPARE(scalar(raw, QStringLiteral(
                 "SELECT group_concat(id || ':' || table_key || '/' || row_key || '/' || column_key || '='"
                 " || coalesce(value, '-') || ',' || status || ',' || raw || ',' || candidates, ' ')"
                 " FROM (SELECT * FROM cell_values ORDER BY id)")),
             cellsBefore);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT k.table_key || '/' || k.row_key || '/' || k.column_key || ' '"
                                        " || e.old_value || '->' || e.new_value FROM edits e"
                                        " JOIN cells c ON c.id = e.cell_id JOIN cell_keys k ON k.id = c.key_id")),
             QStringLiteral("t3/new/total 3->4"));
    QCOMPARE(correctedCells(raw), QStringLiteral("1"));
    QCOMPARE(foreignKeys(raw), QStringLiteral("foreign_keys=1 dangling=0"));

    // 7 -> 8: cells are keyed by (report_id, key_id), without a row id; the edit names its cell
    // the same way. Values, statuses, texts and the edit stay; foreign keys on again.
    const QString everyCellValue = QStringLiteral(
        "SELECT group_concat(report_id || ':' || table_key || '/' || row_key || '/' || column_key || '='"
        " || coalesce(extracted, '-') || '>' || coalesce(value, '-') || ',' || status || ',' || raw || ','"
        " || unit || ',' || span_offset || '+' || span_length || ',' || candidates, ' ')"
        " FROM (SELECT * FROM cell_values ORDER BY report_id, table_key, row_key, column_key)");
    const QString valuesBefore = scalar(raw, everyCellValue);
    QVERIFY2(SqliteMigrations::migrate(db, 7, 8, &error), qPrintable(error.text()));
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 8);
    QCOMPARE(rowCounts(raw), counts5);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(name, ' ') FROM pragma_table_info('cells')")),
             QStringLiteral("report_id key_id extracted value raw unit status span_offset span_length candidates"));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT group_concat(name, ' ') FROM pragma_table_info('cells') WHERE pk > 0")),
             QStringLiteral("report_id key_id"));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE name = 'cells'")),
             QStringLiteral("1"));
    QCOMPARE(scalar(raw, everyCellValue), valuesBefore);
    QCOMPARE(scalar(raw, QStringLiteral("SELECT e.id || ' ' || e.report_id || ' ' || k.table_key || '/' || k.row_key"
                                        " || '/' || k.column_key || ' ' || e.old_value || '->' || e.new_value"
                                        " || ' ' || e.edited_at FROM edits e JOIN cell_keys k ON k.id = e.key_id")),
             QStringLiteral("1 1 t3/new/total 3->4 2023-02-01T00:00:00.000Z"));
    QCOMPARE(correctedCells(raw), QStringLiteral("1"));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v8'")),
             QStringLiteral("0"));
    QCOMPARE(foreignKeys(raw), QStringLiteral("foreign_keys=1 dangling=0"));
    // The edit's foreign key now points at the renamed table, and deleting the report takes
    // its cells and their edits along.
    QCOMPARE(scalar(raw, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('edits')")),
             QStringLiteral("cells"));
    QVERIFY(raw.exec(QStringLiteral("DELETE FROM reports WHERE id = 1")));
    QCOMPARE(scalar(raw, QStringLiteral("SELECT (SELECT count(*) FROM cells) || ' ' || (SELECT count(*) FROM edits)")),
             QStringLiteral("0 0"));
}

void TestSqliteMigrations::storeOpensVersion1()
{
    writeVersion1();
    SqliteProjectStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SqliteMigrations::latestVersion());

    // An older project keeps the text encoding it was made with.
    QCOMPARE(scalar(RawConnection(m_path), QStringLiteral("PRAGMA encoding")), QStringLiteral("UTF-8"));

    const auto loaded = store.loadReport(1);
    QVERIFY2(loaded, qPrintable(store.errorString()));
    QCOMPARE(loaded->agency, QStringLiteral("旧机关"));
    const Cell &amount = cellAt(*loaded, QStringLiteral("t2/procurement/amount"));
    QCOMPARE(amount.value->toString(), QStringLiteral("96171.6"));
    QCOMPARE(amount.unit, QString());
    const Cell &total = cellAt(*loaded, QStringLiteral("t3/new/total"));
    QCOMPARE(total.value->toString(), QStringLiteral("4"));
    QCOMPARE(total.extracted->toString(), QStringLiteral("3"));

    // The two section findings were one identity in version 1; now each keeps its own review.
    const auto findings = store.findings(1);
    QVERIFY2(findings, qPrintable(store.errorString()));
    QCOMPARE(findings->size(), std::size_t(3));
    QCOMPARE(findings->at(0).identity(), QStringLiteral("report.sections||5"));
    QCOMPARE(findings->at(1).identity(), QStringLiteral("report.sections||6"));
    QCOMPARE(findings->at(0).status, ReviewStatus::Confirmed);
    QCOMPARE(findings->at(0).note, QStringLiteral("确实缺"));

    // Re-checking produces the same identities, so the reviews are carried, each to its own section.
    Finding five = findings->at(0);
    Finding six = findings->at(1);
    five.status = six.status = ReviewStatus::Open;
    five.note.clear();
    QVERIFY(store.replaceFindings(1, {six, five}));
    const auto replaced = store.findings(1);
    QVERIFY(replaced);
    QCOMPARE(replaced->size(), std::size_t(2));
    QCOMPARE(replaced->at(0).expected, QStringLiteral("6"));
    QCOMPARE(replaced->at(0).status, ReviewStatus::Dismissed);
    QCOMPARE(replaced->at(1).expected, QStringLiteral("5"));
    QCOMPARE(replaced->at(1).status, ReviewStatus::Confirmed);
    QCOMPARE(replaced->at(1).note, QStringLiteral("确实缺"));
}

void TestSqliteMigrations::failedStepLeavesLastGoodVersion()
{
    writeVersion1();
    {
        // An index of the name version 2 creates makes that step fail half-way.
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("CREATE INDEX reports_content_hash ON reports (path)")));
    }
    {
        SqliteProjectStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
    }
    RawConnection raw(m_path);
    QSqlDatabase db = raw.db();
    QSqlError error;
    QCOMPARE(SqliteMigrations::storedVersion(db, &error), 1);
    // The step's first statement (the unit column) was rolled back with the rest.
    QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM pragma_table_info('cells') WHERE name = 'unit'")),
             QStringLiteral("0"));
    QCOMPARE(rowCounts(raw), QStringLiteral("1 2 3 1 1 1"));
}

void TestSqliteMigrations::newerFileIsRefusedUntouched()
{
    writeVersion1();
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(u"UPDATE meta SET value = '" + QString::number(SqliteMigrations::latestVersion() + 1)
                         + u"' WHERE key = 'version'"));
    }
    const QByteArray before = fileBytes(m_path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    SqliteProjectStore store;
    QVERIFY(!store.open(m_path));
    QCOMPARE(store.error(), ProjectStore::Error::NewerVersion);
    QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
    store.close();
    QCOMPARE(fileBytes(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

QTEST_GUILESS_MAIN(TestSqliteMigrations)
#include "test_sqlitemigrations.moc"
