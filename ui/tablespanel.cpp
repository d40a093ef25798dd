// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tablespanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/report.h"
#include "models/review/celltablemodel.h"
#include "models/review/gridlayout.h"
#include "models/review/projectdocument.h"
#include "ui/celldelegate.h"

TablesPanel::TablesPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);

    connect(m_document, &ProjectDocument::currentReportChanged, this, &TablesPanel::onCurrentReportChanged);
    connect(m_document, &ProjectDocument::reportsReset, this, &TablesPanel::onCurrentReportChanged);
    connect(m_document, &ProjectDocument::currentCellChanged, this, &TablesPanel::onCurrentCellChanged);
    retranslateUi();
    onCurrentReportChanged();
}

TablesPanel::~TablesPanel() = default;

QTableView *TablesPanel::view(int gridIndex) const
{
    return gridIndex >= 0 && gridIndex < m_views.size() ? m_views.at(gridIndex) : nullptr;
}

CellTableModel *TablesPanel::model(int gridIndex) const
{
    return gridIndex >= 0 && gridIndex < m_models.size() ? m_models.at(gridIndex) : nullptr;
}

QTableView *TablesPanel::currentView() const
{
    return view(m_tabs->currentIndex());
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
    for (int i = 0; i < m_models.size(); ++i) {
        if (const GridSpec *grid = m_models.at(i)->grid())
            m_tabs->setTabText(i, grid->title.text());
    }
}

void TablesPanel::rebuild()
{
    // The models follow the current report themselves; only a different
    // format (other grids) needs new tabs.
    m_tabs->clear();
    qDeleteAll(m_views);
    m_views.clear();
    m_models.clear();
    const std::vector<GridSpec> &grids = GridLayout::instance().grids(m_format);
    for (int i = 0; i < int(grids.size()); ++i) {
        auto *view = new QTableView(m_tabs);
        auto *model = new CellTableModel(m_document, i, view);
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
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        // The form's row labels run to thirty characters: cap the header
        // (elided; the tooltip has the label in the other language) so the
        // numbers keep their room.
        view->verticalHeader()->setMaximumWidth(view->fontMetrics().horizontalAdvance(QChar(0x4e00)) * 14);
        view->verticalHeader()->setTextElideMode(Qt::ElideRight);
        // Columns as wide as their labels, up to a bound: numbers stay in view.
        const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setDefaultSectionSize(digit * 8);
        view->horizontalHeader()->setMaximumSectionSize(digit * 11);
        connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
        connect(model, &QAbstractItemModel::headerDataChanged, view, &QTableView::resizeColumnsToContents);
        view->installEventFilter(this);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &TablesPanel::onViewCurrentChanged);
        view->resizeColumnsToContents();
        m_tabs->addTab(view, grids[std::size_t(i)].title.text());
        m_views.append(view);
        m_models.append(model);
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

void TablesPanel::onCurrentCellChanged(int cellIndex)
{
    if (m_syncing)
        return;
    const int grid = gridOfCell(cellIndex);
    if (grid < 0)
        return;
    const QModelIndex index = m_models.at(grid)->indexOfCell(cellIndex);
    QTableView *view = m_views.at(grid);
    m_syncing = true;
    m_tabs->setCurrentIndex(grid);
    if (view->currentIndex() != index)
        view->setCurrentIndex(index);
    view->scrollTo(index);
    m_syncing = false;
}

void TablesPanel::onViewCurrentChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const auto *model = qobject_cast<const CellTableModel *>(current.model());
    if (!model)
        return;
    const int cell = model->cellIndex(current);
    m_syncing = true;
    m_document->setCurrentCell(cell);
    m_syncing = false;
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
