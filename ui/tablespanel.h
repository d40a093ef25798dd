// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class CellTableModel;
class ProjectDocument;
class QLabel;
class QModelIndex;
class QTabWidget;
class QTableView;

/**
 * The grids of the current report, one tab per GridSpec of its format, each a
 * QTableView over a CellTableModel with a CellDelegate. Selecting a cell makes
 * it the document's current cell; when the current cell changes elsewhere
 * (the text, a finding) the right tab and index follow. Enter or F2 edits,
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
    QTableView *view(int gridIndex) const;
    CellTableModel *model(int gridIndex) const;
    /// The grid showing the cell, -1 when none does.
    int gridOfCell(int cellIndex) const;
    QTableView *currentView() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void onCurrentReportChanged();
    void onCurrentCellChanged(int cellIndex);
    void onViewCurrentChanged(const QModelIndex &current);

    ProjectDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
    QList<QTableView *> m_views;
    QList<CellTableModel *> m_models;
    QString m_format;
    bool m_syncing = false;
};
