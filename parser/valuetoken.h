// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/decimal.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

/**
 * One thing that stands in a cell position of a table: a number as written
 * (with sign, separators, unit or approximation mark), a mark instead of a
 * number ("/", "—", "无"), or a blank cell of a tab or HTML grid.
 */
struct ValueToken
{
    enum class Kind { Number, Mark, Blank };

    Kind kind = Kind::Blank;
    QString raw;      ///< as written
    qsizetype pos = 0; ///< in the plain text
    qsizetype length = 0;
    std::optional<Decimal> value;
    QString unit;     ///< "元", "万元"
    bool approximate = false;
    /// True for a bare run of ASCII digits that may hold several glued cells
    /// ("000", "898989"); a run with a leading zero cannot be one cell.
    bool splittable = false;
    bool mustSplit = false;
    /// Blank cells of a tab or grid line before the first or after the last value of that line:
    /// a label shifted right or a padded row, or real blank cells; the row width decides.
    bool edgeBlank = false;
    bool leadingEdge = false;
    bool inField = false; ///< from a tab, pipe or grid row rather than free text

    /// Reads a whitespace-delimited piece; nothing when it is not a value at all.
    static std::optional<ValueToken> fromPiece(QStringView piece, qsizetype pos);
    /// A piece that may hold several cells glued at their signs ("30+2120": 30, then +2120
    /// with its digits still splittable); otherwise what fromPiece reads.
    static std::vector<ValueToken> fromGluedPiece(QStringView piece, qsizetype pos);
    static ValueToken blank(qsizetype pos);
};
