// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "models/gridlayout.h"
#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/celltablemodel.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"
#include "models/storage/reportimporter.h"
#include "models/storage/sqliteprojectstore.h"
#include "rawconnection.h"
#include "reviewfixture.h"

namespace {

const QString seed2021 = QStringLiteral("004_19e7a58c87b6c757.txt");

QStringList checkIds(const std::vector<Finding> &findings, const QString &cellKey = {})
{
    QStringList ids;
    for (const Finding &finding : findings) {
        if (finding.status == ReviewStatus::Open && (cellKey.isEmpty() || finding.cells.contains(cellKey)))
            ids << finding.checkId;
    }
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

int cellIndexOf(const Report &report, const QString &key)
{
    return ReviewFixture::cellIndex(report, key);
}

} // namespace

class TestProjectDocument final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensAndLists();
    void editUndoRedoRechecks();
    void saveCloseReopenKeepsCorrectionAndHistory();
    void savedIsOneTransactionForSeveralReports();
    void undoBackToSavedStateIsClean();
    void failedSaveKeepsChangesUnsaved();
    void findingReviewUndoAndSave();
    void reviewSurvivesEditAndUndo();
    void nextOpenFindingWalksAndWraps();
    void selectionIsNotUndoable();
    void importedPreviousYearReachesLoadedReports_data();
    void importedPreviousYearReachesLoadedReports();
    void reimportedCurrentReportIsFollowed();
    void benchmarkEditAndUndo();

private:
    std::unique_ptr<ProjectDocument> openDocument();
    qint64 idOf(ProjectDocument &document, const QString &fileName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestProjectDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("project.sqlite"));
    QVERIFY(ReviewFixture::importSeeds(m_project, ReviewFixture::seedNames()));
}

std::unique_ptr<ProjectDocument> TestProjectDocument::openDocument()
{
    auto document = std::make_unique<ProjectDocument>(std::make_unique<SqliteProjectStore>());
    if (!document->open(m_project))
        qWarning() << document->errorString();
    return document;
}

qint64 TestProjectDocument::idOf(ProjectDocument &document, const QString &fileName) const
{
    return ReviewFixture::reportId(document, fileName);
}

void TestProjectDocument::opensAndLists()
{
    auto document = openDocument();
    QCOMPARE(document->reportCount(), 5);
    QCOMPARE(document->reportSummary(0).fileName, QStringLiteral("000_fb8decbe9b2e9cc0.txt"));
    QCOMPARE(document->reportSummary(4).fileName, seed2021);
    QCOMPARE(document->reportSummary(4).format, QStringLiteral("2021"));
    QCOMPARE(document->isModified(), false);
    QCOMPARE(document->currentReport(), nullptr);
    const ProjectSummary summary = document->projectSummary();
    QCOMPARE(summary.reportCount, 5);
    const int cells2019 = ReportSchema::instance().format(QStringLiteral("2019"))->cellCount();
    const int cells2021 = ReportSchema::instance().format(QStringLiteral("2021"))->cellCount();
    QCOMPARE(summary.cellCount, 4 * cells2019 + cells2021);
    QCOMPARE(summary.correctedCellCount, 0);
}

