// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

/**
 * The schema of a project file, as steps from version 0 (an empty file) up.
 * Each step runs in its own transaction together with the version bump, so a
 * file is always at exactly one version. A released step never changes: a
 * change of schema is a new step.
 */
namespace SqliteMigrations {

int latestVersion();

/// The version stored in meta; 0 for a file without tables; -1 when the file
/// has tables but is not a project (no meta), or cannot be read (then *error is
/// set; it carries SQLite's result code in nativeErrorCode()).
int storedVersion(QSqlDatabase &db, QSqlError *error);

/// Applies the steps after `from` up to and including `to`. On failure the
/// failing step is rolled back, the file stays at the last good version, and
/// *error holds the database's error.
bool migrate(QSqlDatabase &db, int from, int to, QSqlError *error);

} // namespace SqliteMigrations
