// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

/** A row label variant, normalized (see NormalizedText). */
struct RowLabel
{
    QString table;
    QString row;
    QString text;
};

/**
 * The table vocabulary of resources/tablelabels.json: row labels and their
 * variants, header words, format markers, section headings. Loaded once,
 * read-only afterwards, shared by all parser threads.
 */
class TableLabels final
{
public:
    static const TableLabels &instance();

    /// Longest variants first, so "行政规范性文件" wins over "规范性文件".
    const std::vector<RowLabel> &rowLabels() const { return m_rowLabels; }
    const QStringList &vocabulary() const { return m_vocabulary; }
    QStringList formatMarkers(const QString &format) const { return m_formatMarkers.value(format); }
    QStringList regionMarkers(const QString &table) const { return m_regionMarkers.value(table); }
    /// Header words one of which must follow a region marker closely for it to start the table.
    QStringList regionHeaders(const QString &table) const { return m_regionHeaders.value(table); }
    qsizetype regionHeaderWindow() const { return m_regionHeaderWindow; }
    /// Section number (1..6) → heading variants.
    const QHash<int, QStringList> &sections() const { return m_sections; }
    const QStringList &sectionNumerals() const { return m_sectionNumerals; }
    /// Table-2 column key (per format) → its heading variants; markers that open a t2 sub-table.
    QStringList t2ColumnHeadings(const QString &format, const QString &column) const;
    const QStringList &t2SubtableMarkers() const { return m_t2SubtableMarkers; }
    QString singleOtherRow() const { return m_singleOtherRow; }
    const QStringList &splitOtherRows() const { return m_splitOtherRows; }

private:
    TableLabels();

    std::vector<RowLabel> m_rowLabels;
    QStringList m_vocabulary;
    QHash<QString, QStringList> m_formatMarkers;
    QHash<QString, QStringList> m_regionMarkers;
    QHash<QString, QStringList> m_regionHeaders;
    qsizetype m_regionHeaderWindow = 0;
    QHash<int, QStringList> m_sections;
    QStringList m_sectionNumerals;
    QHash<QString, QStringList> m_t2ColumnHeadings; ///< "format/column" → variants
    QStringList m_t2SubtableMarkers;
    QString m_singleOtherRow;
    QStringList m_splitOtherRows;
};
