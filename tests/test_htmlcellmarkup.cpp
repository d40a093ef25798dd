// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "ui/htmlcellmarkup.h"

class TestHtmlCellMarkup final : public QObject
{
    Q_OBJECT

private slots:
    void insideTextNode_data();
    void insideTextNode();
    void apply_data();
    void apply();
    void cellOfLink_data();
    void cellOfLink();
};

void TestHtmlCellMarkup::insideTextNode_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("span");
    QTest::addColumn<bool>("inside");

    QTest::newRow("cell text") << QStringLiteral("<td>859</td>") << QStringLiteral("859") << true;
    QTest::newRow("across a tag") << QStringLiteral("<td>8<br>59</td>") << QStringLiteral("8<br>59") << false;
    QTest::newRow("in an attribute") << QStringLiteral("<td width=\"859\">1</td>") << QStringLiteral("859")
                                     << false;
    QTest::newRow("after an entity") << QStringLiteral("<td>&nbsp;12</td>") << QStringLiteral("12") << true;
    QTest::newRow("inside an entity") << QStringLiteral("<td>&#49;2</td>") << QStringLiteral("49") << false;
    QTest::newRow("plain text") << QStringLiteral("收到859件") << QStringLiteral("859") << true;
}

void TestHtmlCellMarkup::insideTextNode()
{
    QFETCH(QString, html);
    QFETCH(QString, span);
    QFETCH(bool, inside);
    const qsizetype offset = html.indexOf(span);
    QVERIFY(offset >= 0);
    QCOMPARE(HtmlCellMarkup::isInsideTextNode(html, offset, span.size()), inside);
}

void TestHtmlCellMarkup::apply_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QList<int>>("offsets"); // offset, length, cell (-1: section N = length), background (0/1)
    QTest::addColumn<QString>("expected");

    const QString link = QStringLiteral("<a href=\"cell:%1\" name=\"cell-%1\" style=\"color:#000000;text-decoration:none\">");
    QTest::newRow("two cells, high offset first")
        << QStringLiteral("<td>12</td><td>3</td>") << QList<int>{4, 2, 0, 0, 15, 1, 1, 0}
        << (QStringLiteral("<td>") + link.arg(0) + QStringLiteral("12</a></td><td>") + link.arg(1)
            + QStringLiteral("3</a></td>"));
    QTest::newRow("tinted")
        << QStringLiteral("<td>7</td>") << QList<int>{4, 1, 5, 1}
        << (QStringLiteral("<td>") + link.arg(5)
            + QStringLiteral("<span style=\"background-color:#ffc7c7\">7</span></a></td>"));
    QTest::newRow("span across tags left out")
        << QStringLiteral("<td>1<b>2</b></td>") << QList<int>{4, 5, 0, 0} << QStringLiteral("<td>1<b>2</b></td>");
    QTest::newRow("section anchor before a heading")
        << QStringLiteral("<p>一、总体情况</p>") << QList<int>{3, 1, -1, 0}
        << QStringLiteral("<p><a name=\"section-1\"></a>一、总体情况</p>");
    QTest::newRow("overlapping spans: the later one wins")
        << QStringLiteral("<td>123</td>") << QList<int>{4, 3, 0, 0, 5, 2, 1, 0}
        << (QStringLiteral("<td>1") + link.arg(1) + QStringLiteral("23</a></td>"));
}

void TestHtmlCellMarkup::apply()
{
    QFETCH(QString, html);
    QFETCH(QList<int>, offsets);
    QFETCH(QString, expected);
    std::vector<HtmlCellMarkup::Mark> marks;
    for (qsizetype i = 0; i + 3 < offsets.size(); i += 4) {
        HtmlCellMarkup::Mark mark;
        mark.offset = offsets[i];
        mark.cellIndex = offsets[i + 2];
        if (mark.cellIndex < 0)
            mark.sectionNumber = offsets[i + 1];
        else
            mark.length = offsets[i + 1];
        if (offsets[i + 3])
            mark.background = QColor(0xff, 0xc7, 0xc7);
        marks.push_back(mark);
    }
    QCOMPARE(HtmlCellMarkup::apply(html, marks, QColor(Qt::black)), expected);
}

void TestHtmlCellMarkup::cellOfLink_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<int>("cell");
    QTest::newRow("cell") << QStringLiteral("cell:42") << 42;
    QTest::newRow("zero") << QStringLiteral("cell:0") << 0;
    QTest::newRow("web link") << QStringLiteral("https://www.gov.cn/") << -1;
    QTest::newRow("not a number") << QStringLiteral("cell:x") << -1;
    QTest::newRow("negative") << QStringLiteral("cell:-3") << -1;
}

void TestHtmlCellMarkup::cellOfLink()
{
    QFETCH(QString, href);
    QFETCH(int, cell);
    QCOMPARE(HtmlCellMarkup::cellOfLink(href), cell);
}

QTEST_APPLESS_MAIN(TestHtmlCellMarkup)
#include "test_htmlcellmarkup.moc"
