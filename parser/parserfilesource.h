// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reportfilesource.h"

/** Report files on disk, read by ReportFileReader, many at once by BatchReader. */
class ParserFileSource final : public ReportFileSource
{
public:
    QStringList collectFiles(const QStringList &paths, QStringList *errors) const override;
    int read(const QStringList &files, const Consumer &consume, const std::atomic_bool *cancel,
             int maxThreads) const override;
};
