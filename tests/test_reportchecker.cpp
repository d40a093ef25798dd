// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/reportchecker.h"

#include <algorithm>
#include <functional>
#include <utility>

#include <QDebug>
#include <QSet>
#include <QTest>

#include "models/checks/findingtext.h"
#include "models/report.h"
#include "models/reportschema.h"

namespace {

/**
 * What a test expects of a finding, with its messages as FindingText makes
 * them for the report's format; an empty message is not compared, the detail
 * always is.
 */
struct ExpectedFinding
{
    ExpectedFinding() = default;
    ExpectedFinding(QString checkId, QStringList cells, QString expected, QString actual, QString messageZh = {},
                    QString messageEn = {}, QString detail = {})
        : checkId(std::move(checkId)), cells(std::move(cells)), expected(std::move(expected)),
          actual(std::move(actual)), messageZh(std::move(messageZh)), messageEn(std::move(messageEn)),
          detail(std::move(detail))
    {
    }

    QString checkId;
    QStringList cells;
    QString expected;
    QString actual;
    QString messageZh;
    QString messageEn;
    QString detail;

    friend bool operator==(const ExpectedFinding &a, const ExpectedFinding &b)
    {
        return a.checkId == b.checkId && a.cells == b.cells && a.expected == b.expected && a.actual == b.actual
            && a.detail == b.detail
            && (a.messageZh.isEmpty() || b.messageZh.isEmpty() || a.messageZh == b.messageZh)
            && (a.messageEn.isEmpty() || b.messageEn.isEmpty() || a.messageEn == b.messageEn);
    }
    friend QDebug operator<<(QDebug debug, const ExpectedFinding &f)
    {
        QDebugStateSaver saver(debug);
        debug.nospace().noquote() << "\n  {" << f.checkId << " [" << f.cells.join(u", ") << "] expected=" << f.expected
                                  << " actual=" << f.actual << " detail=" << f.detail << " zh=" << f.messageZh
                                  << " en=" << f.messageEn << '}';
        return debug;
    }
};

using Findings = QList<ExpectedFinding>;
using Edit = std::function<void(Report &)>;

} // namespace

Q_DECLARE_METATYPE(ExpectedFinding)
Q_DECLARE_METATYPE(Edit)

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

/// A report of the format with every cell an Ok zero, all six sections and matching table formats.
Report zeroReport(const QString &format, int year = 2021)
{
    Report report;
    report.format = format;
    report.t2Format = format;
    report.t3Format = format;
    report.year = year;
    const FormatSchema *schema = ReportSchema::instance().format(format);
    for (int i = 0; schema && i < schema->cellCount(); ++i) {
        Cell cell;
        cell.value = Decimal(0);
        cell.extracted = cell.value;
        cell.raw = QStringLiteral("0");
        cell.status = CellStatus::Ok;
        report.cells.push_back(cell);
    }
    for (int number = 1; number <= 6; ++number)
        report.sections.push_back({number, QString(), SourceSpan()});
    return report;
}

Cell &cellOf(Report &report, const QString &key)
{
    const int index = ReportSchema::instance().format(report.format)->indexOf(key);
    if (index < 0)
        qFatal("no cell %s in format %s", qPrintable(key), qPrintable(report.format));
    return report.cells[std::size_t(index)];
}

void set(Report &report, const QString &key, const QString &value, CellStatus status = CellStatus::Ok)
{
    Cell &cell = cellOf(report, key);
    cell.value = Decimal::fromString(value);
    cell.raw = value;
    cell.status = status;
}

void setNoValue(Report &report, const QString &key, CellStatus status, const QString &raw = QString(),
                const QStringList &candidates = {})
{
    Cell &cell = cellOf(report, key);
    cell.value.reset();
    cell.raw = raw;
    cell.status = status;
    cell.candidates = candidates;
}

/// A consistent t3 for one applicant column: 3 new, 2 granted, 1 carried forward.
void fillConsistentT3(Report &report)
{
    for (const QString &column : {QStringLiteral("natural"), QStringLiteral("total")}) {
        set(report, u"t3/new/" + column, QStringLiteral("3"));
        set(report, u"t3/granted/" + column, QStringLiteral("2"));
        set(report, u"t3/total/" + column, QStringLiteral("2"));
        set(report, u"t3/carry_forward/" + column, QStringLiteral("1"));
    }
}

