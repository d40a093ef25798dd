// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tablespanel.h"

#include <algorithm>

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "models/gridlayout.h"
#include "models/report.h"
#include "models/review/celltablemodel.h"
#include "models/review/projectdocument.h"
#include "ui/celldelegate.h"
#include "ui/gridview.h"

namespace {

QLabel *newTitle(QWidget *parent, bool bold)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

} // namespace

TablesPanel::TablesPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(this))
{
    m_tabs->setDocumentMode(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &TablesPanel::onPageChanged);
    connect(m_document, &ProjectDocument::currentReportChanged, this, &TablesPanel::onCurrentReportChanged);
    connect(m_document, &ProjectDocument::reportsReset, this, &TablesPanel::onCurrentReportChanged);
    connect(m_document, &ProjectDocument::currentCellChanged, this, &TablesPanel::onCurrentCellChanged);
    retranslateUi();
    onCurrentReportChanged();
}

TablesPanel::~TablesPanel() = default;

GridView *TablesPanel::view(int gridIndex) const
{
    return gridIndex >= 0 && gridIndex < m_views.size() ? m_views.at(gridIndex) : nullptr;
}

CellTableModel *TablesPanel::model(int gridIndex) const
{
    return gridIndex >= 0 && gridIndex < m_models.size() ? m_models.at(gridIndex) : nullptr;
}

int TablesPanel::pageOfGrid(int gridIndex) const
{
    return m_pageOfGrid.value(gridIndex, -1);
}

QTableView *TablesPanel::currentView() const
{
    const int page = m_tabs->currentIndex();
    if (pageOfGrid(m_currentGrid) == page)
        return view(m_currentGrid);
    return view(int(m_pageOfGrid.indexOf(page)));
}

int TablesPanel::gridOfCell(int cellIndex) const
{
    if (cellIndex < 0)
        return -1;
    for (int i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i)->indexOfCell(cellIndex).isValid())
            return i;
    }
    return -1;
}

void TablesPanel::showGrid(int gridIndex)
{
    const int page = pageOfGrid(gridIndex);
    if (page < 0)
        return;
    m_currentGrid = gridIndex;
    m_tabs->setCurrentIndex(page);
    if (QScrollArea *area = m_scrollAreas.at(page))
        area->ensureWidgetVisible(view(gridIndex), 0, 0);
}

void TablesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TablesPanel::retranslateUi()
{
    const Report *report = m_document->currentReport();
    m_empty->setText(report ? tr("The format of this report was not recognised: there are no tables to show.")
                            : tr("Select a report to see its tables."));
    for (CellTableModel *model : std::as_const(m_models))
        model->refreshLabels();
    const std::vector<GridSpec> &grids = GridLayout::instance().grids(m_format);
    for (int i = 0; i < m_captions.size() && i < int(grids.size()); ++i) {
        if (QLabel *caption = m_captions.at(i))
            caption->setText(grids[std::size_t(i)].title.text());
    }
    for (int page = 0; page < m_pageTables.size(); ++page) {
        const TableSpec *table = GridLayout::instance().table(m_pageTables.at(page));
        if (!table)
            continue;
        m_tabs->setTabText(page, table->tab.text());
        m_tabs->setTabToolTip(page, table->title.text());
        m_pageTitles.at(page)->setText(table->title.text());
    }
}

