// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/celltablemodel.h"

#include <QFont>

#include "models/checks/findingtext.h"
#include "models/gridlayout.h"
#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"

namespace {

QString statusExplanation(const Cell &cell)
{
    switch (cell.status) {
    case CellStatus::Ok:
        return QString();
    case CellStatus::Missing:
        return CellTableModel::tr("Missing: the report leaves this cell blank or out.");
    case CellStatus::Text:
        return CellTableModel::tr("Text instead of a number: \u201c%1\u201d.").arg(cell.raw);
    case CellStatus::Approximate:
        return CellTableModel::tr("Approximate: written as \u201c%1\u201d.").arg(cell.raw);
    case CellStatus::Inferred:
        return CellTableModel::tr("Inferred: split out of glued digits \u201c%1\u201d.").arg(cell.raw);
    case CellStatus::Ambiguous:
        return CellTableModel::tr("Ambiguous: several splits of \u201c%1\u201d fit the table.").arg(cell.raw);
    case CellStatus::Invalid:
        return CellTableModel::tr("Invalid: \u201c%1\u201d is not a number of this kind.").arg(cell.raw);
    }
    return QString();
}

QString valueText(const std::optional<Decimal> &value)
{
    return value ? value->toString() : CellTableModel::tr("(none)");
}

bool isChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

CellTableModel::CellTableModel(ProjectDocument *document, int gridIndex, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_gridIndex(gridIndex)
{
    connect(document, &ProjectDocument::currentReportChanged, this, &CellTableModel::onCurrentReportChanged);
    connect(document, &ProjectDocument::cellsChanged, this, &CellTableModel::onCellsChanged);
    connect(document, &ProjectDocument::findingsChanged, this, &CellTableModel::onFindingsChanged);
    rebuild();
}

void CellTableModel::rebuild()
{
    m_reportId = m_document->currentReportId();
    m_grid = nullptr;
    m_cellIndexes.clear();
    const Report *report = m_document->currentReport();
    if (!report)
        return;
    const std::vector<GridSpec> &grids = GridLayout::instance().grids(report->format);
    const FormatSchema *schema = ReportSchema::instance().format(report->format);
    if (!schema || m_gridIndex < 0 || m_gridIndex >= int(grids.size()))
        return;
    m_grid = &grids[std::size_t(m_gridIndex)];
    for (const QString &row : m_grid->rows) {
        for (const QString &column : m_grid->columns)
            m_cellIndexes.push_back(schema->indexOf(m_grid->table, row, column));
    }
}

void CellTableModel::onCurrentReportChanged()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

const GridSpec *CellTableModel::grid() const
{
    return m_grid;
}

int CellTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_grid ? 0 : int(m_grid->rows.size());
}

int CellTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_grid ? 0 : int(m_grid->columns.size());
}

int CellTableModel::cellIndex(const QModelIndex &index) const
{
    if (!m_grid || !index.isValid() || index.model() != this || index.row() >= rowCount()
        || index.column() >= columnCount())
        return -1;
    return m_cellIndexes[std::size_t(index.row() * columnCount() + index.column())];
}

QModelIndex CellTableModel::indexOfCell(int cellIndex) const
{
    if (cellIndex < 0)
        return {};
    const auto it = std::find(m_cellIndexes.cbegin(), m_cellIndexes.cend(), cellIndex);
    if (it == m_cellIndexes.cend())
        return {};
    const int position = int(it - m_cellIndexes.cbegin());
    return index(position / columnCount(), position % columnCount());
}

