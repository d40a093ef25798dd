// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The grid cells as a reviewer sees them: the editor takes only numbers of
// the cell's kind, and each cell state is painted distinctly (looked at in a
// rendered view, pixel by pixel).
#include <QApplication>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QValidator>

#include "models/finding.h"
#include "models/report.h"
#include "models/review/itemroles.h"
#include "ui/celldelegate.h"
#include "ui/severitycolors.h"

namespace {

// The marks' colours (celldelegate.cpp).
const QColor InferredMark(0x7b, 0x3f, 0xc4);
const QColor ApproximateMark(0x2e, 0x8b, 0x57);
const QColor CorrectedMark(0x1f, 0x5f, 0xbf);

QStandardItem *cellItem(const QString &text, CellStatus status, bool corrected = false, int severity = -1)
{
    auto *item = new QStandardItem(text);
    item->setData(int(status), ItemRoles::CellStatusRole);
    item->setData(corrected, ItemRoles::CorrectedRole);
    item->setData(severity, ItemRoles::SeverityRole);
    item->setData(QStringLiteral("count"), ItemRoles::ValueKindRole);
    return item;
}

} // namespace

class TestCellDelegate final : public QObject
{
    Q_OBJECT

private slots:
    void editorAcceptsTheCellsKind_data();
    void editorAcceptsTheCellsKind();
    void typingKeepsOnlyWhatTheKindTakes();
    void statesArePaintedDistinctly();
};

void TestCellDelegate::editorAcceptsTheCellsKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("count") << "count" << "1234" << true;
    QTest::newRow("count empty (no value)") << "count" << "" << true;
    QTest::newRow("count negative") << "count" << "-1" << false;
    QTest::newRow("count fraction") << "count" << "1.5" << false;
    QTest::newRow("count word") << "count" << "无" << false;
    QTest::newRow("count 16 digits") << "count" << "1234567890123456" << false;
    QTest::newRow("signed minus") << "signed" << "-3" << true;
    QTest::newRow("signed plus") << "signed" << "+2" << true;
    QTest::newRow("signed fraction") << "signed" << "-1.5" << false;
    QTest::newRow("decimal") << "decimal" << "96171.6" << true;
    QTest::newRow("decimal six places") << "decimal" << "24252.311082" << true;
    QTest::newRow("decimal seven places") << "decimal" << "1.1234567" << false;
    QTest::newRow("decimal negative") << "decimal" << "-2.5" << false;
}

void TestCellDelegate::editorAcceptsTheCellsKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, acceptable);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), kind, ItemRoles::ValueKindRole);
    CellDelegate delegate;
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, 0)));
    auto *line = qobject_cast<QLineEdit *>(editor.get());
    QVERIFY(line);
    QVERIFY(line->validator());
    QString input = text;
    int position = 0;
    QCOMPARE(line->validator()->validate(input, position) == QValidator::Acceptable, acceptable);
}

void TestCellDelegate::typingKeepsOnlyWhatTheKindTakes()
{
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, cellItem(QStringLiteral("7"), CellStatus::Ok));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new CellDelegate(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(model.index(0, 0));
    view.edit(model.index(0, 0));
    auto *editor = view.findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("7"));
    QVERIFY(editor->hasSelectedText()); // typing replaces the value
    QTest::keyClicks(editor, QStringLiteral("-1.5x2"));
    QCOMPARE(editor->text(), QStringLiteral("152"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(model.index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("152"));
}

void TestCellDelegate::statesArePaintedDistinctly()
{
    QStandardItemModel model(1, 6);
    model.setItem(0, 0, cellItem(QString(), CellStatus::Missing));
    model.setItem(0, 1, cellItem(QStringLiteral("64"), CellStatus::Inferred));
    model.setItem(0, 2, cellItem(QStringLiteral("200"), CellStatus::Approximate));
    model.setItem(0, 3, cellItem(QStringLiteral("9"), CellStatus::Ok, true));
    model.setItem(0, 4, cellItem(QStringLiteral("3"), CellStatus::Ok, false, int(Severity::Error)));
    model.setItem(0, 5, cellItem(QStringLiteral("5"), CellStatus::Ok));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new CellDelegate(&view));
    view.setShowGrid(false);
    view.setFocusPolicy(Qt::NoFocus); // no focus frame on the current cell
    for (int column = 0; column < 6; ++column)
        view.setColumnWidth(column, 60);
    view.setRowHeight(0, 30);
    view.resize(500, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectionModel()->clearCurrentIndex();
    const QImage image = view.viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](int column, QPoint offset, bool fromRight = false, bool fromBottom = false) {
        const QRect rect = view.visualRect(model.index(0, column));
        const QPoint origin(fromRight ? rect.right() : rect.left(), fromBottom ? rect.bottom() : rect.top());
        return image.pixelColor((origin + offset) * ratio).rgb();
    };
    const QRgb base = view.palette().color(QPalette::Base).rgb();

    // An untouched cell has no mark in its corners.
    QCOMPARE(pixel(5, QPoint(1, -1), false, true), base);
    QCOMPARE(pixel(5, QPoint(-1, 1), true, false), base);
    // Inferred and approximate: a coloured corner at the bottom left, one colour each.
    QCOMPARE(pixel(1, QPoint(1, -1), false, true), InferredMark.rgb());
    QCOMPARE(pixel(2, QPoint(1, -1), false, true), ApproximateMark.rgb());
    // Corrected: a triangle at the top right.
    QCOMPARE(pixel(3, QPoint(-1, 1), true, false), CorrectedMark.rgb());
    // A failed check: the cell's background in the severity's colour.
    QCOMPARE(pixel(4, QPoint(4, 15)), SeverityColors::background(Severity::Error).rgb());
    // Missing: empty, not "0", inside a dashed frame: down the middle of the
    // cell the first drawn pixel is the frame's top edge; along that line,
    // drawn and blank pixels alternate.
    QCOMPARE(model.index(0, 0).data().toString(), QString());
    const QRect missing = QRect(view.visualRect(model.index(0, 0)).topLeft() * ratio,
                                view.visualRect(model.index(0, 0)).size() * ratio);
    int top = -1;
    for (int y = missing.top(); y < missing.center().y() && top < 0; ++y) {
        if (image.pixelColor(missing.center().x(), y).rgb() != base)
            top = y;
    }
    QVERIFY(top > missing.top());
    int changes = 0;
    bool previous = true;
    for (int x = missing.left() + missing.width() / 4; x < missing.right() - missing.width() / 4; ++x) {
        const bool drawn = image.pixelColor(x, top).rgb() != base;
        changes += drawn != previous ? 1 : 0;
        previous = drawn;
    }
    QVERIFY2(changes >= 4, qPrintable(QString::number(changes)));
}

QTEST_MAIN(TestCellDelegate)
#include "test_celldelegate.moc"
