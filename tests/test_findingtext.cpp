// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/findingtext.h"

#include <QTest>

#include "models/finding.h"

Q_DECLARE_METATYPE(Finding)

namespace {

Finding finding(const char *checkId, const QStringList &cells, const QString &expected = QString(),
                const QString &actual = QString(), const QString &detail = QString())
{
    Finding f;
    f.checkId = QString::fromLatin1(checkId);
    f.cells = cells;
    f.expected = expected;
    f.actual = actual;
    f.detail = detail;
    return f;
}

QStringList column(const QString &column, const QStringList &rows)
{
    QStringList cells;
    for (const QString &row : rows)
        cells.append(u"t3/" + row + u'/' + column);
    return cells;
}

} // namespace

/**
 * Messages made from a finding's stored parts (the check engine's own tests
 * cover each check end to end): names by the report's format, a cell named by
 * table, row and column, and what a finding of an older project (a rule the
 * schema no longer has, a format no longer known) still reads as.
 */
class TestFindingText final : public QObject
{
    Q_OBJECT

private slots:
    void message_data();
    void message();
};

void TestFindingText::message_data()
{
    QTest::addColumn<Finding>("finding");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");

    const QStringList balanceRows{QStringLiteral("new"), QStringLiteral("carried_over"), QStringLiteral("total"),
                                  QStringLiteral("carry_forward")};
    QTest::newRow("relation in any cell order")
        << finding("t3.balance", column(QStringLiteral("legal"), {QStringLiteral("total"), QStringLiteral("new"),
                                                                  QStringLiteral("carry_forward"),
                                                                  QStringLiteral("carried_over")}),
                   QStringLiteral("4"), QStringLiteral("3"))
        << QStringLiteral("2021") << QString::fromUtf16(u"表三“法律服务机构”列：第一项加第二项（3）不等于第三项加第四项（4）")
        << QStringLiteral("Table 3 column “Legal service providers”: new + carried over (3) does not equal total + "
                          "carried forward (4)");
    QTest::newRow("row of a group, by the report's format")
        << finding("cell.missing", {QStringLiteral("t3/other_no_fee/other")}) << QStringLiteral("2021")
        << QString::fromUtf16(u"表三 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用… / 其他：原文中缺失或为空")
        << QStringLiteral("Table 3, (6) Other handling 2. Applicant did not pay the notified fee in time… / Other: "
                          "absent or blank in the source");
    QTest::newRow("2019 label of a row both formats have")
        << finding("cell.text", {QStringLiteral("t2/normative/total")}, QString(), QString(), QStringLiteral("/"))
        << QStringLiteral("2019") << QString::fromUtf16(u"表二 规范性文件 / 对外公开总数量：不是数字而是“/”")
        << QStringLiteral("Table 2, Normative documents / Total published: no number but “/”");
    QTest::newRow("rule detail in both languages")
        << finding("t2.published", {QStringLiteral("t2/normative/published"), QStringLiteral("t2/normative/total")},
                   QStringLiteral("9"), QStringLiteral("8"))
        << QStringLiteral("2019") << QString::fromUtf16(u"表二“规范性文件”：对外公开总数量 8 小于本年新公开数量 9")
        << QStringLiteral("Table 2 “Normative documents”: total 8 is less than published this year 9");
    QTest::newRow("row rule along the total row")
        << finding("t3.row_sum",
                   {QStringLiteral("t3/total/total"), QStringLiteral("t3/total/natural"), QStringLiteral("t3/total/commercial"),
                    QStringLiteral("t3/total/research"), QStringLiteral("t3/total/social"), QStringLiteral("t3/total/legal"),
                    QStringLiteral("t3/total/other")},
                   QStringLiteral("5"), QStringLiteral("6"))
        << QStringLiteral("2019") << QString::fromUtf16(u"表三“（七）总计”行：总计为 6，各类申请人之和为 5")
        << QStringLiteral("Table 3 row “(7) Total”: total is 6, the applicant columns add up to 5");
    QTest::newRow("section")
        << finding("report.sections", {}, QStringLiteral("4")) << QStringLiteral("2019")
        << QString::fromUtf16(u"报告缺少第四部分“政府信息公开行政复议、行政诉讼情况”")
        << QStringLiteral("Section 4 (“administrative reviews and lawsuits”) is missing from the report");
    QTest::newRow("format.shape")
        << finding("format.shape", {}, QStringLiteral("2021"), QStringLiteral("2019")) << QStringLiteral("2019")
        << QString::fromUtf16(u"表二为 2021 格式，表三为 2019 格式")
        << QStringLiteral("Table 2 is in the 2021 format but table 3 in the 2019 format");
    // A relation over cells no rule of the schema has (stored by an older version): still named by their column.
    QTest::newRow("no such rule: the shared column")
        << finding("t3.balance", column(QStringLiteral("natural"), {QStringLiteral("new"), QStringLiteral("total")}),
                   QStringLiteral("2"), QStringLiteral("1"))
        << QStringLiteral("2021") << QString::fromUtf16(u"表三“自然人”列：第一项加第二项（1）不等于第三项加第四项（2）")
        << QStringLiteral("Table 3 column “Natural persons”: new + carried over (1) does not equal total + carried "
                          "forward (2)");
    // A format without labels: the keys, never an empty name.
    QTest::newRow("unknown format: keys")
        << finding("t3.balance", column(QStringLiteral("natural"), balanceRows), QStringLiteral("2"),
                   QStringLiteral("1"))
        << QString() << QString::fromUtf16(u"表三“natural”列：第一项加第二项（1）不等于第三项加第四项（2）")
        << QStringLiteral("Table 3 column “natural”: new + carried over (1) does not equal total + carried forward (2)");
    QTest::newRow("unknown format: cell key")
        << finding("cell.missing", {QStringLiteral("t3/new/total")}) << QStringLiteral("pre2019")
        << QString::fromUtf16(u"t3/new/total：原文中缺失或为空")
        << QStringLiteral("t3/new/total: absent or blank in the source");
    QTest::newRow("unknown check") << finding("t9.nothing", {QStringLiteral("t3/new/total")}) << QStringLiteral("2021")
                                   << QString() << QString();
}

void TestFindingText::message()
{
    QFETCH(Finding, finding);
    QFETCH(QString, format);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    QCOMPARE(FindingText::message(finding, format, Language::Chinese), zh);
    QCOMPARE(FindingText::message(finding, format, Language::English), en);
}

QTEST_APPLESS_MAIN(TestFindingText)
#include "test_findingtext.moc"
