// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "models/finding.h"
#include "models/review/projectdocument.h"

class FindingsModel;
class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

/**
 * The findings of the current report or of the whole project (a switch), in a
 * sortable table. The reviewer confirms (the report itself is wrong),
 * dismisses or marks corrected the selected findings, each with an optional
 * note, from the buttons or the context menu; every verdict is an undo
 * command of the document. Activating a row (double-click, Enter) emits
 * findingActivated() so the window can jump to the cell and its source.
 */
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~FindingsPanel() override;
    Q_DISABLE_COPY_MOVE(FindingsPanel)

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *scopeCombo() const { return m_scope; }
    QAction *confirmAction() const { return m_confirm; }
    QAction *dismissAction() const { return m_dismiss; }
    QAction *correctedAction() const { return m_corrected; }
    QAction *reopenAction() const { return m_reopen; }

    QList<FindingRef> selectedFindings() const;
    FindingRef currentFinding() const;
    /// Selects the finding's row when the model shows it; false otherwise.
    bool setCurrentFinding(const FindingRef &finding);
    /// Gives every selected finding the status and note (one undo step).
    void reviewSelected(ReviewStatus status, const QString &note);

signals:
    void findingActivated(const FindingRef &finding);
    void currentFindingChanged(const FindingRef &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void askAndReview(ReviewStatus status);
    void onScopeChanged(int index);
    void onActivated(const QModelIndex &index);
    void onCurrentChanged(const QModelIndex &current);
    void onContextMenu(const QPoint &pos);
    FindingRef findingAtProxyRow(int row) const;

    ProjectDocument *m_document;
    FindingsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_dismiss = nullptr;
    QAction *m_corrected = nullptr;
    QAction *m_reopen = nullptr;
    QList<QToolButton *> m_buttons;
};
