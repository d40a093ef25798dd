// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqliterows.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "models/finding.h"
#include "models/report.h"
#include "models/reportschema.h"

namespace SqliteRows {

QVariant fromDecimal(const std::optional<Decimal> &value)
{
    return value ? QVariant(value->toString()) : QVariant(QMetaType::fromType<QString>());
}

std::optional<Decimal> toDecimal(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Decimal::fromString(value.toString());
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString fromList(const QStringList &list)
{
    // Most cells have no candidates and a finding names a few cell keys: plain
    // ASCII needs no escaping, so the JSON is written directly (the same text
    // QJsonDocument writes); anything else goes through it.
    if (list.isEmpty())
        return QStringLiteral("[]");
    const auto plain = [](const QString &text) {
        return std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c >= u' ' && c <= u'~' && c != u'"' && c != u'\\'; });
    };
    if (std::all_of(list.cbegin(), list.cend(), plain))
        return u"[\"" + list.join(QStringLiteral("\",\"")) + u"\"]";
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList toList(const QString &json)
{
    if (json == u"[]")
        return {};
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

QString fromTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::vector<std::string> reportInsertColumns()
{
    return {"file_name", "path",    "content_hash", "agency", "year",        "format",  "t2_format", "t3_format",
            "encoding",  "source_kind", "text",     "notes",  "imported_at", "version", "supersedes"};
}

void bindReport(SqliteBulkInsert::Row &row, const Report &report, const QByteArray &contentHash, int version,
                qint64 supersedes)
{
    row.text(report.fileName);
    row.text(report.path);
    row.madeText(QString::fromLatin1(contentHash));
    row.text(report.agency);
    row.integer(report.year);
    row.text(report.format);
    row.text(report.t2Format);
    row.text(report.t3Format);
    row.text(report.encoding);
    row.text(report.sourceKind);
    row.text(report.text);
    row.madeText(fromList(report.notes));
    row.madeText(fromTime(report.importedAt.isValid() ? report.importedAt : QDateTime::currentDateTimeUtc()));
    row.integer(version);
    if (supersedes)
        row.integer(supersedes);
    else
        row.null();
}

std::vector<std::string> sectionInsertColumns()
{
    return {"report_id", "number", "heading", "span_offset", "span_length"};
}

void bindSection(SqliteBulkInsert::Row &row, qint64 reportId, const Section &section)
{
    row.integer(reportId);
    row.integer(section.number);
    row.text(section.heading);
    row.integer(section.span.offset);
    row.integer(section.span.length);
}

std::vector<std::string> figureInsertColumns()
{
    return {"report_id", "cell_key", "value", "quote", "span_offset", "span_length"};
}

void bindFigure(SqliteBulkInsert::Row &row, qint64 reportId, const NarrativeFigure &figure)
{
    row.integer(reportId);
    row.text(figure.cellKey);
    row.madeText(figure.value.toString());
    row.text(figure.quote);
    row.integer(figure.span.offset);
    row.integer(figure.span.length);
}

std::vector<std::string> findingInsertColumns()
{
    return {"report_id", "check_id", "severity", "cells", "expected", "actual", "detail", "status", "note"};
}

void bindFinding(SqliteBulkInsert::Row &row, qint64 reportId, const Finding &finding)
{
    row.integer(reportId);
    row.text(finding.checkId);
    row.madeText(severityName(finding.severity));
    row.madeText(fromList(finding.cells));
    row.text(finding.expected);
    row.text(finding.actual);
    row.text(finding.detail);
    row.madeText(reviewStatusName(finding.status));
    row.text(finding.note);
}

QString findingColumnsSql()
{
    return QStringLiteral("id, check_id, severity, cells, expected, actual, detail, status, note");
}

Finding findingAt(const QSqlQuery &query)
{
    Finding finding;
    finding.id = query.value(0).toLongLong();
    finding.checkId = query.value(1).toString();
    finding.severity = severityFromName(query.value(2).toString()).value_or(Severity::Error);
    finding.cells = toList(query.value(3).toString());
    finding.expected = query.value(4).toString();
    finding.actual = query.value(5).toString();
    finding.detail = query.value(6).toString();
    finding.status = reviewStatusFromName(query.value(7).toString()).value_or(ReviewStatus::Open);
    finding.note = query.value(8).toString();
    return finding;
}

} // namespace SqliteRows
