// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/projectstore.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

/** Why a project file cannot be used, in words that name the file and say what to do. */
struct ProjectProblem
{
    ProjectStore::Error kind = ProjectStore::Error::None;
    QString message;

    bool isProblem() const { return kind != ProjectStore::Error::None; }
};

/**
 * What the SQLite project store knows about files: the checks made before
 * SQLite may touch a file, and SQLite's result codes turned into messages.
 */
class SqliteProjectFile final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteProjectFile)

public:
    /// Refuses, without writing, a folder, a file that is not SQLite, a file
    /// marked read-only (even for root) and a folder where SQLite cannot keep
    /// its journal. A missing file is fine when its folder can be written.
    static ProjectProblem checkBeforeOpening(const QString &path);
    /// Busy/locked, read-only, not a database, damaged, disk full, or the database's own text.
    static ProjectProblem describe(const QSqlError &error, const QString &path);
};
