// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/findingsmodel.h"

#include "models/checks/findingtext.h"
#include "models/review/itemroles.h"

namespace {

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return FindingsModel::tr("Info");
    case Severity::Warning:
        return FindingsModel::tr("Warning");
    case Severity::Error:
        return FindingsModel::tr("Error");
    }
    return QString();
}

QString statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Open:
        return FindingsModel::tr("Open");
    case ReviewStatus::Confirmed:
        return FindingsModel::tr("Confirmed");
    case ReviewStatus::Dismissed:
        return FindingsModel::tr("Dismissed");
    case ReviewStatus::Corrected:
        return FindingsModel::tr("Corrected");
    }
    return QString();
}

} // namespace

FindingsModel::FindingsModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::reportsAboutToBeReset, this, [this] {
        if (m_scope == Scope::Project)
            beginResetModel();
    });
    connect(document, &ProjectDocument::reportsReset, this, [this] {
        if (m_scope == Scope::Project) {
            rebuild();
            endResetModel();
        }
    });
    connect(document, &ProjectDocument::currentReportChanged, this, [this] {
        if (m_scope == Scope::CurrentReport) {
            beginResetModel();
            rebuild();
            endResetModel();
        }
    });
    connect(document, &ProjectDocument::findingsChanged, this, &FindingsModel::onFindingsChanged);
    connect(document, &ProjectDocument::findingReviewChanged, this, &FindingsModel::onFindingReviewChanged);
    rebuild();
}

std::vector<FindingRef> FindingsModel::rowsOf(qint64 reportId)
{
    std::vector<FindingRef> rows;
    const std::vector<Finding> *list = reportId ? m_document->findings(reportId) : nullptr;
    for (int i = 0; list && i < int(list->size()); ++i)
        rows.push_back({reportId, i});
    return rows;
}

void FindingsModel::rebuild()
{
    m_rows.clear();
    if (m_scope == Scope::CurrentReport) {
        m_rows = rowsOf(m_document->currentReportId());
        return;
    }
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const std::vector<FindingRef> rows = rowsOf(m_document->reportSummary(row).id);
        m_rows.insert(m_rows.end(), rows.cbegin(), rows.cend());
    }
}

void FindingsModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    beginResetModel();
    m_scope = scope;
    rebuild();
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

FindingRef FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)] : FindingRef();
}

int FindingsModel::rowOf(const FindingRef &finding) const
{
    const auto it = std::find(m_rows.cbegin(), m_rows.cend(), finding);
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRef ref = m_rows[std::size_t(index.row())];
    const std::vector<Finding> *list = m_document->findings(ref.reportId);
    if (!list || ref.index >= int(list->size()))
        return {};
    const Finding &finding = (*list)[std::size_t(ref.index)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReportColumn: {
            const int row = m_document->rowOfReport(ref.reportId);
            return row < 0 ? QString() : m_document->reportSummary(row).fileName;
        }
        case CheckColumn:
            return finding.checkId;
        case SeverityColumn:
            return severityText(finding.severity);
        case MessageColumn: {
            const int row = m_document->rowOfReport(ref.reportId);
            const QString format = row < 0 ? QString() : m_document->reportSummary(row).format;
            return FindingText::message(finding, format, uiLanguage());
        }
        case CellsColumn:
            return finding.cells.join(u", ");
        case StatusColumn:
            return statusText(finding.status);
        case NoteColumn:
            return finding.note;
        }
        return {};
    case ItemRoles::RawValueRole:
        switch (index.column()) {
        case ReportColumn:
            return ref.reportId;
        case SeverityColumn:
            return int(finding.severity);
        case StatusColumn:
            return int(finding.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ItemRoles::ReportIdRole:
        return ref.reportId;
    case ItemRoles::FindingIndexRole:
        return ref.index;
    case ItemRoles::CheckIdRole:
        return finding.checkId;
    case ItemRoles::SeverityRole:
        return int(finding.severity);
    case ItemRoles::ReviewStatusRole:
        return int(finding.status);
    case ItemRoles::CellKeyRole:
        return finding.cells.isEmpty() ? QVariant() : QVariant(finding.cells.first());
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReportColumn:
        return tr("Report");
    case CheckColumn:
        return tr("Check");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case CellsColumn:
        return tr("Cells");
    case StatusColumn:
        return tr("Review");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

void FindingsModel::refreshLabels()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FindingsModel::onFindingsChanged(qint64 reportId)
{
    if (m_scope == Scope::CurrentReport && reportId != m_document->currentReportId())
        return;
    if (m_scope == Scope::Project && m_document->rowOfReport(reportId) < 0)
        return;
    // The report's rows are one block: resize it in place, then refresh it,
    // so that the views keep their selection and scroll position.
    const auto first = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [reportId](const FindingRef &ref) { return ref.reportId == reportId; });
    int start = int(first - m_rows.cbegin());
    if (first == m_rows.cend()) {
        // No rows yet: the block goes where the report is in the list order.
        start = 0;
        const int reportRow = m_document->rowOfReport(reportId);
        while (start < int(m_rows.size()) && m_document->rowOfReport(m_rows[std::size_t(start)].reportId) < reportRow)
            ++start;
    }
    int oldCount = 0;
    while (start + oldCount < int(m_rows.size()) && m_rows[std::size_t(start + oldCount)].reportId == reportId)
        ++oldCount;
    const std::vector<FindingRef> fresh = rowsOf(reportId);
    const int newCount = int(fresh.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, start + newCount, start + oldCount - 1);
        m_rows.erase(m_rows.begin() + start + newCount, m_rows.begin() + start + oldCount);
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows({}, start + oldCount, start + newCount - 1);
        m_rows.insert(m_rows.begin() + start + oldCount, fresh.begin() + oldCount, fresh.end());
        endInsertRows();
    }
    if (newCount > 0)
        emit dataChanged(index(start, 0), index(start + newCount - 1, ColumnCount - 1));
}

void FindingsModel::onFindingReviewChanged(const FindingRef &finding)
{
    const int row = rowOf(finding);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
