// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLocale>
#include <QTest>

#include "models/gridlayout.h"
#include "models/reportschema.h"

class TestGridLayout final : public QObject
{
    Q_OBJECT

private slots:
    void everyCellInExactlyOneGrid_data();
    void everyCellInExactlyOneGrid();
    void gridsInFormOrder_data();
    void gridsInFormOrder();
    void labels_data();
    void labels();
    void unknownFormatHasNoGrids();
    void everyGridHasItsTable();
    void tables_data();
    void tables();
    void labelFollowsLocale();
    void names_data();
    void names();
    void everyNameIsShort();
};

void TestGridLayout::everyCellInExactlyOneGrid_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : ReportSchema::instance().formatIds())
        QTest::newRow(qPrintable(format)) << format;
}

void TestGridLayout::everyCellInExactlyOneGrid()
{
    QFETCH(QString, format);
    const FormatSchema *schema = ReportSchema::instance().format(format);
    QVERIFY(schema);
    std::vector<int> seen(std::size_t(schema->cellCount()), 0);
    for (const GridSpec &grid : GridLayout::instance().grids(format)) {
        QCOMPARE(grid.rowLabels.size(), std::size_t(grid.rows.size()));
        QCOMPARE(grid.columnLabels.size(), std::size_t(grid.columns.size()));
        for (const QString &row : grid.rows) {
            for (const QString &column : grid.columns) {
                const int index = schema->indexOf(grid.table, row, column);
                // Every grid position is a cell of the format: no blank holes in the form.
                QVERIFY2(index >= 0, qPrintable(grid.id + u' ' + row + u'/' + column));
                ++seen[std::size_t(index)];
            }
        }
    }
    for (int index = 0; index < schema->cellCount(); ++index)
        QVERIFY2(seen[std::size_t(index)] == 1, qPrintable(schema->address(index).key()));
}

void TestGridLayout::gridsInFormOrder_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QList<int>>("columns");
    QTest::newRow("2019") << QStringLiteral("2019")
                          << QStringList{QStringLiteral("t2.documents"), QStringLiteral("t2.licensing"),
                                         QStringLiteral("t2.enforcement"), QStringLiteral("t2.fees"),
                                         QStringLiteral("t2.procurement"), QStringLiteral("t3"), QStringLiteral("t4")}
                          << QList<int>{2, 2, 2, 1, 1, 23, 3} << QList<int>{3, 3, 3, 2, 2, 7, 5};
    QTest::newRow("2021") << QStringLiteral("2021")
                          << QStringList{QStringLiteral("t2.documents"), QStringLiteral("t2.licensing"),
                                         QStringLiteral("t2.enforcement"), QStringLiteral("t2.fees"),
                                         QStringLiteral("t3"), QStringLiteral("t4")}
                          << QList<int>{2, 1, 2, 1, 25, 3} << QList<int>{3, 1, 1, 1, 7, 5};
}

void TestGridLayout::gridsInFormOrder()
{
    QFETCH(QString, format);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, rows);
    QFETCH(QList<int>, columns);
    const std::vector<GridSpec> &grids = GridLayout::instance().grids(format);
    QStringList actualIds;
    QList<int> actualRows;
    QList<int> actualColumns;
    for (const GridSpec &grid : grids) {
        actualIds << grid.id;
        actualRows << int(grid.rows.size());
        actualColumns << int(grid.columns.size());
    }
    QCOMPARE(actualIds, ids);
    QCOMPARE(actualRows, rows);
    QCOMPARE(actualColumns, columns);
}

void TestGridLayout::labels_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("grid");
    QTest::addColumn<bool>("isRow");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    auto add = [](const char *name, const char *format, const char *grid, bool isRow, const char *key,
                  const char16_t *zh, const char *en) {
        QTest::newRow(name) << QString::fromLatin1(format) << QString::fromLatin1(grid) << isRow
                            << QString::fromLatin1(key) << QString::fromUtf16(zh) << QString::fromLatin1(en);
    };
    add("2019 t2 title", "2019", "t2.documents", false, "made", u"本年新制作数量", "Newly made this year");
    add("2021 t2 issued", "2021", "t2.documents", false, "issued", u"本年制发件数", "Issued this year");
    add("2021 t2 normative", "2021", "t2.documents", true, "normative", u"行政规范性文件",
        "Administrative normative documents");
    add("2019 t2 normative", "2019", "t2.documents", true, "normative", u"规范性文件", "Normative documents");
    add("2021 fees amount", "2021", "t2.fees", false, "amount", u"本年收费金额（单位：万元）",
        "Fees collected this year (unit: 10,000 yuan)");
    add("t3 new", "2021", "t3", true, "new", u"一、本年新收政府信息公开申请数量",
        "I. New applications received this year");
    add("t3 2019 other", "2019", "t3", true, "other", u"（六）其他处理", "(6) Other handling");
    add("t3 2021 other_misc", "2021", "t3", true, "other_misc", u"3.其他", "3. Other");
    add("t3 natural", "2019", "t3", false, "natural", u"自然人", "Natural persons");
    add("t3 total column", "2019", "t3", false, "total", u"总计", "Total");
    add("t4 direct", "2019", "t4", true, "suit_direct", u"行政诉讼 未经复议直接起诉",
        "Administrative litigation: filed directly, without reconsideration");
    add("t4 upheld", "2021", "t4", false, "upheld", u"结果维持", "Upheld");
}