QVariant CellTableModel::data(const QModelIndex &index, int role) const
{
    const int ci = cellIndex(index);
    const Report *report = m_document->currentReport();
    if (ci < 0 || !report || report->id != m_reportId || ci >= int(report->cells.size()))
        return {};
    const Cell &cell = report->cells[std::size_t(ci)];
    const FormatSchema *schema = ReportSchema::instance().format(report->format);
    const QString key = schema->address(ci).key();

    auto worstOpen = [&]() {
        int worst = -1;
        for (const Finding &finding : m_document->currentFindings()) {
            if (finding.status == ReviewStatus::Open && finding.cells.contains(key))
                worst = std::max(worst, int(finding.severity));
        }
        return worst;
    };

    switch (role) {
    case Qt::DisplayRole:
        if (cell.value)
            return cell.value->toString();
        // No number, but never blank like a missing cell: the mark as written,
        // or "?" for glued digits that several splits fit.
        if (cell.status == CellStatus::Text || cell.status == CellStatus::Invalid)
            return cell.raw;
        return cell.status == CellStatus::Ambiguous ? QStringLiteral("?") : QString();
    case Qt::EditRole:
        return cell.value ? cell.value->toString() : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (cell.isCorrected() || cell.status == CellStatus::Inferred || cell.status == CellStatus::Approximate) {
            QFont font;
            font.setBold(cell.isCorrected());
            font.setItalic(!cell.isCorrected());
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << key;
        if (const QString status = statusExplanation(cell); !status.isEmpty())
            lines << status;
        if (!cell.candidates.isEmpty())
            lines << tr("Candidates: %1").arg(cell.candidates.join(u", "));
        if (!cell.unit.isEmpty())
            lines << tr("Unit: %1").arg(cell.unit);
        for (const Finding &finding : m_document->currentFindings()) {
            if (finding.status == ReviewStatus::Open && finding.cells.contains(key))
                lines << FindingText::message(finding, report->format, uiLanguage());
        }
        if (cell.isCorrected()) {
            lines << tr("Extracted value: %1").arg(valueText(cell.extracted));
            for (const CellEdit &edit : m_document->cellHistory(m_reportId, key)) {
                // Unsaved edits have no store id yet.
                const QString when = edit.id == 0
                    ? tr("unsaved")
                    : QLocale().toString(edit.editedAt.toLocalTime(), QLocale::ShortFormat);
                lines << tr("%1: %2 \u2192 %3").arg(when, valueText(edit.oldValue), valueText(edit.newValue));
            }
        }
        return lines.join(u'\n');
    }
    case ItemRoles::RawValueRole:
        return cell.value ? QVariant(cell.value->toString()) : QVariant();
    case ItemRoles::ReportIdRole:
        return m_reportId;
    case ItemRoles::CellKeyRole:
        return key;
    case ItemRoles::CellIndexRole:
        return ci;
    case ItemRoles::CellStatusRole:
        return int(cell.status);
    case ItemRoles::SeverityRole:
        return worstOpen();
    case ItemRoles::SpanOffsetRole:
        return cell.span.isValid() ? cell.span.offset : qsizetype(-1);
    case ItemRoles::SpanLengthRole:
        return cell.span.length;
    case ItemRoles::CorrectedRole:
        return cell.isCorrected();
    case ItemRoles::ExtractedValueRole:
        return cell.extracted ? cell.extracted->toString() : QString();
    case ItemRoles::ValueKindRole:
        return schema->isDecimal(ci) ? QStringLiteral("decimal")
             : schema->isSigned(ci)  ? QStringLiteral("signed")
                                     : QStringLiteral("count");
    default:
        return {};
    }
}

bool CellTableModel::parseValue(const QString &text, const QString &kind, std::optional<Decimal> *value)
{
    QString plain = text.trimmed();
    plain.replace(QChar(0x2212), u'-');
    if (plain.isEmpty()) {
        *value = std::nullopt;
        return true;
    }
    const std::optional<Decimal> number = Decimal::fromString(plain);
    if (!number)
        return false;
    if (kind == u"count" && (!number->isInteger() || number->isNegative()))
        return false;
    if (kind == u"signed" && !number->isInteger())
        return false;
    if (kind == u"decimal" && number->isNegative())
        return false;
    *value = number;
    return true;
}

bool CellTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int ci = cellIndex(index);
    if (role != Qt::EditRole || ci < 0)
        return false;
    std::optional<Decimal> number;
    if (!parseValue(value.toString(), data(index, ItemRoles::ValueKindRole).toString(), &number))
        return false;
    // The command changes the report; cellsChanged brings the dataChanged.
    m_document->setCellValue(m_reportId, ci, number);
    return true;
}

Qt::ItemFlags CellTableModel::flags(const QModelIndex &index) const
{
    if (cellIndex(index) < 0)
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant CellTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_grid || section < 0)
        return {};
    const bool horizontal = orientation == Qt::Horizontal;
    const auto &labels = horizontal ? m_grid->columnLabels : m_grid->rowLabels;
    if (section >= int(labels.size()))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return labels[std::size_t(section)].text();
    case Qt::ToolTipRole: {
        // The whole label, whatever the header shows of it, and its translation.
        const LabelText &label = labels[std::size_t(section)];
        return QString(isChinese() ? label.zh + u'\n' + label.en : label.en + u'\n' + label.zh);
    }
    case ItemRoles::RawValueRole:
        return horizontal ? m_grid->columns.at(section) : m_grid->rows.at(section);
    default:
        return {};
    }
}

void CellTableModel::refreshLabels()
{
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void CellTableModel::onCellsChanged(qint64 reportId, const QList<int> &cellIndexes)
{
    if (reportId != m_reportId)
        return;
    for (int ci : cellIndexes) {
        const QModelIndex index = indexOfCell(ci);
        if (index.isValid())
            emit dataChanged(index, index);
    }
}

void CellTableModel::onFindingsChanged(qint64 reportId)
{
    if (reportId != m_reportId || rowCount() == 0 || columnCount() == 0)
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                     {ItemRoles::SeverityRole, Qt::ToolTipRole});
}
