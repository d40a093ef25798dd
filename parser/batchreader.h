// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser/reportfilereader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

/**
 * Reads many report files in parallel, one file per core at a time, with
 * ReportFileReader. Used by the command line and the import dialog.
 */
class BatchReader final
{
    Q_DECLARE_TR_FUNCTIONS(BatchReader)

public:
    /// files done so far, files in total, the file just finished
    using Progress = std::function<void(int done, int total, const QString &path)>;

    /**
     * Blocks until every file is read, or until *cancel becomes true (it may
     * be set from any thread): files not started by then get an error saying
     * so. Results are in the order of paths. progress is called on the
     * calling thread, once per file, in the order files finish; a GUI calls
     * read() from a worker thread and forwards progress to its own.
     * maxThreads 0 means one per core.
     */
    static std::vector<ReadOutcome> read(const QStringList &paths, const Progress &progress = {},
                                         const std::atomic_bool *cancel = nullptr, int maxThreads = 0);
};
