// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/testsupport.h"

#include <QFile>
#include <QProcess>

#include "models/reportschema.h"

namespace TestSupport {

Decimal number(QStringView text)
{
    return Decimal::fromString(text).value_or(Decimal());
}

Cell &cellAt(Report &report, const QString &key)
{
    const int index = ReportSchema::instance().format(report.format)->indexOf(key);
    return report.cells.at(std::size_t(index));
}

const Cell &cellAt(const Report &report, const QString &key)
{
    return cellAt(const_cast<Report &>(report), key);
}

Report blankReport(const QString &format, const QString &fileName)
{
    Report report;
    report.fileName = fileName;
    report.format = format;
    if (const FormatSchema *schema = ReportSchema::instance().format(format))
        report.cells.resize(std::size_t(schema->cellCount()));
    return report;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

CliRun runCli(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray describe(const CliRun &run)
{
    return (u"exit " + QString::number(run.exitCode) + u"\nstdout:\n" + run.out + u"\nstderr:\n" + run.err).toUtf8();
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace TestSupport