void TestGridLayout::labels()
{
    QFETCH(QString, format);
    QFETCH(QString, grid);
    QFETCH(bool, isRow);
    QFETCH(QString, key);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    for (const GridSpec &spec : GridLayout::instance().grids(format)) {
        if (spec.id != grid)
            continue;
        const QStringList &keys = isRow ? spec.rows : spec.columns;
        const int at = int(keys.indexOf(key));
        QVERIFY(at >= 0);
        const LabelText &label = isRow ? spec.rowLabels[std::size_t(at)] : spec.columnLabels[std::size_t(at)];
        QCOMPARE(label.zh, zh);
        QCOMPARE(label.en, en);
        return;
    }
    QFAIL("no such grid");
}

void TestGridLayout::unknownFormatHasNoGrids()
{
    QVERIFY(GridLayout::instance().grids(QStringLiteral("pre2019")).empty());
    QVERIFY(GridLayout::instance().grids(QString()).empty());
}

void TestGridLayout::everyGridHasItsTable()
{
    for (const QString &format : {QStringLiteral("2019"), QStringLiteral("2021")}) {
        for (const GridSpec &grid : GridLayout::instance().grids(format))
            QVERIFY2(GridLayout::instance().table(grid.table), qPrintable(grid.id));
    }
    QCOMPARE(GridLayout::instance().table(QStringLiteral("t5")), nullptr);
}

void TestGridLayout::tables_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("tabZh");
    QTest::addColumn<QString>("tabEn");
    QTest::addColumn<QString>("titleZh");
    QTest::newRow("t2") << QStringLiteral("t2") << QStringLiteral("表二 主动公开") << QStringLiteral("Table 2: Proactive")
                        << QStringLiteral("二、主动公开政府信息情况");
    QTest::newRow("t3") << QStringLiteral("t3") << QStringLiteral("表三 依申请公开")
                        << QStringLiteral("Table 3: Applications") << QStringLiteral("三、收到和处理政府信息公开申请情况");
    QTest::newRow("t4") << QStringLiteral("t4") << QStringLiteral("表四 复议诉讼") << QStringLiteral("Table 4: Appeals")
                        << QStringLiteral("四、政府信息公开行政复议、行政诉讼情况");
}

void TestGridLayout::tables()
{
    QFETCH(QString, id);
    QFETCH(QString, tabZh);
    QFETCH(QString, tabEn);
    QFETCH(QString, titleZh);
    const TableSpec *table = GridLayout::instance().table(id);
    QVERIFY(table);
    QCOMPARE(table->id, id);
    QCOMPARE(table->tab.zh, tabZh);
    QCOMPARE(table->tab.en, tabEn);
    QCOMPARE(table->title.zh, titleZh);
    QVERIFY(!table->title.en.isEmpty());
}