void TestProjectDocument::editUndoRedoRechecks()
{
    auto document = openDocument();
    const qint64 id = idOf(*document, seed2021);
    document->setCurrentReport(id);
    const Report *report = document->currentReport();
    QVERIFY(report);
    QCOMPARE(checkIds(document->currentFindings()), QStringList());
    const int natural = cellIndexOf(*report, QStringLiteral("t3/new/natural"));
    const int total = cellIndexOf(*report, QStringLiteral("t3/new/total"));

    QSignalSpy modified(document.get(), &ProjectDocument::modifiedChanged);
    QSignalSpy cells(document.get(), &ProjectDocument::cellsChanged);
    QSignalSpy findings(document.get(), &ProjectDocument::findingsChanged);

    // push: 5 applications from natural persons, total left at 0
    document->setCellValue(id, natural, Decimal(5));
    QCOMPARE(report->cells[std::size_t(natural)].value, std::optional<Decimal>(Decimal(5)));
    QCOMPARE(checkIds(document->currentFindings(), QStringLiteral("t3/new/natural")),
             QStringList({QStringLiteral("t3.balance"), QStringLiteral("t3.row_sum")}));
    QCOMPARE(checkIds(document->currentFindings(), QStringLiteral("t3/new/total")),
             QStringList({QStringLiteral("t3.row_sum")}));
    QCOMPARE(document->reportSummary(document->rowOfReport(id)).openErrorCount, 2);
    QCOMPARE(document->reportSummary(document->rowOfReport(id)).correctedCellCount, 1);
    QCOMPARE(document->isModified(), true);
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.takeFirst().at(0).toBool(), true);
    QCOMPARE(cells.count(), 1);
    QCOMPARE(cells.first().at(1).value<QList<int>>(), QList<int>({natural}));
    QCOMPARE(findings.count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Set t3/new/natural to 5"));

    // undo
    document->undoStack()->undo();
    QCOMPARE(report->cells[std::size_t(natural)].value, std::optional<Decimal>(Decimal(0)));
    QCOMPARE(checkIds(document->currentFindings()), QStringList());
    QCOMPARE(document->reportSummary(document->rowOfReport(id)).openErrorCount, 0);
    QCOMPARE(document->isModified(), false);
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.takeFirst().at(0).toBool(), false);

    // redo
    document->undoStack()->redo();
    QCOMPARE(report->cells[std::size_t(natural)].value, std::optional<Decimal>(Decimal(5)));
    QCOMPARE(checkIds(document->currentFindings()),
             QStringList({QStringLiteral("t3.balance"), QStringLiteral("t3.row_sum")}));
    QCOMPARE(document->isModified(), true);

    // a second edit that balances the row: t3.balance remains (columns natural and total)
    document->setCellValue(id, total, Decimal(5));
    // and the narrative's "受理政府信息公开申请0件" now contradicts t3/new/total
    QCOMPARE(checkIds(document->currentFindings()),
             QStringList({QStringLiteral("t3.balance"), QStringLiteral("text.table")}));
    QCOMPARE(document->undoStack()->count(), 2);
    // an edit to the same value pushes nothing
    document->setCellValue(id, total, Decimal(5));
    QCOMPARE(document->undoStack()->count(), 2);
}

void TestProjectDocument::saveCloseReopenKeepsCorrectionAndHistory()
{
    qint64 id = 0;
    int natural = -1;
    {
        auto document = openDocument();
        id = idOf(*document, seed2021);
        document->setCurrentReport(id);
        natural = cellIndexOf(*document->currentReport(), QStringLiteral("t3/new/natural"));
        document->setCellValue(id, natural, Decimal(5));
        // Unsaved: the history shows the pending edit, without a time stamp from the store.
        const std::vector<CellEdit> pending = document->cellHistory(id, QStringLiteral("t3/new/natural"));
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].id, qint64(0));
        QCOMPARE(pending[0].oldValue, std::optional<Decimal>(Decimal(0)));
        QCOMPARE(pending[0].newValue, std::optional<Decimal>(Decimal(5)));
        QSignalSpy modified(document.get(), &ProjectDocument::modifiedChanged);
        QVERIFY2(document->save(), qPrintable(document->errorString()));
        QCOMPARE(document->isModified(), false);
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.first().at(0).toBool(), false);
    }
    auto document = openDocument();
    QCOMPARE(document->isModified(), false);
    const Report *report = document->report(id);
    QVERIFY(report);
    const Cell &cell = report->cells[std::size_t(natural)];
    QCOMPARE(cell.value, std::optional<Decimal>(Decimal(5)));
    QCOMPARE(cell.extracted, std::optional<Decimal>(Decimal(0)));
    QCOMPARE(checkIds(*document->findings(id)),
             QStringList({QStringLiteral("t3.balance"), QStringLiteral("t3.row_sum")}));
    QCOMPARE(document->reportSummary(document->rowOfReport(id)).openErrorCount, 2);
    QCOMPARE(document->reportSummary(document->rowOfReport(id)).correctedCellCount, 1);
    const std::vector<CellEdit> history = document->cellHistory(id, QStringLiteral("t3/new/natural"));
    QCOMPARE(history.size(), std::size_t(1));
    QVERIFY(history[0].id > 0);
    QCOMPARE(history[0].oldValue, std::optional<Decimal>(Decimal(0)));
    QCOMPARE(history[0].newValue, std::optional<Decimal>(Decimal(5)));
    QVERIFY(history[0].editedAt.isValid());

    // The grid says so too.
    document->setCurrentReport(id);
    CellTableModel t3(document.get(), 4); // 2021: four parts of t2, then t3
    QCOMPARE(t3.grid()->id, QStringLiteral("t3"));
    const QModelIndex index = t3.indexOfCell(natural);
    QCOMPARE(index.data().toString(), QStringLiteral("5"));
    QCOMPARE(index.data(ItemRoles::CorrectedRole).toBool(), true);
    QCOMPARE(index.data(ItemRoles::ExtractedValueRole).toString(), QStringLiteral("0"));
    QCOMPARE(index.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("0 \u2192 5")));
}

