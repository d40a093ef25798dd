// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlitebulkinsert.h"

#include <sqlite3.h>

#include <algorithm>

#include "models/storage/sqlitetransaction.h"

SqliteBulkInsert::Row::Row(sqlite3_stmt *statement, int firstParameter, std::vector<QString> *made)
    : m_statement(statement)
    , m_parameter(firstParameter)
    , m_made(made)
{
}

void SqliteBulkInsert::Row::integer(qint64 value)
{
    sqlite3_bind_int64(m_statement, m_parameter++, value);
}

int sqliteBindText(sqlite3_stmt *statement, int parameter, const QString &text)
{
    // An empty (or null) QString is '', never NULL: most text columns are NOT NULL.
    static const char16_t empty[] = u"";
    const void *data = text.isEmpty() ? static_cast<const void *>(empty) : static_cast<const void *>(text.constData());
    return sqlite3_bind_text16(statement, parameter, data, int(text.size() * sizeof(QChar)), SQLITE_STATIC);
}

void SqliteBulkInsert::Row::text(const QString &value)
{
    // The caller's string, or one in m_made, outlives the statement's run.
    sqliteBindText(m_statement, m_parameter++, value);
}

void SqliteBulkInsert::Row::madeText(QString value)
{
    // Moving a QString (when the vector grows) keeps its characters where they are.
    m_made->push_back(std::move(value));
    text(m_made->back());
}

void SqliteBulkInsert::Row::null()
{
    sqlite3_bind_null(m_statement, m_parameter++);
}

SqliteBulkInsert::SqliteBulkInsert(std::string table, std::vector<std::string> columns)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
{
}

SqliteBulkInsert::~SqliteBulkInsert()
{
    reset();
}

void SqliteBulkInsert::reset()
{
    for (auto &[rows, statement] : m_statements)
        sqlite3_finalize(statement);
    m_statements.clear();
    m_db = nullptr;
}

sqlite3_stmt *SqliteBulkInsert::statement(int rows)
{
    sqlite3_stmt *&slot = m_statements[rows];
    if (slot)
        return slot;
    std::string names;
    std::string parameters;
    for (const std::string &column : m_columns) {
        names += names.empty() ? column : ", " + column;
        parameters += parameters.empty() ? "?" : ",?";
    }
    std::string sql = "INSERT INTO " + m_table + " (" + names + ") VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += (row == 0 ? "(" : ",(") + parameters + ")";
    if (sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &slot, nullptr)
        != SQLITE_OK) {
        m_statements.erase(rows);
        return nullptr;
    }
    return slot;
}

bool SqliteBulkInsert::insert(sqlite3 *db, std::size_t count, const BindRow &bindRow)
{
    if (db != m_db) {
        reset();
        m_db = db;
    }
    if (!m_db)
        return fail();
    const int columns = int(m_columns.size());
    for (std::size_t first = 0; first < count; first += rowsAtOnce) {
        const int rows = int(std::min<std::size_t>(rowsAtOnce, count - first));
        sqlite3_stmt *prepared = statement(rows);
        if (!prepared)
            return fail();
        m_made.clear();
        for (int row = 0; row < rows; ++row) {
            Row binder(prepared, row * columns + 1, &m_made);
            bindRow(binder, first + std::size_t(row));
        }
        const int stepped = sqlite3_step(prepared);
        if (stepped != SQLITE_DONE)
            fail(); // read before the reset: SQLite's message is that of the last call
        sqlite3_reset(prepared);
        if (stepped != SQLITE_DONE)
            return false;
    }
    return true;
}

bool SqliteBulkInsert::fail()
{
    m_error = sqliteLastError(m_db);
    return false;
}
