// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/rawconnection.h"

#include <atomic>

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

RawConnection::RawConnection(const QString &path)
{
    static std::atomic_int next{0};
    m_name = u"raw-connection-" + QString::number(next++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        qWarning() << path << db.lastError().text();
}

RawConnection::~RawConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql) const
{
    QSqlQuery query(db());
    const bool ok = query.exec(sql);
    if (!ok)
        qWarning() << sql << query.lastError().text();
    return ok;
}
