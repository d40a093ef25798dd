// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report.h"

#include <QString>

#include <vector>

/**
 * Finds the figures of a report's narrative that restate a table cell
 * ("收到1件政府信息公开申请" states t3/new/total = 1), for the text.table
 * check. The wordings are data: the "narrative" patterns of
 * resources/labels.json, compiled once for each format.
 *
 * Scans text[0, narrativeEnd) — the narrative before the first table; a
 * negative or too large narrativeEnd scans the whole text. Spans are offsets
 * into text; the quote is the matched fragment with line breaks removed.
 * Returns nothing for a format without cells (pre2019). Figures come in text
 * order, at most one per cell and stretch of text. Thread-safe.
 */
std::vector<NarrativeFigure> findNarrativeFigures(const QString &text, qsizetype narrativeEnd, const QString &format);
