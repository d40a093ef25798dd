// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlitetransaction.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

SqliteTransaction::SqliteTransaction(const QSqlDatabase &db)
    : SqliteTransaction(db, nullptr)
{
}

SqliteTransaction::SqliteTransaction(const QSqlDatabase &db, bool *batchLost)
    : m_db(db)
    , m_batchLost(batchLost)
{
    if (m_batchLost && !isOpen(m_db) && !exec("BEGIN IMMEDIATE"))
        return;
    m_savepoint = isOpen(m_db);
    m_active = exec(m_savepoint ? "SAVEPOINT write" : "BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_active)
        return;
    if (!m_savepoint) {
        exec("ROLLBACK");
        return;
    }
    // Undone and forgotten; the transaction it is in goes on, unless SQLite
    // has already rolled all of it back.
    if (exec("ROLLBACK TO write"))
        exec("RELEASE write");
    if (m_batchLost && !isOpen(m_db))
        *m_batchLost = true;
}

bool SqliteTransaction::commit()
{
    if (!exec(m_savepoint ? "RELEASE write" : "COMMIT"))
        return false; // still active: the destructor undoes it
    m_active = false;
    return true;
}

bool SqliteTransaction::exec(const char *sql)
{
    // SQLite's own call: each report of an import is a savepoint, and through
    // QSqlQuery (a query, its prepare and result) SAVEPOINT and RELEASE cost
    // about 36,000 instructions each (callgrind).
    sqlite3 *connection = sqliteHandle(m_db);
    if (connection && sqlite3_exec(connection, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_error = sqliteLastError(connection);
    return false;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError sqliteLastError(sqlite3 *db)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_MISUSE;
    const QString message = db ? QString::fromUtf16(static_cast<const char16_t *>(sqlite3_errmsg16(db)))
                               : QStringLiteral("no SQLite connection");
    return QSqlError(QString(), message, QSqlError::StatementError, QString::number(code));
}

bool SqliteTransaction::isOpen(const QSqlDatabase &db)
{
    sqlite3 *connection = sqliteHandle(db);
    return connection && !sqlite3_get_autocommit(connection);
}

bool SqliteTransaction::commitOpen(const QSqlDatabase &db, QSqlError *error)
{
    if (!isOpen(db))
        return true;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("COMMIT")))
        return true;
    *error = query.lastError();
    if (isOpen(db))
        query.exec(QStringLiteral("ROLLBACK"));
    return false;
}
