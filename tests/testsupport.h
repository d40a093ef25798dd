// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "models/decimal.h"
#include "models/report.h"

/** What the test suites share: reports built by hand, files, the command line, CSV. */
namespace TestSupport {

/// A number written as in a report ("172425.75", "-1"); the text must be valid.
Decimal number(QStringView text);

/// The cell of a report at a canonical key ("t3/new/total") of the report's format.
Cell &cellAt(Report &report, const QString &key);
const Cell &cellAt(const Report &report, const QString &key);

/// A report of the format with every cell of it missing, named fileName, the rest empty.
Report blankReport(const QString &format, const QString &fileName);

/// The bytes of a file; empty when it cannot be read.
QByteArray fileBytes(const QString &path);
/// Writes the bytes to a new or truncated file.
bool writeFile(const QString &path, const QByteArray &bytes);

/// One run of the command-line executable.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish in two minutes
    QString out;
    QString err;
};

CliRun runCli(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
/// Exit status, stdout and stderr, for a failure message.
QByteArray describe(const CliRun &run);

/// RFC 4180 records: quoted fields may hold commas, quotes and line breaks; records end in CRLF.
QList<QStringList> parseCsv(const QString &text);

} // namespace TestSupport
