// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reportschema.h"

#include <QTest>

class TestReportSchema final : public QObject
{
    Q_OBJECT

private slots:
    void cellCounts_data();
    void cellCounts();
    void relations();
    void compareRules_data();
    void compareRules();
    void unknownFormat();
};

void TestReportSchema::cellCounts_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("cells");
    QTest::addColumn<int>("t3Rows");
    // 2019: t2 22 + t3 23x7 + t4 15; 2021: t2 10 + t3 25x7 + t4 15.
    QTest::newRow("2019") << "2019" << 22 + 161 + 15 << 23;
    QTest::newRow("2021") << "2021" << 10 + 175 + 15 << 25;
}

void TestReportSchema::cellCounts()
{
    QFETCH(QString, format);
    QFETCH(int, cells);
    QFETCH(int, t3Rows);
    const FormatSchema *schema = ReportSchema::instance().format(format);
    QVERIFY(schema);
    QCOMPARE(schema->cellCount(), cells);
    QCOMPARE(schema->rows(QStringLiteral("t3")).size(), t3Rows);
    QCOMPARE(schema->address(0).key(), QStringLiteral("t2/rules/") + (format == u"2019" ? u"made" : u"issued"));
    QCOMPARE(schema->indexOf(QStringLiteral("t4/suit_after_review/total")), cells - 1);
}

void TestReportSchema::relations()
{
    const FormatSchema *schema = ReportSchema::instance().format(QStringLiteral("2021"));
    int balance = 0, results = 0, rowSums = 0, t4Sums = 0;
    for (const SumRelation &relation : schema->relations()) {
        balance += relation.checkId == u"t3.balance";
        results += relation.checkId == u"t3.results_sum";
        rowSums += relation.checkId == u"t3.row_sum";
        t4Sums += relation.checkId == u"t4.row_sum";
        if (relation.checkId == u"t3.results_sum" && relation.where == u"natural") {
            QCOMPARE(relation.left.size(), std::size_t(1));
            QCOMPARE(relation.right.size(), std::size_t(21));
            QCOMPARE(schema->address(relation.left[0]).key(), QStringLiteral("t3/total/natural"));
        }
    }
    QCOMPARE(balance, 7);
    QCOMPARE(results, 7);
    QCOMPARE(rowSums, 25);
    QCOMPARE(t4Sums, 3);
    QVERIFY(schema->isSigned(schema->indexOf(QStringLiteral("t2/rules/issued"))) == false);
    QVERIFY(ReportSchema::instance().format(QStringLiteral("2019"))->isSigned(
        ReportSchema::instance().format(QStringLiteral("2019"))->indexOf(QStringLiteral("t2/fees/change"))));
    QCOMPARE(ReportSchema::instance().check(QStringLiteral("text.table"))->severity, Severity::Warning);
}

void TestReportSchema::compareRules_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("counts"); // rules per check, in checks.json order
    QTest::addColumn<QString>("inForceCells");
    QTest::newRow("2019") << QStringLiteral("2019") << QStringLiteral("t2.published:7 year.carry:7 year.items:5")
                          << QString();
    QTest::newRow("2021") << QStringLiteral("2021") << QStringLiteral("year.carry:7 year.in_force:2")
                          << QStringLiteral("t2/rules/issued t2/rules/repealed t2/rules/in_force");
}

void TestReportSchema::compareRules()
{
    QFETCH(QString, format);
    QFETCH(QString, counts);
    QFETCH(QString, inForceCells);
    const FormatSchema *schema = ReportSchema::instance().format(format);
    QStringList order;
    QHash<QString, int> perCheck;
    QString cells;
    for (const CompareRule &rule : schema->compareRules()) {
        if (!perCheck.contains(rule.checkId))
            order.append(rule.checkId);
        ++perCheck[rule.checkId];
        QCOMPARE(rule.isAcrossYears(), rule.checkId.startsWith(u"year."));
        if (rule.checkId == u"year.in_force" && rule.where == u"rules") {
            // The finding names this report's cells, in schema order; last year's in_force is not one.
            QStringList keys;
            for (int index : rule.cells)
                keys.append(schema->address(index).key());
            cells = keys.join(u' ');
            QCOMPARE(rule.right.size(), std::size_t(3));
            QVERIFY(rule.right[0].isPrevious());
            QCOMPARE(rule.right[0].previousKey, QStringLiteral("t2/rules/in_force"));
            QVERIFY(rule.right[2].negated);
        }
    }
    QStringList got;
    for (const QString &id : std::as_const(order))
        got.append(id + u':' + QString::number(perCheck.value(id)));
    QCOMPARE(got.join(u' '), counts);
    QCOMPARE(cells, inForceCells);
}

void TestReportSchema::unknownFormat()
{
    QVERIFY(!ReportSchema::instance().format(QStringLiteral("pre2019")));
}

QTEST_APPLESS_MAIN(TestReportSchema)
#include "test_reportschema.moc"
