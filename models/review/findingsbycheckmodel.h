// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <map>
#include <utility>
#include <vector>

class ProjectDocument;
struct Finding;

/**
 * For a chart: open findings of the whole project by check id, one row per
 * check id that has any (sorted by id). Columns: check id, count (an int,
 * for a QHBarModelMapper or QPieModelMapper). Follows re-checks and reviews.
 * Counted by the store in one query when the list is (re)read, then report
 * by report as findings change: an edit costs the same with ten thousand
 * reports as with ten.
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
    using Counts = std::map<QString, int>;

    static Counts openByCheck(const std::vector<Finding> *findings);
    /// Every current report counted: the store's findings, and the document's
    /// for the reports it has loaded.
    void recount();
    /// One report's findings changed: counted again, the others not.
    void refresh(qint64 reportId);
    std::vector<std::pair<QString, int>> shown() const;

    ProjectDocument *m_document;
    Counts m_totals;
    /// What the reports counted from the document add to m_totals (the
    /// others add what the store has, as counted by recount()).
    std::map<qint64, Counts> m_reports;
    /// The aggregate shown: check id and open count.
    std::vector<std::pair<QString, int>> m_counts;
};
