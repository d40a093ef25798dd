// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <optional>
#include <unordered_map>
#include <vector>

class ProjectDocument;
struct ReportSummary;

/**
 * For a chart: applications received by year over the project's current
 * reports. Rows: the years of recognised reports, oldest first. Columns:
 * year (int), the sum of t3/new/total (qint64; reports without a value add
 * nothing), the number of reports with a value. Unsaved edits count.
 */
class ApplicationsByYearModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, ApplicationsColumn, ReportsColumn, ColumnCount };

    explicit ApplicationsByYearModel(ProjectDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApplicationsByYearModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct YearRow
    {
        int year = 0;
        qint64 applications = 0;
        int reports = 0;
        bool operator==(const YearRow &other) const
        {
            return year == other.year && applications == other.applications && reports == other.reports;
        }
    };
    /// Every year's row from every report (a reset).
    void aggregate();
    void readStore();
    /// What one report counts now: the edited one, without going over them all.
    void refresh(qint64 reportId);
    std::optional<qint64> valueOf(const ReportSummary &summary) const;

    ProjectDocument *m_document;
    /// Per current report: the stored value of t3/new/total (read once per list reset).
    std::unordered_map<qint64, qint64> m_stored;
    /// Per report counted in m_rows: the value it added.
    std::unordered_map<qint64, qint64> m_counted;
    std::vector<YearRow> m_rows; ///< by year, ascending
};