void TestGridLayout::labelFollowsLocale()
{
    const LabelText label{QStringLiteral("总计"), QStringLiteral("Total")};
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(label.text(), QStringLiteral("总计"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(label.text(), QStringLiteral("Total"));
    QLocale::setDefault(saved);
}

void TestGridLayout::names_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kind"); // row, column or cell
    QTest::addColumn<QString>("key");  // "t3/new" for a row or column, the cell key for a cell
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    auto add = [](const char *name, const char *format, const char *kind, const char *key, const char16_t *zh,
                  const char *en) {
        QTest::newRow(name) << QString::fromLatin1(format) << QString::fromLatin1(kind) << QString::fromLatin1(key)
                            << QString::fromUtf16(zh) << QString::fromUtf8(en);
    };
    // Short labels are the labels as printed.
    add("column", "2019", "column", "t3/natural", u"自然人", "Natural persons");
    add("t2 row", "2021", "row", "t2/normative", u"行政规范性文件", "Administrative normative documents");
    add("t2 row, 2019 label", "2019", "row", "t2/normative", u"规范性文件", "Normative documents");
    add("numbered row", "2019", "row", "t3/new", u"一、本年新收政府信息公开申请数量", "I. New applications received this year");
    add("row with its parent heading", "2021", "row", "t3/granted", u"三、本年度办理结果 （一）予以公开",
        "III. Results this year (1) Disclosed");
    // The first row of a group prints the group; the others get it.
    add("group's first row", "2019", "row", "t3/denied_secret", u"（三）不予公开 1.属于国家秘密",
        "(3) Not disclosed 1. State secret");
    add("group's later row", "2019", "row", "t3/denied_law", u"（三）不予公开 2.其他法律行政法规禁止公开",
        "(3) Not disclosed 2. Disclosure prohibited by other laws and administrative regulations");
    add("group row, no cut", "2021", "row", "t3/other_misc", u"（六）其他处理 3.其他", "(6) Other handling 3. Other");
    // Long labels are cut before their first clause break.
    add("cut before a bracket", "2021", "row", "t3/partial", u"（二）部分公开…", "(2) Partly disclosed…");
    add("cut in a group's first row", "2021", "row", "t3/other_no_correction",
        u"（六）其他处理 1.申请人无正当理由逾期不补正…",
        "(6) Other handling 1. Applicant did not amend in time without good reason…");
    add("cut in a group's later row", "2021", "row", "t3/other_no_fee", u"（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用…",
        "(6) Other handling 2. Applicant did not pay the notified fee in time…");
    add("18 characters are not cut", "2019", "row", "t3/reject_confirm",
        u"（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
        "(5) Not processed 5. Request that the agency confirm or reissue information already obtained");
    add("unit kept in a short column", "2021", "column", "t2/amount", u"本年收费金额（单位：万元）",
        "Fees collected this year (unit: 10,000 yuan)");
    add("cell", "2021", "cell", "t3/other_no_fee/other", u"表三 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用… / 其他",
        "Table 3, (6) Other handling 2. Applicant did not pay the notified fee in time… / Other");
    add("t2 cell", "2019", "cell", "t2/licensing/change", u"表二 行政许可 / 本年增/减",
        "Table 2, Administrative licensing / Change this year");
    add("t4 cell", "2021", "cell", "t4/suit_direct/total", u"表四 行政诉讼 未经复议直接起诉 / 总计",
        "Table 4, Administrative litigation: filed directly, without reconsideration / Total");
    // What the format lacks has no name.
    add("row of the other format", "2019", "row", "t3/other_misc", u"", "");
    add("cell of the other format", "2021", "cell", "t2/rules/made", u"", "");
    add("unknown format", "pre2019", "cell", "t3/new/total", u"", "");
    add("not a cell key", "2021", "cell", "t3/new", u"", "");
}

void TestGridLayout::names()
{
    QFETCH(QString, format);
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    const GridLayout &layout = GridLayout::instance();
    const QStringList parts = key.split(u'/');
    const LabelText name = kind == u"cell" ? layout.cellName(format, key)
                           : kind == u"row" ? layout.rowName(format, parts[0], parts[1])
                                            : layout.columnName(format, parts[0], parts[1]);
    QCOMPARE(name.zh, zh);
    QCOMPARE(name.en, en);
}

// Every row and column of both formats has a name in both languages, and a
// long label's text (after its group) is at most the limit plus the ellipsis.
void TestGridLayout::everyNameIsShort()
{
    const GridLayout &layout = GridLayout::instance();
    for (const QString &format : {QStringLiteral("2019"), QStringLiteral("2021")}) {
        for (const GridSpec &grid : layout.grids(format)) {
            for (qsizetype i = 0; i < grid.rows.size(); ++i) {
                const LabelText name = layout.rowName(format, grid.table, grid.rows[i]);
                const LabelText &group = grid.rowGroups[std::size_t(i)];
                QVERIFY2(!name.zh.isEmpty() && !name.en.isEmpty(), qPrintable(grid.rows[i]));
                QVERIFY2(name.zh.startsWith(group.zh) && name.en.startsWith(group.en), qPrintable(grid.rows[i]));
                QVERIFY2(name.zh.size() - group.zh.size() <= 24, qPrintable(name.zh));
                QVERIFY2(name.en.size() - group.en.size() <= 80, qPrintable(name.en));
            }
            for (const QString &column : grid.columns) {
                const LabelText name = layout.columnName(format, grid.table, column);
                QVERIFY2(!name.zh.isEmpty() && !name.en.isEmpty(), qPrintable(column));
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestGridLayout)
#include "test_gridlayout.moc"
