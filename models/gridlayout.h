// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

class QJsonObject;

/** The two languages of the labels and messages. */
enum class Language { Chinese, English };

/// The UI's language: Chinese when the default QLocale is Chinese, else English.
Language uiLanguage();

/** A label in both UI languages. */
struct LabelText
{
    QString zh;
    QString en;

    /// zh when the default QLocale is Chinese, else en.
    QString text() const;
    const QString &text(Language language) const { return language == Language::Chinese ? zh : en; }
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
    std::vector<LabelText> rowGroups; ///< per row: the numbered heading it is an item of, empty when none
};

/** One table of the form (t2, t3, t4): its name, the short name of its tab and its title as printed. */
struct TableSpec
{
    QString id; ///< "t2", "t3", "t4"
    LabelText name; ///< "表三", "Table 3"
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

    /// What a finding's message calls a row or column of a format: its label as
    /// the form prints it, with the row's group ahead and a long label cut short
    /// (the "names" of gridlayout.json). Empty for a row or column the format lacks.
    LabelText rowName(const QString &format, const QString &table, const QString &row) const;
    LabelText columnName(const QString &format, const QString &table, const QString &column) const;
    /// A cell by its key ("t3/new/total"): "表三 一、本年新收政府信息公开申请数量 / 总计".
    LabelText cellName(const QString &format, const QString &key) const;

private:
    GridLayout();
    void addNames(const QString &format, const std::vector<GridSpec> &grids, const QJsonObject &names);

    std::vector<TableSpec> m_tables;
    std::vector<std::pair<QString, std::vector<GridSpec>>> m_formats;
    /// Per format: "row:t3/new" or "column:t3/natural" -> its name.
    QHash<QString, QHash<QString, LabelText>> m_names;
    LabelText m_cellPattern; ///< %1 table, %2 row, %3 column
};
