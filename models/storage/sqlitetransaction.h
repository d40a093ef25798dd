// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;

/// The SQLite handle under a QSQLITE connection; nullptr for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
/// The error of the last failed call on db, with SQLite's extended code as its native code.
QSqlError sqliteLastError(sqlite3 *db);

/**
 * One write on an SQLite connection, all or nothing: made, it begins;
 * destroyed before commit() succeeded, it is undone.
 *
 * On its own it is a transaction: BEGIN IMMEDIATE, which takes the write
 * lock at once, so a locked project fails here, after the busy timeout, and
 * never halfway through a change. Inside a transaction already open on the
 * connection (a batch, see below) it is a savepoint: undoing it leaves the
 * writes before it as they are.
 *
 * A write of a batch opens the batch's transaction when none is open and
 * leaves it open: commit() keeps the write in it, and SqliteTransaction::
 * commitOpen() commits the batch. When SQLite itself rolls the whole batch
 * back after a write failed (it may, on a full disk or an I/O error),
 * *batchLost becomes true: the writes kept in it are gone.
 *
 * Every QSqlQuery that reads must be finished (or destroyed) before commit():
 * SQLite refuses to commit under a pending statement, as "busy".
 */
class SqliteTransaction final
{
public:
    explicit SqliteTransaction(const QSqlDatabase &db);
    /// A write of a batch (see above).
    SqliteTransaction(const QSqlDatabase &db, bool *batchLost);
    ~SqliteTransaction();
    Q_DISABLE_COPY_MOVE(SqliteTransaction)

    bool isActive() const { return m_active; }
    bool commit();
    /// Why BEGIN or COMMIT failed.
    QSqlError lastError() const { return m_error; }

    /// Whether a transaction is open on the connection.
    static bool isOpen(const QSqlDatabase &db);
    /// Commits the transaction open on the connection (a batch), if any;
    /// rolls it back when the commit fails. false with *error then.
    static bool commitOpen(const QSqlDatabase &db, QSqlError *error);

private:
    bool exec(const char *sql);

    QSqlDatabase m_db;
    QSqlError m_error;
    bool *m_batchLost = nullptr;
    bool m_savepoint = false;
    bool m_active = false;
};
