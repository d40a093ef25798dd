// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

/** The result of reading one file: a report, or the reason there is none. */
struct ReadOutcome
{
    QString path;
    std::unique_ptr<Report> report;
    QString error; ///< translated, names the file and the reason; empty on success
};

/**
 * Where an import gets its reports from. The parser implements it
 * (ParserFileSource); the store side (ImportSession) only sees this, so that
 * models/ never includes parser/ and new readers (PDF, DOCX) or a remote
 * source slot in without touching the import.
 */
class ReportFileSource
{
public:
    /// Takes each file read, on the calling thread, in the order of the files; false stops.
    using Consumer = std::function<bool(ReadOutcome &&outcome)>;

    virtual ~ReportFileSource() = default;

    /// Files and folders expanded to the report files to read; what cannot be
    /// listed is described in *errors (translated, naming the path).
    virtual QStringList collectFiles(const QStringList &paths, QStringList *errors) const = 0;
    /// Reads files (in parallel when it can) and hands each outcome to
    /// consume() on the calling thread, in the order of files, as soon as it
    /// and those before it are read: the caller stores one while the next are
    /// read. Stops handing over when consume returns false or *cancel (which
    /// may be set from any thread) becomes true. maxThreads 0 means one per
    /// core. Returns how many outcomes were handed over.
    virtual int read(const QStringList &files, const Consumer &consume, const std::atomic_bool *cancel,
                     int maxThreads) const = 0;
};
