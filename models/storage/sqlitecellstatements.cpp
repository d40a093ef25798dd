// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlitecellstatements.h"

#include <sqlite3.h>

#include <QSqlDatabase>
#include <QVariant>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/storage/sqliterows.h"
#include "models/storage/sqlitetransaction.h"

namespace {

// One column order for every read; each content reads a prefix of it. The table is keyed by
// (report_id, key_id): a report's cells are one run of it, in the order of their keys.
#define GOVINFO_CELLS_OF_REPORT " FROM cells WHERE report_id = ?1"
constexpr const char *readValuesSql = "SELECT key_id, extracted, value, status" GOVINFO_CELLS_OF_REPORT;
constexpr const char *readCellsSql =
    "SELECT key_id, extracted, value, status, raw, unit, candidates" GOVINFO_CELLS_OF_REPORT;
constexpr const char *readEverythingSql = "SELECT key_id, extracted, value, status, raw, unit, candidates,"
                                          " span_offset, span_length" GOVINFO_CELLS_OF_REPORT;
#undef GOVINFO_CELLS_OF_REPORT
enum ReadColumn { KeyId, Extracted, Value, Status, Raw, Unit, Candidates, SpanOffset, SpanLength };

/// A text column as a QString that borrows SQLite's buffer: valid until the next step.
QString borrowed(sqlite3_stmt *statement, int column)
{
    const auto *text = static_cast<const QChar *>(sqlite3_column_text16(statement, column));
    return QString::fromRawData(text, sqlite3_column_bytes16(statement, column) / int(sizeof(QChar)));
}

QString copied(sqlite3_stmt *statement, int column)
{
    const auto *text = static_cast<const QChar *>(sqlite3_column_text16(statement, column));
    return QString(text, sqlite3_column_bytes16(statement, column) / int(sizeof(QChar)));
}

std::optional<Decimal> decimalAt(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return std::nullopt;
    return Decimal::fromString(borrowed(statement, column));
}

} // namespace

SqliteCellStatements::~SqliteCellStatements()
{
    reset();
}

bool SqliteCellStatements::attach(const QSqlDatabase &db)
{
    reset();
    m_db = sqliteHandle(db);
    return m_db != nullptr;
}

void SqliteCellStatements::reset()
{
    m_insert.reset();
    for (sqlite3_stmt **statement : {&m_readValues, &m_readCells, &m_readEverything}) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
    }
    m_keyIdOf.clear();
    m_schemaKeys.clear();
    m_db = nullptr;
}

bool SqliteCellStatements::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail();
}

bool SqliteCellStatements::loadKeys()
{
    m_keyIdOf.clear();
    m_schemaKeys.clear();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT id, table_key, row_key, column_key FROM cell_keys", -1, &statement,
                           nullptr)
        != SQLITE_OK)
        return fail();
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        const CellAddress address{copied(statement, 1), copied(statement, 2), copied(statement, 3)};
        m_keyIdOf.insert(address.key(), sqlite3_column_int64(statement, 0));
    }
    sqlite3_finalize(statement);
    return stepped == SQLITE_DONE || fail();
}

bool SqliteCellStatements::registerKeys()
{
    if (!m_db)
        return fail();
    if (!loadKeys())
        return false;
    std::vector<const CellAddress *> missing;
    const ReportSchema &schemas = ReportSchema::instance();
    for (const QString &id : schemas.formatIds()) {
        const FormatSchema *schema = schemas.format(id);
        for (int i = 0; schema && i < schema->cellCount(); ++i) {
            if (!m_keyIdOf.contains(schema->address(i).key()))
                missing.push_back(&schema->address(i));
        }
    }
    if (missing.empty())
        return true; // as always but the first time: nothing written, a read-only project opens
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    sqlite3_stmt *statement = nullptr;
    bool ok = sqlite3_prepare_v2(m_db,
                                 "INSERT OR IGNORE INTO cell_keys (table_key, row_key, column_key) VALUES (?1, ?2, ?3)",
                                 -1, &statement, nullptr)
        == SQLITE_OK;
    for (std::size_t i = 0; ok && i < missing.size(); ++i) {
        sqliteBindText(statement, 1, missing[i]->table);
        sqliteBindText(statement, 2, missing[i]->row);
        sqliteBindText(statement, 3, missing[i]->column);
        ok = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
    }
    if (!ok)
        fail(); // before the rollback, which would replace SQLite's error
    sqlite3_finalize(statement);
    if (!ok) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return exec("COMMIT") && loadKeys();
}

