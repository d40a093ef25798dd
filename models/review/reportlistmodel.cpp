// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/reportlistmodel.h"

#include <QColor>

#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"

namespace {

// What the status swatch means, for its tooltip.
QString statusText(const ReportSummary &summary)
{
    if (summary.format == u"pre2019")
        return ReportListModel::tr("Format not recognised: nothing was extracted");
    if (summary.openErrorCount > 0)
        return ReportListModel::tr("%n open error(s)", nullptr, summary.openErrorCount);
    if (summary.openFindingCount > 0)
        return ReportListModel::tr("%n open finding(s), no errors", nullptr, summary.openFindingCount);
    return ReportListModel::tr("No open findings");
}

} // namespace

ReportListModel::ReportListModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::reportsAboutToBeReset, this, &ReportListModel::beginResetModel);
    connect(document, &ProjectDocument::reportsReset, this, &ReportListModel::endResetModel);
    connect(document, &ProjectDocument::reportSummaryChanged, this, [this](qint64 reportId) {
        const QModelIndex first = indexOfReport(reportId);
        if (first.isValid())
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    });
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->reportCount();
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex ReportListModel::indexOfReport(qint64 reportId) const
{
    const int row = m_document->rowOfReport(reportId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportSummary &summary = m_document->reportSummary(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileNameColumn:
            return summary.fileName;
        case AgencyColumn:
            return summary.agency;
        case YearColumn:
            return summary.year > 0 ? QString::number(summary.year) : QString();
        case FormatColumn:
            return summary.format == u"pre2019" ? tr("unknown") : summary.format;
        case OpenFindingsColumn:
            return summary.openFindingCount;
        }
        return {};
    case ItemRoles::RawValueRole:
        switch (index.column()) {
        case FileNameColumn:
            return summary.fileName;
        case AgencyColumn:
            return summary.agency;
        case YearColumn:
            return summary.year;
        case FormatColumn:
            return summary.format;
        case OpenFindingsColumn:
            return summary.openFindingCount;
        }
        return {};
    case Qt::DecorationRole:
        // The status icon: a colour swatch any view draws (no QIcon, so the
        // core stays usable without a GUI application).
        if (index.column() != FileNameColumn)
            return {};
        if (summary.format == u"pre2019")
            return QColor(0x9e, 0x9e, 0x9e);
        if (summary.openErrorCount > 0)
            return QColor(0xd9, 0x30, 0x25);
        return summary.openFindingCount > 0 ? QColor(0xf0, 0xa0, 0x20) : QColor(0x2e, 0x9d, 0x4a);
    case Qt::ToolTipRole: {
        const QString where =
            summary.version > 1 ? tr("%1 (version %2)").arg(summary.path).arg(summary.version) : summary.path;
        return QString(where + u'\n' + statusText(summary));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn || index.column() == OpenFindingsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRoles::ReportIdRole:
        return summary.id;
    case ItemRoles::SeverityRole:
        // Error when an open error remains, Warning for other open findings, -1 when none.
        if (summary.openErrorCount > 0)
            return int(Severity::Error);
        return summary.openFindingCount > 0 ? int(Severity::Warning) : -1;
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FormatColumn:
            return tr("The form the report follows: 2019, 2021, or unknown (not recognised, nothing extracted)");
        case OpenFindingsColumn:
            return tr("Open findings: not yet confirmed, dismissed or corrected");
        }
        return {};
    }
    switch (section) {
    case FileNameColumn:
        return tr("File");
    case AgencyColumn:
        return tr("Agency");
    case YearColumn:
        return tr("Year");
    case FormatColumn:
        return tr("Format");
    case OpenFindingsColumn:
        return tr("Open");
    }
    return {};
}
