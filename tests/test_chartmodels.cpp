// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "models/report.h"
#include "models/review/applicationsbyyearmodel.h"
#include "models/review/findingsbycheckmodel.h"
#include "models/review/itemroles.h"
#include "models/review/outcomemodel.h"
#include "models/review/projectdocument.h"
#include "models/review/reportsbyyearmodel.h"
#include "models/storage/sqliteprojectstore.h"
#include "reviewfixture.h"

namespace {

const QString seed004 = QStringLiteral("004_19e7a58c87b6c757.txt");

/// Rows as "a|b|c" lines, to compare whole tables at once.
QStringList table(const QAbstractItemModel &model, bool withVerticalHeader = false)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        if (withVerticalHeader)
            cells << model.headerData(row, Qt::Vertical).toString();
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        rows << cells.join(u'|');
    }
    return rows;
}

/// check id -> open count over the project, straight from the document.
std::map<QString, int> openByCheck(ProjectDocument &document)
{
    std::map<QString, int> counts;
    for (int row = 0; row < document.reportCount(); ++row) {
        for (const Finding &finding : *document.findings(document.reportSummary(row).id)) {
            if (finding.status == ReviewStatus::Open)
                ++counts[finding.checkId];
        }
    }
    return counts;
}

QStringList asTable(const std::map<QString, int> &counts)
{
    QStringList rows;
    for (const auto &[id, count] : counts)
        rows << id + u'|' + QString::number(count);
    return rows;
}

} // namespace

class TestChartModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reportsByYear();
    void findingsByCheck();
    void applicationsByYear();
    void outcomes();

private:
    void setCell(qint64 reportId, const QString &key, qint64 value);

    std::unique_ptr<ReviewFixture::SeededProject> m_project;
    ProjectDocument *m_document = nullptr;
};

void TestChartModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestChartModels::init()
{
    // Three seeds now, two more during the tests that watch rows change.
    m_project = std::make_unique<ReviewFixture::SeededProject>(ReviewFixture::seedNames().mid(0, 3));
    QVERIFY(m_project->isOpen());
    m_document = m_project->document();
}

void TestChartModels::setCell(qint64 reportId, const QString &key, qint64 value)
{
    m_document->setCellValue(reportId, ReviewFixture::cellIndex(*m_document->report(reportId), key), Decimal(value));
}

void TestChartModels::reportsByYear()
{
    ReportsByYearModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 000, 001: 2020; 002: 2019; all of the 2019 format.
    QCOMPARE(table(model, true), QStringList({QStringLiteral("2019|1|0|0"), QStringLiteral("2020|2|0|0")}));
    QCOMPARE(model.headerData(ReportsByYearModel::Format2021Column, Qt::Horizontal).toString(),
             QStringLiteral("2021 format"));
    QCOMPARE(model.headerData(1, Qt::Vertical, ItemRoles::RawValueRole).toInt(), 2020);
    QCOMPARE(model.index(1, 0).data(ItemRoles::RawValueRole).toInt(), 2);

    QVERIFY(ReviewFixture::importSeeds(m_project->location(), ReviewFixture::seedNames().mid(3)));
    QVERIFY(m_document->reloadReports());
    QCOMPARE(table(model, true), QStringList({QStringLiteral("2019|1|0|0"), QStringLiteral("2020|3|0|0"),
                                              QStringLiteral("2021|0|1|0")}));
}

void TestChartModels::findingsByCheck()
{
    QVERIFY(ReviewFixture::importSeeds(m_project->location(), ReviewFixture::seedNames().mid(3)));
    QVERIFY(m_document->reloadReports());
    FindingsByCheckModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList before = asTable(openByCheck(*m_document));
    QCOMPARE(table(model), before);
    QVERIFY(!before.isEmpty());
    const std::map<QString, int> counts = openByCheck(*m_document);
    const int balanceBefore = counts.count(QStringLiteral("t3.balance")) ? counts.at(QStringLiteral("t3.balance")) : 0;

    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    setCell(id, QStringLiteral("t3/new/natural"), 5);
    QCOMPARE(table(model), asTable(openByCheck(*m_document)));
    QCOMPARE(openByCheck(*m_document).at(QStringLiteral("t3.balance")), balanceBefore + 1);
    m_document->undoStack()->undo();
    QCOMPARE(table(model), before);
    m_document->undoStack()->redo();
    QCOMPARE(table(model), asTable(openByCheck(*m_document)));

    // Dismissing a finding takes it out of the count.
    const FindingRef first = m_document->nextOpenFinding({});
    m_document->setFindingReview(first, ReviewStatus::Dismissed, QString());
    QCOMPARE(table(model), asTable(openByCheck(*m_document)));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(table(model), before);

    // Saved, then an unsaved edit over it, then the list read again: the
    // saved reports count as stored, the loaded one as the document has it.
    setCell(id, QStringLiteral("t3/new/natural"), 5);
    QVERIFY(m_document->save());
    QCOMPARE(table(model), asTable(openByCheck(*m_document)));
    setCell(id, QStringLiteral("t3/new/natural"), 0);
    QVERIFY(m_document->reloadReports());
    QCOMPARE(table(model), asTable(openByCheck(*m_document)));
    QCOMPARE(table(model), before);
    m_document->undoStack()->undo();
    QCOMPARE(table(model), asTable(openByCheck(*m_document)));
    QCOMPARE(openByCheck(*m_document).at(QStringLiteral("t3.balance")), balanceBefore + 1);
}

