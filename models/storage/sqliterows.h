// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/decimal.h"
#include "models/storage/sqlitebulkinsert.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <string>
#include <vector>

class QSqlQuery;
struct NarrativeFigure;
struct Report;
struct Section;
struct Finding;

/**
 * How the project store writes domain values into SQLite rows and reads them
 * back: the column lists, the bindings and the conversions, in one place so
 * that a column added by a migration is added here once. Stateless.
 */
namespace SqliteRows {

/// Exact decimals are stored as their text; none is SQL NULL.
QVariant fromDecimal(const std::optional<Decimal> &value);
std::optional<Decimal> toDecimal(const QVariant &value);
/// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string.
QString nonNull(const QString &text);
/// String lists (candidates, finding cells, notes) are stored as a JSON array.
QString fromList(const QStringList &list);
QStringList toList(const QString &json);
/// Times are stored as ISO 8601 UTC with milliseconds.
QString fromTime(const QDateTime &time);
QDateTime toTime(const QString &text);

// Cells are written and read by SqliteCellStatements (SQLite's own API: two million rows).

/// The columns of a report's row that bindReport() binds, in their order.
std::vector<std::string> reportInsertColumns();
/// A report's row; supersedes is the id of the version it replaces, or 0.
void bindReport(SqliteBulkInsert::Row &row, const Report &report, const QByteArray &contentHash, int version,
                qint64 supersedes);

/// The columns of sections, figures and findings that the binders below bind, in
/// their order (for SqliteBulkInsert).
std::vector<std::string> sectionInsertColumns();
void bindSection(SqliteBulkInsert::Row &row, qint64 reportId, const Section &section);
std::vector<std::string> figureInsertColumns();
void bindFigure(SqliteBulkInsert::Row &row, qint64 reportId, const NarrativeFigure &figure);
std::vector<std::string> findingInsertColumns();
void bindFinding(SqliteBulkInsert::Row &row, qint64 reportId, const Finding &finding);
/// The columns findingAt() reads.
QString findingColumnsSql();
Finding findingAt(const QSqlQuery &query);

} // namespace SqliteRows
