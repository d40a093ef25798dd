// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/parserfilesource.h"

#include "parser/batchreader.h"
#include "parser/reportfilereader.h"

QStringList ParserFileSource::collectFiles(const QStringList &paths, QStringList *errors) const
{
    return ReportFileReader::collectFiles(paths, errors);
}

std::vector<ReadOutcome> ParserFileSource::read(const QStringList &files, const Progress &progress,
                                                const std::atomic_bool *cancel, int maxThreads) const
{
    return BatchReader::read(files, progress, cancel, maxThreads);
}
