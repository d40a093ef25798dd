// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <utility>
#include <vector>

class ProjectDocument;

/**
 * For a chart: open findings of the whole project by check id, one row per
 * check id that has any (sorted by id). Columns: check id, count (an int,
 * for a QHBarModelMapper or QPieModelMapper). Follows re-checks and reviews.
 */
class FindingsByCheckModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CheckColumn, CountColumn, ColumnCount };

    explicit FindingsByCheckModel(ProjectDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindingsByCheckModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::pair<QString, int>> count() const;
    void refresh();

    ProjectDocument *m_document;
    /// The aggregate shown: check id and open count.
    std::vector<std::pair<QString, int>> m_counts;
};
