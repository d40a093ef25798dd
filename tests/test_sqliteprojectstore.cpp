// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/storage/sqlitemigrations.h"
#include "models/storage/sqliteprojectstore.h"
#include "models/storage/sqliterows.h"
#include "tests/rawconnection.h"
#include "tests/testsupport.h"

using namespace TestSupport;

namespace {

/// A 2019-format report built by hand, with a cell of every kind the store must keep exactly.
Report makeReport(const QString &fileName, const QString &text)
{
    Report report;
    report.fileName = fileName;
    report.path = u"/reports/" + fileName;
    report.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    report.encoding = QStringLiteral("GB18030");
    report.sourceKind = QStringLiteral("text");
    report.agency = QStringLiteral("测试市人民政府, \"办公室\"");
    report.year = 2020;
    report.format = QStringLiteral("2019");
    report.t2Format = QStringLiteral("2019");
    report.t3Format = QStringLiteral("2019");
    report.text = text;
    report.importedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
    report.notes = QStringList{QStringLiteral("表格四缺少数字")};
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    report.cells.resize(std::size_t(schema->cellCount()));
    for (int i = 0; i < schema->cellCount(); ++i) {
        Cell &cell = report.cells[std::size_t(i)];
        cell.value = cell.extracted = Decimal(i % 7);
        cell.raw = QString::number(i % 7);
        cell.status = CellStatus::Ok;
        cell.span = {qsizetype(i) * 3, 1};
    }
    Cell &amount = cellAt(report, QStringLiteral("t2/procurement/amount"));
    amount.value = amount.extracted = number(u"172425.75");
    amount.raw = QStringLiteral("172425.75万元");
    amount.unit = QStringLiteral("万元");
    Cell &change = cellAt(report, QStringLiteral("t2/licensing/change"));
    change.value = change.extracted = number(u"-1");
    change.raw = QStringLiteral("−1");
    Cell &missing = cellAt(report, QStringLiteral("t3/new/total"));
    missing = Cell();
    Cell &ambiguous = cellAt(report, QStringLiteral("t3/new/natural"));
    ambiguous.value.reset();
    ambiguous.extracted.reset();
    ambiguous.status = CellStatus::Ambiguous;
    ambiguous.raw = QStringLiteral("123");
    ambiguous.candidates = QStringList{QStringLiteral("1|23"), QStringLiteral("12|3")};
    Cell &approximate = cellAt(report, QStringLiteral("t3/granted/natural"));
    approximate.value = approximate.extracted = Decimal(200);
    approximate.status = CellStatus::Approximate;
    approximate.raw = QStringLiteral("200余");
    for (int n = 1; n <= 6; ++n)
        report.sections.push_back({n, QStringLiteral("第%1节").arg(n), {qsizetype(n) * 100, 4}});
    report.figures.push_back({QStringLiteral("t3/new/total"), Decimal(1), QStringLiteral("收到1件"), {42, 4}});
    return report;
}

Finding makeFinding(const QString &checkId, const QStringList &cells)
{
    Finding finding;
    finding.checkId = checkId;
    finding.severity = Severity::Warning;
    finding.cells = cells;
    finding.expected = QStringLiteral("3");
    finding.actual = QStringLiteral("4");
    finding.detail = QStringLiteral("合计 “3” 件");
    return finding;
}

} // namespace

class TestSqliteProjectStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void duplicateImportIsUnchanged();
    void newVersionKeepsCorrections();
    void currentReportOfAgencyAndYear();
    void loadsOnlyWhatIsAskedFor();
    void newProjectIsUtf16();
    void openFindingCountsByCheck();
    void listsAsJson_data();
    void listsAsJson();
    void reviewStatusSurvivesReplaceFindings();
    void editHistory();
    void saveReviewIsAtomic();
    void failedImportRollsBackOnlyThatReport();
    void batchIsCommittedTogether();
    void batchLeftOpenIsRolledBack();
    void batchLeavesReferencesWhole();
    void pre2019Report();
    void refusesNonSqliteFile();
    void refusesForeignSqliteFile();
    void refusesReadOnlyFile();
    void reportsLockedDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSqliteProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("project.sqlite"));
}

