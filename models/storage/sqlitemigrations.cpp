// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlitemigrations.h"

#include <array>
#include <vector>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "models/storage/sqlitetransaction.h"

namespace {

// Version 1: the tables of the first release.
const std::vector<const char16_t *> version1 = {
    u"CREATE TABLE meta ("
    u"  key TEXT PRIMARY KEY,"
    u"  value TEXT NOT NULL)",
    u"INSERT INTO meta (key, value) VALUES ('application', 'govinfo-review'), ('version', '0')",
    u"CREATE TABLE reports ("
    u"  id INTEGER PRIMARY KEY,"
    u"  file_name TEXT NOT NULL,"
    u"  path TEXT NOT NULL,"
    u"  content_hash TEXT NOT NULL,"
    u"  agency TEXT NOT NULL DEFAULT '',"
    u"  year INTEGER NOT NULL DEFAULT 0,"
    u"  format TEXT NOT NULL,"
    u"  t2_format TEXT NOT NULL DEFAULT '',"
    u"  t3_format TEXT NOT NULL DEFAULT '',"
    u"  encoding TEXT NOT NULL DEFAULT '',"
    u"  source_kind TEXT NOT NULL DEFAULT '',"
    u"  text TEXT NOT NULL,"
    u"  notes TEXT NOT NULL DEFAULT '[]',"
    u"  imported_at TEXT NOT NULL,"
    u"  version INTEGER NOT NULL DEFAULT 1,"
    u"  supersedes INTEGER REFERENCES reports(id) ON DELETE SET NULL)",
    u"CREATE TABLE cells ("
    u"  id INTEGER PRIMARY KEY,"
    u"  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u"  table_key TEXT NOT NULL,"
    u"  row_key TEXT NOT NULL,"
    u"  column_key TEXT NOT NULL,"
    u"  extracted TEXT,"
    u"  value TEXT,"
    u"  raw TEXT NOT NULL DEFAULT '',"
    u"  status TEXT NOT NULL,"
    u"  span_offset INTEGER NOT NULL DEFAULT -1,"
    u"  span_length INTEGER NOT NULL DEFAULT 0,"
    u"  candidates TEXT NOT NULL DEFAULT '[]',"
    u"  UNIQUE (report_id, table_key, row_key, column_key))",
    u"CREATE TABLE findings ("
    u"  id INTEGER PRIMARY KEY,"
    u"  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u"  check_id TEXT NOT NULL,"
    u"  severity TEXT NOT NULL,"
    u"  cells TEXT NOT NULL DEFAULT '[]',"
    u"  expected TEXT NOT NULL DEFAULT '',"
    u"  actual TEXT NOT NULL DEFAULT '',"
    u"  message_zh TEXT NOT NULL DEFAULT '',"
    u"  message_en TEXT NOT NULL DEFAULT '',"
    u"  status TEXT NOT NULL DEFAULT 'open'"
    u"    CHECK (status IN ('open', 'confirmed', 'dismissed', 'corrected')),"
    u"  note TEXT NOT NULL DEFAULT '')",
    u"CREATE INDEX findings_report ON findings (report_id)",
    u"CREATE TABLE edits ("
    u"  id INTEGER PRIMARY KEY,"
    u"  cell_id INTEGER NOT NULL REFERENCES cells(id) ON DELETE CASCADE,"
    u"  old_value TEXT,"
    u"  new_value TEXT,"
    u"  edited_at TEXT NOT NULL)",
    u"CREATE INDEX edits_cell ON edits (cell_id)",
    u"CREATE TABLE sections ("
    u"  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u"  number INTEGER NOT NULL,"
    u"  heading TEXT NOT NULL,"
    u"  span_offset INTEGER NOT NULL,"
    u"  span_length INTEGER NOT NULL)",
    u"CREATE INDEX sections_report ON sections (report_id)",
    u"CREATE TABLE figures ("
    u"  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u"  cell_key TEXT NOT NULL,"
    u"  value TEXT NOT NULL,"
    u"  quote TEXT NOT NULL,"
    u"  span_offset INTEGER NOT NULL,"
    u"  span_length INTEGER NOT NULL)",
    u"CREATE INDEX figures_report ON figures (report_id)",
};

// Version 2: the unit written in a cell ("元", "万元") was kept only in the raw
// text; it gets its own column. Lookups by file name and hash on import, and
// the "superseded by" join of the report list, get indexes.
const std::vector<const char16_t *> version2 = {
    u"ALTER TABLE cells ADD COLUMN unit TEXT NOT NULL DEFAULT ''",
    u"CREATE INDEX reports_file_name ON reports (file_name)",
    u"CREATE INDEX reports_content_hash ON reports (content_hash)",
    u"CREATE INDEX reports_supersedes ON reports (supersedes)",
};

// Version 3: a report.sections finding names no cell, so only its expected
// value (the missing section's number) tells it from the other five in
// Finding::identity(). Older files stored it empty; the number is taken from
// the English message ("Section 3 (...) is missing from the report").
const std::vector<const char16_t *> version3 = {
    u"UPDATE findings SET expected = substr(message_en, 9, 1)"
    u" WHERE check_id = 'report.sections' AND expected = '' AND message_en GLOB 'Section [1-6] *'",
};

// Version 4: an import looks up the report of the same agency for the year
// before and after; without an index that read every report, every time.
const std::vector<const char16_t *> version4 = {
    u"CREATE INDEX reports_agency_year ON reports (agency, year)",
};

// Version 5: opening a project counts, per report, its open findings, open
// errors and corrected cells, and the open findings by check: partial
// indexes over just those rows answer it without reading the tables.
const std::vector<const char16_t *> version5 = {
    u"CREATE INDEX findings_open ON findings (report_id, severity, check_id) WHERE status = 'open'",
    u"CREATE INDEX cells_corrected ON cells (report_id) WHERE value IS NOT extracted",
};

// Version 6: a finding's message is made when it is shown (FindingText) from
// its check, cells and numbers and the words it quotes, which get a column of
// their own (detail); the stored messages, which named rows and columns by key,
// go. An older file's details come from what its findings quoted: the cell's
// raw text or candidate splits, the narrative figure's words; a format.shape
// finding gets its report's two formats as expected and actual.
const std::vector<const char16_t *> version6 = {
    u"ALTER TABLE findings ADD COLUMN detail TEXT NOT NULL DEFAULT ''",
    u"UPDATE findings SET detail = coalesce((SELECT c.raw FROM cells c WHERE c.report_id = findings.report_id"
    u"   AND c.table_key || '/' || c.row_key || '/' || c.column_key = json_extract(findings.cells, '$[0]')), '')"
    u" WHERE check_id IN ('cell.text', 'cell.invalid', 'cell.approximate', 'cell.inferred')",
    u"UPDATE findings SET detail = coalesce((SELECT group_concat(value, '; ') FROM (SELECT j.value AS value"
    u"   FROM cells c, json_each(c.candidates) j WHERE c.report_id = findings.report_id"
    u"   AND c.table_key || '/' || c.row_key || '/' || c.column_key = json_extract(findings.cells, '$[0]')"
    u"   ORDER BY j.key)), '')"
    u" WHERE check_id = 'cell.ambiguous' OR (check_id = 'cell.inferred' AND detail = '')",
    u"UPDATE findings SET detail = coalesce((SELECT f.quote FROM figures f WHERE f.report_id = findings.report_id"
    u"   AND f.cell_key = json_extract(findings.cells, '$[0]') AND f.value = findings.expected"
    u"   ORDER BY f.rowid LIMIT 1), '')"
    u" WHERE check_id = 'text.table'",
    u"UPDATE findings SET expected = (SELECT r.t2_format FROM reports r WHERE r.id = findings.report_id),"
    u" actual = (SELECT r.t3_format FROM reports r WHERE r.id = findings.report_id)"
    u" WHERE check_id = 'format.shape'",
    u"ALTER TABLE findings DROP COLUMN message_zh",
    u"ALTER TABLE findings DROP COLUMN message_en",
};

// Version 7: a cell names its key by number (cell_keys) instead of three texts. Ten
// thousand reports are two million cells: their keys, in every row and again in the
// UNIQUE index, were two thirds of the cells' pages (292 of 426 MB). The rows are
// copied with their ids (edits point at them), the old table is dropped with foreign
// keys off (migrate() sees to it: on, dropping it would delete every edit), and the view
// cell_values shows the cells with their keys as before, for whoever reads the file.
const std::vector<const char16_t *> version7 = {
    u"CREATE TABLE cell_keys ("
    u"  id INTEGER PRIMARY KEY,"
    u"  table_key TEXT NOT NULL,"
    u"  row_key TEXT NOT NULL,"
    u"  column_key TEXT NOT NULL,"
    u"  UNIQUE (table_key, row_key, column_key))",
    u"INSERT INTO cell_keys (table_key, row_key, column_key)"
    u" SELECT DISTINCT table_key, row_key, column_key FROM cells ORDER BY table_key, row_key, column_key",
    u"CREATE TABLE cells_v7 ("
    u"  id INTEGER PRIMARY KEY,"
    u"  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u"  key_id INTEGER NOT NULL REFERENCES cell_keys(id),"
    u"  extracted TEXT,"
    u"  value TEXT,"
    u"  raw TEXT NOT NULL DEFAULT '',"
    u"  unit TEXT NOT NULL DEFAULT '',"
    u"  status TEXT NOT NULL,"
    u"  span_offset INTEGER NOT NULL DEFAULT -1,"
    u"  span_length INTEGER NOT NULL DEFAULT 0,"
    u"  candidates TEXT NOT NULL DEFAULT '[]',"
    u"  UNIQUE (report_id, key_id))",
    u"INSERT INTO cells_v7 (id, report_id, key_id, extracted, value, raw, unit, status, span_offset, span_length,"
    u"  candidates)"
    u" SELECT c.id, c.report_id, k.id, c.extracted, c.value, c.raw, c.unit, c.status, c.span_offset,"
    u"  c.span_length, c.candidates FROM cells c JOIN cell_keys k"
    u"  ON k.table_key = c.table_key AND k.row_key = c.row_key AND k.column_key = c.column_key ORDER BY c.id",
    u"DROP TABLE cells",
    u"ALTER TABLE cells_v7 RENAME TO cells",
    u"CREATE INDEX cells_corrected ON cells (report_id) WHERE value IS NOT extracted",
    u"CREATE VIEW cell_values AS SELECT c.id, c.report_id, k.table_key, k.row_key, k.column_key, c.extracted,"
    u" c.value, c.raw, c.unit, c.status, c.span_offset, c.span_length, c.candidates"
    u" FROM cells c JOIN cell_keys k ON k.id = c.key_id",
};

// Version 8: a cell is named by its report and key alone, its table keyed by them (WITHOUT
// ROWID). With a row id besides, every cell was stored twice over: in the table and in its
// UNIQUE (report_id, key_id) index, whose uniqueness was looked up again for each row
// inserted (callgrind, storing the cells of 300 reports: 502 M instructions before, 434 M
// after; 10,000 reports: a file of 257 MB before, 230 MB after). An edit names its cell the
// same way. The rows are copied, edits joined to their cells; the view loses the id it showed.
const std::vector<const char16_t *> version8 = {
    u"CREATE TABLE cells_v8 ("
    u"  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    u"  key_id INTEGER NOT NULL REFERENCES cell_keys(id),"
    u"  extracted TEXT,"
    u"  value TEXT,"
    u"  raw TEXT NOT NULL DEFAULT '',"
    u"  unit TEXT NOT NULL DEFAULT '',"
    u"  status TEXT NOT NULL,"
    u"  span_offset INTEGER NOT NULL DEFAULT -1,"
    u"  span_length INTEGER NOT NULL DEFAULT 0,"
    u"  candidates TEXT NOT NULL DEFAULT '[]',"
    u"  PRIMARY KEY (report_id, key_id)) WITHOUT ROWID",
    u"INSERT INTO cells_v8 (report_id, key_id, extracted, value, raw, unit, status, span_offset, span_length,"
    u"  candidates)"
    u" SELECT report_id, key_id, extracted, value, raw, unit, status, span_offset, span_length, candidates"
    u" FROM cells ORDER BY report_id, key_id",
    u"CREATE TABLE edits_v8 ("
    u"  id INTEGER PRIMARY KEY,"
    u"  report_id INTEGER NOT NULL,"
    u"  key_id INTEGER NOT NULL,"
    u"  old_value TEXT,"
    u"  new_value TEXT,"
    u"  edited_at TEXT NOT NULL,"
    u"  FOREIGN KEY (report_id, key_id) REFERENCES cells_v8 (report_id, key_id) ON DELETE CASCADE)",
    u"INSERT INTO edits_v8 (id, report_id, key_id, old_value, new_value, edited_at)"
    u" SELECT e.id, c.report_id, c.key_id, e.old_value, e.new_value, e.edited_at"
    u" FROM edits e JOIN cells c ON c.id = e.cell_id ORDER BY e.id",
    u"DROP VIEW cell_values",
    u"DROP TABLE edits",
    u"DROP TABLE cells",
    u"ALTER TABLE cells_v8 RENAME TO cells",
    u"ALTER TABLE edits_v8 RENAME TO edits",
    u"CREATE INDEX edits_cell ON edits (report_id, key_id)",
    u"CREATE INDEX cells_corrected ON cells (report_id) WHERE value IS NOT extracted",
    u"CREATE VIEW cell_values AS SELECT c.report_id, k.table_key, k.row_key, k.column_key, c.extracted,"
    u" c.value, c.raw, c.unit, c.status, c.span_offset, c.span_length, c.candidates"
    u" FROM cells c JOIN cell_keys k ON k.id = c.key_id",
};

const std::array<const std::vector<const char16_t *> *, 8> steps = {&version1, &version2, &version3, &version4,
                                                                    &version5, &version6, &version7, &version8};

bool exec(QSqlQuery &query, const QString &sql, QSqlError *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

bool migrateSteps(QSqlDatabase &db, int from, int to, QSqlError *error)
{
    for (int version = from + 1; version <= to; ++version) {
        SqliteTransaction transaction(db);
        if (!transaction.isActive()) {
            *error = transaction.lastError();
            return false;
        }
        QSqlQuery query(db);
        for (const char16_t *statement : *steps[std::size_t(version - 1)]) {
            if (!exec(query, QString::fromUtf16(statement), error))
                return false;
        }
        query.prepare(QStringLiteral("UPDATE meta SET value = :version WHERE key = 'version'"));
        query.bindValue(QStringLiteral(":version"), QString::number(version));
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        query.finish();
        if (!exec(query, QStringLiteral("PRAGMA foreign_key_check"), error))
            return false;
        if (query.next()) {
            *error = QSqlError(QString(), QStringLiteral("schema version %1 leaves a row of %2 pointing at nothing")
                                              .arg(version)
                                              .arg(query.value(0).toString()),
                               QSqlError::StatementError);
            return false;
        }
        query.finish();
        if (!transaction.commit()) {
            *error = transaction.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

namespace SqliteMigrations {

int latestVersion()
{
    return int(steps.size());
}

int storedVersion(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        *error = query.lastError();
        return -1;
    }
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(u"meta"))
        return -1;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    return ok ? version : -1;
}

bool migrate(QSqlDatabase &db, int from, int to, QSqlError *error)
{
    // A step may rebuild a table (versions 7 and 8): with foreign keys on, dropping the old one
    // would delete the rows that point at it. Off for the steps (a pragma a transaction
    // ignores), each step checked before it commits, and as they were afterwards.
    QSqlQuery pragma(db);
    if (!exec(pragma, QStringLiteral("PRAGMA foreign_keys"), error) || !pragma.next()) {
        *error = pragma.lastError();
        return false;
    }
    const bool foreignKeys = pragma.value(0).toInt() != 0;
    pragma.finish();
    if (foreignKeys && !exec(pragma, QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    const bool migrated = migrateSteps(db, from, to, error);
    if (foreignKeys && !exec(pragma, QStringLiteral("PRAGMA foreign_keys = ON"), migrated ? error : nullptr))
        return false;
    return migrated;
}

} // namespace SqliteMigrations
