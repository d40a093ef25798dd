// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/outcomemodel.h"

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"

namespace {

bool belongsTo(const QString &row, OutcomeModel::Outcome outcome)
{
    switch (outcome) {
    case OutcomeModel::Granted:
        return row == u"granted";
    case OutcomeModel::Partial:
        return row == u"partial";
    case OutcomeModel::Denied:
        return row.startsWith(u"denied_");
    case OutcomeModel::Unable:
        return row.startsWith(u"unable_");
    case OutcomeModel::Rejected:
        return row.startsWith(u"reject_");
    case OutcomeModel::Other:
        return row == u"other" || row.startsWith(u"other_");
    case OutcomeModel::CarryForward:
        return row == u"carry_forward";
    case OutcomeModel::OutcomeCount:
        break;
    }
    return false;
}

bool hasOutcomes(const Report *report)
{
    return report && ReportSchema::instance().format(report->format) != nullptr;
}

} // namespace

OutcomeModel::OutcomeModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_hasRows(hasOutcomes(document->currentReport()))
{
    connect(document, &ProjectDocument::currentReportChanged, this, &OutcomeModel::onCurrentReportChanged);
    connect(document, &ProjectDocument::cellsChanged, this, [this](qint64 reportId) {
        if (m_hasRows && reportId == m_document->currentReportId())
            emit dataChanged(index(0, ValueColumn), index(OutcomeCount - 1, ValueColumn));
    });
}

void OutcomeModel::onCurrentReportChanged()
{
    beginResetModel();
    m_hasRows = hasOutcomes(m_document->currentReport());
    endResetModel();
}

qint64 OutcomeModel::value(Outcome outcome) const
{
    const Report *report = m_document->currentReport();
    const FormatSchema *schema = report ? ReportSchema::instance().format(report->format) : nullptr;
    if (!schema)
        return 0;
    qint64 sum = 0;
    for (const QString &row : schema->rows(QStringLiteral("t3"))) {
        if (!belongsTo(row, outcome))
            continue;
        const int index = schema->indexOf(QStringLiteral("t3"), row, QStringLiteral("total"));
        if (index < 0 || index >= int(report->cells.size()))
            continue;
        const std::optional<Decimal> &cell = report->cells[std::size_t(index)].value;
        if (cell && cell->isInteger())
            sum += cell->toString().toLongLong();
    }
    return sum;
}

int OutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_hasRows ? 0 : OutcomeCount;
}

int OutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto outcome = Outcome(index.row());
    if (index.column() == ValueColumn) {
        if (role == Qt::DisplayRole || role == ItemRoles::RawValueRole)
            return value(outcome);
        return {};
    }
    if (role == ItemRoles::RawValueRole)
        return int(outcome);
    if (role != Qt::DisplayRole)
        return {};
    switch (outcome) {
    case Granted:
        return tr("Disclosed");
    case Partial:
        return tr("Partly disclosed");
    case Denied:
        return tr("Not disclosed");
    case Unable:
        return tr("Cannot be provided");
    case Rejected:
        return tr("Not processed");
    case Other:
        return tr("Other handling");
    case CarryForward:
        return tr("Carried forward");
    case OutcomeCount:
        break;
    }
    return {};
}

QVariant OutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Outcome");
    case ValueColumn:
        return tr("Applications");
    }
    return {};
}
