// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/applicationsbyyearmodel.h"

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
        m_rows = aggregate();
        endResetModel();
    });
    connect(document, &ProjectDocument::cellsChanged, this, &ApplicationsByYearModel::refresh);
    readStore();
    m_rows = aggregate();
}

void ApplicationsByYearModel::readStore()
{
    m_stored.clear();
    if (!m_document->store().isOpen())
        return;
    if (const auto values = m_document->store().cellValues(newTotal)) {
        for (const ReportCellValue &value : *values) {
            if (const auto count = asCount(value.value))
                m_stored.emplace_back(value.reportId, *count);
        }
    }
}

std::vector<ApplicationsByYearModel::YearRow> ApplicationsByYearModel::aggregate() const
{
    std::map<qint64, qint64> stored(m_stored.cbegin(), m_stored.cend());
    std::map<int, YearRow> years;
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const ReportSummary &summary = m_document->reportSummary(row);
        const FormatSchema *schema = ReportSchema::instance().format(summary.format);
        if (!schema)
            continue;
        YearRow &year = years[summary.year];
        year.year = summary.year;
        std::optional<qint64> value;
        if (const Report *report = m_document->loadedReport(summary.id)) {
            const int index = schema->indexOf(newTotal);
            if (index >= 0 && index < int(report->cells.size()))
                value = asCount(report->cells[std::size_t(index)].value);
        } else if (const auto it = stored.find(summary.id); it != stored.end()) {
            value = it->second;
        }
        if (value) {
            year.applications += *value;
            ++year.reports;
        }
    }
    std::vector<YearRow> rows;
    for (const auto &entry : years)
        rows.push_back(entry.second);
    return rows;
}

void ApplicationsByYearModel::refresh()
{
    std::vector<YearRow> fresh = aggregate();
    if (fresh == m_rows)
        return;
    if (fresh.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }
    m_rows = std::move(fresh);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