void TestProjectDocument::savedIsOneTransactionForSeveralReports()
{
    auto document = openDocument();
    const qint64 first = document->reportSummary(0).id;
    const qint64 last = idOf(*document, seed2021);
    const int key0 = cellIndexOf(*document->report(first), QStringLiteral("t3/new/natural"));
    const int key4 = cellIndexOf(*document->report(last), QStringLiteral("t3/new/natural"));
    document->setCellValue(first, key0, Decimal(11));
    document->setCellValue(last, key4, Decimal(12));
    QVERIFY(document->save());

    SqliteProjectStore store;
    QVERIFY(store.open(m_project));
    QCOMPARE(store.loadReport(first)->cells[std::size_t(key0)].value, std::optional<Decimal>(Decimal(11)));
    QCOMPARE(store.loadReport(last)->cells[std::size_t(key4)].value, std::optional<Decimal>(Decimal(12)));
    QCOMPARE(store.edits(first)->size(), std::size_t(1));
    QCOMPARE(store.edits(last)->size(), std::size_t(1));
}

void TestProjectDocument::undoBackToSavedStateIsClean()
{
    auto document = openDocument();
    const qint64 id = idOf(*document, seed2021);
    const int natural = cellIndexOf(*document->report(id), QStringLiteral("t3/new/natural"));
    document->setCellValue(id, natural, Decimal(1));
    QVERIFY(document->save());
    document->setCellValue(id, natural, Decimal(2));
    QCOMPARE(document->isModified(), true);
    document->undoStack()->undo();
    QCOMPARE(document->isModified(), false);
    // Undo past the save: modified again, and saving writes the value back.
    document->undoStack()->undo();
    QCOMPARE(document->isModified(), true);
    QVERIFY(document->save());
    SqliteProjectStore store;
    QVERIFY(store.open(m_project));
    QCOMPARE(store.loadReport(id)->cells[std::size_t(natural)].value, std::optional<Decimal>(Decimal(0)));
    const auto edits = store.edits(id);
    QCOMPARE(edits->size(), std::size_t(2));
    QCOMPARE(edits->at(1).oldValue, std::optional<Decimal>(Decimal(1)));
    QCOMPARE(edits->at(1).newValue, std::optional<Decimal>(Decimal(0)));
}

void TestProjectDocument::failedSaveKeepsChangesUnsaved()
{
    auto store = std::make_unique<SqliteProjectStore>();
    store->setBusyTimeout(100);
    ProjectDocument document(std::move(store));
    QVERIFY(document.open(m_project));
    const qint64 first = document.reportSummary(0).id;
    const qint64 last = idOf(document, seed2021);
    const int natural2019 = cellIndexOf(*document.report(first), QStringLiteral("t3/new/natural"));
    const int natural = cellIndexOf(*document.report(last), QStringLiteral("t3/new/natural"));
    document.setCellValue(first, natural2019, Decimal(4));
    document.setCellValue(last, natural, Decimal(5));
    {
        RawConnection locker(m_project);
        QVERIFY(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);
        QVERIFY(!document.save());
        QVERIFY2(document.errorString().contains(u"locked"), qPrintable(document.errorString()));
        QCOMPARE(document.isModified(), true);
        QCOMPARE(modified.count(), 0);
        locker.exec(QStringLiteral("ROLLBACK"));
    }
    {
        SqliteProjectStore reader;
        QVERIFY(reader.open(m_project));
        QCOMPARE(reader.edits(first)->size(), std::size_t(0));
        QCOMPARE(reader.edits(last)->size(), std::size_t(0));
    }
    // Once the lock is gone the same changes save, both reports.
    QVERIFY2(document.save(), qPrintable(document.errorString()));
    QCOMPARE(document.isModified(), false);
    SqliteProjectStore reader;
    QVERIFY(reader.open(m_project));
    QCOMPARE(reader.loadReport(first)->cells[std::size_t(natural2019)].value, std::optional<Decimal>(Decimal(4)));
    QCOMPARE(reader.loadReport(last)->cells[std::size_t(natural)].value, std::optional<Decimal>(Decimal(5)));
}

