// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/gridlayout.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
    }
    for (const QJsonValue &column : object.value(u"columns").toArray()) {
        grid.columns.append(column.toObject().value(u"key").toString());
        grid.columnLabels.push_back(labelFrom(column.toObject()));
    }
    return grid;
}

} // namespace

QString LabelText::text() const
{
    return QLocale().language() == QLocale::Chinese ? zh : en;
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
        m_tables.push_back({object.value(u"id").toString(), labelFrom(object.value(u"tab").toObject()),
                            labelFrom(object.value(u"title").toObject())});
    }
    for (const QJsonValue &format : root.value(u"formats").toArray()) {
        std::vector<GridSpec> grids;
        for (const QJsonValue &grid : format.toObject().value(u"grids").toArray())
            grids.push_back(gridFrom(grid.toObject()));
        m_formats.emplace_back(format.toObject().value(u"id").toString(), std::move(grids));
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
