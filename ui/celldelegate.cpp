// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/celldelegate.h"

#include <algorithm>
#include <optional>

#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpressionValidator>

#include "models/report.h"
#include "models/review/itemroles.h"
#include "ui/severitycolors.h"

namespace {

std::optional<CellStatus> statusOf(const QModelIndex &index)
{
    const QVariant status = index.data(ItemRoles::CellStatusRole);
    if (!status.isValid())
        return std::nullopt;
    return CellStatus(status.toInt());
}

// Corner marks scale with the font, so they stay visible at any DPI.
qreal markSize(const QStyleOptionViewItem &option)
{
    return std::max<qreal>(4.0, option.fontMetrics.height() / 3.0);
}

void fillCorner(QPainter *painter, const QRectF &rect, qreal size, bool topRight, const QColor &color)
{
    QPainterPath path;
    if (topRight) {
        path.moveTo(rect.topRight());
        path.lineTo(rect.topRight() - QPointF(size, 0));
        path.lineTo(rect.topRight() + QPointF(0, size));
    } else {
        path.moveTo(rect.bottomLeft());
        path.lineTo(rect.bottomLeft() + QPointF(size, 0));
        path.lineTo(rect.bottomLeft() - QPointF(0, size));
    }
    path.closeSubpath();
    painter->fillPath(path, color);
}

} // namespace

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor CellDelegate::background(const QModelIndex &index)
{
    const QVariant severity = index.data(ItemRoles::SeverityRole);
    return severity.isValid() ? SeverityColors::backgroundForRole(severity.toInt()) : QColor();
}

QString CellDelegate::validatorPattern(const QString &valueKind)
{
    // Bounded so that every accepted text fits a Decimal (18 digits).
    if (valueKind == u"signed")
        return QStringLiteral("[+\\-]?\\d{0,15}");
    if (valueKind == u"decimal")
        return QStringLiteral("\\d{0,12}(\\.\\d{0,6})?");
    return QStringLiteral("\\d{0,15}");
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    const QString kind = index.data(ItemRoles::ValueKindRole).toString();
    editor->setValidator(
        new QRegularExpressionValidator(QRegularExpression(validatorPattern(kind)), editor));
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.isValid())
        editor->setAlignment(Qt::Alignment(alignment.toInt()));
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *lineEdit = qobject_cast<QLineEdit *>(editor);
    if (!lineEdit)
        return;
    // A key typed to start editing replaces the text; QAbstractItemView sends
    // it after this call, so select everything to let it do so.
    lineEdit->setText(index.data(Qt::EditRole).toString());
    lineEdit->selectAll();
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *lineEdit = qobject_cast<QLineEdit *>(editor);
    if (!lineEdit)
        return;
    QString text = lineEdit->text().trimmed();
    if (text == u"+" || text == u"-" || text.endsWith(u'.'))
        text.chop(text.endsWith(u'.') ? 1 : text.size());
    model->setData(index, text, Qt::EditRole);
}

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor tint = background(index);
    if (tint.isValid()) {
        option->backgroundBrush = tint;
        // Dark text on the light tint, whatever the palette (dark themes).
        option->palette.setColor(QPalette::Text, Qt::black);
    }
    switch (statusOf(index).value_or(CellStatus::Ok)) {
    case CellStatus::Inferred:
    case CellStatus::Approximate:
        option->font.setItalic(true);
        break;
    case CellStatus::Text:
    case CellStatus::Ambiguous:
    case CellStatus::Invalid:
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        break;
    case CellStatus::Ok:
    case CellStatus::Missing:
        break;
    }
}

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const std::optional<CellStatus> status = statusOf(index);
    const bool corrected = index.data(ItemRoles::CorrectedRole).toBool();
    if (!status && !corrected)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal size = markSize(option);
    if (status == CellStatus::Missing && index.data(Qt::DisplayRole).toString().isEmpty()) {
        QPen pen(option.palette.color(QPalette::Disabled, QPalette::Text));
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal inset = size / 2;
        painter->drawRect(rect.adjusted(inset, inset, -inset, -inset));
    } else if (status == CellStatus::Inferred) {
        fillCorner(painter, rect, size, false, QColor(0x7b, 0x3f, 0xc4));
    } else if (status == CellStatus::Approximate) {
        fillCorner(painter, rect, size, false, QColor(0x2e, 0x8b, 0x57));
    }
    if (corrected)
        fillCorner(painter, rect, size * 1.5, true, QColor(0x1f, 0x5f, 0xbf));
    painter->restore();
}
