// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csvexporter.h"

#include <algorithm>

#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QStringEncoder>

#include "models/report.h"
#include "models/reportschema.h"

namespace {

const QString lineEnd = QStringLiteral("\r\n");

// Appends text as one CSV field: quoted (quotes doubled) when it holds a
// comma, a quote or a line break. Straight into the line: an export of ten
// thousand reports writes two million of them.
void appendField(QString &out, QStringView text)
{
    const bool quoted = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (!quoted) {
        out += text;
        return;
    }
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

QString line(const QStringList &fields)
{
    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += u',';
        appendField(text, fields[i]);
    }
    return text + lineEnd;
}

QString decimalText(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QString();
}

QString yearText(int year)
{
    return year > 0 ? QString::number(year) : QString();
}

bool flagsCell(const Finding &finding)
{
    // Dismissed: the reviewer says nothing is wrong. Corrected: the extraction
    // was wrong and the cell now holds the right value.
    return finding.status == ReviewStatus::Open || finding.status == ReviewStatus::Confirmed;
}

/// Adds a check id to a cell's (or the report's) flags, once.
void addFlag(QStringList &flags, const QString &checkId)
{
    if (!flags.contains(checkId))
        flags.append(checkId);
}

QString joinSorted(QStringList ids)
{
    ids.sort();
    return ids.join(u';');
}

} // namespace

std::optional<CsvExporter::Layout> CsvExporter::layoutFromName(const QString &name)
{
    if (name == u"tidy")
        return Layout::Tidy;
    if (name == u"wide")
        return Layout::Wide;
    return std::nullopt;
}

std::optional<CsvExporter::Encoding> CsvExporter::encodingFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"utf-8" || lower == u"utf8")
        return Encoding::Utf8;
    if (lower == u"utf-8-bom" || lower == u"utf8-bom")
        return Encoding::Utf8Bom;
    if (lower == u"gb18030")
        return Encoding::Gb18030;
    return std::nullopt;
}

QStringList CsvExporter::wideCellKeys()
{
    // The schema never changes: the list is made once.
    static const QStringList keys = [] {
        QStringList list;
        QSet<QString> seen;
        for (const QString &formatId : {QStringLiteral("2019"), QStringLiteral("2021")}) {
            const FormatSchema *schema = ReportSchema::instance().format(formatId);
            if (!schema)
                continue;
            for (int i = 0; i < schema->cellCount(); ++i) {
                const QString key = schema->address(i).key();
                if (!seen.contains(key)) {
                    seen.insert(key);
                    list.append(key);
                }
            }
        }
        return list;
    }();
    return keys;
}

CsvExporter::CsvExporter(Layout layout, Encoding encoding)
    : m_layout(layout)
    , m_encoding(encoding)
{
}

CsvExporter::~CsvExporter() = default;

QString CsvExporter::headerText() const
{
    QStringList columns = {QStringLiteral("file"), QStringLiteral("agency"), QStringLiteral("year"),
                           QStringLiteral("format")};
    if (m_layout == Layout::Tidy) {
        columns << QStringLiteral("table") << QStringLiteral("row") << QStringLiteral("column")
                << QStringLiteral("value") << QStringLiteral("extracted") << QStringLiteral("flags")
                << QStringLiteral("status") << QStringLiteral("unit") << QStringLiteral("raw")
                << QStringLiteral("candidates");
    } else {
        for (const QString &key : wideCellKeys())
            columns.append(QString(key).replace(u'/', u'.'));
    }
    return line(columns);
}

QString CsvExporter::reportText(const Report &report, const std::vector<Finding> &findings) const
{
    return m_layout == Layout::Tidy ? tidyText(report, findings) : wideText(report);
}

