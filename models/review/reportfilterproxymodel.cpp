// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/reportfilterproxymodel.h"

#include "models/finding.h"
#include "models/review/itemroles.h"
#include "models/review/reportlistmodel.h"

ReportFilterProxyModel::ReportFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::RawValueRole);
    setSortLocaleAware(true);
}

void ReportFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void ReportFilterProxyModel::setFormat(const QString &format)
{
    if (format == m_format)
        return;
    m_format = format;
    invalidateFilter();
}

void ReportFilterProxyModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateFilter();
}

void ReportFilterProxyModel::setOpenErrorsOnly(bool only)
{
    if (only == m_openErrorsOnly)
        return;
    m_openErrorsOnly = only;
    invalidateFilter();
}

bool ReportFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    auto raw = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(ItemRoles::RawValueRole);
    };
    const QString text = m_text.trimmed();
    if (!text.isEmpty() && !raw(ReportListModel::FileNameColumn).toString().contains(text, Qt::CaseInsensitive)
        && !raw(ReportListModel::AgencyColumn).toString().contains(text, Qt::CaseInsensitive))
        return false;
    if (!m_format.isEmpty() && raw(ReportListModel::FormatColumn).toString() != m_format)
        return false;
    if (m_year != 0 && raw(ReportListModel::YearColumn).toInt() != m_year)
        return false;
    if (m_openErrorsOnly
        && source->index(sourceRow, 0, sourceParent).data(ItemRoles::SeverityRole).toInt() != int(Severity::Error))
        return false;
    return true;
}
