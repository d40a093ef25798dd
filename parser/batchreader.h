// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser/reportfilereader.h"

#include <QStringList>

#include <atomic>
#include <functional>

/**
 * Reads many report files in parallel, one file per core at a time, with
 * ReportFileReader, for an import (ParserFileSource): the command line and
 * the import dialog.
 */
class BatchReader final
{
public:
    /// How far the readers may run ahead of the consumer: far enough that they go on
    /// while it is held up (the sync of a checkpoint takes tens of milliseconds, the time
    /// to read a hundred reports), near enough that the reports waiting stay small. Counted in
    /// files per thread and in the text of the reports waiting.
    static constexpr int AheadPerThread = 64;
    static constexpr qint64 MaxAheadBytes = 64 * 1024 * 1024;

    /// Called on the calling thread with each file read, in the order of paths; false stops.
    using Consumer = std::function<bool(ReadOutcome &&outcome)>;

    /**
     * Reads files in parallel (maxThreads, 0 = one per core) and hands each
     * outcome to consume(), on the calling thread and in the order of paths,
     * as soon as it and every file before it are read: the caller stores one
     * report while the next ones are parsed. No more than AheadPerThread files
     * per thread and MaxAheadBytes of text are read ahead, so a large folder is
     * never held in memory. When consume returns false or *cancel becomes
     * true, files not started are left unread and nothing more is handed
     * over. Returns how many were.
     */
    static int readInOrder(const QStringList &paths, const Consumer &consume, const std::atomic_bool *cancel = nullptr,
                           int maxThreads = 0);
};
