// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "app/commandline.h"
#include "models/allocatorpolicy.h"
#include "app/guistartup.h"

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("govinfo-review"));
    // For QSettings (~/.config/govinfo-review/govinfo-review.conf); the data
    // folder does not depend on it (CommandLine::defaultProjectPath()).
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVINFO_VERSION));
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    AllocatorPolicy::keepFreedMemoryForReuse();
    // Decided before any application object exists: only the window needs a
    // QApplication (and a display); commands run without one.
    const QStringList arguments = rawArguments(argc, argv);
    if (!CommandLine::isCommand(arguments) && GuiStartup::hasDisplay()) {
        QApplication app(argc, argv);
        setApplicationNames();
        QApplication::setApplicationDisplayName(QStringLiteral("GovInfo Review"));
        return GuiStartup::run(QApplication::arguments());
    }

    QCoreApplication app(argc, argv);
    setApplicationNames();
    // Commands follow the system locale: Qt's own strings, then ours.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("govinfo"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    if (!CommandLine::isCommand(arguments))
        return GuiStartup::runHeadless(QCoreApplication::arguments());
    return CommandLine::run(QCoreApplication::arguments());
}
