// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/review/projectdocument.h"

#include <QAbstractTableModel>

#include <vector>

/**
 * Findings of the current report, or of every report of the project.
 * Columns: report (file name), check id, severity, message (in the UI
 * language), cells, review status, note. ReportIdRole, FindingIndexRole,
 * CheckIdRole, SeverityRole and ReviewStatusRole carry the raw data.
 * Follows the document: rows are reset when the scope's report set changes
 * and updated in place when a review status changes.
 */
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Scope { CurrentReport, Project };
    enum Column { ReportColumn, CheckColumn, SeverityColumn, MessageColumn, CellsColumn, StatusColumn, NoteColumn, ColumnCount };

    explicit FindingsModel(ProjectDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindingsModel)

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    FindingRef findingAt(int row) const;
    int rowOf(const FindingRef &finding) const;
    void refreshLabels();

private:
    void rebuild();
    std::vector<FindingRef> rowsOf(qint64 reportId);
    void onFindingsChanged(qint64 reportId);
    void onFindingReviewChanged(const FindingRef &finding);

    ProjectDocument *m_document;
    Scope m_scope = Scope::CurrentReport;
    /// Which finding each row shows (not the findings): changes only between begin/end signals.
    std::vector<FindingRef> m_rows;
};