void TestSqliteProjectStore::roundTrip()
{
    const Report report = makeReport(QStringLiteral("a.txt"), QStringLiteral("一、总体情况\n收到1件"));
    std::vector<Finding> findings = {makeFinding(QStringLiteral("t3.balance"),
                                                 {QStringLiteral("t3/new/total"), QStringLiteral("t3/total/total")})};
    qint64 id = 0;
    {
        SqliteProjectStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), SqliteMigrations::latestVersion());
        const auto added = store.addReport(report, findings);
        QVERIFY2(added, qPrintable(store.errorString()));
        QCOMPARE(added->outcome, AddOutcome::Added);
        QVERIFY(added->reportId > 0);
        id = added->reportId;
    }
    // A fresh connection: what comes back is what is on disk.
    SqliteProjectStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    const auto loaded = store.loadReport(id);
    QVERIFY2(loaded, qPrintable(store.errorString()));
    QCOMPARE(loaded->id, id);
    QCOMPARE(loaded->fileName, report.fileName);
    QCOMPARE(loaded->path, report.path);
    QCOMPARE(loaded->contentHash, report.contentHash);
    QCOMPARE(loaded->encoding, report.encoding);
    QCOMPARE(loaded->sourceKind, report.sourceKind);
    QCOMPARE(loaded->agency, report.agency);
    QCOMPARE(loaded->year, report.year);
    QCOMPARE(loaded->format, report.format);
    QCOMPARE(loaded->t2Format, report.t2Format);
    QCOMPARE(loaded->t3Format, report.t3Format);
    QCOMPARE(loaded->text, report.text);
    QCOMPARE(loaded->importedAt, report.importedAt);
    QCOMPARE(loaded->notes, report.notes);
    QCOMPARE(loaded->cells.size(), report.cells.size());
    for (std::size_t i = 0; i < report.cells.size(); ++i) {
        const Cell &want = report.cells[i];
        const Cell &got = loaded->cells[i];
        const QByteArray where = ReportSchema::instance().format(report.format)->address(int(i)).key().toUtf8();
        QVERIFY2(got.value == want.value, where.constData());
        QVERIFY2(got.extracted == want.extracted, where.constData());
        if (want.value)
            QCOMPARE(got.value->toString(), want.value->toString());
        QCOMPARE(got.raw, want.raw);
        QCOMPARE(got.unit, want.unit);
        QCOMPARE(got.status, want.status);
        QCOMPARE(got.span, want.span);
        QCOMPARE(got.candidates, want.candidates);
    }
    QCOMPARE(loaded->sections.size(), report.sections.size());
    QCOMPARE(loaded->sections[2].heading, report.sections[2].heading);
    QCOMPARE(loaded->sections[2].span, report.sections[2].span);
    QCOMPARE(loaded->figures.size(), std::size_t(1));
    QCOMPARE(loaded->figures[0].cellKey, report.figures[0].cellKey);
    QCOMPARE(loaded->figures[0].value, report.figures[0].value);
    QCOMPARE(loaded->figures[0].quote, report.figures[0].quote);
    QCOMPARE(loaded->figures[0].span, report.figures[0].span);

    const auto stored = store.findings(id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), std::size_t(1));
    QCOMPARE(stored->at(0).identity(), findings[0].identity());
    QCOMPARE(stored->at(0).severity, Severity::Warning);
    QCOMPARE(stored->at(0).expected, QStringLiteral("3"));
    QCOMPARE(stored->at(0).actual, QStringLiteral("4"));
    QCOMPARE(stored->at(0).detail, QStringLiteral("合计 “3” 件"));
    QCOMPARE(stored->at(0).status, ReviewStatus::Open);

    const auto summaries = store.reports();
    QVERIFY(summaries);
    QCOMPARE(summaries->size(), std::size_t(1));
    QCOMPARE(summaries->at(0).fileName, report.fileName);
    QCOMPARE(summaries->at(0).version, 1);
    QCOMPARE(summaries->at(0).findingCount, 1);
    QCOMPARE(summaries->at(0).openFindingCount, 1);
    QVERIFY(summaries->at(0).isCurrent());
}

void TestSqliteProjectStore::duplicateImportIsUnchanged()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const Report report = makeReport(QStringLiteral("a.txt"), QStringLiteral("text"));
    const auto first = store.addReport(report, {});
    QVERIFY(first);
    Report copy = report;
    copy.path = QStringLiteral("/elsewhere/a.txt");
    const auto second = store.addReport(copy, {makeFinding(QStringLiteral("t3.balance"), {})});
    QVERIFY(second);
    QCOMPARE(second->outcome, AddOutcome::Unchanged);
    QCOMPARE(second->reportId, first->reportId);
    QCOMPARE(store.reports(ProjectStore::Listing::AllVersions)->size(), std::size_t(1));
    QCOMPARE(store.findings(first->reportId)->size(), std::size_t(0));
}

