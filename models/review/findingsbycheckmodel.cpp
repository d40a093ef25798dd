// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/findingsbycheckmodel.h"

#include <algorithm>

#include "models/finding.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"
#include "models/storage/projectstore.h"

FindingsByCheckModel::FindingsByCheckModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::reportsAboutToBeReset, this, &FindingsByCheckModel::beginResetModel);
    connect(document, &ProjectDocument::reportsReset, this, [this] {
        recount();
        m_counts = shown();
        endResetModel();
    });
    connect(document, &ProjectDocument::findingsChanged, this, &FindingsByCheckModel::refresh);
    recount();
    m_counts = shown();
}

FindingsByCheckModel::Counts FindingsByCheckModel::openByCheck(const std::vector<Finding> *findings)
{
    Counts counts;
    for (std::size_t i = 0; findings && i < findings->size(); ++i) {
        if ((*findings)[i].status == ReviewStatus::Open)
            ++counts[(*findings)[i].checkId];
    }
    return counts;
}

void FindingsByCheckModel::recount()
{
    m_totals.clear();
    m_reports.clear();
    // The document's list, not the store's: empty between closing a project and reading the next.
    ProjectStore &store = m_document->store();
    if (!store.isOpen() || m_document->reportCount() == 0)
        return;
    if (const auto counts = store.openFindingCounts())
        m_totals = *counts;
    const auto add = [this](const Counts &counts, int sign) {
        for (const auto &[check, count] : counts)
            m_totals[check] += sign * count;
    };
    // A loaded report counts as the document has it (unsaved re-checks and reviews included).
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const qint64 id = m_document->reportSummary(row).id;
        if (!m_document->loadedReport(id))
            continue;
        const auto stored = store.findings(id);
        add(openByCheck(stored ? &*stored : nullptr), -1);
        Counts now = openByCheck(m_document->findings(id));
        add(now, 1);
        m_reports.insert_or_assign(id, std::move(now));
    }
}

std::vector<std::pair<QString, int>> FindingsByCheckModel::shown() const
{
    std::vector<std::pair<QString, int>> rows;
    for (const auto &[check, count] : m_totals) {
        if (count > 0)
            rows.emplace_back(check, count);
    }
    return rows;
}

void FindingsByCheckModel::refresh(qint64 reportId)
{
    Counts now = openByCheck(m_document->findings(reportId));
    auto before = m_reports.find(reportId);
    if (before == m_reports.end()) {
        // Counted from the store so far.
        const auto stored = m_document->store().findings(reportId);
        before = m_reports.emplace(reportId, openByCheck(stored ? &*stored : nullptr)).first;
    }
    for (const auto &[check, count] : before->second)
        m_totals[check] -= count;
    for (const auto &[check, count] : now)
        m_totals[check] += count;
    before->second = std::move(now);

    std::vector<std::pair<QString, int>> fresh = shown();
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
