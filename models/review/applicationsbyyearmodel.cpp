// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/applicationsbyyearmodel.h"

#include <algorithm>
#include <map>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"

namespace {

const QString newTotal = QStringLiteral("t3/new/total");

std::optional<qint64> asCount(const std::optional<Decimal> &value)
{
    if (!value || !value->isInteger())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace

ApplicationsByYearModel::ApplicationsByYearModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::reportsAboutToBeReset, this, &ApplicationsByYearModel::beginResetModel);
    connect(document, &ProjectDocument::reportsReset, this, [this] {
        readStore();
        aggregate();
        endResetModel();
    });
    connect(document, &ProjectDocument::cellsChanged, this, &ApplicationsByYearModel::refresh);
    readStore();
    aggregate();
}

void ApplicationsByYearModel::readStore()
{
    m_stored.clear();
    if (!m_document->store().isOpen())
        return;
    if (const auto values = m_document->store().cellValues(newTotal)) {
        for (const ReportCellValue &value : *values) {
            if (const auto count = asCount(value.value))
                m_stored.emplace(value.reportId, *count);
        }
    }
}

std::optional<qint64> ApplicationsByYearModel::valueOf(const ReportSummary &summary) const
{
    // A loaded report counts as the document has it (unsaved edits included).
    if (const Report *report = m_document->loadedReport(summary.id)) {
        const int index = ReportSchema::instance().format(summary.format)->indexOf(newTotal);
        if (index >= 0 && index < int(report->cells.size()))
            return asCount(report->cells[std::size_t(index)].value);
        return std::nullopt;
    }
    if (const auto it = m_stored.find(summary.id); it != m_stored.end())
        return it->second;
    return std::nullopt;
}

void ApplicationsByYearModel::aggregate()
{
    m_counted.clear();
    std::map<int, YearRow> years;
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const ReportSummary &summary = m_document->reportSummary(row);
        if (!ReportSchema::instance().format(summary.format))
            continue;
        YearRow &year = years[summary.year];
        year.year = summary.year;
        if (const auto value = valueOf(summary)) {
            year.applications += *value;
            ++year.reports;
            m_counted.emplace(summary.id, *value);
        }
    }
    m_rows.clear();
    for (const auto &entry : years)
        m_rows.push_back(entry.second);
}

void ApplicationsByYearModel::refresh(qint64 reportId)
{
    // The years shown depend on the reports, not on their values: an edit changes one row's numbers.
    const int summaryRow = m_document->rowOfReport(reportId);
    if (summaryRow < 0)
        return;
    const ReportSummary &summary = m_document->reportSummary(summaryRow);
    if (!ReportSchema::instance().format(summary.format))
        return;
    const auto row = std::lower_bound(m_rows.begin(), m_rows.end(), summary.year,
                                      [](const YearRow &r, int year) { return r.year < year; });
    if (row == m_rows.end() || row->year != summary.year)
        return;
    const auto before = m_counted.find(reportId);
    const std::optional<qint64> was = before != m_counted.end() ? std::optional<qint64>(before->second) : std::nullopt;
    const std::optional<qint64> now = valueOf(summary);
    if (was == now)
        return;
    row->applications += now.value_or(0) - was.value_or(0);
    row->reports += int(now.has_value()) - int(was.has_value());
    if (now)
        m_counted.insert_or_assign(reportId, *now);
    else
        m_counted.erase(reportId);
    const int changed = int(row - m_rows.begin());
    emit dataChanged(index(changed, ApplicationsColumn), index(changed, ReportsColumn));
}

int ApplicationsByYearModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationsByYearModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationsByYearModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != ItemRoles::RawValueRole))
        return {};
    const YearRow &row = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case YearColumn:
        if (role == Qt::DisplayRole && row.year <= 0)
            return tr("Unknown");
        return row.year;
    case ApplicationsColumn:
        return row.applications;
    case ReportsColumn:
        return row.reports;
    }
    return {};
}

QVariant ApplicationsByYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn:
        return tr("Year");
    case ApplicationsColumn:
        return tr("Applications received");
    case ReportsColumn:
        return tr("Reports counted");
    }
    return {};
}
