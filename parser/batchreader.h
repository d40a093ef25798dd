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
    /// Called on the calling thread with each file read, in the order of paths; false stops.
    using Consumer = std::function<bool(ReadOutcome &&outcome)>;

    /**
     * Reads files in parallel (maxThreads, 0 = one per core) and hands each
     * outcome to consume(), on the calling thread and in the order of paths,
     * as soon as it and every file before it are read: the caller stores one
     * report while the next ones are parsed. At most a few files per thread
     * are read ahead, so a large folder is never held in memory. When consume
     * returns false or *cancel becomes true, files not started are left
     * unread and nothing more is handed over. Returns how many were.
     */
    static int readInOrder(const QStringList &paths, const Consumer &consume, const std::atomic_bool *cancel = nullptr,
                           int maxThreads = 0);
};