void TestSqliteProjectStore::newVersionKeepsCorrections()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const QString kept = QStringLiteral("t3/carried_over/natural");   // same reading in both versions
    const QString reread = QStringLiteral("t3/carried_over/research"); // read differently in version 2
    Report first = makeReport(QStringLiteral("a.txt"), QStringLiteral("version 1"));
    const std::vector<Finding> findings = {makeFinding(QStringLiteral("t3.row_sum"), {kept}),
                                           makeFinding(QStringLiteral("t3.balance"), {reread})};
    const auto v1 = store.addReport(first, findings);
    QVERIFY(v1);
    QVERIFY(store.setCellValue(v1->reportId, kept, Decimal(41)));
    QVERIFY(store.setCellValue(v1->reportId, reread, Decimal(42)));
    const auto storedFindings = store.findings(v1->reportId);
    QVERIFY(store.setFindingReview(storedFindings->at(0).id, ReviewStatus::Confirmed, QStringLiteral("表格本身有误")));
    QVERIFY(store.setFindingReview(storedFindings->at(1).id, ReviewStatus::Dismissed, QString()));

    Report second = makeReport(QStringLiteral("a.txt"), QStringLiteral("version 2"));
    cellAt(second, reread).value = cellAt(second, reread).extracted = Decimal(40);
    const auto v2 = store.addReport(second, findings);
    QVERIFY2(v2, qPrintable(store.errorString()));
    QCOMPARE(v2->outcome, AddOutcome::NewVersion);
    QCOMPARE(v2->previousId, v1->reportId);
    QCOMPARE(v2->carriedCells, QStringList{kept});

    const auto loaded2 = store.loadReport(v2->reportId);
    QCOMPARE(cellAt(*loaded2, kept).value, Decimal(41));
    QCOMPARE(cellAt(*loaded2, kept).extracted, cellAt(second, kept).extracted);
    QCOMPARE(cellAt(*loaded2, reread).value, Decimal(40)); // the new reading wins
    // The old version keeps its corrections.
    const auto loaded1 = store.loadReport(v1->reportId);
    QCOMPARE(cellAt(*loaded1, kept).value, Decimal(41));
    QCOMPARE(cellAt(*loaded1, reread).value, Decimal(42));
    // The answered question over unchanged cells stays answered; the other is open again.
    const auto findings2 = store.findings(v2->reportId);
    QCOMPARE(findings2->at(0).status, ReviewStatus::Confirmed);
    QCOMPARE(findings2->at(0).note, QStringLiteral("表格本身有误"));
    QCOMPARE(findings2->at(1).status, ReviewStatus::Open);
    // The carried correction is in the new version's history.
    const auto edits2 = store.edits(v2->reportId);
    QCOMPARE(edits2->size(), std::size_t(1));
    QCOMPARE(edits2->at(0).cellKey, kept);
    QCOMPARE(edits2->at(0).newValue, Decimal(41));

    const auto current = store.reports(ProjectStore::Listing::Current);
    QCOMPARE(current->size(), std::size_t(1));
    QCOMPARE(current->at(0).id, v2->reportId);
    QCOMPARE(current->at(0).version, 2);
    QCOMPARE(current->at(0).supersedes, v1->reportId);
    const auto all = store.reports(ProjectStore::Listing::AllVersions);
    QCOMPARE(all->size(), std::size_t(2));
    QCOMPARE(all->at(0).supersededBy, v2->reportId);

    // Importing version 1 again is not "unchanged" (it is no longer current): it becomes version 3.
    const auto v3 = store.addReport(first, findings);
    QCOMPARE(v3->outcome, AddOutcome::NewVersion);
    QCOMPARE(v3->previousId, v2->reportId);
}