const QStringList results2021{
    QStringLiteral("granted"), QStringLiteral("partial"), QStringLiteral("denied_secret"),
    QStringLiteral("denied_law"), QStringLiteral("denied_safety"), QStringLiteral("denied_third_party"),
    QStringLiteral("denied_internal"), QStringLiteral("denied_process"), QStringLiteral("denied_enforcement"),
    QStringLiteral("denied_query"), QStringLiteral("unable_no_info"), QStringLiteral("unable_create"),
    QStringLiteral("unable_unclear"), QStringLiteral("reject_petition"), QStringLiteral("reject_repeat"),
    QStringLiteral("reject_publication"), QStringLiteral("reject_excessive"), QStringLiteral("reject_confirm"),
    QStringLiteral("other_no_correction"), QStringLiteral("other_no_fee"), QStringLiteral("other_misc"),
};

QStringList resultsSumCells(const QString &column)
{
    QStringList cells{u"t3/total/" + column};
    for (const QString &row : results2021)
        cells.append(u"t3/" + row + u'/' + column);
    return cells;
}

QStringList rowSumCells(const QString &table, const QString &row, const QStringList &parts)
{
    QStringList cells{table + u'/' + row + u"/total"};
    for (const QString &part : parts)
        cells.append(table + u'/' + row + u'/' + part);
    return cells;
}

const QStringList applicants{QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                             QStringLiteral("social"), QStringLiteral("legal"), QStringLiteral("other")};
const QStringList t4Parts{QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                          QStringLiteral("pending")};

QStringList balanceCells(const QString &column)
{
    return {u"t3/new/" + column, u"t3/carried_over/" + column, u"t3/total/" + column,
            u"t3/carry_forward/" + column};
}

Findings toExpected(const std::vector<Finding> &findings, const QString &only, const QString &format)
{
    Findings result;
    for (const Finding &f : findings) {
        if (only.isEmpty() || f.checkId == only) {
            result.append({f.checkId, f.cells, f.expected, f.actual,
                           FindingText::message(f, format, Language::Chinese),
                           FindingText::message(f, format, Language::English), f.detail});
        }
    }
    return result;
}

} // namespace

class TestReportChecker final : public QObject
{
    Q_OBJECT

private slots:
    void checkReport_data();
    void checkReport();
    void checkAcrossYears_data();
    void checkAcrossYears();
    void severities();
    void messagesAreFilledOnce();
    void identitiesAreUnique();
};

