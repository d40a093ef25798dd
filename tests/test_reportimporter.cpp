// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/storage/reportimporter.h"
#include "models/storage/sqliteprojectstore.h"

namespace {

Cell &cellAt(Report &report, const char16_t *key)
{
    const int index = ReportSchema::instance().format(report.format)->indexOf(QString::fromUtf16(key));
    return report.cells[std::size_t(index)];
}

void setValue(Report &report, const char16_t *key, qint64 value)
{
    Cell &cell = cellAt(report, key);
    cell.value = cell.extracted = Decimal(value);
}

/// A consistent 2019-format report (every cell 0) of one agency and year.
Report zeroReport(const QString &fileName, int year, const QString &text)
{
    Report report;
    report.fileName = fileName;
    report.agency = QStringLiteral("某县人民政府");
    report.year = year;
    report.format = QStringLiteral("2019");
    report.t2Format = report.t3Format = report.format;
    report.text = text;
    for (int n = 1; n <= 6; ++n)
        report.sections.push_back({n, QString::number(n), {n, 1}});
    report.cells.resize(std::size_t(ReportSchema::instance().format(report.format)->cellCount()));
    for (Cell &cell : report.cells) {
        cell.value = cell.extracted = Decimal(0);
        cell.status = CellStatus::Ok;
        cell.raw = QStringLiteral("0");
    }
    return report;
}

/// 2019 carries two natural-person applications forward; 2020 says it carried none over.
Report lastYear()
{
    Report report = zeroReport(QStringLiteral("2019.txt"), 2019, QStringLiteral("2019年报告"));
    setValue(report, u"t3/new/natural", 2);
    setValue(report, u"t3/new/total", 2);
    setValue(report, u"t3/carry_forward/natural", 2);
    setValue(report, u"t3/carry_forward/total", 2);
    return report;
}

bool hasCheck(const std::vector<Finding> &findings, const QString &checkId)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding &finding) { return finding.checkId == checkId; });
}

} // namespace

class TestReportImporter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void previousYearCheckedOnImport();
    void nextYearRefreshedWhenPreviousArrives();
    void carriedCorrectionsAreRechecked();
    void rememberedReportsCheckAsStoredOnes();
    void correctionBetweenImportsIsSeen_data();
    void correctionBetweenImportsIsSeen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteProjectStore> m_store;
};

void TestReportImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SqliteProjectStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("p.sqlite"))));
}

void TestReportImporter::previousYearCheckedOnImport()
{
    ReportImporter importer(*m_store);
    QVERIFY(importer.import(lastYear()));
    const auto current = importer.import(zeroReport(QStringLiteral("2020.txt"), 2020, QStringLiteral("2020年报告")));
    QVERIFY2(current, qPrintable(importer.errorString()));
    QVERIFY(hasCheck(current->findings, QStringLiteral("year.carry")));
    // The same agency two years back is not compared.
    const auto later = importer.import(zeroReport(QStringLiteral("2022.txt"), 2022, QStringLiteral("2022年报告")));
    QVERIFY(!hasCheck(later->findings, QStringLiteral("year.carry")));
}

void TestReportImporter::nextYearRefreshedWhenPreviousArrives()
{
    ReportImporter importer(*m_store);
    const auto current = importer.import(zeroReport(QStringLiteral("2020.txt"), 2020, QStringLiteral("2020年报告")));
    QVERIFY(current);
    QVERIFY(!hasCheck(current->findings, QStringLiteral("year.carry")));

    QVERIFY(importer.import(lastYear()));
    const auto refreshed = m_store->findings(current->added.reportId);
    QVERIFY(hasCheck(*refreshed, QStringLiteral("year.carry")));

    // The reviewer's verdict survives a later refresh (a new version of last year).
    const auto carry = std::find_if(refreshed->cbegin(), refreshed->cend(),
                                    [](const Finding &f) { return f.checkId == u"year.carry"; });
    QVERIFY(m_store->setFindingReview(carry->id, ReviewStatus::Dismissed, QStringLiteral("上年报告有误")));
    Report corrected = lastYear();
    corrected.text = QStringLiteral("2019年报告（修订）");
    const auto newVersion = importer.import(corrected);
    QCOMPARE(newVersion->added.outcome, AddOutcome::NewVersion);
    const auto again = m_store->findings(current->added.reportId);
    const auto carryAgain = std::find_if(again->cbegin(), again->cend(),
                                         [](const Finding &f) { return f.checkId == u"year.carry"; });
    QVERIFY(carryAgain != again->cend());
    QCOMPARE(carryAgain->status, ReviewStatus::Dismissed);
}

