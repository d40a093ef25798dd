// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class ProjectDocument;

/**
 * For a chart: how the current report's applications were handled, from the
 * t3 "total" column grouped by outcome. Rows (fixed order): granted, partial,
 * denied (every denied_* row), unable (unable_*), not processed (reject_*),
 * other (other, other_*), carried forward. Columns: label, value (qint64 sum
 * of the rows' values; cells without a value add nothing). No rows without a
 * recognised current report. Follows the current report and its edits.
 */
class OutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Outcome { Granted, Partial, Denied, Unable, Rejected, Other, CarryForward, OutcomeCount };
    enum Column { LabelColumn, ValueColumn, ColumnCount };

    explicit OutcomeModel(ProjectDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OutcomeModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The sum for one outcome in the current report; 0 when none.
    qint64 value(Outcome outcome) const;

private:
    void onCurrentReportChanged();

    ProjectDocument *m_document;
    /// Whether rows are shown: changes only inside a model reset.
    bool m_hasRows = false;
};