void TestProjectDocument::findingReviewUndoAndSave()
{
    auto document = openDocument();
    const qint64 id = idOf(*document, QStringLiteral("001_bd2728a2fb5b3f82.txt"));
    const std::vector<Finding> *findings = document->findings(id);
    QVERIFY(findings && !findings->empty());
    document->setCurrentReport(id);
    findings = &document->currentFindings();
    const int openBefore = document->reportSummary(document->rowOfReport(id)).openFindingCount;
    const FindingRef ref{id, 0};
    const QString identity = (*findings)[0].identity();
    QSignalSpy reviewed(document.get(), &ProjectDocument::findingReviewChanged);

    document->setFindingReview(ref, ReviewStatus::Dismissed, QStringLiteral("as printed"));
    QCOMPARE((*findings)[0].status, ReviewStatus::Dismissed);
    QCOMPARE((*findings)[0].note, QStringLiteral("as printed"));
    QCOMPARE(document->reportSummary(document->rowOfReport(id)).openFindingCount, openBefore - 1);
    QCOMPARE(reviewed.count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Dismiss finding"));
    // Typing more of the note merges into the same step.
    document->setFindingReview(ref, ReviewStatus::Dismissed, QStringLiteral("as printed in the PDF"));
    QCOMPARE(document->undoStack()->count(), 1);

    document->undoStack()->undo();
    QCOMPARE((*findings)[0].status, ReviewStatus::Open);
    QCOMPARE((*findings)[0].note, QString());
    QCOMPARE(document->reportSummary(document->rowOfReport(id)).openFindingCount, openBefore);
    QCOMPARE(document->isModified(), false);

    document->undoStack()->redo();
    QCOMPARE((*findings)[0].status, ReviewStatus::Dismissed);
    QCOMPARE((*findings)[0].note, QStringLiteral("as printed in the PDF"));
    QVERIFY(document->save());

    SqliteProjectStore store;
    QVERIFY(store.open(m_project));
    const auto stored = store.findings(id);
    const auto it = std::find_if(stored->cbegin(), stored->cend(),
                                 [&](const Finding &f) { return f.identity() == identity; });
    QVERIFY(it != stored->cend());
    QCOMPARE(it->status, ReviewStatus::Dismissed);
    QCOMPARE(it->note, QStringLiteral("as printed in the PDF"));
}

void TestProjectDocument::reviewSurvivesEditAndUndo()
{
    auto document = openDocument();
    const qint64 id = idOf(*document, seed2021);
    document->setCurrentReport(id);
    const int natural = cellIndexOf(*document->currentReport(), QStringLiteral("t3/new/natural"));
    document->setCellValue(id, natural, Decimal(5));
    const auto &findings = document->currentFindings();
    const auto balance = [&]() {
        return std::find_if(findings.cbegin(), findings.cend(),
                            [](const Finding &f) { return f.checkId == u"t3.balance"; });
    };
    QVERIFY(balance() != findings.cend());
    document->setFindingReview({id, int(balance() - findings.cbegin())}, ReviewStatus::Confirmed, QStringLiteral("n"));
    // Fix the cell: the finding goes; set it back: it returns, still confirmed.
    document->setCellValue(id, natural, Decimal(0));
    QVERIFY(balance() == findings.cend());
    document->setCellValue(id, natural, Decimal(5));
    QVERIFY(balance() != findings.cend());
    QCOMPARE(balance()->status, ReviewStatus::Confirmed);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QVERIFY(balance() != findings.cend());
    QCOMPARE(balance()->status, ReviewStatus::Confirmed);
    document->undoStack()->undo();
    QCOMPARE(balance()->status, ReviewStatus::Open);
}

void TestProjectDocument::nextOpenFindingWalksAndWraps()
{
    auto document = openDocument();
    // Every open finding of the project, in list order.
    std::vector<FindingRef> all;
    for (int row = 0; row < document->reportCount(); ++row) {
        const qint64 id = document->reportSummary(row).id;
        const auto &findings = *document->findings(id);
        for (int i = 0; i < int(findings.size()); ++i) {
            if (findings[std::size_t(i)].status == ReviewStatus::Open)
                all.push_back({id, i});
        }
    }
    QVERIFY(all.size() >= 3);
    FindingRef at = document->nextOpenFinding({});
    QCOMPARE(at, all.front());
    for (std::size_t i = 1; i < all.size(); ++i) {
        at = document->nextOpenFinding(at);
        QCOMPARE(at, all[i]);
    }
    QCOMPARE(document->nextOpenFinding(at), all.front());
    QCOMPARE(document->nextOpenFinding(all.front(), true), all.back());
    QCOMPARE(document->nextOpenFinding(all[2], true), all[1]);
    // Dismissed findings are skipped.
    document->setFindingReview(all[1], ReviewStatus::Dismissed, QString());
    QCOMPARE(document->nextOpenFinding(all[0]), all[2]);

    // In a given order (the list as the reviewer sorted and filtered it): the
    // reports walked as listed, the others skipped, a start outside it starts over.
    const qint64 firstReport = all.front().reportId;
    const qint64 lastReport = all.back().reportId;
    QVERIFY(firstReport != lastReport);
    const QList<qint64> reversed = {lastReport, firstReport};
    const auto firstOpenOf = [&](qint64 reportId) {
        return *std::find_if(all.cbegin(), all.cend(), [reportId](const FindingRef &f) { return f.reportId == reportId; });
    };
    QCOMPARE(document->nextOpenFinding({}, false, reversed).reportId, lastReport);
    FindingRef lastOfLast = all.back();
    QCOMPARE(document->nextOpenFinding(lastOfLast, false, reversed), firstOpenOf(firstReport));
    QCOMPARE(document->nextOpenFinding(firstOpenOf(firstReport), true, reversed), lastOfLast);
    QCOMPARE(document->nextOpenFinding({}, false, {lastReport}), firstOpenOf(lastReport));
    QCOMPARE(document->nextOpenFinding(all.front(), false, {lastReport}), firstOpenOf(lastReport));
    QCOMPARE(document->nextOpenFinding({}, false, {-1}), FindingRef());
}

void TestProjectDocument::selectionIsNotUndoable()
{
    auto document = openDocument();
    QSignalSpy current(document.get(), &ProjectDocument::currentReportChanged);
    QSignalSpy cell(document.get(), &ProjectDocument::currentCellChanged);
    const qint64 id = idOf(*document, seed2021);
    document->setCurrentReport(id);
    document->setCurrentCell(3);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().at(0).toLongLong(), id);
    QCOMPARE(document->currentCell(), 3);
    QCOMPARE(cell.last().at(0).toInt(), 3);
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(document->isModified(), false);
    document->setCurrentReport(0);
    QCOMPARE(document->currentReport(), nullptr);
    QCOMPARE(document->currentCell(), -1);
}