void TestReportChecker::checkReport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("only"); // compare only findings of this check; empty: all findings
    QTest::addColumn<Findings>("expected");

    const QString y2019 = QStringLiteral("2019");
    const QString y2021 = QStringLiteral("2021");
    const Edit none = [](Report &) {};

    QTest::newRow("2021 zeros: nothing") << y2021 << none << QString() << Findings{};
    QTest::newRow("2019 zeros: nothing") << y2019 << none << QString() << Findings{};
    QTest::newRow("consistent t3: nothing") << y2021 << Edit(fillConsistentT3) << QString() << Findings{};

    // t3.balance: 3 + 0 = 2 + 2 fails in both columns; every row still sums.
    QTest::newRow("t3.balance fails")
        << y2021 << Edit([](Report &r) {
               fillConsistentT3(r);
               set(r, QStringLiteral("t3/carry_forward/natural"), QStringLiteral("2"));
               set(r, QStringLiteral("t3/carry_forward/total"), QStringLiteral("2"));
           })
        << QString()
        << Findings{
               {QStringLiteral("t3.balance"), balanceCells(QStringLiteral("natural")), QStringLiteral("4"),
                QStringLiteral("3"), s(u"表三“自然人”列：第一项加第二项（3）不等于第三项加第四项（4）"),
                s(u"Table 3 column “Natural persons”: new + carried over (3) does not equal total + carried forward (4)")},
               {QStringLiteral("t3.balance"), balanceCells(QStringLiteral("total")), QStringLiteral("4"),
                QStringLiteral("3"), {}, {}},
           };

    QTest::newRow("t3.results_sum fails")
        << y2021 << Edit([](Report &r) {
               fillConsistentT3(r);
               set(r, QStringLiteral("t3/partial/natural"), QStringLiteral("1"));
               set(r, QStringLiteral("t3/partial/total"), QStringLiteral("1"));
           })
        << QString()
        << Findings{
               {QStringLiteral("t3.results_sum"), resultsSumCells(QStringLiteral("natural")), QStringLiteral("3"),
                QStringLiteral("2"), s(u"表三“自然人”列：（七）总计为 2，各办理结果之和为 3"),
                s(u"Table 3 column “Natural persons”: total is 2, the handling results add up to 3")},
               {QStringLiteral("t3.results_sum"), resultsSumCells(QStringLiteral("total")), QStringLiteral("3"),
                QStringLiteral("2"), {}, {}},
           };

    QTest::newRow("t3.row_sum fails")
        << y2021 << Edit([](Report &r) { set(r, QStringLiteral("t3/granted/commercial"), QStringLiteral("1")); })
        << QStringLiteral("t3.row_sum")
        << Findings{{QStringLiteral("t3.row_sum"), rowSumCells(QStringLiteral("t3"), QStringLiteral("granted"), applicants),
                     QStringLiteral("1"), QStringLiteral("0"), s(u"表三“三、本年度办理结果 （一）予以公开”行：总计为 0，各类申请人之和为 1"),
                     s(u"Table 3 row “III. Results this year (1) Disclosed”: total is 0, the applicant columns add up to 1")}};
    QTest::newRow("t3.row_sum holds")
        << y2021 << Edit([](Report &r) {
               set(r, QStringLiteral("t3/granted/commercial"), QStringLiteral("1"));
               set(r, QStringLiteral("t3/granted/total"), QStringLiteral("1"));
           })
        << QStringLiteral("t3.row_sum") << Findings{};

    // r002: 结果维持 10 + 结果纠正 1 but 总计 0.
    QTest::newRow("t4.row_sum fails")
        << y2021 << Edit([](Report &r) {
               set(r, QStringLiteral("t4/review/upheld"), QStringLiteral("10"));
               set(r, QStringLiteral("t4/review/corrected"), QStringLiteral("1"));
           })
        << QString()
        << Findings{{QStringLiteral("t4.row_sum"), rowSumCells(QStringLiteral("t4"), QStringLiteral("review"), t4Parts),
                     QStringLiteral("11"), QStringLiteral("0"),
                     s(u"表四“行政复议”：总计为 0，维持、纠正、其他结果与尚未审结之和为 11"),
                     s(u"Table 4 “Administrative reconsideration”: total is 0, upheld + corrected + other + pending add up to 11")}};
    QTest::newRow("t4.row_sum holds")
        << y2019 << Edit([](Report &r) {
               set(r, QStringLiteral("t4/suit_direct/upheld"), QStringLiteral("10"));
               set(r, QStringLiteral("t4/suit_direct/pending"), QStringLiteral("1"));
               set(r, QStringLiteral("t4/suit_direct/total"), QStringLiteral("11"));
           })
        << QString() << Findings{};

    // A relation with a cell that has no usable value is not evaluated: only the cell's own finding.
    const Edit brokenReview = [](Report &r) { set(r, QStringLiteral("t4/review/upheld"), QStringLiteral("10")); };
    QTest::newRow("not evaluated: missing")
        << y2021 << Edit([brokenReview](Report &r) {
               brokenReview(r);
               setNoValue(r, QStringLiteral("t4/review/corrected"), CellStatus::Missing);
           })
        << QString()
        << Findings{{QStringLiteral("cell.missing"), {QStringLiteral("t4/review/corrected")}, QString(), QString(),
                     s(u"表四 行政复议 / 结果纠正：原文中缺失或为空"),
                     s(u"Table 4, Administrative reconsideration / Corrected: absent or blank in the source")}};
    QTest::newRow("not evaluated: text")
        << y2021 << Edit([brokenReview](Report &r) {
               brokenReview(r);
               setNoValue(r, QStringLiteral("t4/review/total"), CellStatus::Text, s(u"—"));
           })
        << QString()
        << Findings{{QStringLiteral("cell.text"), {QStringLiteral("t4/review/total")}, QString(), QString(),
                     s(u"表四 行政复议 / 总计：不是数字而是“—”"),
                     s(u"Table 4, Administrative reconsideration / Total: no number but “—”"), s(u"—")}};
    QTest::newRow("not evaluated: ambiguous")
        << y2021 << Edit([brokenReview](Report &r) {
               brokenReview(r);
               setNoValue(r, QStringLiteral("t4/review/other"), CellStatus::Ambiguous, QStringLiteral("210"),
                          {QStringLiteral("2|10"), QStringLiteral("21|0")});
           })
        << QString()
        << Findings{{QStringLiteral("cell.ambiguous"), {QStringLiteral("t4/review/other")}, QString(), QString(),
                     s(u"表四 行政复议 / 其他结果：数字与相邻单元格粘连，可有多种拆分（2|10; 21|0）"),
                     s(u"Table 4, Administrative reconsideration / Other result: digits glued to adjacent cells fit several splits (2|10; 21|0)"),
                     QStringLiteral("2|10; 21|0")}};
    QTest::newRow("not evaluated: invalid, even with a value")
        << y2021 << Edit([brokenReview](Report &r) {
               brokenReview(r);
               set(r, QStringLiteral("t4/review/pending"), QStringLiteral("-1"), CellStatus::Invalid);
           })
        << QString()
        << Findings{{QStringLiteral("cell.invalid"), {QStringLiteral("t4/review/pending")}, QString(),
                     QStringLiteral("-1"), s(u"表四 行政复议 / 尚未审结：数值“-1”不符合该栏的类型"),
                     s(u"Table 4, Administrative reconsideration / Pending: “-1” is a number of the wrong kind"),
                     QStringLiteral("-1")}};
    QTest::newRow("not evaluated: ok without value is missing")
        << y2021 << Edit([brokenReview](Report &r) {
               brokenReview(r);
               setNoValue(r, QStringLiteral("t4/review/pending"), CellStatus::Ok);
           })
        << QString()
        << Findings{{QStringLiteral("cell.missing"), {QStringLiteral("t4/review/pending")}, QString(), QString(), {}, {}}};

    // Approximate and inferred values are evaluated as written.
    QTest::newRow("approximate: evaluated")
        << y2021 << Edit([](Report &r) {
               set(r, QStringLiteral("t4/review/upheld"), QStringLiteral("10"), CellStatus::Approximate);
               cellOf(r, QStringLiteral("t4/review/upheld")).raw = s(u"10余");
           })
        << QString()
        << Findings{{QStringLiteral("cell.approximate"), {QStringLiteral("t4/review/upheld")}, QString(),
                     QStringLiteral("10"), s(u"表四 行政复议 / 结果维持：约数“10余”"),
                     s(u"Table 4, Administrative reconsideration / Upheld: approximate, “10余”"), s(u"10余")},
                    {QStringLiteral("t4.row_sum"), rowSumCells(QStringLiteral("t4"), QStringLiteral("review"), t4Parts),
                     QStringLiteral("10"), QStringLiteral("0"), {}, {}}};
    QTest::newRow("inferred: evaluated, holds")
        << y2021 << Edit([](Report &r) {
               set(r, QStringLiteral("t4/review/upheld"), QStringLiteral("12"), CellStatus::Inferred);
               set(r, QStringLiteral("t4/review/total"), QStringLiteral("12"), CellStatus::Inferred);
               cellOf(r, QStringLiteral("t4/review/upheld")).raw = QStringLiteral("12000012");
               cellOf(r, QStringLiteral("t4/review/total")).raw = QStringLiteral("12000012");
           })
        << QString()
        << Findings{{QStringLiteral("cell.inferred"), {QStringLiteral("t4/review/upheld")}, QString(),
                     QStringLiteral("12"), s(u"表四 行政复议 / 结果维持：数值 12 由粘连数字“12000012”按表内勾稽关系唯一拆分得出"),
                     s(u"Table 4, Administrative reconsideration / Upheld: value 12 inferred from glued digits “12000012”, the only split that fits the table's arithmetic"),
                     QStringLiteral("12000012")},
                    {QStringLiteral("cell.inferred"), {QStringLiteral("t4/review/total")}, QString(),
                     QStringLiteral("12"), {}, {}, QStringLiteral("12000012")}};

    QTest::newRow("format.shape")
        << y2021 << Edit([](Report &r) { r.t2Format = QStringLiteral("2019"); }) << QString()
        << Findings{{QStringLiteral("format.shape"), {}, QStringLiteral("2019"), QStringLiteral("2021"),
                     s(u"表二为 2019 格式，表三为 2021 格式"),
                     s(u"Table 2 is in the 2019 format but table 3 in the 2021 format")}};
    QTest::newRow("format.shape: one table not found")
        << y2021 << Edit([](Report &r) { r.t3Format.clear(); }) << QString() << Findings{};

    QTest::newRow("t2.published: total below published")
        << y2019 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/rules/made"), QStringLiteral("3"));
               set(r, QStringLiteral("t2/rules/published"), QStringLiteral("5"));
               set(r, QStringLiteral("t2/rules/total"), QStringLiteral("4"));
           })
        << QString()
        << Findings{{QStringLiteral("t2.published"),
                     {QStringLiteral("t2/rules/published"), QStringLiteral("t2/rules/total")}, QStringLiteral("5"),
                     QStringLiteral("4"), s(u"表二“规章”：对外公开总数量 4 小于本年新公开数量 5"),
                     s(u"Table 2 “Rules”: total 4 is less than published this year 5")}};
    QTest::newRow("t2.published: total equals published")
        << y2019 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/normative/published"), QStringLiteral("89"));
               set(r, QStringLiteral("t2/normative/total"), QStringLiteral("89"));
           })
        << QString() << Findings{};
    QTest::newRow("t2.published: items below zero")
        << y2019 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/licensing/prev_items"), QStringLiteral("2"));
               set(r, QStringLiteral("t2/licensing/change"), QStringLiteral("-3"));
           })
        << QString()
        << Findings{{QStringLiteral("t2.published"),
                     {QStringLiteral("t2/licensing/prev_items"), QStringLiteral("t2/licensing/change")},
                     QStringLiteral("0"), QStringLiteral("-1"), s(u"表二“行政许可”：上一年项目数量加本年增/减为 -1，小于零"),
                     s(u"Table 2 “Administrative licensing”: previous-year items plus change is -1, below zero")}};
    QTest::newRow("t2.published: items reach zero")
        << y2019 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/fees/prev_items"), QStringLiteral("2"));
               set(r, QStringLiteral("t2/fees/change"), QStringLiteral("-2"));
           })
        << QString() << Findings{};
    QTest::newRow("t2.published: change missing, not evaluated")
        << y2019 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/fees/prev_items"), QStringLiteral("-2"), CellStatus::Invalid);
               setNoValue(r, QStringLiteral("t2/fees/change"), CellStatus::Missing);
           })
        << QStringLiteral("t2.published") << Findings{};

    const Edit seed001 = [](Report &r) {
        r.figures.push_back({QStringLiteral("t3/new/total"), Decimal(1), s(u"收到1件政府信息公开申请"), {100, 12}});
    };
    QTest::newRow("text.table: seed 001")
        << QStringLiteral("2019") << seed001 << QString()
        << Findings{{QStringLiteral("text.table"), {QStringLiteral("t3/new/total")}, QStringLiteral("1"),
                     QStringLiteral("0"), s(u"正文称“收到1件政府信息公开申请”，而表三 一、本年新收政府信息公开申请数量 / 总计为 0"),
                     s(u"The narrative says “收到1件政府信息公开申请”, but Table 3, I. New applications received this year / Total is 0"),
                     s(u"收到1件政府信息公开申请")}};
    QTest::newRow("text.table: agrees")
        << y2021 << Edit([](Report &r) {
               r.figures.push_back({QStringLiteral("t2/penalty/decisions"), Decimal(1), s(u"行政处罚1项"), {10, 6}});
               set(r, QStringLiteral("t2/penalty/decisions"), QStringLiteral("1"));
           })
        << QString() << Findings{};
    QTest::newRow("text.table: cell has no value")
        << y2019 << Edit([seed001](Report &r) {
               seed001(r);
               setNoValue(r, QStringLiteral("t3/new/total"), CellStatus::Text, QStringLiteral("/"));
           })
        << QStringLiteral("text.table") << Findings{};
    QTest::newRow("text.table: cell of another format")
        << y2019 << Edit([](Report &r) {
               r.figures.push_back({QStringLiteral("t2/rules/in_force"), Decimal(4), s(u"现行有效4件"), {1, 6}});
           })
        << QString() << Findings{};
    QTest::newRow("text.table: one finding per cell")
        << y2021 << Edit([seed001](Report &r) {
               seed001(r);
               r.figures.push_back({QStringLiteral("t3/new/total"), Decimal(2), s(u"受理申请2件"), {300, 6}});
           })
        << QString()
        << Findings{{QStringLiteral("text.table"), {QStringLiteral("t3/new/total")}, QStringLiteral("1"),
                     QStringLiteral("0"), {}, {}, s(u"收到1件政府信息公开申请")}};

    QTest::newRow("report.sections: section 3 missing")
        << y2021 << Edit([](Report &r) { r.sections.erase(r.sections.begin() + 2); }) << QString()
        << Findings{{QStringLiteral("report.sections"), {}, QStringLiteral("3"), QString(),
                     s(u"报告缺少第三部分“收到和处理政府信息公开申请情况”"),
                     s(u"Section 3 (“requests received and handled”) is missing from the report")}};
    QTest::newRow("report.sections: all missing")
        << y2019 << Edit([](Report &r) { r.sections.clear(); }) << QString()
        << Findings{
               {QStringLiteral("report.sections"), {}, QStringLiteral("1"), QString(), s(u"报告缺少第一部分“总体情况”"), {}},
               {QStringLiteral("report.sections"), {}, QStringLiteral("2"), QString(), {}, {}},
               {QStringLiteral("report.sections"), {}, QStringLiteral("3"), QString(), {}, {}},
               {QStringLiteral("report.sections"), {}, QStringLiteral("4"), QString(), {}, {}},
               {QStringLiteral("report.sections"), {}, QStringLiteral("5"), QString(), {}, {}},
               {QStringLiteral("report.sections"), {}, QStringLiteral("6"), QString(), s(u"报告缺少第六部分“其他需要报告的事项”"),
                s(u"Section 6 (“other matters to report”) is missing from the report")},
           };

    QTest::newRow("pre2019: nothing at all")
        << QStringLiteral("pre2019") << Edit([seed001](Report &r) {
               seed001(r);
               r.sections.clear();
               r.t2Format = QStringLiteral("2019");
           })
        << QString() << Findings{};
}

