// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/reportsbyyearmodel.h"

#include <algorithm>

#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"

namespace {

const char16_t *formatOf(int column)
{
    switch (column) {
    case ReportsByYearModel::Format2019Column:
        return u"2019";
    case ReportsByYearModel::Format2021Column:
        return u"2021";
    default:
        return u"pre2019";
    }
}

} // namespace

ReportsByYearModel::ReportsByYearModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::reportsAboutToBeReset, this, &ReportsByYearModel::beginResetModel);
    connect(document, &ProjectDocument::reportsReset, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

void ReportsByYearModel::rebuild()
{
    m_years.clear();
    for (int row = 0; row < m_document->reportCount(); ++row)
        m_years.push_back(m_document->reportSummary(row).year);
    std::sort(m_years.begin(), m_years.end());
    m_years.erase(std::unique(m_years.begin(), m_years.end()), m_years.end());
}

int ReportsByYearModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int ReportsByYearModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportsByYearModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != ItemRoles::RawValueRole))
        return {};
    const int year = m_years[std::size_t(index.row())];
    const QString format = QString::fromUtf16(formatOf(index.column()));
    int count = 0;
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const ReportSummary &summary = m_document->reportSummary(row);
        if (summary.year == year && summary.format == format)
            ++count;
    }
    return count;
}

QVariant ReportsByYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= int(m_years.size()))
            return {};
        const int year = m_years[std::size_t(section)];
        if (role == ItemRoles::RawValueRole)
            return year;
        if (role == Qt::DisplayRole)
            return year > 0 ? QString::number(year) : tr("Unknown");
        return {};
    }
    if (section >= ColumnCount)
        return {};
    if (role == ItemRoles::RawValueRole)
        return QString::fromUtf16(formatOf(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Format2019Column:
        return tr("2019 format");
    case Format2021Column:
        return tr("2021 format");
    default:
        return tr("Not recognised");
    }
}
