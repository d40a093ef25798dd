// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reportfilesource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * Reads report files from disk: picks the DocumentReader by suffix, guards
 * against empty, binary, unreadable and oversized files, decodes and parses.
 * Thread-safe; every function may run in a worker thread.
 */
class ReportFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFileReader)

public:
    /// Files larger than this are refused with a clear message.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    /// Files and folders (recursively, sorted) expanded to the report files to read.
    /// Paths that do not exist or cannot be listed are reported in *errors.
    static QStringList collectFiles(const QStringList &paths, QStringList *errors);

    /// Reads and parses one file; sets contentHash, path, fileName and importedAt.
    static ReadOutcome read(const QString &path);

    /// What read() does once the file's bytes are read: bytes are the content of a
    /// file at path, whose suffix picks the reader; the file itself is not opened.
    static ReadOutcome readBytes(const QByteArray &bytes, const QString &path);

    /// Suffixes that can be read now, and those that are recognised but not supported yet.
    static QStringList supportedSuffixes();
    static QStringList plannedSuffixes();
};
