// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

class ProjectDocument;

/**
 * For a chart: the project's current reports counted by year (rows, oldest
 * first; the vertical header is the year, 0 = unknown) and format (columns
 * 2019, 2021, pre2019). Values are ints; a QVBarModelMapper reads one bar
 * set per column. Reset when the report list is.
 */
class ReportsByYearModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Format2019Column, Format2021Column, Pre2019Column, ColumnCount };

    explicit ReportsByYearModel(ProjectDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReportsByYearModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    ProjectDocument *m_document;
    std::vector<int> m_years;
};
