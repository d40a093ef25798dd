// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "models/report.h"
#include "models/review/findingsmodel.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"
#include "models/storage/reportimporter.h"
#include "models/storage/sqliteprojectstore.h"
#include "reviewfixture.h"

namespace {

const QString seed000 = QStringLiteral("000_fb8decbe9b2e9cc0.txt");
const QString seed004 = QStringLiteral("004_19e7a58c87b6c757.txt");

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

int findingTotal(ProjectDocument &document)
{
    int total = 0;
    for (int row = 0; row < document.reportCount(); ++row)
        total += int(document.findings(document.reportSummary(row).id)->size());
    return total;
}

} // namespace

class TestFindingsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void currentReportRowsFollowEditsUndoRedo();
    void reviewChangesRowInPlace();
    void projectScope();
    void projectScopeFollowsImports();
    void switchingReportResets();
    void previousYearImportAddsRows_data();
    void previousYearImportAddsRows();

private:
    std::unique_ptr<ReviewFixture::SeededProject> m_project;
    ProjectDocument *m_document = nullptr;
};

void TestFindingsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFindingsModel::init()
{
    m_project = std::make_unique<ReviewFixture::SeededProject>();
    QVERIFY(m_project->isOpen());
    m_document = m_project->document();
}

void TestFindingsModel::currentReportRowsFollowEditsUndoRedo()
{
    FindingsModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.scope(), FindingsModel::Scope::CurrentReport);
    QCOMPARE(model.rowCount(), 0);
    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    m_document->setCurrentReport(id);
    QCOMPARE(model.rowCount(), 0); // seed 004 is clean

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int natural = ReviewFixture::cellIndex(*m_document->currentReport(), QStringLiteral("t3/new/natural"));
    m_document->setCellValue(id, natural, Decimal(5));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(column(model, FindingsModel::CheckColumn),
             QStringList({QStringLiteral("t3.balance"), QStringLiteral("t3.row_sum")}));
    const QModelIndex balance = model.index(0, FindingsModel::MessageColumn);
    QCOMPARE(balance.data().toString(),
             QStringLiteral("Table 3 column \u201cNatural persons\u201d: new + carried over (5) does not equal total + "
                            "carried forward (0)"));
    QCOMPARE(model.index(0, FindingsModel::ReportColumn).data().toString(), seed004);
    QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(0, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(model.index(0, FindingsModel::CellsColumn).data().toString(),
             QStringLiteral("t3/new/natural, t3/carried_over/natural, t3/total/natural, t3/carry_forward/natural"));
    QCOMPARE(balance.data(ItemRoles::ReportIdRole).toLongLong(), id);
    QCOMPARE(balance.data(ItemRoles::FindingIndexRole).toInt(), 0);
    QCOMPARE(balance.data(ItemRoles::CheckIdRole).toString(), QStringLiteral("t3.balance"));
    QCOMPARE(balance.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(balance.data(ItemRoles::ReviewStatusRole).toInt(), int(ReviewStatus::Open));
    QCOMPARE(balance.data(ItemRoles::CellKeyRole).toString(), QStringLiteral("t3/new/natural"));
    QCOMPARE(model.findingAt(1), (FindingRef{id, 1}));
    QCOMPARE(model.rowOf(FindingRef{id, 1}), 1);
    QCOMPARE(model.rowOf(FindingRef{id, 7}), -1);

    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.count(), 1);
    m_document->undoStack()->redo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);

    // Balancing the row takes t3.row_sum away, and the narrative figure now disagrees.
    const int total = ReviewFixture::cellIndex(*m_document->currentReport(), QStringLiteral("t3/new/total"));
    m_document->setCellValue(id, total, Decimal(5));
    QCOMPARE(column(model, FindingsModel::CheckColumn),
             QStringList({QStringLiteral("t3.balance"), QStringLiteral("t3.balance"), QStringLiteral("text.table")}));
}