void TestReportChecker::checkReport()
{
    QFETCH(QString, format);
    QFETCH(Edit, edit);
    QFETCH(QString, only);
    QFETCH(Findings, expected);

    Report report = zeroReport(format);
    edit(report);
    const std::vector<Finding> findings = ReportChecker::checkReport(report);
    QCOMPARE(toExpected(findings, only, format), expected);
    for (const Finding &finding : findings)
        QCOMPARE(finding.severity, ReportSchema::instance().check(finding.checkId)->severity);
}

void TestReportChecker::checkAcrossYears_data()
{
    QTest::addColumn<QString>("previousFormat");
    QTest::addColumn<int>("previousYear");
    QTest::addColumn<Edit>("previousEdit");
    QTest::addColumn<QString>("currentFormat");
    QTest::addColumn<Edit>("currentEdit");
    QTest::addColumn<Findings>("expected");

    const QString y2019 = QStringLiteral("2019");
    const QString y2021 = QStringLiteral("2021");
    const Edit none = [](Report &) {};
    const Edit carriedForward = [](Report &r) {
        set(r, QStringLiteral("t3/carry_forward/natural"), QStringLiteral("1"));
        set(r, QStringLiteral("t3/carry_forward/total"), QStringLiteral("1"));
    };
    const Edit carriedOver = [](Report &r) {
        set(r, QStringLiteral("t3/carried_over/natural"), QStringLiteral("1"));
        set(r, QStringLiteral("t3/carried_over/total"), QStringLiteral("1"));
    };

    QTest::newRow("zeros") << y2021 << 2020 << none << y2021 << none << Findings{};
    QTest::newRow("year.carry holds across the format change")
        << y2019 << 2020 << carriedForward << y2021 << carriedOver << Findings{};
    QTest::newRow("year.carry fails across the format change")
        << y2019 << 2020 << carriedForward << y2021 << none
        << Findings{{QStringLiteral("year.carry"), {QStringLiteral("t3/carried_over/natural")}, QStringLiteral("1"),
                     QStringLiteral("0"), s(u"表三“自然人”列：上年结转 0 不等于上一年度报告的结转下年度 1"),
                     s(u"Table 3 column “Natural persons”: carried over 0 does not equal last year's carried forward 1")},
                    {QStringLiteral("year.carry"), {QStringLiteral("t3/carried_over/total")}, QStringLiteral("1"),
                     QStringLiteral("0"), {}, {}}};
    QTest::newRow("year.carry: last year's cell missing")
        << y2021 << 2020 << Edit([](Report &r) {
               setNoValue(r, QStringLiteral("t3/carry_forward/total"), CellStatus::Missing);
           })
        << y2021 << carriedOver
        << Findings{{QStringLiteral("year.carry"), {QStringLiteral("t3/carried_over/natural")}, QStringLiteral("0"),
                     QStringLiteral("1"), {}, {}}};

    // r002 (2023) → r003 (2024): normative in_force 8 = 5 + 3 − 0.
    const Edit inForce5 = [](Report &r) { set(r, QStringLiteral("t2/normative/in_force"), QStringLiteral("5")); };
    QTest::newRow("year.in_force holds")
        << y2021 << 2020 << inForce5 << y2021 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/normative/issued"), QStringLiteral("3"));
               set(r, QStringLiteral("t2/normative/in_force"), QStringLiteral("8"));
           })
        << Findings{};
    QTest::newRow("year.in_force fails")
        << y2021 << 2020 << inForce5 << y2021 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/normative/issued"), QStringLiteral("3"));
               set(r, QStringLiteral("t2/normative/repealed"), QStringLiteral("1"));
               set(r, QStringLiteral("t2/normative/in_force"), QStringLiteral("8"));
           })
        << Findings{{QStringLiteral("year.in_force"),
                     {QStringLiteral("t2/normative/issued"), QStringLiteral("t2/normative/repealed"),
                      QStringLiteral("t2/normative/in_force")},
                     QStringLiteral("7"), QStringLiteral("8"),
                     s(u"表二“行政规范性文件”：现行有效件数 8，按上年现行有效加本年制发减废止应为 7"),
                     s(u"Table 2 “Administrative normative documents”: in force 8, last year's in force + issued − repealed gives 7")}};
    QTest::newRow("year.in_force: 2019 last year, not evaluated")
        << y2019 << 2020 << none << y2021 << inForce5 << Findings{};

    // r007 (2019) → r008 (2020): prev_items 396 + change 0.
    const Edit items396 = [](Report &r) { set(r, QStringLiteral("t2/licensing/prev_items"), QStringLiteral("396")); };
    QTest::newRow("year.items holds") << y2019 << 2020 << items396 << y2019 << items396 << Findings{};
    QTest::newRow("year.items holds with a negative change")
        << y2019 << 2020 << Edit([](Report &r) {
               set(r, QStringLiteral("t2/fees/prev_items"), QStringLiteral("10"));
               set(r, QStringLiteral("t2/fees/change"), QStringLiteral("-2"));
           })
        << y2019 << Edit([](Report &r) { set(r, QStringLiteral("t2/fees/prev_items"), QStringLiteral("8")); })
        << Findings{};
    QTest::newRow("year.items fails")
        << y2019 << 2020 << items396 << y2019
        << Edit([](Report &r) { set(r, QStringLiteral("t2/licensing/prev_items"), QStringLiteral("395")); })
        << Findings{{QStringLiteral("year.items"), {QStringLiteral("t2/licensing/prev_items")}, QStringLiteral("396"),
                     QStringLiteral("395"), s(u"表二“行政许可”：上一年项目数量 395，按上一年度报告应为 396"),
                     s(u"Table 2 “Administrative licensing”: previous-year items 395, last year's report gives 396")}};
    QTest::newRow("years not consecutive")
        << y2019 << 2019 << carriedForward << y2021 << none << Findings{};
    QTest::newRow("previous pre2019")
        << QStringLiteral("pre2019") << 2020 << none << y2021 << carriedOver << Findings{};
}

