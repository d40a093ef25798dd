// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gridheaderview.h"

#include <algorithm>
#include <cmath>

#include <QFontMetrics>
#include <QStyle>

namespace {

// Ideographs and full-width punctuation: a line may break beside each of them.
bool breaksAnywhere(QChar ch)
{
    const char16_t code = ch.unicode();
    return ch.script() == QChar::Script_Han || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

// The widest piece of text a line break cannot split: a word, or one ideograph.
int widestUnbreakable(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    QString run;
    const QString padded = text + u' '; // the last run ends at the space
    for (const QChar ch : padded) {
        if (ch.isSpace() || breaksAnywhere(ch)) {
            widest = std::max(widest, metrics.horizontalAdvance(run));
            run.clear();
            if (!ch.isSpace())
                widest = std::max(widest, metrics.horizontalAdvance(ch));
        } else {
            run.append(ch);
            // "Public-interest" breaks after its hyphen.
            if (ch == u'-') {
                widest = std::max(widest, metrics.horizontalAdvance(run));
                run.clear();
            }
        }
    }
    return widest;
}

// The room a label needs beyond its measured advance. The style draws a
// highlighted section in bold, and a CJK font without a bold face
// (WenQuanYi) is emboldened wider than its metrics say.
int slack(const QFontMetrics &metrics, const QString &text)
{
    const bool ideographs = std::any_of(text.cbegin(), text.cend(), breaksAnywhere);
    return 2 + (ideographs ? metrics.averageCharWidth() : 0);
}

} // namespace

GridHeaderView::GridHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    // Eliding would cut the label to one line: the style draws it wrapped.
    setTextElideMode(Qt::ElideNone);
    const Qt::Alignment alignment = orientation == Qt::Vertical ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter;
    setDefaultAlignment(alignment | Qt::Alignment(Qt::TextWordWrap));
}

void GridHeaderView::setWrapWidth(int pixels)
{
    if (pixels == m_wrapWidth)
        return;
    m_wrapWidth = pixels;
    if (count() == 0)
        return;
    // Drops the cached size hint (the header's height or width follows the labels).
    headerDataChanged(orientation(), 0, count() - 1);
    if (sectionResizeMode(0) == QHeaderView::ResizeToContents)
        resizeSections(QHeaderView::ResizeToContents);
    updateGeometry();
}

QString GridHeaderView::label(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

QFont GridHeaderView::labelFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

int GridHeaderView::margin() const
{
    return style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
}

int GridHeaderView::naturalWidth() const
{
    const QFontMetrics metrics(labelFont());
    int widest = 0;
    for (int section = 0; section < count(); ++section) {
        const QString text = label(section);
        widest = std::max(widest, metrics.horizontalAdvance(text) + slack(metrics, text));
    }
    return widest;
}

int GridHeaderView::widestWord() const
{
    const QFontMetrics metrics(labelFont());
    int widest = 0;
    for (int section = 0; section < count(); ++section) {
        const QString text = label(section);
        widest = std::max(widest, widestUnbreakable(metrics, text) + slack(metrics, text));
    }
    return widest;
}

int GridHeaderView::textHeight(const QString &text, int width) const
{
    const QFontMetrics metrics(labelFont());
    return metrics.boundingRect(QRect(0, 0, std::max(1, width), 1 << 20), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

int GridHeaderView::lineCount(int logicalIndex, int width) const
{
    const QFontMetrics metrics(labelFont());
    return int(std::lround(double(textHeight(label(logicalIndex), width)) / metrics.lineSpacing()));
}

int GridHeaderView::columnTextWidth(const QString &text) const
{
    const QFontMetrics metrics(labelFont());
    const int advance = metrics.horizontalAdvance(text);
    const int room = slack(metrics, text);
    const int natural = advance + room;
    // The slack is room around a line, not a reason to break it: "商业企业" in four ems stays whole.
    if (m_wrapWidth <= 0 || advance <= m_wrapWidth)
        return natural;
    // "商业/企业", not "商业企/业": lines of about equal length.
    const int lines = int(std::ceil(double(advance) / m_wrapWidth));
    const int balanced = int(std::ceil(double(advance) / lines)) + room;
    return std::max(std::min(balanced, m_wrapWidth + room), widestUnbreakable(metrics, text) + room);
}

QSize GridHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QSize base = QHeaderView::sectionSizeFromContents(logicalIndex);
    const QString text = label(logicalIndex);
    const int m = margin();
    if (orientation() == Qt::Vertical) {
        const int width = m_wrapWidth > 0 ? m_wrapWidth : naturalWidth();
        return {width + 2 * m, std::max(base.height(), textHeight(text, width) + 2 * m)};
    }
    const int width = columnTextWidth(text);
    return {width + 2 * m, std::max(base.height(), textHeight(text, width) + 2 * m)};
}

QSize GridHeaderView::sizeHint() const
{
    const QSize base = QHeaderView::sizeHint();
    // QHeaderView caches its hint; the row labels' width is the wrap width.
    if (orientation() == Qt::Vertical && m_wrapWidth > 0)
        return {m_wrapWidth + 2 * margin(), base.height()};
    return base;
}
