// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "parser/flatrows.h"

#include <vector>

class TestFlatRows final : public QObject
{
    Q_OBJECT

private slots:
    void rowsAcrossChunks_data();
    void rowsAcrossChunks();
    void retainKeepsOrderAcrossChunks_data();
    void retainKeepsOrderAcrossChunks();
    void appendAfterRetainAndClear();
    void widthZero();
};

namespace {

/// Row r of the tests: width items r*1000, r*1000+1, ...
std::vector<int> rowOf(int r, std::size_t width)
{
    std::vector<int> row(width);
    for (std::size_t i = 0; i < width; ++i)
        row[i] = r * 1000 + int(i);
    return row;
}

/// The first item of every row, which names the row it was appended as.
std::vector<int> rowNames(const FlatRows<int> &rows)
{
    std::vector<int> names;
    for (FlatRows<int>::Row row : rows)
        names.push_back(row[0] / 1000);
    return names;
}

void fill(FlatRows<int> &rows, std::size_t width, int count)
{
    rows.setWidth(width);
    for (int r = 0; r < count; ++r)
        rows.append(rowOf(r, width));
}

} // namespace

void TestFlatRows::rowsAcrossChunks_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("count");
    // Rows per chunk: 1024, 3 (a row of 300 leaves 124 items unused), 1 (a row wider than a chunk).
    QTest::newRow("narrow") << 1 << 2500;
    QTest::newRow("three a chunk") << 300 << 10;
    QTest::newRow("wider than a chunk") << 1500 << 4;
}

void TestFlatRows::rowsAcrossChunks()
{
    QFETCH(int, width);
    QFETCH(int, count);
    FlatRows<int> rows;
    fill(rows, std::size_t(width), count);
    QCOMPARE(rows.size(), std::size_t(count));
    QVERIFY(!rows.empty());
    for (int r = 0; r < count; ++r) {
        const FlatRows<int>::Row row = rows[std::size_t(r)];
        QCOMPARE(row.size(), std::size_t(width));
        QCOMPARE(std::vector<int>(row.begin(), row.end()), rowOf(r, std::size_t(width)));
    }
    QCOMPARE(rows.front()[0], 0);
}

void TestFlatRows::retainKeepsOrderAcrossChunks_data()
{
    QTest::addColumn<std::vector<char>>("keep");
    QTest::addColumn<std::vector<int>>("kept");
    // Ten rows of 300 items, three a chunk: chunks hold rows 0-2, 3-5, 6-8 and 9.
    QTest::newRow("all") << std::vector<char>(10, 1) << std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("none") << std::vector<char>(10, 0) << std::vector<int>{};
    QTest::newRow("odd") << std::vector<char>{0, 1, 0, 1, 0, 1, 0, 1, 0, 1} << std::vector<int>{1, 3, 5, 7, 9};
    QTest::newRow("last only") << std::vector<char>{0, 0, 0, 0, 0, 0, 0, 0, 0, 1} << std::vector<int>{9};
    QTest::newRow("a whole chunk") << std::vector<char>{1, 1, 1, 0, 0, 0, 0, 0, 0, 0} << std::vector<int>{0, 1, 2};
    QTest::newRow("four") << std::vector<char>{1, 0, 0, 1, 0, 1, 0, 0, 1, 0} << std::vector<int>{0, 3, 5, 8};
}

void TestFlatRows::retainKeepsOrderAcrossChunks()
{
    QFETCH(std::vector<char>, keep);
    QFETCH(std::vector<int>, kept);
    FlatRows<int> rows;
    fill(rows, 300, 10);
    rows.retain(keep);
    QCOMPARE(rows.size(), kept.size());
    QCOMPARE(rowNames(rows), kept);
    for (std::size_t r = 0; r < rows.size(); ++r)
        QCOMPARE(std::vector<int>(rows[r].begin(), rows[r].end()), rowOf(kept[r], 300));
}

void TestFlatRows::appendAfterRetainAndClear()
{
    // A retain that ends inside a chunk leaves room in it: the next rows fill it, then new chunks.
    FlatRows<int> rows;
    fill(rows, 300, 8);
    rows.retain(std::vector<char>{1, 0, 0, 1, 0, 0, 0, 1});
    for (int r = 20; r < 25; ++r)
        rows.append(rowOf(r, 300));
    QCOMPARE(rowNames(rows), (std::vector<int>{0, 3, 7, 20, 21, 22, 23, 24}));
    QCOMPARE(rows[4][299], 21299);

    rows.clear();
    QVERIFY(rows.empty());
    rows.append(rowOf(30, 300));
    QCOMPARE(rowNames(rows), std::vector<int>{30});
}

void TestFlatRows::widthZero()
{
    // A group without cells has readings of nothing: they still count.
    FlatRows<int> rows;
    fill(rows, 0, 3);
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[2].size(), std::size_t(0));
    rows.retain(std::vector<char>{1, 0, 1});
    QCOMPARE(rows.size(), std::size_t(2));
}

QTEST_APPLESS_MAIN(TestFlatRows)
#include "test_flatrows.moc"
