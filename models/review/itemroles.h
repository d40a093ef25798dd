// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

/**
 * Custom roles shared by the review item models. DisplayRole stays formatted
 * text; these carry the raw data for proxies, delegates, charts and tests.
 */
namespace ItemRoles {
enum Role {
    RawValueRole = Qt::UserRole, ///< sortable/plottable value: qint64, int, QString, or a Decimal as QString
    ReportIdRole,                ///< qint64 store id of the row's report
    CellKeyRole,                 ///< "t3/new/total"; invalid for an address the format lacks
    CellIndexRole,               ///< int index into Report::cells / FormatSchema
    CellStatusRole,              ///< int(CellStatus)
    SeverityRole,                ///< int(Severity) of the worst open finding naming the cell/row; -1 when none
    SpanOffsetRole,              ///< qsizetype offset of the source span; -1 when none
    SpanLengthRole,              ///< qsizetype length of the source span
    CorrectedRole,               ///< bool: the current value differs from the extracted one
    ExtractedValueRole,          ///< QString: the value as first extracted ("" when none)
    ValueKindRole,               ///< QString: "count", "signed" or "decimal" (what the editor accepts)
    FindingIndexRole,            ///< int index into the report's findings
    CheckIdRole,                 ///< QString "t3.balance"
    ReviewStatusRole,            ///< int(ReviewStatus)
};
}
