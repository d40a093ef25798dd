// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include "app/checkcommand.h"
#include "app/exportcommand.h"
#include "app/importcommand.h"
#include "models/storage/sqliteprojectstore.h"

namespace {

const QString ProjectOption = QStringLiteral("db");

QString programName()
{
    return QCoreApplication::applicationName();
}

} // namespace

QTextStream &CommandLine::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CommandLine::err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString CommandLine::defaultProjectPath()
{
    // The generic data folder plus the program's name, not AppDataLocation:
    // the GUI sets an organisation name (for QSettings), which AppDataLocation
    // would add to the path, and both must find the same default project.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                               .filePath(QCoreApplication::applicationName());
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("project.sqlite"));
}

void CommandLine::addProjectOption(QCommandLineParser &parser)
{
    parser.addOption({ProjectOption, tr("The project file (default: %1).").arg(defaultProjectPath()),
                      tr("FILE")});
}

QString CommandLine::projectPath(const QCommandLineParser &parser)
{
    return parser.isSet(ProjectOption) ? parser.value(ProjectOption) : defaultProjectPath();
}

std::unique_ptr<SqliteProjectStore> CommandLine::openProject(const QString &path)
{
    auto store = std::make_unique<SqliteProjectStore>();
    if (!store->open(path)) {
        err() << store->errorString() << Qt::endl;
        return nullptr;
    }
    return store;
}

int CommandLine::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    // Not addHelpOption(): its --help-all would list Qt's own options, which
    // commands (no GUI application) do not take.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    parser.addOption(help);
    // The command word is not an argument of the command.
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(arguments.value(0));
    if (!parser.parse(commandArguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        // "Usage: /path/to/govinfo-review [options]" becomes "Usage: govinfo-review import [options]".
        QString text = parser.helpText();
        const qsizetype program = text.indexOf(u' ') + 1;
        const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
        if (program > 0 && options > program)
            text.replace(program, options - program, programName() + u' ' + command);
        out() << text << Qt::flush;
        return ExitSuccess;
    }
    return -1;
}

int CommandLine::usageError(const QString &command, const QString &message)
{
    err() << message << Qt::endl;
    err() << (command.isEmpty() ? tr("Try \"%1 --help\".").arg(programName())
                                : tr("Try \"%1 %2 --help\".").arg(programName(), command))
          << Qt::endl;
    return ExitUsage;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    static const QStringList commands = {QStringLiteral("import"),    QStringLiteral("export"),
                                         QStringLiteral("check"),     QStringLiteral("--version"),
                                         QStringLiteral("-v"),        QStringLiteral("--help"),
                                         QStringLiteral("-h"),        QStringLiteral("-?")};
    return commands.contains(arguments.value(1));
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (arguments.size() < 2)
        return ImportCommand::runSamples();
    if (command == u"import")
        return ImportCommand::run(arguments);
    if (command == u"export")
        return ExportCommand::run(arguments);
    if (command == u"check")
        return CheckCommand::run(arguments);
    if (command == u"--version" || command == u"-v") {
        out() << programName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    if (command == u"--help" || command == u"-h" || command == u"-?") {
        out() << tr("Usage: %1 [--db FILE] [PATH...]\n"
                    "       %1 COMMAND [options]\n"
                    "\n"
                    "Reads Chinese government annual reports on information disclosure\n"
                    "(政府信息公开工作年度报告), extracts the cells of their statistical tables with\n"
                    "the place each came from, checks them, keeps them in a project file, and\n"
                    "exports CSV.\n"
                    "\n"
                    "Commands:\n"
                    "  import PATH...    read report files and folders into the project\n"
                    "  export --csv OUT  write the project's cells as CSV (tidy or wide)\n"
                    "  check             list the findings of the checks\n"
                    "\n"
                    "Without a command it opens the review window on the project named with\n"
                    "--db (else the last one, else the default project), importing the PATHs\n"
                    "first. Without a display it says so and works headless instead: it imports\n"
                    "the PATHs (without any, the bundled sample reports) and prints the summary\n"
                    "and the findings.\n"
                    "\n"
                    "Options:\n"
                    "  -h, --help        show this help\n"
                    "  -v, --version     show the version\n"
                    "\n"
                    "\"%1 COMMAND --help\" shows the options of a command.\n"
                    "The default project is %2\n")
                     .arg(programName(), defaultProjectPath())
              << Qt::flush;
        return ExitSuccess;
    }
    return usageError(QString(), command.startsWith(u'-') ? tr("Unknown option: %1").arg(command)
                                                          : tr("Unknown command: %1").arg(command));
}