void TestSqliteProjectStore::currentReportOfAgencyAndYear()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const QString agency = makeReport(QStringLiteral("a.txt"), QStringLiteral("a")).agency;
    QCOMPARE(store.currentReportOf(agency, 2020), qint64(0));

    const auto a = store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("a")), {});
    const auto b = store.addReport(makeReport(QStringLiteral("b.txt"), QStringLiteral("b")), {});
    Report otherYear = makeReport(QStringLiteral("c.txt"), QStringLiteral("c"));
    otherYear.year = 2021;
    const auto c = store.addReport(otherYear, {});
    Report otherAgency = makeReport(QStringLiteral("d.txt"), QStringLiteral("d"));
    otherAgency.agency = QStringLiteral("别的机关");
    const auto d = store.addReport(otherAgency, {});
    QVERIFY(a && b && c && d);

    // Two reports of the agency for 2020: the one imported last.
    QCOMPARE(store.currentReportOf(agency, 2020), b->reportId);
    QCOMPARE(store.currentReportOf(agency, 2020, b->reportId), a->reportId);
    QCOMPARE(store.currentReportOf(agency, 2021), c->reportId);
    QCOMPARE(store.currentReportOf(agency, 2021, c->reportId), qint64(0));
    QCOMPARE(store.currentReportOf(QStringLiteral("别的机关"), 2020), d->reportId);
    QCOMPARE(store.currentReportOf(agency, 2019), qint64(0));

    // A superseded version is no longer the agency's report; its new version is.
    const auto b2 = store.addReport(makeReport(QStringLiteral("b.txt"), QStringLiteral("b, changed")), {});
    QCOMPARE(b2->outcome, AddOutcome::NewVersion);
    QCOMPARE(store.currentReportOf(agency, 2020), b2->reportId);
    QCOMPARE(store.currentReportOf(agency, 2020, b2->reportId), a->reportId);
}

void TestSqliteProjectStore::loadsOnlyWhatIsAskedFor()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const Report report = makeReport(QStringLiteral("a.txt"), QStringLiteral("正文"));
    const auto added = store.addReport(report, {});
    QVERIFY2(added, qPrintable(store.errorString()));
    QVERIFY(store.setCellValue(added->reportId, QStringLiteral("t3/carried_over/natural"), Decimal(9)));

    const auto whole = store.loadReport(added->reportId);
    const auto cells = store.loadReport(added->reportId, ProjectStore::Content::Values);
    const auto columns = store.loadReport(added->reportId, ProjectStore::Content::Cells);
    QVERIFY2(whole && cells && columns, qPrintable(store.errorString()));
    QCOMPARE(cells->id, added->reportId);
    QCOMPARE(cells->fileName, report.fileName);
    QCOMPARE(cells->agency, report.agency);
    QCOMPARE(cells->year, report.year);
    QCOMPARE(cells->format, report.format);
    // Neither the text nor what points into it.
    QVERIFY(cells->text.isEmpty());
    QVERIFY(cells->notes.isEmpty());
    QVERIFY(cells->sections.empty());
    QVERIFY(cells->figures.empty());
    QCOMPARE(cells->cells.size(), whole->cells.size());
    for (std::size_t i = 0; i < cells->cells.size(); ++i) {
        const Cell &alone = cells->cells[i];
        const Cell &full = whole->cells[i];
        QCOMPARE(alone.value, full.value);
        QCOMPARE(alone.extracted, full.extracted);
        QCOMPARE(alone.status, full.status);
        QVERIFY(alone.raw.isEmpty());
        QVERIFY(alone.candidates.isEmpty());
        QVERIFY(!alone.span.isValid());
    }
    QCOMPARE(cellAt(*cells, QStringLiteral("t3/carried_over/natural")).value, Decimal(9));
    QCOMPARE(cellAt(*cells, QStringLiteral("t3/new/natural")).status, CellStatus::Ambiguous);
    QVERIFY(!store.loadReport(added->reportId + 1, ProjectStore::Content::Values));

    // For an export: what it writes of every cell (not the spans into the text), still no text.
    QVERIFY(columns->text.isEmpty());
    QVERIFY(columns->sections.empty());
    QVERIFY(columns->figures.empty());
    QCOMPARE(columns->importedAt, whole->importedAt);
    QCOMPARE(columns->cells.size(), whole->cells.size());
    for (std::size_t i = 0; i < columns->cells.size(); ++i) {
        const Cell &exported = columns->cells[i];
        const Cell &full = whole->cells[i];
        QCOMPARE(exported.value, full.value);
        QCOMPARE(exported.extracted, full.extracted);
        QCOMPARE(exported.status, full.status);
        QCOMPARE(exported.raw, full.raw);
        QCOMPARE(exported.unit, full.unit);
        QVERIFY(!exported.span.isValid());
        QCOMPARE(exported.candidates, full.candidates);
    }
    QCOMPARE(cellAt(*columns, QStringLiteral("t3/new/natural")).candidates, cellAt(*whole, QStringLiteral("t3/new/natural")).candidates);
}

