// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/tablelabels.h"

#include "parser/normalizedtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QStringList normalizedList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(NormalizedText::normalize(item.toString()));
    return list;
}

bool longerFirst(const QString &a, const QString &b)
{
    return a.size() > b.size();
}

} // namespace

const TableLabels &TableLabels::instance()
{
    static const TableLabels labels;
    return labels;
}

TableLabels::TableLabels()
{
    QFile file(QStringLiteral(":/govinfo/tablelabels.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing embedded resource tablelabels.json");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    const QJsonObject tables = root.value(u"rows").toObject();
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        const QJsonObject rows = table.value().toObject();
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            for (const QString &variant : normalizedList(row.value()))
                m_rowLabels.push_back({table.key(), row.key(), variant});
        }
    }
    std::stable_sort(m_rowLabels.begin(), m_rowLabels.end(),
                     [](const RowLabel &a, const RowLabel &b) { return longerFirst(a.text, b.text); });

    m_vocabulary = normalizedList(root.value(u"vocabulary"));
    std::stable_sort(m_vocabulary.begin(), m_vocabulary.end(), longerFirst);

    const QJsonObject formats = root.value(u"formats").toObject();
    for (auto it = formats.begin(); it != formats.end(); ++it)
        m_formatMarkers.insert(it.key(), normalizedList(it.value()));
    const QJsonObject regions = root.value(u"regions").toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it)
        m_regionMarkers.insert(it.key(), normalizedList(it.value()));
    const QJsonObject headers = root.value(u"region_headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        m_regionHeaders.insert(it.key(), normalizedList(it.value()));
    m_regionHeaderWindow = root.value(u"region_header_window").toInteger();
    const QJsonObject sections = root.value(u"sections").toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it)
        m_sections.insert(it.key().toInt(), normalizedList(it.value()));
    for (const QJsonValue &numeral : root.value(u"section_numerals").toArray())
        m_sectionNumerals.append(numeral.toString());
    const QJsonObject columns = root.value(u"t2_columns").toObject();
    for (auto format = columns.begin(); format != columns.end(); ++format) {
        const QJsonObject headings = format.value().toObject();
        for (auto it = headings.begin(); it != headings.end(); ++it) {
            QStringList variants = normalizedList(it.value());
            std::stable_sort(variants.begin(), variants.end(), longerFirst);
            m_t2ColumnHeadings.insert(format.key() + u'/' + it.key(), variants);
        }
    }
    m_t2SubtableMarkers = normalizedList(root.value(u"t2_subtable"));
    m_singleOtherRow = root.value(u"t3_single_other_row").toString();
    for (const QJsonValue &row : root.value(u"t3_split_other_rows").toArray())
        m_splitOtherRows.append(row.toString());
}

QStringList TableLabels::t2ColumnHeadings(const QString &format, const QString &column) const
{
    return m_t2ColumnHeadings.value(format + u'/' + column);
}
