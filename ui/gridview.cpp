// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gridview.h"

#include <algorithm>

#include <QEvent>
#include <QScrollBar>

#include "ui/gridheaderview.h"

namespace {

// Widths in ideographs of the font: labels are Chinese or English, and the
// ideograph's width scales with the font and the screen's DPI.
// Column labels wrap at three ideographs ("商业/企业") in the wide tables;
// table 2's small grids (three columns at most) have room for six.
constexpr int ColumnLabelEms = 3;
constexpr int FewColumnLabelEms = 6;
constexpr int FewColumns = 3;
constexpr int MinimumRowLabelEms = 12;

} // namespace

GridView::GridView(QWidget *parent)
    : QTableView(parent)
    , m_rowHeader(new GridHeaderView(Qt::Vertical, this))
    , m_columnHeader(new GridHeaderView(Qt::Horizontal, this))
{
    for (GridHeaderView *header : {m_rowHeader, m_columnHeader}) {
        // As QTableView's own headers: the current row and column stand out.
        header->setSectionsClickable(true);
        header->setHighlightSections(true);
    }
    setVerticalHeader(m_rowHeader);
    setHorizontalHeader(m_columnHeader);
    m_rowHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columnHeader->setSectionResizeMode(QHeaderView::Interactive);
    for (GridHeaderView *header : {m_rowHeader, m_columnHeader}) {
        connect(header, &QHeaderView::sectionResized, this, [this] {
            if (m_fit)
                updateGeometry();
        });
    }
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_fit)
            updateGeometry();
    });
}

void GridView::setFitToContents(bool fit)
{
    if (fit != m_fit && parentWidget()) {
        // A fitted grid is as wide as its contents: the room for its row
        // labels is what its page (the parent) leaves.
        if (fit)
            parentWidget()->installEventFilter(this);
        else
            parentWidget()->removeEventFilter(this);
    }
    m_fit = fit;
    setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    // A small grid is as wide as its columns (narrower when the page is), not a frame of empty space.
    setSizePolicy(fit ? QSizePolicy::Maximum : QSizePolicy::Expanding,
                  fit ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    fitRowHeader();
    updateGeometry();
}

void GridView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &GridView::fitHeaders);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &GridView::fitHeaders);
    fitHeaders();
}

void GridView::fitHeaders()
{
    // QHeaderView's default minimum is the font's widest glyph, far wider than
    // a CJK font's two-character lines: a column is as narrow as its label and numbers.
    m_columnHeader->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("000"))
                                          + 2 * m_columnHeader->margin());
    const int ems = m_columnHeader->count() <= FewColumns ? FewColumnLabelEms : ColumnLabelEms;
    m_columnHeader->setWrapWidth(fontMetrics().horizontalAdvance(QChar(0x4e00)) * ems);
    resizeColumnsToContents();
    fitRowHeader();
}

void GridView::fitRowHeader()
{
    if (m_rowHeader->count() == 0)
        return;
    const int minimum =
        std::max(fontMetrics().horizontalAdvance(QChar(0x4e00)) * MinimumRowLabelEms, m_rowHeader->widestWord());
    const int scrollBar = m_fit ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int outer = m_fit && parentWidget() ? parentWidget()->contentsRect().width() : width();
    const int available =
        outer - 2 * frameWidth() - m_columnHeader->length() - 2 * m_rowHeader->margin() - scrollBar;
    // As long as the labels need, as wide as the columns leave, never unreadably narrow.
    m_rowHeader->setWrapWidth(std::min(m_rowHeader->naturalWidth(), std::max(minimum, available)));
    updateGeometries();
    if (m_fit)
        updateGeometry();
}

void GridView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitRowHeader();
}

bool GridView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_fit && watched == parentWidget() && event->type() == QEvent::Resize)
        fitRowHeader();
    return QTableView::eventFilter(watched, event);
}

QSize GridView::sizeHint() const
{
    const QSize base = QTableView::sizeHint();
    if (!m_fit)
        return base;
    const int scrollBar = horizontalScrollBar()->maximum() > 0 ? horizontalScrollBar()->sizeHint().height() : 0;
    return {2 * frameWidth() + m_rowHeader->sizeHint().width() + m_columnHeader->length(),
            2 * frameWidth() + m_columnHeader->sizeHint().height() + m_rowHeader->length() + scrollBar};
}

QSize GridView::minimumSizeHint() const
{
    const QSize base = QTableView::minimumSizeHint();
    return m_fit ? QSize(base.width(), sizeHint().height()) : base;
}
