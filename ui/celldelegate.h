// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

/**
 * Edits and paints the cells of a grid (CellTableModel). The editor accepts
 * only numbers of the cell's kind (ItemRoles::ValueKindRole); an empty text
 * means "no value". Painting shows what the roles say: the severity of the
 * worst open finding as background, a dashed frame for a missing cell,
 * italics and a corner mark for inferred or approximate values, grey italics
 * for a mark instead of a number, a corner triangle for a corrected cell.
 */
class CellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellDelegate(QObject *parent = nullptr);

    /// The background a cell is painted with; invalid when it has no open finding.
    static QColor background(const QModelIndex &index);
    /// The pattern an editor for this value kind accepts ("count", "signed", "decimal").
    static QString validatorPattern(const QString &valueKind);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