void TestSqliteProjectStore::newProjectIsUtf16()
{
    {
        SqliteProjectStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("正文")), {}));
    }
    RawConnection raw(m_path);
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(QStringLiteral("PRAGMA encoding")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("UTF-16le"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    QCOMPARE(query.value(0).toInt(), 16384);
    QVERIFY(query.exec(QStringLiteral("SELECT text, agency FROM reports")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("正文"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("测试市人民政府, \"办公室\""));
}

void TestSqliteProjectStore::openFindingCountsByCheck()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(*store.openFindingCounts(), (std::map<QString, int>{}));
    const std::vector<Finding> findings = {makeFinding(QStringLiteral("t3.balance"), {QStringLiteral("t3/new/total")}),
                                           makeFinding(QStringLiteral("t3.row_sum"), {QStringLiteral("t3/new/total")}),
                                           makeFinding(QStringLiteral("t3.balance"), {QStringLiteral("t3/total/total")})};
    const auto a = store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("a")), findings);
    const auto b = store.addReport(makeReport(QStringLiteral("b.txt"), QStringLiteral("b")), {findings[0]});
    QVERIFY(a && b);
    QCOMPARE(*store.openFindingCounts(),
             (std::map<QString, int>{{QStringLiteral("t3.balance"), 3}, {QStringLiteral("t3.row_sum"), 1}}));

    // A reviewed finding is no longer open.
    const auto stored = store.findings(a->reportId);
    QVERIFY(store.setFindingReview(stored->at(1).id, ReviewStatus::Dismissed, QString()));
    QCOMPARE(*store.openFindingCounts(), (std::map<QString, int>{{QStringLiteral("t3.balance"), 3}}));

    // A superseded version no longer counts, its new version does.
    const auto b2 = store.addReport(makeReport(QStringLiteral("b.txt"), QStringLiteral("b, changed")), {});
    QCOMPARE(b2->outcome, AddOutcome::NewVersion);
    QCOMPARE(*store.openFindingCounts(), (std::map<QString, int>{{QStringLiteral("t3.balance"), 2}}));
}

void TestSqliteProjectStore::listsAsJson_data()
{
    QTest::addColumn<QStringList>("list");
    QString ascii;
    for (char16_t c = u' '; c <= u'~'; ++c)
        ascii += QChar(c);
    QTest::newRow("empty") << QStringList();
    QTest::newRow("cell keys") << QStringList{QStringLiteral("t3/new/total"), QStringLiteral("t3/total/total")};
    QTest::newRow("splits") << QStringList{QStringLiteral("1|23"), QStringLiteral("12|3")};
    QTest::newRow("every printable ASCII character") << QStringList{ascii};
    QTest::newRow("quotes, backslash, controls, Chinese")
        << QStringList{QStringLiteral("a\"b"), QStringLiteral("c\\d"), QStringLiteral("e\tf\n"), QStringLiteral("表三")};
    QTest::newRow("empty strings") << QStringList{QString(), QString()};
}

void TestSqliteProjectStore::listsAsJson()
{
    // Written directly for plain ASCII, through QJsonDocument otherwise: the same text either way.
    QFETCH(QStringList, list);
    const QString json = SqliteRows::fromList(list);
    QCOMPARE(json, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact)));
    QCOMPARE(SqliteRows::toList(json), list);
}

void TestSqliteProjectStore::reviewStatusSurvivesReplaceFindings()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const Finding a = makeFinding(QStringLiteral("t3.balance"), {QStringLiteral("t3/new/total")});
    const Finding b = makeFinding(QStringLiteral("t4.row_sum"), {QStringLiteral("t4/review/total")});
    const Finding c = makeFinding(QStringLiteral("cell.missing"), {QStringLiteral("t4/review/upheld")});
    const auto added = store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("x")), {a, b});
    QVERIFY(added);
    const qint64 aId = store.findings(added->reportId)->at(0).id;
    QVERIFY(store.setFindingReview(aId, ReviewStatus::Dismissed, QStringLiteral("原表如此")));
    QVERIFY(!store.setFindingReview(987654, ReviewStatus::Dismissed, QString()));

    QVERIFY(store.replaceFindings(added->reportId, {c, a}));
    const auto stored = store.findings(added->reportId);
    QCOMPARE(stored->size(), std::size_t(2));
    QCOMPARE(stored->at(0).identity(), c.identity());
    QCOMPARE(stored->at(0).status, ReviewStatus::Open);
    QCOMPARE(stored->at(1).identity(), a.identity());
    QCOMPARE(stored->at(1).status, ReviewStatus::Dismissed);
    QCOMPARE(stored->at(1).note, QStringLiteral("原表如此"));
}

