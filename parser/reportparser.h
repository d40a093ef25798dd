// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report.h"

struct SourceDocument;

/**
 * Extracts a Report from a decoded document: agency, year, format, sections,
 * every cell of the format with its source span, and narrative figures.
 * Never fails: what it cannot find is missing and said so in Report::notes.
 * Thread-safe (no shared mutable state).
 */
Report parseReport(const SourceDocument &document, const QString &fileName);
