// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/gridlayout.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {

LabelText labelFrom(const QJsonObject &object)
{
    return {object.value(u"zh").toString(), object.value(u"en").toString()};
}

GridSpec gridFrom(const QJsonObject &object)
{
    GridSpec grid;
    grid.id = object.value(u"id").toString();
    grid.table = object.value(u"table").toString();
    grid.title = labelFrom(object.value(u"title").toObject());
    for (const QJsonValue &row : object.value(u"rows").toArray()) {
        grid.rows.append(row.toObject().value(u"key").toString());
        grid.rowLabels.push_back(labelFrom(row.toObject()));
        grid.rowGroups.push_back(labelFrom(row.toObject().value(u"group").toObject()));
    }
    for (const QJsonValue &column : object.value(u"columns").toArray()) {
        grid.columns.append(column.toObject().value(u"key").toString());
        grid.columnLabels.push_back(labelFrom(column.toObject()));
    }
    return grid;
}

/**
 * A label cut to what a message needs: its number ("2.", "（二）", "(2) ",
 * "III. ") kept, then at most limit characters of its text, cut before the
 * first clause break within them (a parenthesis or a second clause adds
 * nothing to the name), else at the limit (in English at a word's end).
 */
QString shortened(const QString &label, int limit)
{
    static const QRegularExpression number(QStringLiteral(
        "^(?:[（(][一二三四五六七八九十0-9]+[）)]\\s*|[一二三四五六七八九十]+、|[0-9]+[.．、]\\s*|[IVX]+\\.\\s+)"));
    const qsizetype numberLength = number.match(label).capturedLength();
    const QStringView text = QStringView(label).mid(numberLength);
    if (text.size() <= limit)
        return label;
    static const QString breaks = QStringLiteral("、，；（;,(:");
    qsizetype cut = -1;
    for (qsizetype i = 2; i < limit && cut < 0; ++i) {
        if (breaks.contains(text[i]))
            cut = i;
    }
    if (cut < 0) {
        const qsizetype space = text.left(limit + 1).lastIndexOf(u' ');
        cut = space > 0 ? space : limit;
    }
    return label.left(numberLength) + text.left(cut).trimmed().toString() + u'…';
}

/// The name of a row: its group unless its label begins with it, then the label, both cut short.
QString nameOfRow(const QString &label, const QString &group, int limit)
{
    if (group.isEmpty())
        return shortened(label, limit);
    const QString item = label.startsWith(group) ? label.mid(group.size()).trimmed() : label;
    return group + u' ' + shortened(item, limit);
}

} // namespace

Language uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QString LabelText::text() const
{
    return text(uiLanguage());
}

const GridLayout &GridLayout::instance()
{
    // A function-local static is initialised once, thread-safely.
    static const GridLayout layout;
    return layout;
}

GridLayout::GridLayout()
{
    QFile file(QStringLiteral(":/govinfo/gridlayout.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The embedded grid layout is missing: %s", qPrintable(file.errorString()));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &table : root.value(u"tables").toArray()) {
        const QJsonObject object = table.toObject();
        m_tables.push_back({object.value(u"id").toString(), labelFrom(object.value(u"name").toObject()),
                            labelFrom(object.value(u"tab").toObject()), labelFrom(object.value(u"title").toObject())});
    }
    const QJsonObject names = root.value(u"names").toObject();
    m_cellPattern = labelFrom(names.value(u"cell").toObject());
    for (const QJsonValue &format : root.value(u"formats").toArray()) {
        std::vector<GridSpec> grids;
        for (const QJsonValue &grid : format.toObject().value(u"grids").toArray())
            grids.push_back(gridFrom(grid.toObject()));
        const QString id = format.toObject().value(u"id").toString();
        addNames(id, grids, names);
        m_formats.emplace_back(id, std::move(grids));
    }
}

void GridLayout::addNames(const QString &format, const std::vector<GridSpec> &grids, const QJsonObject &names)
{
    const QJsonObject limits = names.value(u"limit").toObject();
    const int limitZh = limits.value(u"zh").toInt();
    const int limitEn = limits.value(u"en").toInt();
    QHash<QString, LabelText> &byKey = m_names[format];
    for (const GridSpec &grid : grids) {
        for (qsizetype i = 0; i < grid.rows.size(); ++i) {
            const LabelText &label = grid.rowLabels[std::size_t(i)];
            const LabelText &group = grid.rowGroups[std::size_t(i)];
            byKey.insert(u"row:" + grid.table + u'/' + grid.rows[i],
                         {nameOfRow(label.zh, group.zh, limitZh), nameOfRow(label.en, group.en, limitEn)});
        }
        for (qsizetype i = 0; i < grid.columns.size(); ++i) {
            const LabelText &label = grid.columnLabels[std::size_t(i)];
            byKey.insert(u"column:" + grid.table + u'/' + grid.columns[i],
                         {shortened(label.zh, limitZh), shortened(label.en, limitEn)});
        }
    }
}

const std::vector<GridSpec> &GridLayout::grids(const QString &format) const
{
    static const std::vector<GridSpec> none;
    for (const auto &[id, grids] : m_formats) {
        if (id == format)
            return grids;
    }
    return none;
}

const TableSpec *GridLayout::table(const QString &id) const
{
    const auto found =
        std::find_if(m_tables.cbegin(), m_tables.cend(), [&id](const TableSpec &table) { return table.id == id; });
    return found == m_tables.cend() ? nullptr : &*found;
}

LabelText GridLayout::rowName(const QString &format, const QString &table, const QString &row) const
{
    return m_names.value(format).value(u"row:" + table + u'/' + row);
}

LabelText GridLayout::columnName(const QString &format, const QString &table, const QString &column) const
{
    return m_names.value(format).value(u"column:" + table + u'/' + column);
}

LabelText GridLayout::cellName(const QString &format, const QString &key) const
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3)
        return {};
    const LabelText row = rowName(format, parts[0], parts[1]);
    const LabelText column = columnName(format, parts[0], parts[2]);
    const TableSpec *spec = table(parts[0]);
    if (row.zh.isEmpty() || column.zh.isEmpty() || !spec)
        return {};
    // One pass of arg(): a label holding "%2" is not substituted again.
    return {m_cellPattern.zh.arg(spec->name.zh, row.zh, column.zh),
            m_cellPattern.en.arg(spec->name.en, row.en, column.en)};
}