void TestReportImporter::carriedCorrectionsAreRechecked()
{
    ReportImporter importer(*m_store);
    // The extraction read total 5 where the parts add up to 0.
    Report first = zeroReport(QStringLiteral("a.txt"), 2020, QStringLiteral("第一版"));
    setValue(first, u"t4/review/total", 5);
    const auto v1 = importer.import(first);
    QVERIFY(hasCheck(v1->findings, QStringLiteral("t4.row_sum")));
    QVERIFY(m_store->setCellValue(v1->added.reportId, QStringLiteral("t4/review/total"), Decimal(0)));

    Report second = first;
    second.text = QStringLiteral("第二版");
    const auto v2 = importer.import(second);
    QVERIFY2(v2, qPrintable(importer.errorString()));
    QCOMPARE(v2->added.outcome, AddOutcome::NewVersion);
    QCOMPARE(v2->added.carriedCells, QStringList{QStringLiteral("t4/review/total")});
    // Checked on the corrected value, not on the value as read.
    QVERIFY(!hasCheck(v2->findings, QStringLiteral("t4.row_sum")));
}

namespace {

/// An agency's years with numbers that do and do not carry over, in a varied order.
std::vector<Report> yearsOfOneAgency()
{
    std::vector<Report> reports;
    Report y2019 = lastYear();
    Report y2020 = zeroReport(QStringLiteral("2020.txt"), 2020, QStringLiteral("2020年报告"));
    setValue(y2020, u"t3/carried_over/natural", 1); // 2019 carried 2 forward
    setValue(y2020, u"t3/carried_over/total", 1);
    setValue(y2020, u"t3/carry_forward/natural", 1);
    setValue(y2020, u"t3/carry_forward/total", 1);
    Report y2021 = zeroReport(QStringLiteral("2021.txt"), 2021, QStringLiteral("2021年报告"));
    setValue(y2021, u"t3/carried_over/natural", 3); // 2020 carried 1 forward
    setValue(y2021, u"t3/carried_over/total", 3);
    Report y2022 = zeroReport(QStringLiteral("2022.txt"), 2022, QStringLiteral("2022年报告"));
    setValue(y2022, u"t2/licensing/prev_items", 4); // 2021 had none and no change
    for (Report *report : {&y2020, &y2019, &y2021, &y2022})
        reports.push_back(*report);
    return reports;
}

/// What a report's findings say, in order, without store ids.
QStringList describe(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        lines.append(QStringLiteral("%1 %2 [%3] %4/%5")
                         .arg(finding.checkId, severityName(finding.severity), finding.cells.join(u','),
                              finding.expected, finding.actual));
    }
    lines.sort();
    return lines;
}

} // namespace

void TestReportImporter::rememberedReportsCheckAsStoredOnes()
{
    // One importer remembers the reports it stored; an importer for each report
    // reads every earlier one back from the project. Same findings either way.
    ReportImporter remembering(*m_store);
    SqliteProjectStore readingBack;
    QVERIFY(readingBack.open(m_dir->filePath(QStringLiteral("read-back.sqlite"))));
    std::vector<std::pair<qint64, qint64>> ids;
    for (const Report &report : yearsOfOneAgency()) {
        const auto one = remembering.import(report);
        const auto other = ReportImporter(readingBack).import(report);
        QVERIFY(one && other);
        ids.emplace_back(one->added.reportId, other->added.reportId);
    }
    int acrossYears = 0;
    for (const auto &[one, other] : ids) {
        const QStringList findings = describe(*m_store->findings(one));
        QCOMPARE(findings, describe(*readingBack.findings(other)));
        acrossYears += int(findings.filter(QStringLiteral("year.")).size());
    }
    // year.carry on two columns of 2020 (refreshed when 2019 came) and of 2021;
    // year.items on 2022.
    QCOMPARE(acrossYears, 5);
}

void TestReportImporter::correctionBetweenImportsIsSeen_data()
{
    QTest::addColumn<bool>("otherConnection");
    QTest::newRow("through the same store") << false;
    QTest::newRow("through another connection") << true;
}

void TestReportImporter::correctionBetweenImportsIsSeen()
{
    QFETCH(bool, otherConnection);
    ReportImporter importer(*m_store);
    const auto y2019 = importer.import(lastYear());
    QVERIFY(y2019);
    // The reviewer finds that 2019 carried nothing forward after all.
    SqliteProjectStore other;
    ProjectStore *reviewer = m_store.get();
    if (otherConnection) {
        QVERIFY(other.open(m_store->location()));
        reviewer = &other;
    }
    for (const auto *key : {u"t3/carry_forward/natural", u"t3/carry_forward/total"})
        QVERIFY(reviewer->setCellValue(y2019->added.reportId, QString::fromUtf16(key), Decimal(0)));

    // 2020 carried nothing over: consistent with 2019 as corrected.
    const auto y2020 = importer.import(zeroReport(QStringLiteral("2020.txt"), 2020, QStringLiteral("2020年报告")));
    QVERIFY2(y2020, qPrintable(importer.errorString()));
    QVERIFY(!hasCheck(y2020->findings, QStringLiteral("year.carry")));
}

QTEST_GUILESS_MAIN(TestReportImporter)
#include "test_reportimporter.moc"
