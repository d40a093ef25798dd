// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class ProjectDocument;

/**
 * The project's reports, one row each, as ProjectDocument lists them.
 * Columns: file name, agency, year, format, open findings. The first column's
 * DecorationRole is the status as a colour swatch (grey: not recognised, red:
 * open errors, amber: other open findings, green: none) and its SeverityRole
 * the same as int(Severity) or -1. RawValueRole gives sortable values,
 * ReportIdRole the report.
 */
class ReportListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileNameColumn, AgencyColumn, YearColumn, FormatColumn, OpenFindingsColumn, ColumnCount };

    explicit ReportListModel(ProjectDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReportListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfReport(qint64 reportId) const;

private:
    ProjectDocument *m_document;
};
