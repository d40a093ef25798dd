// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/finding.h"

#include <vector>

struct Report;

/**
 * Runs the checks of the spec over reports. Pure functions of their inputs:
 * reported totals are never rewritten, findings only describe. Fast enough to
 * re-run on every edit (well under a millisecond for one report).
 */
namespace ReportChecker {

/// Every single-report check: cell.*, t3.*, t4.*, t2.published, format.shape,
/// text.table, report.sections. Nothing at all for a pre2019 (unrecognised)
/// report: the parser's note in Report::notes already says why.
/// For a sum relation, actual is its left side as written and expected the sum
/// of its right side; checks whose cells have no usable value are skipped.
std::vector<Finding> checkReport(const Report &report);

/// year.carry, year.in_force, year.items between two reports of the same
/// agency, previous.year + 1 == current.year; findings belong to current.
std::vector<Finding> checkAcrossYears(const Report &previous, const Report &current);

} // namespace ReportChecker
