// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * `govinfo-review export [--db FILE] --csv OUT [--layout tidy|wide]
 * [--encoding utf-8|utf-8-bom|gb18030]`: the current version of every report
 * as CSV (see CsvExporter). Exit 0, 1 when the project or the file cannot be
 * used, 2 for usage errors.
 */
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments);
};