void TestSqliteProjectStore::editHistory()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const auto added = store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("x")), {});
    const QString key = QStringLiteral("t3/new/total");
    QVERIFY(store.setCellValue(added->reportId, key, Decimal(3)));
    QVERIFY(store.setCellValue(added->reportId, key, Decimal(3))); // no change, no edit
    QVERIFY(store.setCellValue(added->reportId, key, number(u"3.5")));
    QVERIFY(store.setCellValue(added->reportId, key, std::nullopt));
    QVERIFY(!store.setCellValue(added->reportId, QStringLiteral("t9/x/y"), Decimal(1)));
    QVERIFY(store.errorString().contains(u"t9/x/y"));
    QCOMPARE(store.error(), ProjectStore::Error::Other);
    QVERIFY(!store.cannotWrite());

    const auto edits = store.edits(added->reportId);
    QCOMPARE(edits->size(), std::size_t(3));
    QCOMPARE(edits->at(0).oldValue, std::nullopt);
    QCOMPARE(edits->at(0).newValue, Decimal(3));
    QCOMPARE(edits->at(1).oldValue, Decimal(3));
    QCOMPARE(edits->at(1).newValue->toString(), QStringLiteral("3.5"));
    QCOMPARE(edits->at(2).newValue, std::nullopt);
    QVERIFY(edits->at(0).editedAt.isValid());
    QCOMPARE(edits->at(0).cellKey, key);
    QVERIFY(!cellAt(*store.loadReport(added->reportId), key).value);
}

void TestSqliteProjectStore::saveReviewIsAtomic()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const Finding a = makeFinding(QStringLiteral("t3.balance"), {QStringLiteral("t3/new/total")});
    const auto added = store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("x")), {a});
    const qint64 id = added->reportId;

    Finding reviewed = a;
    reviewed.status = ReviewStatus::Corrected;
    // The second change names no cell: the whole review fails and nothing of it is kept.
    QVERIFY(!store.saveReview(id, {{QStringLiteral("t3/new/total"), Decimal(7)}, {QStringLiteral("bad"), Decimal(1)}},
                              {reviewed}));
    QVERIFY(!cellAt(*store.loadReport(id), QStringLiteral("t3/new/total")).value);
    QCOMPARE(store.findings(id)->at(0).status, ReviewStatus::Open);
    QCOMPARE(store.edits(id)->size(), std::size_t(0));

    QVERIFY(store.saveReview(id, {{QStringLiteral("t3/new/total"), Decimal(7)}}, {reviewed}));
    QCOMPARE(cellAt(*store.loadReport(id), QStringLiteral("t3/new/total")).value, Decimal(7));
    QCOMPARE(store.findings(id)->at(0).status, ReviewStatus::Corrected);
    QCOMPARE(store.edits(id)->size(), std::size_t(1));
}

void TestSqliteProjectStore::failedImportRollsBackOnlyThatReport()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    QVERIFY(store.addReport(makeReport(QStringLiteral("good.txt"), QStringLiteral("good")), {}));
    Report broken = makeReport(QStringLiteral("broken.txt"), QStringLiteral("broken"));
    broken.cells.pop_back(); // fails after the report row was written
    QVERIFY(!store.addReport(broken, {makeFinding(QStringLiteral("t3.balance"), {})}));
    QVERIFY(store.errorString().contains(u"broken.txt"));
    const auto all = store.reports(ProjectStore::Listing::AllVersions);
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->at(0).fileName, QStringLiteral("good.txt"));
    QVERIFY(store.addReport(makeReport(QStringLiteral("next.txt"), QStringLiteral("next")), {}));
}

