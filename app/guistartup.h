// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * `govinfo-review [--db FILE] [PATH...]`: the review window on a project (the
 * one named, else the last one, else the default project), importing the
 * PATHs first. Without a display the same arguments work headless: the
 * program says so and imports (without PATHs and --db: the bundled samples)
 * and prints the summary and the findings, as `import` and `check` do.
 */
class GuiStartup final
{
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)

public:
    /// Whether a window could be shown: a display server is named and the
    /// platform is not one that draws nowhere (offscreen, minimal).
    static bool hasDisplay();
    /// Needs a QApplication. Returns the exit status.
    static int run(const QStringList &arguments);
    /// Needs a QCoreApplication.
    static int runHeadless(const QStringList &arguments);

private:
    struct Options
    {
        QString project;   ///< empty: the last, else the default project
        QStringList paths; ///< to import first
    };
    /// -1 to go on, else the exit status (help shown, usage error).
    static int parse(const QStringList &arguments, Options *options);
};