const SqliteCellStatements::KeyIds *SqliteCellStatements::keyIds(const FormatSchema &schema)
{
    const auto found = m_schemaKeys.find(&schema);
    if (found != m_schemaKeys.end())
        return &found->second;
    KeyIds ids;
    for (int i = 0; i < schema.cellCount(); ++i) {
        const QString key = schema.address(i).key();
        const qint64 id = m_keyIdOf.value(key, -1);
        if (id < 0) {
            fail(QStringLiteral("the cell key %1 is not in the project's cell_keys").arg(key));
            return nullptr;
        }
        ids.ofIndex.push_back(id);
        ids.indexOf.insert(id, i);
    }
    return &m_schemaKeys.emplace(&schema, std::move(ids)).first->second;
}

bool SqliteCellStatements::fail()
{
    m_error = sqliteLastError(m_db);
    return false;
}

bool SqliteCellStatements::fail(const QString &message)
{
    m_error = QSqlError(QString(), message, QSqlError::StatementError);
    return false;
}

sqlite3_stmt *SqliteCellStatements::prepared(sqlite3_stmt *&slot, const char *sql)
{
    if (!slot && m_db && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &slot, nullptr) != SQLITE_OK)
        slot = nullptr;
    return slot;
}

bool SqliteCellStatements::insert(qint64 reportId, const FormatSchema &schema, const std::vector<Cell> &cells)
{
    const KeyIds *ids = keyIds(schema);
    if (!ids)
        return false;
    const auto bindCell = [&](SqliteBulkInsert::Row &row, std::size_t index) {
        const Cell &cell = cells[index];
        row.integer(reportId);
        row.integer(ids->ofIndex[index]);
        if (cell.extracted)
            row.madeText(cell.extracted->toString());
        else
            row.null();
        if (cell.value)
            row.madeText(cell.value->toString());
        else
            row.null();
        row.text(cell.raw);
        row.text(cell.unit);
        row.madeText(cellStatusName(cell.status));
        row.integer(cell.span.offset);
        row.integer(cell.span.length);
        row.madeText(SqliteRows::fromList(cell.candidates));
    };
    if (m_insert.insert(m_db, std::size_t(schema.cellCount()), bindCell))
        return true;
    m_error = m_insert.lastError();
    return false;
}

bool SqliteCellStatements::read(qint64 reportId, const FormatSchema &schema, ProjectStore::Content content,
                                std::vector<Cell> &cells)
{
    using Content = ProjectStore::Content;
    const KeyIds *ids = keyIds(schema);
    if (!ids)
        return false;
    sqlite3_stmt *statement = content == Content::Values ? prepared(m_readValues, readValuesSql)
                              : content == Content::Cells ? prepared(m_readCells, readCellsSql)
                                                          : prepared(m_readEverything, readEverythingSql);
    if (!statement)
        return fail();
    cells.assign(std::size_t(schema.cellCount()), Cell());
    sqlite3_bind_int64(statement, 1, reportId);
    int next = 0;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 keyId = sqlite3_column_int64(statement, KeyId);
        // Usually the next key of the schema: rows come in the order of their key ids, which a
        // project registers in the schema's order. Otherwise (keys registered in another order, of
        // another schema version, rows missing) looked up.
        int index = -1;
        if (next < schema.cellCount() && ids->ofIndex[std::size_t(next)] == keyId) {
            index = next++;
        } else {
            index = ids->indexOf.value(keyId, -1);
            if (index < 0)
                continue; // a key this version of the schema no longer has
            next = index + 1;
        }
        Cell &cell = cells[std::size_t(index)];
        cell.extracted = decimalAt(statement, Extracted);
        cell.value = decimalAt(statement, Value);
        cell.status = cellStatusFromName(borrowed(statement, Status)).value_or(CellStatus::Missing);
        if (content == Content::Values)
            continue;
        cell.raw = copied(statement, Raw);
        cell.unit = copied(statement, Unit);
        if (sqlite3_column_bytes16(statement, Candidates) > 2 * int(sizeof(QChar)))
            cell.candidates = SqliteRows::toList(borrowed(statement, Candidates));
        if (content == Content::Everything)
            cell.span = {sqlite3_column_int64(statement, SpanOffset), sqlite3_column_int64(statement, SpanLength)};
    }
    sqlite3_reset(statement);
    return stepped == SQLITE_DONE || fail();
}
