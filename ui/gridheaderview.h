// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

/**
 * A header for the official forms' long labels: instead of eliding them, it
 * wraps them. A vertical header is as wide as its wrap width (GridView sets it
 * from the room the columns leave) and each row as tall as its wrapped label;
 * a horizontal header gives each column the width of its label broken into
 * balanced lines no wider than the wrap width, and is as tall as the tallest.
 */
class GridHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit GridHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GridHeaderView)

    /// The widest a label's line may be, in pixels (margins not included).
    int wrapWidth() const { return m_wrapWidth; }
    /// Re-sizes the sections at once when the width changes.
    void setWrapWidth(int pixels);
    /// The widest label on one line (margins not included).
    int naturalWidth() const;
    /// The widest word (or ideograph) of the labels: no line can be narrower.
    int widestWord() const;
    /// Space around a label, each side.
    int margin() const;
    /// The lines a label takes in the given width.
    int lineCount(int logicalIndex, int width) const;

    QSize sizeHint() const override;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString label(int logicalIndex) const;
    /// The font the style draws a highlighted (bold) section with: labels are measured in it.
    QFont labelFont() const;
    /// The width a horizontal label is broken to: balanced lines, at most the wrap width.
    int columnTextWidth(const QString &text) const;
    int textHeight(const QString &text, int width) const;

    int m_wrapWidth = 0;
};