namespace {

/// The reports another connection sees (only what is committed).
QStringList committedFileNames(const QString &path)
{
    RawConnection raw(path);
    QSqlQuery query(raw.db());
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT file_name FROM reports ORDER BY id")))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

void TestSqliteProjectStore::batchIsCommittedTogether()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    store.beginBatch();
    QVERIFY(store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("a")), {}));
    QVERIFY(store.addReport(makeReport(QStringLiteral("b.txt"), QStringLiteral("b")), {}));
    // The store reads its own writes; no other connection sees them yet.
    QCOMPARE(store.reports()->size(), std::size_t(2));
    QCOMPARE(committedFileNames(m_path), QStringList());
    QVERIFY(store.commitBatch());
    QCOMPARE(committedFileNames(m_path), (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt")}));

    // A write that fails inside the batch undoes itself, not the writes before it.
    QVERIFY(store.addReport(makeReport(QStringLiteral("c.txt"), QStringLiteral("c")), {}));
    Report broken = makeReport(QStringLiteral("broken.txt"), QStringLiteral("broken"));
    broken.cells.pop_back(); // fails after the report row was written
    QVERIFY(!store.addReport(broken, {makeFinding(QStringLiteral("t3.balance"), {})}));
    const qint64 d = store.addReport(makeReport(QStringLiteral("d.txt"), QStringLiteral("d")), {})->reportId;
    QVERIFY(store.setCellValue(d, QStringLiteral("t3/new/total"), Decimal(9)));
    QVERIFY(store.endBatch());
    QCOMPARE(committedFileNames(m_path),
             (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c.txt"),
                          QStringLiteral("d.txt")}));
    QCOMPARE(store.edits(d)->size(), std::size_t(1));

    // After the batch every write is committed at once again.
    QVERIFY(store.addReport(makeReport(QStringLiteral("e.txt"), QStringLiteral("e")), {}));
    QCOMPARE(committedFileNames(m_path).size(), 5);
}

namespace {

/// The one connection the test has open on path: a pragma such as foreign_keys is a
/// connection's own, another connection cannot tell.
QSqlDatabase connectionTo(const QString &path)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && db.databaseName() == path)
            return db;
    }
    return {};
}

/// The values of pragmas on the store's connection, joined by spaces.
QString pragmasOf(const QString &path, const QStringList &names)
{
    QStringList values;
    QSqlQuery query(connectionTo(path));
    for (const QString &name : names) {
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return QString();
        values.append(query.value(0).toString());
    }
    return values.join(u' ');
}

/// "foreign_keys ignore_check_constraints": "1 0" outside a batch, "0 1" in one.
QString constraintsOf(const QString &path)
{
    return pragmasOf(path, {QStringLiteral("foreign_keys"), QStringLiteral("ignore_check_constraints")});
}

/// "temp_store wal_autocheckpoint": "0 1000" (SQLite's defaults) outside a batch; in one,
/// "2 2560" (sub-journals in memory, a checkpoint every 40 MB of 16 KB pages).
QString journalingOf(const QString &path)
{
    return pragmasOf(path, {QStringLiteral("temp_store"), QStringLiteral("wal_autocheckpoint")});
}

} // namespace

void TestSqliteProjectStore::batchLeavesReferencesWhole()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(constraintsOf(m_path), u"1 0"_qs);
    QCOMPARE(journalingOf(m_path), u"0 1000"_qs);
    QVERIFY(store.addReport(makeReport(QStringLiteral("before.txt"), QStringLiteral("before")), {}));
    // An import's batch writes only rows whose references it made itself and statuses named
    // by the code: SQLite does not check each one. A new version (supersedes, carried corrections), findings and edits too.
    store.beginBatch();
    QCOMPARE(constraintsOf(m_path), u"0 1"_qs);
    QCOMPARE(journalingOf(m_path), u"2 2560"_qs);
    const qint64 first = store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("a")), {})->reportId;
    const QString corrected = QStringLiteral("t3/carried_over/natural");
    QVERIFY(store.setCellValue(first, corrected, Decimal(9)));
    const auto second = store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("a, again")),
                                        {makeFinding(QStringLiteral("t3.balance"), {corrected})});
    QVERIFY(second);
    QCOMPARE(second->outcome, AddOutcome::NewVersion);
    QCOMPARE(second->carriedCells, QStringList{corrected});
    QVERIFY(store.commitBatch());
    QVERIFY(store.addReport(makeReport(QStringLiteral("b.txt"), QStringLiteral("b")), {}));
    QVERIFY(store.endBatch());
    // Checked again after the batch; and nothing written in it points nowhere.
    QCOMPARE(constraintsOf(m_path), u"1 0"_qs);
    QCOMPARE(journalingOf(m_path), u"0 1000"_qs);
    {
        RawConnection raw(m_path);
        QSqlQuery check(raw.db());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        QSqlQuery count(raw.db());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM reports WHERE supersedes IS NOT NULL")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM edits")) && count.next());
        QCOMPARE(count.value(0).toInt(), 2); // the correction, and carried over to the new version
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM findings WHERE status = 'open'")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }
    {
        // The store's own connection (the only one left) refuses a status no review has.
        QSqlQuery bogus(connectionTo(m_path));
        QVERIFY(!bogus.exec(QStringLiteral("UPDATE findings SET status = 'bogus'")));
    }
    // A batch that ends with a failed write still leaves the checks on.
    store.beginBatch();
    Report broken = makeReport(QStringLiteral("broken.txt"), QStringLiteral("broken"));
    broken.cells.pop_back();
    QVERIFY(!store.addReport(broken, {}));
    store.endBatch();
    QCOMPARE(constraintsOf(m_path), u"1 0"_qs);
    QCOMPARE(journalingOf(m_path), u"0 1000"_qs);
}