void TablesPanel::rebuild()
{
    // The models follow the current report themselves; only a different
    // format (other grids) needs new pages.
    QList<QWidget *> pages;
    for (int page = 0; page < m_tabs->count(); ++page)
        pages.append(m_tabs->widget(page));
    m_tabs->clear();
    qDeleteAll(pages);
    m_views.clear();
    m_models.clear();
    m_pageOfGrid.clear();
    m_captions.clear();
    m_pageTitles.clear();
    m_scrollAreas.clear();
    m_pageTables.clear();
    m_currentGrid = -1;

    const std::vector<GridSpec> &grids = GridLayout::instance().grids(m_format);
    QList<QVBoxLayout *> pageLayouts;
    for (int i = 0; i < int(grids.size()); ++i) {
        const GridSpec &grid = grids[std::size_t(i)];
        int page = int(m_pageTables.indexOf(grid.table));
        if (page < 0) {
            // A table of several grids (table 2) scrolls as one page; a
            // single grid fills its page and scrolls itself.
            const bool several = std::count_if(grids.cbegin(), grids.cend(), [&grid](const GridSpec &other) {
                                     return other.table == grid.table;
                                 }) > 1;
            auto *pageWidget = new QWidget;
            auto *pageLayout = new QVBoxLayout(pageWidget);
            QScrollArea *area = nullptr;
            QWidget *content = pageWidget;
            if (several) {
                pageLayout->setContentsMargins(0, 0, 0, 0);
                area = new QScrollArea(pageWidget);
                area->setWidgetResizable(true);
                area->setFrameShape(QFrame::NoFrame);
                content = new QWidget(area);
                area->setWidget(content);
                pageLayout->addWidget(area);
                pageLayout = new QVBoxLayout(content);
            }
            QLabel *title = newTitle(content, true);
            pageLayout->addWidget(title);
            m_pageTitles.append(title);
            page = m_tabs->addTab(pageWidget, QString());
            m_pageTables.append(grid.table);
            m_scrollAreas.append(area);
            pageLayouts.append(pageLayout);
        }
        QVBoxLayout *pageLayout = pageLayouts.at(page);
        QScrollArea *area = m_scrollAreas.at(page);
        QWidget *content = area ? area->widget() : m_tabs->widget(page);
        QLabel *caption = nullptr;
        if (area) {
            caption = newTitle(content, false);
            pageLayout->addWidget(caption);
        }

        auto *view = new GridView(content);
        auto *model = new CellTableModel(m_document, i, view);
        view->setFitToContents(area != nullptr);
        view->setModel(model);
        // One delegate per view: a view takes every commitData/closeEditor
        // its delegate emits as its own.
        view->setItemDelegate(new CellDelegate(view));
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
        view->setTabKeyNavigation(true);
        view->setWordWrap(true);
        view->installEventFilter(this);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, i](const QModelIndex &current) { onViewCurrentChanged(i, current); });
        pageLayout->addWidget(view, area ? 0 : 1);

        m_views.append(view);
        m_models.append(model);
        m_captions.append(caption);
        m_pageOfGrid.append(page);
    }
    for (int page = 0; page < m_scrollAreas.size(); ++page) {
        if (m_scrollAreas.at(page))
            pageLayouts.at(page)->addStretch(1);
    }
}

void TablesPanel::onCurrentReportChanged()
{
    const Report *report = m_document->currentReport();
    const QString format = report ? report->format : QString();
    if (format != m_format || m_views.isEmpty()) {
        m_format = format;
        rebuild();
    }
    m_tabs->setVisible(!m_views.isEmpty());
    m_empty->setVisible(m_views.isEmpty());
    retranslateUi();
    onCurrentCellChanged(m_document->currentCell());
}

void TablesPanel::clearOtherGrids(int gridIndex)
{
    const int page = pageOfGrid(gridIndex);
    for (int i = 0; i < m_views.size(); ++i) {
        if (i != gridIndex && m_pageOfGrid.at(i) == page && m_views.at(i)->currentIndex().isValid())
            m_views.at(i)->selectionModel()->clear();
    }
}

void TablesPanel::onCurrentCellChanged(int cellIndex)
{
    if (m_syncing)
        return;
    const int grid = gridOfCell(cellIndex);
    if (grid < 0)
        return;
    const QModelIndex index = m_models.at(grid)->indexOfCell(cellIndex);
    GridView *view = m_views.at(grid);
    m_syncing = true;
    showGrid(grid);
    clearOtherGrids(grid);
    if (view->currentIndex() != index)
        view->setCurrentIndex(index);
    view->scrollTo(index);
    if (QScrollArea *area = m_scrollAreas.at(pageOfGrid(grid))) {
        const QRect cell = view->visualRect(index);
        const QPoint center = view->viewport()->mapTo(area->widget(), cell.center());
        area->ensureVisible(center.x(), center.y(), cell.width(), cell.height());
    }
    m_syncing = false;
}

void TablesPanel::onViewCurrentChanged(int gridIndex, const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    m_currentGrid = gridIndex;
    m_syncing = true;
    clearOtherGrids(gridIndex);
    m_document->setCurrentCell(m_models.at(gridIndex)->cellIndex(current));
    m_syncing = false;
}

void TablesPanel::onPageChanged(int page)
{
    if (pageOfGrid(m_currentGrid) != page)
        m_currentGrid = int(m_pageOfGrid.indexOf(page));
}

bool TablesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter edits the current cell (QAbstractItemView only emits activated()).
    auto *view = qobject_cast<QTableView *>(watched);
    if (view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Enter in an open editor commits (the delegate) and then reaches
        // the view as well: only a view without an editor starts one.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
            && view->currentIndex().isValid() && !view->indexWidget(view->currentIndex())) {
            view->edit(view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
