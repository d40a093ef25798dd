// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

/// Binds text to a parameter without copying it (SQLITE_STATIC: it must outlive the
/// statement's run); an empty or null QString is '', never NULL.
int sqliteBindText(sqlite3_stmt *statement, int parameter, const QString &text);

/**
 * Inserts many rows of one table with a few statements of many rows each,
 * through SQLite's C API on a connection's own handle (so inside its
 * transaction).
 *
 * One statement per row costs twice what the row does: every statement SQLite
 * runs opens a cursor on the table and on each index, and closes them when it
 * halts (callgrind, import of 150 reports: about 10,300 instructions a cell row
 * in sqlite3_step one row at a time, 5,600 fifty at a time). 50 rows of up to
 * 19 columns stay within the 999 parameters of any SQLite build.
 *
 * Statements are prepared on first use, one per number of rows; reset() before
 * the connection closes (SQLite refuses to close one with statements prepared).
 */
class SqliteBulkInsert final
{
public:
    static constexpr int rowsAtOnce = 50;

    /// Binds the columns of one row, in the order of the column list.
    class Row
    {
    public:
        void integer(qint64 value);
        /// A text that outlives the statement's run (a member of the item bound).
        void text(const QString &value);
        /// A text made for this row: kept until the statement has run.
        void madeText(QString value);
        void null();

    private:
        friend class SqliteBulkInsert;
        Row(sqlite3_stmt *statement, int firstParameter, std::vector<QString> *made);
        sqlite3_stmt *m_statement;
        int m_parameter;
        std::vector<QString> *m_made;
    };
    using BindRow = std::function<void(Row &row, std::size_t index)>;

    SqliteBulkInsert(std::string table, std::vector<std::string> columns);
    ~SqliteBulkInsert();
    Q_DISABLE_COPY_MOVE(SqliteBulkInsert)

    /// Inserts rows 0..count-1, each bound by bindRow. false when a statement
    /// failed (lastError() says why); the rows of the failed statement are not there.
    bool insert(sqlite3 *db, std::size_t count, const BindRow &bindRow);
    /// Finalizes the statements (before their connection closes, or for another one).
    void reset();
    /// Why the last insert() failed: SQLite's message, its extended code as the native code.
    QSqlError lastError() const { return m_error; }

private:
    sqlite3_stmt *statement(int rows);
    bool fail();

    std::string m_table;
    std::vector<std::string> m_columns;
    sqlite3 *m_db = nullptr;
    std::unordered_map<int, sqlite3_stmt *> m_statements; ///< by number of rows
    std::vector<QString> m_made;
    QSqlError m_error;
};
