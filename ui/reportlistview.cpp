// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reportlistview.h"

#include <algorithm>
#include <set>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"
#include "models/review/reportfilterproxymodel.h"
#include "models/review/reportlistmodel.h"

ReportListView::ReportListView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ReportListModel(document, this))
    , m_proxy(new ReportFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_openErrors(new QCheckBox(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setClearButtonEnabled(true);
    m_format->addItem(QString(), QString());
    m_format->addItem(QStringLiteral("2019"), QStringLiteral("2019"));
    m_format->addItem(QStringLiteral("2021"), QStringLiteral("2021"));
    m_format->addItem(QString(), QStringLiteral("pre2019"));
    m_year->addItem(QString(), 0);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every column in view: the agency takes the room left, the short columns fit.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReportListModel::FileNameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReportListModel::AgencyColumn, QHeaderView::Stretch);
    for (const int column : {ReportListModel::YearColumn, ReportListModel::FormatColumn,
                             ReportListModel::OpenFindingsColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(ReportListModel::FileNameColumn, m_view->fontMetrics().averageCharWidth() * 15);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *filters = new QGridLayout;
    filters->addWidget(m_filter, 0, 0, 1, 2);
    filters->addWidget(m_format, 1, 0);
    filters->addWidget(m_year, 1, 1);
    filters->addWidget(m_openErrors, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ReportFilterProxyModel::setText);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setFormat(m_format->itemData(index).toString()); });
    connect(m_year, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setYear(m_year->itemData(index).toInt()); });
    connect(m_openErrors, &QCheckBox::toggled, m_proxy, &ReportFilterProxyModel::setOpenErrorsOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportListView::onCurrentRowChanged);
    connect(m_document, &ProjectDocument::currentReportChanged, this, &ReportListView::onCurrentReportChanged);
    connect(m_document, &ProjectDocument::reportsReset, this, [this] {
        updateYears();
        updateSummary();
        onCurrentReportChanged(m_document->currentReportId());
    });
    connect(m_document, &ProjectDocument::reportSummaryChanged, this, &ReportListView::updateSummary);
    retranslateUi();
    updateYears();
}

ReportListView::~ReportListView() = default;

void ReportListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportListView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by file name or agency"));
    m_format->setItemText(0, tr("All formats"));
    m_format->setItemText(3, tr("Format unknown"));
    m_format->setToolTip(tr("Show the reports of one format"));
    m_year->setItemText(0, tr("All years"));
    m_year->setToolTip(tr("Show the reports of one year"));
    m_openErrors->setText(tr("Only reports with open errors"));
    updateSummary();
}

void ReportListView::updateSummary()
{
    const ProjectSummary summary = m_document->projectSummary();
    m_summary->setText(tr("Reports: %1 · cells: %2 · open errors: %3 · corrected cells: %4")
                           .arg(summary.reportCount)
                           .arg(summary.cellCount)
                           .arg(summary.openErrorCount)
                           .arg(summary.correctedCellCount));
}

void ReportListView::updateYears()
{
    std::set<int, std::greater<>> years;
    for (int row = 0; row < m_document->reportCount(); ++row) {
        if (const int year = m_document->reportSummary(row).year; year > 0)
            years.insert(year);
    }
    const int selected = m_year->currentData().toInt();
    const QSignalBlocker blocker(m_year);
    while (m_year->count() > 1)
        m_year->removeItem(1);
    for (const int year : years)
        m_year->addItem(QString::number(year), year);
    const int index = m_year->findData(selected);
    m_year->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        m_proxy->setYear(0);
}

QList<qint64> ReportListView::selectedReports() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(ItemRoles::ReportIdRole).toLongLong());
    return ids;
}

QList<qint64> ReportListView::reportsInViewOrder() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(ItemRoles::ReportIdRole).toLongLong());
    return ids;
}

bool ReportListView::selectReport(qint64 reportId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfReport(reportId));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ReportListView::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    m_syncing = true;
    m_document->setCurrentReport(current.data(ItemRoles::ReportIdRole).toLongLong());
    m_syncing = false;
}

void ReportListView::onCurrentReportChanged(qint64 reportId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfReport(reportId));
    if (index.isValid() && index != m_view->currentIndex()) {
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_syncing = false;
}