void TestFindingsModel::reviewChangesRowInPlace()
{
    const qint64 id = ReviewFixture::reportId(*m_document, seed000);
    m_document->setCurrentReport(id);
    FindingsModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    const int rows = model.rowCount();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_document->setFindingReview(model.findingAt(0), ReviewStatus::Confirmed, QStringLiteral("the report is wrong"));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, FindingsModel::ColumnCount - 1));
    QCOMPARE(model.index(0, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Confirmed"));
    QCOMPARE(model.index(0, FindingsModel::StatusColumn).data(ItemRoles::ReviewStatusRole).toInt(),
             int(ReviewStatus::Confirmed));
    QCOMPARE(model.index(0, FindingsModel::NoteColumn).data().toString(), QStringLiteral("the report is wrong"));
    m_document->undoStack()->undo();
    QCOMPARE(model.index(0, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(model.index(0, FindingsModel::NoteColumn).data().toString(), QString());
    m_document->undoStack()->redo();
    QCOMPARE(model.index(0, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Confirmed"));
}

void TestFindingsModel::projectScope()
{
    FindingsModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScope(FindingsModel::Scope::Project);
    const int before = findingTotal(*m_document);
    QCOMPARE(model.rowCount(), before);
    // In list order: the first rows are seed 000's, the report column says so.
    QCOMPARE(model.index(0, FindingsModel::ReportColumn).data().toString(), seed000);
    for (int row = 0; row < model.rowCount(); ++row) {
        const FindingRef ref = model.findingAt(row);
        QCOMPARE(model.rowOf(ref), row);
        QCOMPARE(model.index(row, 0).data(ItemRoles::ReportIdRole).toLongLong(), ref.reportId);
    }

    // An edit in the last report (not current) grows its block at the end, and undo shrinks it.
    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    const int natural = ReviewFixture::cellIndex(*m_document->report(id), QStringLiteral("t3/new/natural"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_document->setCellValue(id, natural, Decimal(5));
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), before);
    QCOMPARE(model.index(before, FindingsModel::CheckColumn).data().toString(), QStringLiteral("t3.balance"));
    QCOMPARE(model.index(before + 1, FindingsModel::CheckColumn).data().toString(), QStringLiteral("t3.row_sum"));
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), before);
    m_document->undoStack()->redo();
    QCOMPARE(model.rowCount(), before + 2);

    model.setScope(FindingsModel::Scope::CurrentReport);
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::projectScopeFollowsImports()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("q.sqlite"));
    const QStringList seeds = ReviewFixture::seedNames();
    QVERIFY(ReviewFixture::importSeeds(location, seeds.mid(0, 2)));
    ProjectDocument document(std::make_unique<SqliteProjectStore>());
    QVERIFY(document.open(location));
    FindingsModel model(&document);
    model.setScope(FindingsModel::Scope::Project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), findingTotal(document));
    const int before = model.rowCount();
    QVERIFY(ReviewFixture::importSeeds(location, seeds.mid(2)));
    QVERIFY(document.reloadReports());
    QCOMPARE(model.rowCount(), findingTotal(document));
    QVERIFY(model.rowCount() > before);
}

void TestFindingsModel::switchingReportResets()
{
    FindingsModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 id = ReviewFixture::reportId(*m_document, seed000);
    m_document->setCurrentReport(id);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), int(m_document->findings(id)->size()));
    QCOMPARE(model.headerData(FindingsModel::CheckColumn, Qt::Horizontal).toString(), QStringLiteral("Check"));
    m_document->setCurrentReport(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::previousYearImportAddsRows_data()
{
    QTest::addColumn<FindingsModel::Scope>("scope");
    QTest::newRow("current report") << FindingsModel::Scope::CurrentReport;
    QTest::newRow("project") << FindingsModel::Scope::Project;
}

void TestFindingsModel::previousYearImportAddsRows()
{
    QFETCH(FindingsModel::Scope, scope);
    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    m_document->setCurrentReport(id);
    FindingsModel model(m_document);
    model.setScope(scope);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();

    // 2020 of the same agency carries 2 forward; 2021 carried none over: year.carry on 2021.
    SqliteProjectStore store;
    QVERIFY(store.open(m_project->location()));
    auto previous = store.loadReport(id);
    previous->fileName = QStringLiteral("2020.txt");
    previous->contentHash = QByteArrayLiteral("2020");
    previous->year = 2020;
    Cell &carried = previous->cells[std::size_t(ReviewFixture::cellIndex(*previous, QStringLiteral("t3/carry_forward/legal")))];
    carried.value = carried.extracted = Decimal(2);
    const auto imported = ReportImporter(store).import(*previous);
    QVERIFY(imported);

    QVERIFY(m_document->reloadReports());
    // In project scope the new report's own findings come too.
    const int added = scope == FindingsModel::Scope::Project ? int(imported->findings.size()) : 0;
    QCOMPARE(model.rowCount(), before + added + 1);
    const int row = model.rowOf({id, int(m_document->findings(id)->size()) - 1});
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, FindingsModel::CheckColumn).data().toString(), QStringLiteral("year.carry"));
    QCOMPARE(model.index(row, FindingsModel::CellsColumn).data().toString(),
             QStringLiteral("t3/carried_over/legal"));
}

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "test_findingsmodel.moc"
