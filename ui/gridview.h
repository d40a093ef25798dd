// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class GridHeaderView;

/**
 * One grid of the official form: a QTableView whose row and column labels
 * wrap instead of being cut (GridHeaderView). The row labels take the width
 * the columns leave, between a readable minimum and their length on one line;
 * the columns are as wide as their numbers or their wrapped labels. A grid
 * that fits its contents (the small tables of table 2, stacked on one page)
 * is exactly as tall as its rows and never scrolls itself.
 */
class GridView final : public QTableView
{
    Q_OBJECT

public:
    explicit GridView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GridView)

    GridHeaderView *rowHeader() const { return m_rowHeader; }
    GridHeaderView *columnHeader() const { return m_columnHeader; }
    void setFitToContents(bool fit);
    bool fitsToContents() const { return m_fit; }
    void setModel(QAbstractItemModel *model) override;
    /// Sizes the columns and the row labels again (new labels, new language).
    void fitHeaders();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitRowHeader();

    GridHeaderView *m_rowHeader = nullptr;
    GridHeaderView *m_columnHeader = nullptr;
    bool m_fit = false;
};
