// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * A plain Qt SQL connection to a project file beside the store's, for what
 * tests do behind the store's back: write old schemas, hold locks, look at
 * rows. Each instance has its own connection name; it is removed on destruction.
 */
class RawConnection final
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return db().isOpen(); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    /// Runs one statement; on failure warns with SQLite's message and returns false.
    bool exec(const QString &sql) const;

private:
    QString m_name;
};
