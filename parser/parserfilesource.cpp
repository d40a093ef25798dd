// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/parserfilesource.h"

#include "parser/batchreader.h"
#include "parser/reportfilereader.h"

QStringList ParserFileSource::collectFiles(const QStringList &paths, QStringList *errors) const
{
    return ReportFileReader::collectFiles(paths, errors);
}

int ParserFileSource::read(const QStringList &files, const Consumer &consume, const std::atomic_bool *cancel,
                           int maxThreads) const
{
    return BatchReader::readInOrder(files, consume, cancel, maxThreads);
}
