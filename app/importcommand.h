// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class SqliteProjectStore;

/**
 * `govinfo-review import [--db FILE] PATH...`: reads files and folders, checks
 * and stores every report; progress on stderr, a summary on stdout. Exit 0
 * when every file was read, 1 when some could not be (each named with its
 * reason; the others are still imported), 2 for usage errors.
 */
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &arguments);
    /// No command: the bundled sample reports into the default project, then their findings.
    static int runSamples();

private:
    /// reportsPerCommit: see ImportSession::setReportsPerCommit (0: its default).
    static int importPaths(SqliteProjectStore &store, const QStringList &paths, int reportsPerCommit = 0);
};
