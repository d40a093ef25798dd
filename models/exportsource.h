// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/finding.h"
#include "models/storage/projectstore.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct Report;

/**
 * Where ProjectExporter reads reports from: the store as saved (the command
 * line) or an open document with its unsaved edits (the export dialog).
 *
 * Errors: nothing / nullptr, and errorString() says why. The pointers
 * returned stay valid until the next call on the source.
 */
class ExportSource
{
public:
    virtual ~ExportSource() = default;

    /// The current version of every report, in export order (file name, then version).
    virtual std::optional<std::vector<ReportSummary>> reports() = 0;
    /// What names the report and its cells (not necessarily its text). With
    /// valuesOnly the cells need only their values and statuses (a wide export).
    virtual const Report *report(qint64 reportId, bool valuesOnly = false) = 0;
    virtual const std::vector<Finding> *findings(qint64 reportId) = 0;
    virtual QString errorString() const = 0;
    /// Another source over the same reports, to read from another thread at
    /// the same time as this one: call it on that thread. nullptr when the
    /// source cannot be shared (then an export reads on one thread).
    virtual std::unique_ptr<ExportSource> openAnother() const { return nullptr; }
};
