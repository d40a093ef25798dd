// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exportcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "app/commandline.h"
#include "models/csvexporter.h"
#include "models/projectexporter.h"
#include "models/storage/sqliteprojectstore.h"
#include "models/storage/storeexportsource.h"

int ExportCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the cells of every report in the project (its latest version) as CSV. "
           "tidy: one line per cell (file,agency,year,format,table,row,column,value,extracted,flags,...); "
           "wide: one line per report, one column per cell."));
    CommandLine::addProjectOption(parser);
    const QCommandLineOption csv(QStringLiteral("csv"), tr("The CSV file to write."), tr("OUT"));
    const QCommandLineOption layout(QStringLiteral("layout"), tr("tidy (default) or wide."), tr("LAYOUT"),
                                    QStringLiteral("tidy"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("utf-8 (default), utf-8-bom (for Excel) or gb18030."), tr("ENCODING"),
                                      QStringLiteral("utf-8"));
    parser.addOptions({csv, layout, encoding});
    if (const int status = CommandLine::parse(parser, command, arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(command, tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (!parser.isSet(csv) || parser.value(csv).isEmpty())
        return CommandLine::usageError(command, tr("Name the file to write with --csv OUT."));
    const auto chosenLayout = CsvExporter::layoutFromName(parser.value(layout));
    if (!chosenLayout)
        return CommandLine::usageError(command, tr("Unknown layout \"%1\": use tidy or wide.").arg(parser.value(layout)));
    const auto chosenEncoding = CsvExporter::encodingFromName(parser.value(encoding));
    if (!chosenEncoding) {
        return CommandLine::usageError(
            command, tr("Unknown encoding \"%1\": use utf-8, utf-8-bom or gb18030.").arg(parser.value(encoding)));
    }

    const auto store = CommandLine::openProject(CommandLine::projectPath(parser));
    if (!store)
        return ExitFailure;
    StoreExportSource source(*store);
    ProjectExporter exporter(source);
    ProjectExporter::Options options;
    options.layout = *chosenLayout;
    options.encoding = *chosenEncoding;
    const QString path = parser.value(csv);
    if (!exporter.exportTo(path, options)) {
        CommandLine::err() << exporter.errorString() << Qt::endl;
        return ExitFailure;
    }
    CommandLine::out() << tr("Exported %n report(s) to %1", nullptr, exporter.exportedCount())
                              .arg(QDir::toNativeSeparators(path))
                       << Qt::endl;
    return ExitSuccess;
}