void TestProjectDocument::importedPreviousYearReachesLoadedReports_data()
{
    QTest::addColumn<bool>("edited");
    QTest::newRow("saved") << false;
    QTest::newRow("with unsaved edits") << true;
}

void TestProjectDocument::importedPreviousYearReachesLoadedReports()
{
    QFETCH(bool, edited);
    auto document = openDocument();
    const qint64 id = idOf(*document, seed2021);
    document->setCurrentReport(id);
    // One rule issued: once 2020 (0 in force) is there, 2021's 0 in force breaks year.in_force.
    if (edited)
        document->setCellValue(id, cellIndexOf(*document->currentReport(), QStringLiteral("t2/rules/issued")), Decimal(1));
    const QStringList before = checkIds(document->currentFindings());
    QVERIFY(!before.contains(QStringLiteral("year.carry")));

    // The same agency's 2020 report, carrying 3 applications forward that 2021 did not carry over.
    SqliteProjectStore store;
    QVERIFY(store.open(m_project));
    auto previous = store.loadReport(id);
    previous->fileName = QStringLiteral("2020.txt");
    previous->contentHash = QByteArrayLiteral("2020");
    previous->year = 2020;
    for (const char16_t *key : {u"t3/carry_forward/natural", u"t3/carry_forward/total"}) {
        Cell &cell = previous->cells[std::size_t(cellIndexOf(*previous, QString::fromUtf16(key)))];
        cell.value = cell.extracted = Decimal(3);
    }
    ReportImporter importer(store);
    QVERIFY(importer.import(*previous));

    QSignalSpy findings(document.get(), &ProjectDocument::findingsChanged);
    QVERIFY(document->reloadReports());
    QCOMPARE(document->reportCount(), 6);
    QCOMPARE(document->currentReportId(), id);
    QVERIFY(findings.contains(QVariantList{id}));
    QStringList expected = before;
    expected << QStringLiteral("year.carry");
    if (edited)
        expected << QStringLiteral("year.in_force");
    expected.sort();
    QCOMPARE(checkIds(document->currentFindings()), expected);
    const auto &summary = document->reportSummary(document->rowOfReport(id));
    QCOMPARE(summary.openFindingCount,
             int(std::count_if(document->currentFindings().cbegin(), document->currentFindings().cend(),
                               [](const Finding &f) { return f.status == ReviewStatus::Open; })));
    QCOMPARE(document->isModified(), edited);
    if (edited) {
        QCOMPARE(document->currentReport()->cells[std::size_t(cellIndexOf(*document->currentReport(),
                                                                            QStringLiteral("t2/rules/issued")))]
                     .value,
                 std::optional<Decimal>(Decimal(1)));
    }
}

