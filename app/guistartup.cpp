// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/guistartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include "app/checkcommand.h"
#include "app/commandline.h"
#include "app/importcommand.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

bool GuiStartup::hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.startsWith("offscreen") || platform.startsWith("minimal"))
        return false;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"));
#else
    return true;
#endif
}

int GuiStartup::parse(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Opens the review window on a project, importing the PATHs first."));
    CommandLine::addProjectOption(parser);
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Report files and folders to import first."),
                                 tr("[PATH...]"));
    // CommandLine::parse drops arguments[1] as the command word: give it none.
    QStringList withoutCommand = arguments;
    withoutCommand.insert(1, QString());
    if (const int status = CommandLine::parse(parser, QString(), withoutCommand); status >= 0)
        return status;
    if (parser.isSet(QStringLiteral("db")))
        options->project = parser.value(QStringLiteral("db"));
    options->paths = parser.positionalArguments();
    for (const QString &path : std::as_const(options->paths)) {
        if (QFileInfo::exists(path))
            continue;
        // A bare word is more likely a mistyped command than a missing file.
        const bool word = path == options->paths.first() && !path.contains(u'/') && !path.contains(u'.');
        return CommandLine::usageError(QString(), word ? CommandLine::tr("Unknown command: %1").arg(path)
                                                       : tr("No such file or folder: %1").arg(path));
    }
    return -1;
}

int GuiStartup::runHeadless(const QStringList &arguments)
{
    Options options;
    if (const int status = parse(arguments, &options); status >= 0)
        return status;
    const QString program = QCoreApplication::applicationName();
    CommandLine::err() << tr("No display found (DISPLAY and WAYLAND_DISPLAY are unset, or the platform is "
                             "offscreen): the review window cannot open.")
                       << Qt::endl
                       << tr("Working headless instead; the same from the command line:") << Qt::endl;
    if (options.paths.isEmpty() && options.project.isEmpty()) {
        CommandLine::err() << QStringLiteral("  %1 import PATH... && %1 check").arg(program) << Qt::endl;
        return ImportCommand::runSamples();
    }
    QStringList projectOption;
    if (!options.project.isEmpty())
        projectOption = {QStringLiteral("--db"), options.project};
    const QString shownOption = projectOption.isEmpty() ? QString() : u' ' + projectOption.join(u' ');
    if (options.paths.isEmpty()) {
        CommandLine::err() << QStringLiteral("  %1 check%2").arg(program, shownOption) << Qt::endl;
        return CheckCommand::run(QStringList{arguments.value(0), QStringLiteral("check")} + projectOption);
    }
    CommandLine::err() << QStringLiteral("  %1 import%2 %3 && %1 check%2")
                              .arg(program, shownOption, options.paths.join(u' '))
                       << Qt::endl;
    const int status =
        ImportCommand::run(QStringList{arguments.value(0), QStringLiteral("import")} + projectOption + options.paths);
    if (status == ExitUsage)
        return status;
    CommandLine::out() << Qt::endl;
    const int checked = CheckCommand::run(QStringList{arguments.value(0), QStringLiteral("check")} + projectOption);
    return status != ExitSuccess ? status : checked;
}

int GuiStartup::run(const QStringList &arguments)
{
    LanguageManager::install(LanguageManager::startupLanguage());
    Options options;
    if (const int status = parse(arguments, &options); status >= 0)
        return status;

    QString project = options.project;
    if (project.isEmpty() && options.paths.isEmpty())
        project = MainWindow::lastProject();
    if (project.isEmpty())
        project = CommandLine::defaultProjectPath();

    MainWindow window(nullptr);
    if (!window.openProject(project)) {
        QMessageBox::critical(nullptr, tr("GovInfo Review"),
                              tr("The project %1 cannot be opened.\n\n%2").arg(project, window.errorString()));
        return ExitFailure;
    }
    window.show();
    if (!options.paths.isEmpty()) {
        // Once the window is up, so that the import's progress shows over it.
        QTimer::singleShot(0, &window, [&window, paths = options.paths] { window.importPaths(paths); });
    }
    return QApplication::exec();
}
