// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findingspanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/review/findingsmodel.h"
#include "models/review/itemroles.h"
#include "ui/findingreviewdialog.h"

FindingsPanel::FindingsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_scopeLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_confirm(new QAction(this))
    , m_dismiss(new QAction(this))
    , m_corrected(new QAction(this))
    , m_reopen(new QAction(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRoles::RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // The message is what the reviewer reads: it takes the room left.
    const int width = m_view->fontMetrics().averageCharWidth();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::ReportColumn, width * 26);
    m_view->setColumnWidth(FindingsModel::CheckColumn, width * 18);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, width * 10);
    m_view->setColumnWidth(FindingsModel::CellsColumn, width * 24);
    m_view->setColumnWidth(FindingsModel::StatusColumn, width * 12);
    m_view->setColumnWidth(FindingsModel::NoteColumn, width * 20);
    m_scopeLabel->setBuddy(m_scope);
    m_scope->addItem(QString(), int(FindingsModel::Scope::CurrentReport));
    m_scope->addItem(QString(), int(FindingsModel::Scope::Project));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addStretch(1);
    for (QAction *action : {m_confirm, m_dismiss, m_corrected, m_reopen}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
        m_buttons.append(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_confirm, &QAction::triggered, this, [this] { askAndReview(ReviewStatus::Confirmed); });
    connect(m_dismiss, &QAction::triggered, this, [this] { askAndReview(ReviewStatus::Dismissed); });
    connect(m_corrected, &QAction::triggered, this, [this] { askAndReview(ReviewStatus::Corrected); });
    connect(m_reopen, &QAction::triggered, this, [this] { askAndReview(ReviewStatus::Open); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindingsPanel::onScopeChanged);
    connect(m_view, &QTableView::activated, this, &FindingsPanel::onActivated);
    connect(m_view, &QTableView::customContextMenuRequested, this, &FindingsPanel::onContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateActions);
    retranslateUi();
    updateActions();
}

FindingsPanel::~FindingsPanel() = default;

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslateUi()
{
    m_scopeLabel->setText(tr("&Show:"));
    m_scope->setItemText(0, tr("This report"));
    m_scope->setItemText(1, tr("Whole project"));
    m_confirm->setText(tr("&Confirm…"));
    m_confirm->setToolTip(tr("The report itself is wrong: keep the finding, with a note"));
    m_dismiss->setText(tr("&Dismiss…"));
    m_dismiss->setToolTip(tr("Not a problem: hide the finding from the open ones, with a note"));
    m_corrected->setText(tr("Mark Co&rrected…"));
    m_corrected->setToolTip(tr("The extraction was wrong and the cell is fixed"));
    m_reopen->setText(tr("Re&open…"));
    m_reopen->setToolTip(tr("Back to open"));
    m_model->refreshLabels();
}

FindingRef FindingsPanel::findingAtProxyRow(int row) const
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    return source.isValid() ? m_model->findingAt(source.row()) : FindingRef();
}

QList<FindingRef> FindingsPanel::selectedFindings() const
{
    QList<FindingRef> findings;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        findings.append(findingAtProxyRow(index.row()));
    return findings;
}

FindingRef FindingsPanel::currentFinding() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? findingAtProxyRow(current.row()) : FindingRef();
}

bool FindingsPanel::setCurrentFinding(const FindingRef &finding)
{
    const int row = m_model->rowOf(finding);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void FindingsPanel::reviewSelected(ReviewStatus status, const QString &note)
{
    const QList<FindingRef> findings = selectedFindings();
    if (findings.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    if (findings.size() > 1)
        stack->beginMacro(tr("Review %n finding(s)", nullptr, int(findings.size())));
    for (const FindingRef &finding : findings)
        m_document->setFindingReview(finding, status, note);
    if (findings.size() > 1)
        stack->endMacro();
}

void FindingsPanel::askAndReview(ReviewStatus status)
{
    const QList<FindingRef> findings = selectedFindings();
    if (findings.isEmpty())
        return;
    QString note;
    if (findings.size() == 1)
        note = m_proxy->index(m_view->currentIndex().row(), FindingsModel::NoteColumn).data().toString();
    FindingReviewDialog dialog(status, int(findings.size()), note, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reviewSelected(status, dialog.note());
}

void FindingsPanel::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    for (QAction *action : {m_confirm, m_dismiss, m_corrected, m_reopen})
        action->setEnabled(any);
}

void FindingsPanel::onScopeChanged(int index)
{
    m_model->setScope(FindingsModel::Scope(m_scope->itemData(index).toInt()));
}

void FindingsPanel::onActivated(const QModelIndex &index)
{
    const FindingRef finding = findingAtProxyRow(index.row());
    if (finding.isValid())
        emit findingActivated(finding);
}

void FindingsPanel::onCurrentChanged(const QModelIndex &current)
{
    if (current.isValid())
        emit currentFindingChanged(findingAtProxyRow(current.row()));
}

void FindingsPanel::onContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addActions({m_confirm, m_dismiss, m_corrected, m_reopen});
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