void TestReportChecker::checkAcrossYears()
{
    QFETCH(QString, previousFormat);
    QFETCH(int, previousYear);
    QFETCH(Edit, previousEdit);
    QFETCH(QString, currentFormat);
    QFETCH(Edit, currentEdit);
    QFETCH(Findings, expected);

    Report previous = zeroReport(previousFormat, previousYear);
    previousEdit(previous);
    Report current = zeroReport(currentFormat, 2021);
    currentEdit(current);
    const std::vector<Finding> findings = ReportChecker::checkAcrossYears(previous, current);
    QCOMPARE(toExpected(findings, QString(), currentFormat), expected);
    for (const Finding &finding : findings)
        QCOMPARE(finding.severity, Severity::Warning);
    // The order matters: the previous report comes first.
    QVERIFY(ReportChecker::checkAcrossYears(current, previous).empty());
}

void TestReportChecker::severities()
{
    Report report = zeroReport(QStringLiteral("2021"));
    set(report, QStringLiteral("t4/review/total"), QStringLiteral("1"));
    set(report, QStringLiteral("t4/review/upheld"), QStringLiteral("1"), CellStatus::Inferred);
    report.figures.push_back({QStringLiteral("t4/review/total"), Decimal(2), QStringLiteral("x"), {0, 1}});
    report.sections.pop_back();
    const std::vector<Finding> findings = ReportChecker::checkReport(report);
    QCOMPARE(findings.size(), std::size_t(3));
    QCOMPARE(findings[0].checkId, QStringLiteral("cell.inferred"));
    QCOMPARE(findings[0].severity, Severity::Info);
    QCOMPARE(findings[1].checkId, QStringLiteral("text.table"));
    QCOMPARE(findings[1].severity, Severity::Warning);
    QCOMPARE(findings[2].checkId, QStringLiteral("report.sections"));
    QCOMPARE(findings[2].severity, Severity::Warning);

    set(report, QStringLiteral("t4/review/total"), QStringLiteral("3"));
    const std::vector<Finding> more = ReportChecker::checkReport(report);
    QVERIFY(std::any_of(more.begin(), more.end(), [](const Finding &f) {
        return f.checkId == u"t4.row_sum" && f.severity == Severity::Error && f.status == ReviewStatus::Open;
    }));
}

