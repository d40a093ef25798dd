// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csvexporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ExportSource;

/**
 * Exports the reports of a project as one CSV file (CsvExporter): all of
 * them, a chosen few, or those without open errors, from any ExportSource.
 * The command line and the export dialog both use it, so that the same
 * choices give the same bytes. Reports are read and formatted on every core
 * when the source can open another (ExportSource::openAnother()).
 */
class ProjectExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectExporter)

public:
    enum class Selection {
        All,
        Selected,          ///< the reports named in Options::reportIds
        WithoutOpenErrors, ///< reports with no finding of severity error still open
    };

    struct Options
    {
        CsvExporter::Layout layout = CsvExporter::Layout::Tidy;
        CsvExporter::Encoding encoding = CsvExporter::Encoding::Utf8;
        Selection selection = Selection::All;
        QList<qint64> reportIds; ///< for Selection::Selected
    };

    explicit ProjectExporter(ExportSource &source);

    /// Writes path atomically: on failure (errorString() names the file or the
    /// report and says why) an older file at path is left as it was.
    bool exportTo(const QString &path, const Options &options);
    /// Threads that read and format reports; 0 (the default) means one per core.
    void setMaxThreads(int threads) { m_maxThreads = threads; }
    /// Reports written by the last successful exportTo().
    int exportedCount() const { return m_exported; }
    QString errorString() const { return m_error; }

private:
    class Run;

    ExportSource &m_source;
    int m_maxThreads = 0;
    int m_exported = 0;
    QString m_error;
};
