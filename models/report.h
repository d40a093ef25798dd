// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/decimal.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/** Where in the decoded report text something came from: offset and length in UTF-16 units. */
struct SourceSpan
{
    qsizetype offset = -1;
    qsizetype length = 0;

    bool isValid() const { return offset >= 0; }
    qsizetype end() const { return offset + length; }
    friend bool operator==(const SourceSpan &a, const SourceSpan &b)
    {
        return a.offset == b.offset && a.length == b.length;
    }
};

/**
 * How a cell's value was obtained. Only Ok, Inferred and Approximate carry a
 * value; the others leave it empty and keep the source text in Cell::raw.
 */
enum class CellStatus {
    Ok,          ///< a number read as written
    Missing,     ///< absent or blank in the source
    Text,        ///< a mark or word instead of a number ("/", "—", "无")
    Approximate, ///< written as approximate ("200余", "约200"): value as written
    Inferred,    ///< split out of glued digits; exactly one split fits the arithmetic
    Ambiguous,   ///< glued digits that several splits fit: no value, candidates listed
    Invalid,     ///< a number of the wrong kind (negative count, fraction of a count)
};

QString cellStatusName(CellStatus status);
std::optional<CellStatus> cellStatusFromName(const QString &name);

/** One cell of a report's statistical tables. */
struct Cell
{
    std::optional<Decimal> value; ///< current value (after hand corrections)
    std::optional<Decimal> extracted; ///< value as first extracted
    QString raw;                  ///< the source text the value was read from
    QString unit;                 ///< unit written in the cell ("元", "万元"), if any
    CellStatus status = CellStatus::Missing;
    SourceSpan span;
    QStringList candidates;       ///< for Ambiguous/Inferred: the splits that fit, e.g. "89|89|89"

    bool hasValue() const { return value.has_value(); }
    bool isCorrected() const { return value != extracted; }
};

/** One of the six numbered sections of a report. */
struct Section
{
    int number = 0;  ///< 1..6
    QString heading; ///< as written
    SourceSpan span; ///< the heading line
};

/** A figure stated in the narrative that restates a table cell ("收到1件政府信息公开申请"). */
struct NarrativeFigure
{
    QString cellKey; ///< "t3/new/total"
    Decimal value;
    QString quote;   ///< the sentence fragment, for the message
    SourceSpan span;
};

/**
 * A parsed annual report: metadata, the decoded text, and the cells of its
 * format in schema order (ReportSchema::cellKeys(format)). Plain data: the
 * parser fills it, the store persists it, the checks read it.
 */
struct Report
{
    qint64 id = 0;          ///< store id; 0 until stored
    QString fileName;       ///< without folder
    QString path;           ///< as imported
    QByteArray contentHash; ///< SHA-256 of the file bytes, hex
    QString encoding;       ///< detected encoding of the bytes ("UTF-8", "GB18030", ...)
    QString sourceKind;     ///< "text", "markdown" or "html"
    QString agency;
    int year = 0;           ///< statistics year; 0 when unknown
    QString format;         ///< "2019", "2021" or "pre2019"
    QString t2Format;       ///< the format table 2 alone looks like; empty when not found
    QString t3Format;       ///< the format table 3 alone looks like; empty when not found
    QString text;           ///< the decoded text; every SourceSpan points into it
    QDateTime importedAt;
    std::vector<Section> sections;
    std::vector<Cell> cells; ///< empty for pre2019
    std::vector<NarrativeFigure> figures;
    QStringList notes;       ///< what the parser wants the reviewer to know (e.g. "format not recognised")

    bool isRecognised() const { return !cells.empty(); }
};
