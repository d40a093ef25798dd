// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QSaveFile;
struct Report;

/**
 * Writes reports as CSV (RFC 4180: CRLF line ends, fields with a comma, quote
 * or line break quoted, quotes doubled), see shared/spec/report-format.md.
 *
 * Tidy: one line per cell, columns
 * `file,agency,year,format,table,row,column,value,extracted,flags` followed by
 * `status,unit,raw,candidates`. value is the current value, extracted the value
 * as first read; flags are the ids of the failed checks that name the cell and
 * that the reviewer has not dismissed or resolved (open or confirmed),
 * sorted, unique, joined by ';'. A report whose format is not recognised
 * (pre2019) is one line with table, row, column, value and extracted empty;
 * its flags are those of its findings that name no cell.
 *
 * Wide: one line per report, columns file,agency,year,format and then one
 * column per cell key written `t3.new.total`: first every key of the 2019
 * format in spec order, then the keys only the 2021 format has, in its order.
 * A cell the report's format does not have is empty.
 *
 * The file is written through QSaveFile: it appears complete at commit(), or
 * not at all.
 */
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    enum class Layout { Tidy, Wide };
    enum class Encoding { Utf8, Utf8Bom, Gb18030 };

    /// "tidy", "wide"; nothing for other names.
    static std::optional<Layout> layoutFromName(const QString &name);
    /// "utf-8", "utf-8-bom", "gb18030" (case-insensitive); nothing for other names.
    static std::optional<Encoding> encodingFromName(const QString &name);
    /// The cell keys of the wide layout's value columns, "t3/new/total" form.
    static QStringList wideCellKeys();

    explicit CsvExporter(Layout layout = Layout::Tidy, Encoding encoding = Encoding::Utf8);
    ~CsvExporter();
    Q_DISABLE_COPY_MOVE(CsvExporter)

    /// The header line and the lines of one report, CRLF-terminated, not encoded.
    QString headerText() const;
    QString reportText(const Report &report, const std::vector<Finding> &findings) const;

    /// Starts writing path (the header goes first). Errors name the file; see errorString().
    bool begin(const QString &path);
    bool addReport(const Report &report, const std::vector<Finding> &findings);
    /// The lines of one report in the file's encoding, for addBytes(). Threads
    /// may format reports at once, each with its own exporter of the same
    /// layout and encoding, and one of them write them in order.
    QByteArray reportBytes(const Report &report, const std::vector<Finding> &findings) const;
    bool addBytes(const QByteArray &bytes);
    /// Replaces path with what was written; before this the old file is untouched.
    bool commit();
    /// Abandons the file being written; the old one stays.
    void cancel();
    QString errorString() const { return m_error; }

private:
    QString tidyText(const Report &report, const std::vector<Finding> &findings) const;
    QString wideText(const Report &report) const;
    QByteArray encode(const QString &text) const;

    Layout m_layout;
    Encoding m_encoding;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
    /// Wide layout: per format, the index in its cells of each wide column (-1 when it has none).
    mutable QHash<QString, std::vector<int>> m_wideIndexes;
};
