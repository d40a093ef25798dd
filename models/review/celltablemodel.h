// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/decimal.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class ProjectDocument;
struct GridSpec;

/**
 * One grid of the current report (see GridLayout): rows and columns as the
 * official form prints them for the report's format. Display is the current
 * value (empty for a missing cell, the raw mark for a text cell); the custom
 * roles of ItemRoles carry status, severity, span and the extracted value.
 * setData() pushes a SetCellValue command; it never writes the report.
 * Follows the document's current report (reset on change) and its cell and
 * finding changes (dataChanged for the cells concerned only).
 */
class CellTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// gridIndex: position in GridLayout::grids(format) of the current report.
    CellTableModel(ProjectDocument *document, int gridIndex, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CellTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// nullptr when the current report has no such grid.
    const GridSpec *grid() const;
    /// -1 when the index is no cell of the format.
    int cellIndex(const QModelIndex &index) const;
    QModelIndex indexOfCell(int cellIndex) const;
    /// Re-reads labels after the UI language changed (headerDataChanged).
    void refreshLabels();

    /// What an editor may accept for a cell of kind ("count", "signed",
    /// "decimal"; see ValueKindRole): false when text is not such a number.
    /// Empty text is valid and means "no value". Accepts a leading "+", the
    /// minus sign U+2212 and surrounding spaces.
    static bool parseValue(const QString &text, const QString &kind, std::optional<Decimal> *value);

private:
    void onCurrentReportChanged();
    void onCellsChanged(qint64 reportId, const QList<int> &cellIndexes);
    void onFindingsChanged(qint64 reportId);

    void rebuild();

    ProjectDocument *m_document;
    int m_gridIndex;
    /// The layout shown (not the data): changes only inside a model reset.
    qint64 m_reportId = 0;
    const GridSpec *m_grid = nullptr;
    std::vector<int> m_cellIndexes; ///< per row * column count + column; -1 when the format lacks it
};