void TestChartModels::applicationsByYear()
{
    ApplicationsByYearModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every seed says t3/new/total = 0 (001's narrative says 1, its table 0).
    QCOMPARE(table(model), QStringList({QStringLiteral("2019|0|1"), QStringLiteral("2020|0|2")}));
    QCOMPARE(model.index(0, ApplicationsByYearModel::YearColumn).data(ItemRoles::RawValueRole).toInt(), 2019);

    QVERIFY(ReviewFixture::importSeeds(m_project->location(), ReviewFixture::seedNames().mid(3)));
    QVERIFY(m_document->reloadReports());
    QCOMPARE(table(model), QStringList({QStringLiteral("2019|0|1"), QStringLiteral("2020|0|3"),
                                        QStringLiteral("2021|0|1")}));

    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    setCell(id, QStringLiteral("t3/new/total"), 7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(table(model), QStringList({QStringLiteral("2019|0|1"), QStringLiteral("2020|0|3"),
                                        QStringLiteral("2021|7|1")}));
    m_document->undoStack()->undo();
    QCOMPARE(model.index(2, ApplicationsByYearModel::ApplicationsColumn).data().toLongLong(), 0);
    m_document->undoStack()->redo();
    // Saved, then read from the store by a fresh document.
    QVERIFY(m_document->save());
    ProjectDocument reopened(std::make_unique<SqliteProjectStore>());
    QVERIFY(reopened.open(m_project->location()));
    ApplicationsByYearModel fresh(&reopened);
    QCOMPARE(table(fresh), table(model));
    // A cleared cell no longer counts as a report with a value.
    m_document->setCellValue(id, ReviewFixture::cellIndex(*m_document->report(id), QStringLiteral("t3/new/total")),
                             std::nullopt);
    QCOMPARE(table(model).last(), QStringLiteral("2021|0|0"));
}

void TestChartModels::outcomes()
{
    OutcomeModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(ReviewFixture::importSeeds(m_project->location(), ReviewFixture::seedNames().mid(3)));
    QVERIFY(m_document->reloadReports());
    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    m_document->setCurrentReport(id);
    QCOMPARE(model.rowCount(), int(OutcomeModel::OutcomeCount));
    QCOMPARE(table(model), QStringList({QStringLiteral("Disclosed|0"), QStringLiteral("Partly disclosed|0"),
                                        QStringLiteral("Not disclosed|0"), QStringLiteral("Cannot be provided|0"),
                                        QStringLiteral("Not processed|0"), QStringLiteral("Other handling|0"),
                                        QStringLiteral("Carried forward|0")}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    setCell(id, QStringLiteral("t3/granted/total"), 4);
    setCell(id, QStringLiteral("t3/denied_secret/total"), 2);
    setCell(id, QStringLiteral("t3/denied_query/total"), 3);
    setCell(id, QStringLiteral("t3/unable_create/total"), 1);
    setCell(id, QStringLiteral("t3/reject_repeat/total"), 6);
    setCell(id, QStringLiteral("t3/other_no_fee/total"), 8);
    setCell(id, QStringLiteral("t3/other_misc/total"), 1);
    setCell(id, QStringLiteral("t3/carry_forward/total"), 9);
    setCell(id, QStringLiteral("t3/granted/natural"), 100); // not the total column: not counted
    QCOMPARE(changed.count(), 9);
    QCOMPARE(table(model), QStringList({QStringLiteral("Disclosed|4"), QStringLiteral("Partly disclosed|0"),
                                        QStringLiteral("Not disclosed|5"), QStringLiteral("Cannot be provided|1"),
                                        QStringLiteral("Not processed|6"), QStringLiteral("Other handling|9"),
                                        QStringLiteral("Carried forward|9")}));
    QCOMPARE(model.value(OutcomeModel::Denied), qint64(5));
    QCOMPARE(model.index(OutcomeModel::Other, OutcomeModel::ValueColumn).data(ItemRoles::RawValueRole).toLongLong(),
             qint64(9));
    for (int i = 0; i < 9; ++i)
        m_document->undoStack()->undo();
    QCOMPARE(model.value(OutcomeModel::Other), qint64(0));
    m_document->undoStack()->redo();
    QCOMPARE(model.value(OutcomeModel::Granted), qint64(4));

    // A 2019 report has the single (六)其他处理 row.
    const qint64 old = ReviewFixture::reportId(*m_document, QStringLiteral("000_fb8decbe9b2e9cc0.txt"));
    m_document->setCurrentReport(old);
    QCOMPARE(model.rowCount(), int(OutcomeModel::OutcomeCount));
    setCell(old, QStringLiteral("t3/other/total"), 2);
    QCOMPARE(model.value(OutcomeModel::Other), qint64(2));
    m_document->setCurrentReport(0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestChartModels)
#include "test_chartmodels.moc"
