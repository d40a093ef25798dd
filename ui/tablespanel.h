// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class CellTableModel;
class GridView;
class ProjectDocument;
class QLabel;
class QModelIndex;
class QScrollArea;
class QTabWidget;
class QTableView;

/**
 * The grids of the current report, one tab per table of the form (表二, 表三,
 * 表四) under its official title; table 2's small grids are stacked on its
 * page as the form prints them, each under its caption. Every grid is a
 * GridView over a CellTableModel with a CellDelegate. Selecting a cell makes
 * it the document's current cell; when the current cell changes elsewhere
 * (the text, a finding) the right page and index follow. Enter or F2 edits,
 * typing starts editing, Tab moves on.
 */
class TablesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TablesPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~TablesPanel() override;
    Q_DISABLE_COPY_MOVE(TablesPanel)

    QTabWidget *tabs() const { return m_tabs; }
    int gridCount() const { return int(m_views.size()); }
    GridView *view(int gridIndex) const;
    CellTableModel *model(int gridIndex) const;
    /// The grid showing the cell, -1 when none does.
    int gridOfCell(int cellIndex) const;
    /// The tab a grid is on, -1 for none.
    int pageOfGrid(int gridIndex) const;
    /// Brings the grid's page to the front and the grid into view.
    void showGrid(int gridIndex);
    /// The grid the reviewer works in: the one of the current cell, else the first of the page shown.
    QTableView *currentView() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void onCurrentReportChanged();
    void onCurrentCellChanged(int cellIndex);
    void onViewCurrentChanged(int gridIndex, const QModelIndex &current);
    void onPageChanged(int page);
    /// Clears the current cell of every grid but one (table 2's grids share a page).
    void clearOtherGrids(int gridIndex);

    ProjectDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
    QList<GridView *> m_views;
    QList<CellTableModel *> m_models;
    QList<int> m_pageOfGrid;
    QList<QLabel *> m_captions;      ///< per grid; nullptr when the grid is its table's only one
    QList<QLabel *> m_pageTitles;    ///< per page
    QList<QScrollArea *> m_scrollAreas; ///< per page; nullptr when the page holds one grid
    QStringList m_pageTables;        ///< per page: "t2", "t3", "t4"
    QString m_format;
    int m_currentGrid = -1;
    bool m_syncing = false;
};
