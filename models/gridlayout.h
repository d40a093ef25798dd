// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/** A label in both UI languages. */
struct LabelText
{
    QString zh;
    QString en;

    /// zh when the default QLocale is Chinese, else en.
    QString text() const;
};

/**
 * One grid as the official form prints it: a table (or a part of t2, which
 * the form prints as four small tables) with its row and column keys and
 * their official labels. Loaded from resources/gridlayout.json; the layout
 * of each format lives there, not in code.
 */
struct GridSpec
{
    QString id;            ///< "t2.documents", "t3", "t4", ...
    QString table;         ///< "t2", "t3", "t4"
    LabelText title;
    QStringList rows;      ///< row keys, in form order
    QStringList columns;   ///< column keys, in form order
    std::vector<LabelText> rowLabels;
    std::vector<LabelText> columnLabels;
};

/** One table of the form (t2, t3, t4): the short name of its tab and its title as printed. */
struct TableSpec
{
    QString id; ///< "t2", "t3", "t4"
    LabelText tab;
    LabelText title;
};

/** The grids of every format, read once from the embedded resource; thread-safe to read. */
class GridLayout final
{
public:
    static const GridLayout &instance();
    /// In display order; empty for an unknown format (pre2019).
    const std::vector<GridSpec> &grids(const QString &format) const;
    /// The table a grid belongs to (GridSpec::table); nullptr for an unknown id.
    const TableSpec *table(const QString &id) const;

private:
    GridLayout();
    std::vector<TableSpec> m_tables;
    std::vector<std::pair<QString, std::vector<GridSpec>>> m_formats;
};
