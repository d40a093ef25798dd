// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqliteprojectfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace {

// SQLite's primary result codes that deserve their own message.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

} // namespace

ProjectProblem SqliteProjectFile::checkBeforeOpening(const QString &path)
{
    using Error = ProjectStore::Error;
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir()) {
            return {Error::Other,
                    tr("Cannot create the project %1: the folder %2 does not exist.").arg(path, folder.filePath())};
        }
        if (!folder.isWritable()) {
            return {Error::ReadOnly,
                    tr("Cannot create the project %1: the folder %2 cannot be written.").arg(path, folder.filePath())};
        }
        return {};
    }
    if (info.isDir())
        return {Error::NotAProject, tr("%1 is a folder, not a project file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Error::Other, tr("Cannot read the project %1: %2").arg(path, file.errorString())};
    // An empty file is a valid empty SQLite database; anything else must carry
    // SQLite's header, or SQLite would refuse it only after we had written to it.
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayView("SQLite format 3\0", 16)) {
        return {Error::NotAProject,
                tr("%1 is not a GovInfo Review project (it is not an SQLite database). It was left untouched.")
                    .arg(path)};
    }
    // Honour a read-only mark even for root, who could write anyway.
    // (WriteUser is left out: it reflects access(), which always allows root.)
    const QFileDevice::Permissions writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits)) {
        return {Error::ReadOnly,
                tr("The project %1 is read-only: it cannot be changed. Make it writable, or copy it.").arg(path)};
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return {Error::ReadOnly,
                tr("The project %1 cannot be used: its folder cannot be written (SQLite keeps a journal beside it).")
                    .arg(path)};
    }
    return {};
}

ProjectProblem SqliteProjectFile::describe(const QSqlError &error, const QString &path)
{
    using Error = ProjectStore::Error;
    // Extended result codes keep the primary code in the low byte.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return {Error::Locked, tr("The project %1 is locked by another program (or another copy of this one). "
                                  "Close it there and try again; nothing was changed.")
                                   .arg(path)};
    case SqliteReadOnly:
        return {Error::ReadOnly,
                tr("The project %1 cannot be written: it is read-only. Nothing was changed.").arg(path)};
    case SqliteNotADatabase:
        return {Error::NotAProject,
                tr("%1 is not a GovInfo Review project (it is not an SQLite database).").arg(path)};
    case SqliteCorrupt:
        return {Error::Damaged, tr("The project %1 is damaged: %2").arg(path, error.text())};
    case SqliteFull:
        return {Error::DiskFull, tr("The disk is full: the project %1 cannot grow. Nothing was changed.").arg(path)};
    case SqliteCantOpen:
        return {Error::Other, tr("Cannot open the project %1: %2").arg(path, error.text())};
    default:
        return {Error::Other, tr("The project %1 reported an error: %2").arg(path, error.text())};
    }
}