void TestSqliteProjectStore::batchLeftOpenIsRolledBack()
{
    {
        SqliteProjectStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.addReport(makeReport(QStringLiteral("kept.txt"), QStringLiteral("kept")), {}));
        store.beginBatch();
        QVERIFY(store.addReport(makeReport(QStringLiteral("lost.txt"), QStringLiteral("lost")), {}));
        // Closed (as by a crash) before the batch was committed.
    }
    QCOMPARE(committedFileNames(m_path), QStringList{QStringLiteral("kept.txt")});
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.reports()->size(), std::size_t(1));
    QVERIFY(store.commitBatch()); // nothing open: nothing to do
}

void TestSqliteProjectStore::pre2019Report()
{
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    Report old;
    old.fileName = QStringLiteral("2015.txt");
    old.format = QStringLiteral("pre2019");
    old.year = 2015;
    old.text = QStringLiteral("二〇一五年政府信息公开工作年度报告");
    old.notes = QStringList{QStringLiteral("format not recognised")};
    const auto added = store.addReport(old, {});
    QVERIFY2(added, qPrintable(store.errorString()));
    const auto loaded = store.loadReport(added->reportId);
    QVERIFY(loaded->cells.empty());
    QCOMPARE(loaded->text, old.text);
    QCOMPARE(loaded->notes, old.notes);
    QVERIFY(!loaded->contentHash.isEmpty()); // the text stands in for the missing file hash
}

void TestSqliteProjectStore::refusesNonSqliteFile()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file,agency\r\n000.txt,某局\r\n");
    file.close();
    const QByteArray before = fileBytes(m_path);

    SqliteProjectStore store;
    QVERIFY(!store.open(m_path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"not an SQLite database"), qPrintable(store.errorString()));
    QCOMPARE(store.error(), ProjectStore::Error::NotAProject);
    QCOMPARE(fileBytes(m_path), before);
    QVERIFY(!QFile::exists(m_path + u"-wal"));
}

void TestSqliteProjectStore::refusesForeignSqliteFile()
{
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    }
    const QByteArray before = fileBytes(m_path);
    SqliteProjectStore store;
    QVERIFY(!store.open(m_path));
    QVERIFY2(store.errorString().contains(u"not a GovInfo Review project"), qPrintable(store.errorString()));
    QCOMPARE(fileBytes(m_path), before);
}

void TestSqliteProjectStore::refusesReadOnlyFile()
{
    {
        SqliteProjectStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("x")), {}));
    }
    const QByteArray before = fileBytes(m_path);
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        SqliteProjectStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.errorString().contains(u"read-only"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(m_path));
        QCOMPARE(store.error(), ProjectStore::Error::ReadOnly);
        QVERIFY(store.cannotWrite());
    }
    QCOMPARE(fileBytes(m_path), before);
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.reports()->size(), std::size_t(1));
}

void TestSqliteProjectStore::reportsLockedDatabase()
{
    {
        SqliteProjectStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.addReport(makeReport(QStringLiteral("a.txt"), QStringLiteral("x")), {}));
    }
    {
        RawConnection locker(m_path);
        QVERIFY(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        SqliteProjectStore store;
        store.setBusyTimeout(100);
        // Under WAL a locked file can still be opened and read; the first write is refused.
        if (store.open(m_path)) {
            QCOMPARE(store.reports()->size(), std::size_t(1));
            QVERIFY(!store.addReport(makeReport(QStringLiteral("b.txt"), QStringLiteral("y")), {}));
        }
        QVERIFY2(store.errorString().contains(u"locked"), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(m_path));
        QCOMPARE(store.error(), ProjectStore::Error::Locked);
        locker.exec(QStringLiteral("ROLLBACK"));
    }
    SqliteProjectStore store;
    QVERIFY(store.open(m_path));
    const auto all = store.reports(ProjectStore::Listing::AllVersions);
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->at(0).fileName, QStringLiteral("a.txt"));
}

QTEST_GUILESS_MAIN(TestSqliteProjectStore)
#include "test_sqliteprojectstore.moc"
