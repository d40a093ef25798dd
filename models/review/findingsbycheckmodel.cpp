// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/findingsbycheckmodel.h"

#include <map>

#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"

FindingsByCheckModel::FindingsByCheckModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::reportsAboutToBeReset, this, &FindingsByCheckModel::beginResetModel);
    connect(document, &ProjectDocument::reportsReset, this, [this] {
        m_counts = count();
        endResetModel();
    });
    connect(document, &ProjectDocument::findingsChanged, this, &FindingsByCheckModel::refresh);
    m_counts = count();
}

std::vector<std::pair<QString, int>> FindingsByCheckModel::count() const
{
    std::map<QString, int> counts;
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const std::vector<Finding> *findings = m_document->findings(m_document->reportSummary(row).id);
        for (std::size_t i = 0; findings && i < findings->size(); ++i) {
            if ((*findings)[i].status == ReviewStatus::Open)
                ++counts[(*findings)[i].checkId];
        }
    }
    return {counts.cbegin(), counts.cend()};
}

void FindingsByCheckModel::refresh()
{
    std::vector<std::pair<QString, int>> fresh = count();
    const bool sameRows = std::equal(fresh.cbegin(), fresh.cend(), m_counts.cbegin(), m_counts.cend(),
                                     [](const auto &a, const auto &b) { return a.first == b.first; });
    if (!sameRows) {
        beginResetModel();
        m_counts = std::move(fresh);
        endResetModel();
        return;
    }
    if (fresh == m_counts)
        return;
    m_counts = std::move(fresh);
    emit dataChanged(index(0, CountColumn), index(rowCount() - 1, CountColumn));
}

int FindingsByCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int FindingsByCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsByCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[checkId, count] = m_counts[std::size_t(index.row())];
    if (role == ItemRoles::CheckIdRole)
        return checkId;
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole)
        return {};
    return index.column() == CheckColumn ? QVariant(checkId) : QVariant(count);
}

QVariant FindingsByCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case CountColumn:
        return tr("Open findings");
    }
    return {};
}
