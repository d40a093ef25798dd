// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class ProjectStore;

/**
 * `govinfo-review check [--db FILE] [--all]`: lists the findings of the
 * current version of every report (file, check id, cells, message), those the
 * reviewer dismissed or corrected only with --all. Exit 0, 1 when the project
 * cannot be read, 2 for usage errors.
 */
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QStringList &arguments);
    /// Prints the findings to stdout; false (and the reason on stderr) when the project cannot be read.
    static bool printFindings(const ProjectStore &store, bool all);
};
