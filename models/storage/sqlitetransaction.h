// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

/**
 * One write transaction on an SQLite connection: BEGIN IMMEDIATE when made,
 * ROLLBACK when destroyed unless commit() succeeded. IMMEDIATE takes the
 * write lock at once, so a locked project fails here, after the busy
 * timeout, and never halfway through a change.
 *
 * Every QSqlQuery that reads must be finished (or destroyed) before commit():
 * SQLite refuses to commit under a pending statement, as "busy".
 */
class SqliteTransaction final
{
public:
    explicit SqliteTransaction(const QSqlDatabase &db);
    ~SqliteTransaction();
    Q_DISABLE_COPY_MOVE(SqliteTransaction)

    bool isActive() const { return m_active; }
    bool commit();
    /// Why BEGIN or COMMIT failed.
    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};