QString CsvExporter::tidyText(const Report &report, const std::vector<Finding> &findings) const
{
    const QStringList identity = {report.fileName, report.agency, yearText(report.year), report.format};
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    const int count = schema ? std::min(schema->cellCount(), int(report.cells.size())) : 0;
    // Check ids per cell, by the cell's index in the schema: most cells have none, and an
    // export of ten thousand reports asks two million times.
    QStringList reportFlags;
    std::vector<QStringList> cellFlags(static_cast<std::size_t>(count));
    for (const Finding &finding : findings) {
        if (!flagsCell(finding))
            continue;
        if (finding.cells.isEmpty())
            addFlag(reportFlags, finding.checkId);
        for (const QString &key : finding.cells) {
            const int index = schema ? schema->indexOf(key) : -1;
            if (index >= 0 && index < count)
                addFlag(cellFlags[std::size_t(index)], finding.checkId);
        }
    }
    if (count == 0) {
        return line(identity + QStringList{QString(), QString(), QString(), QString(), QString(),
                                           joinSorted(reportFlags), QString(), QString(), QString(), QString()});
    }
    // The report's four fields start every line: quoted once.
    QString prefix;
    for (const QString &text : identity) {
        appendField(prefix, text);
        prefix += u',';
    }
    QString text;
    text.reserve(qsizetype(count) * (prefix.size() + 64));
    for (int i = 0; i < count; ++i) {
        const CellAddress &address = schema->address(i);
        const Cell &cell = report.cells[std::size_t(i)];
        const QStringList &flags = cellFlags[std::size_t(i)];
        text += prefix;
        for (const QString &value : {address.table, address.row, address.column, decimalText(cell.value),
                                     decimalText(cell.extracted), flags.isEmpty() ? QString() : joinSorted(flags),
                                     cellStatusName(cell.status), cell.unit, cell.raw}) {
            appendField(text, value);
            text += u',';
        }
        appendField(text, cell.candidates.join(u';'));
        text += lineEnd;
    }
    return text;
}

QString CsvExporter::wideText(const Report &report) const
{
    QStringList fields = {report.fileName, report.agency, yearText(report.year), report.format};
    // Where each wide column is in the report's format, once per format.
    auto indexes = m_wideIndexes.constFind(report.format);
    if (indexes == m_wideIndexes.constEnd()) {
        const FormatSchema *schema = ReportSchema::instance().format(report.format);
        std::vector<int> list;
        for (const QString &key : wideCellKeys())
            list.push_back(schema ? schema->indexOf(key) : -1);
        indexes = m_wideIndexes.insert(report.format, std::move(list));
    }
    for (const int index : *indexes) {
        fields.append(index >= 0 && index < int(report.cells.size())
                          ? decimalText(report.cells[std::size_t(index)].value)
                          : QString());
    }
    return line(fields);
}

bool CsvExporter::begin(const QString &path)
{
    m_error.clear();
    // GB18030 covers all of Unicode, so nothing is lost; it needs ICU.
    if (m_encoding == Encoding::Gb18030 && !QStringEncoder("GB18030").isValid()) {
        m_error = tr("This build of Qt cannot write GB18030; export as UTF-8 instead.");
        return false;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    if (m_encoding == Encoding::Utf8Bom && m_file->write("\xEF\xBB\xBF", 3) != 3) {
        m_error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
        cancel();
        return false;
    }
    return addBytes(encode(headerText()));
}

bool CsvExporter::addReport(const Report &report, const std::vector<Finding> &findings)
{
    return addBytes(reportBytes(report, findings));
}

QByteArray CsvExporter::reportBytes(const Report &report, const std::vector<Finding> &findings) const
{
    return encode(reportText(report, findings));
}

QByteArray CsvExporter::encode(const QString &text) const
{
    if (m_encoding == Encoding::Gb18030) {
        QStringEncoder encoder("GB18030"); // begin() made sure it is valid
        return encoder.encode(text);
    }
    return text.toUtf8();
}

bool CsvExporter::addBytes(const QByteArray &bytes)
{
    if (!m_file) {
        m_error = tr("No export file is open.");
        return false;
    }
    if (m_file->write(bytes) != bytes.size()) {
        m_error = tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
        cancel();
        return false;
    }
    return true;
}

bool CsvExporter::commit()
{
    if (!m_file) {
        m_error = tr("No export file is open.");
        return false;
    }
    const bool ok = m_file->commit();
    if (!ok)
        m_error = tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
    m_file.reset();
    return ok;
}

void CsvExporter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}