void TestProjectDocument::reimportedCurrentReportIsFollowed()
{
    auto document = openDocument();
    const qint64 id = idOf(*document, seed2021);
    document->setCurrentReport(id);
    SqliteProjectStore store;
    QVERIFY(store.open(m_project));
    auto changed = store.loadReport(id);
    changed->contentHash = QByteArrayLiteral("v2");
    changed->text += u'\n';
    const auto added = store.addReport(*changed, {});
    QVERIFY(added);
    QCOMPARE(added->outcome, AddOutcome::NewVersion);

    QSignalSpy current(document.get(), &ProjectDocument::currentReportChanged);
    QVERIFY(document->reloadReports());
    QCOMPARE(document->reportCount(), 5);
    QCOMPARE(document->currentReportId(), added->reportId);
    QCOMPARE(current.count(), 1);
    QCOMPARE(document->currentReport()->fileName, seed2021);
}

void TestProjectDocument::benchmarkEditAndUndo()
{
    // One edit and its undo: two re-checks with the models' signals; the GUI
    // does this on every committed cell. Issue 2 asks "well under a
    // millisecond" for one re-check: asserted for the pair with a wide margin
    // (0.03 ms here; shared CI machines and sanitizer builds are slower).
    auto document = openDocument();
    const qint64 id = idOf(*document, seed2021);
    document->setCurrentReport(id);
    const int natural = cellIndexOf(*document->currentReport(), QStringLiteral("t3/new/natural"));
    constexpr int rounds = 1000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        document->setCellValue(id, natural, Decimal(5));
        document->undoStack()->undo();
    }
    const double milliseconds = double(timer.nsecsElapsed()) / 1e6 / rounds;
    qInfo("edit + undo: %.3f ms", milliseconds);
    QVERIFY2(milliseconds < 1.0, qPrintable(QStringLiteral("%1 ms").arg(milliseconds)));
    QCOMPARE(document->currentReport()->cells[std::size_t(natural)].value, std::optional<Decimal>(Decimal(0)));
    QCOMPARE(document->isModified(), false);
}

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "test_projectdocument.moc"
