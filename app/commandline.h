// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QTextStream;
class SqliteProjectStore;

/** Exit statuses of every command. */
enum ExitStatus {
    ExitSuccess = 0,
    ExitFailure = 1, ///< something could not be read or written (each named on stderr)
    ExitUsage = 2,   ///< the command line was wrong
};

/**
 * The command line of govinfo-review: picks the command and gives the
 * commands what they share (output streams, the project file, option parsing).
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// True when arguments[1] names a command (or --help, --version): the
    /// command line, no window. Anything else starts the GUI.
    static bool isCommand(const QStringList &arguments);
    /// Runs the command named in arguments (as QCoreApplication::arguments()).
    static int run(const QStringList &arguments);

    static QTextStream &out();
    static QTextStream &err();

    /// <GenericDataLocation>/govinfo-review/project.sqlite; the folder is created when missing.
    static QString defaultProjectPath();
    /// The --db option every command has.
    static void addProjectOption(QCommandLineParser &parser);
    /// --db, or the default project.
    static QString projectPath(const QCommandLineParser &parser);
    /// Says why on stderr when it cannot open it.
    static std::unique_ptr<SqliteProjectStore> openProject(const QString &path);

    /**
     * Parses a command's arguments (arguments[0] is the program, [1] the
     * command). Returns -1 to go on, or the exit status when the command is
     * done: --help printed (0) or a usage error reported on stderr (2).
     */
    static int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);
    static int usageError(const QString &command, const QString &message);
};