void TestReportChecker::messagesAreFilledOnce()
{
    // A raw text containing a placeholder must be quoted as is, not substituted again.
    Report report = zeroReport(QStringLiteral("2021"));
    setNoValue(report, QStringLiteral("t2/fees/amount"), CellStatus::Text, QStringLiteral("%1 %2"));
    const std::vector<Finding> findings = ReportChecker::checkReport(report);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings[0].detail, QStringLiteral("%1 %2"));
    QCOMPARE(FindingText::message(findings[0], report.format, Language::English),
             QStringLiteral("Table 2, Administrative fees / Fees collected this year (unit: 10,000 yuan): no number but “%1 %2”"));
    QCOMPARE(FindingText::message(findings[0], report.format, Language::Chinese),
             QStringLiteral("表二 行政事业性收费 / 本年收费金额（单位：万元）：不是数字而是“%1 %2”"));
}

// A review status is carried by identity: two findings of one report must never share one,
// also those about no cell (each missing section is its own question).
void TestReportChecker::identitiesAreUnique()
{
    Report report = zeroReport(QStringLiteral("2019"));
    report.sections.clear();
    set(report, QStringLiteral("t3/new/total"), QStringLiteral("5"));
    set(report, QStringLiteral("t2/rules/total"), QStringLiteral("0"));
    set(report, QStringLiteral("t2/rules/published"), QStringLiteral("2"));
    setNoValue(report, QStringLiteral("t4/review/upheld"), CellStatus::Missing);
    report.figures.push_back({QStringLiteral("t3/new/total"), Decimal(2), QStringLiteral("x"), {0, 1}});
    report.t2Format = QStringLiteral("2019");
    report.t3Format = QStringLiteral("2021");
    const std::vector<Finding> findings = ReportChecker::checkReport(report);
    QSet<QString> identities;
    for (const Finding &finding : findings)
        identities.insert(finding.identity());
    QCOMPARE(identities.size(), qsizetype(findings.size()));
    QVERIFY(identities.contains(QStringLiteral("report.sections||4")));
    QVERIFY(identities.contains(QStringLiteral("format.shape||2019")));
    // Findings over cells keep the identity they always had: the reviews stored before still match.
    QVERIFY(identities.contains(QStringLiteral("cell.missing|t4/review/upheld")));
}

QTEST_APPLESS_MAIN(TestReportChecker)
#include "test_reportchecker.moc"
