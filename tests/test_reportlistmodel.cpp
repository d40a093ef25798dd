// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "models/report.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"
#include "models/review/reportfilterproxymodel.h"
#include "models/review/reportlistmodel.h"
#include "models/storage/sqliteprojectstore.h"
#include "reviewfixture.h"

namespace {

const QString seed000 = QStringLiteral("000_fb8decbe9b2e9cc0.txt");
const QString seed004 = QStringLiteral("004_19e7a58c87b6c757.txt");

QStringList fileNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ReportListModel::FileNameColumn).data().toString();
    return names;
}

int openCount(ProjectDocument &document, qint64 reportId)
{
    const auto &findings = *document.findings(reportId);
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const Finding &f) { return f.status == ReviewStatus::Open; }));
}

} // namespace

class TestReportListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rowsFollowImports();
    void columns_data();
    void columns();
    void editUpdatesRow();
    void filter_data();
    void filter();
    void openErrorsFilterFollowsEdits();
    void sortsByRawValues();

private:
    std::unique_ptr<ReviewFixture::SeededProject> m_project;
    ProjectDocument *m_document = nullptr;
};

void TestReportListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReportListModel::init()
{
    m_project = std::make_unique<ReviewFixture::SeededProject>();
    QVERIFY(m_project->isOpen());
    m_document = m_project->document();
}

void TestReportListModel::rowsFollowImports()
{
    // A fresh project with three seeds, then two more imported while the model is watched.
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("q.sqlite"));
    const QStringList seeds = ReviewFixture::seedNames();
    QVERIFY(ReviewFixture::importSeeds(location, seeds.mid(0, 3)));
    ProjectDocument document(std::make_unique<SqliteProjectStore>());
    ReportListModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReportFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(document.open(location));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(fileNames(model), seeds.mid(0, 3));
    QCOMPARE(proxy.rowCount(), 3);

    // An unsaved edit survives a reload of the list.
    const qint64 first = document.reportSummary(0).id;
    document.setCellValue(first, ReviewFixture::cellIndex(*document.report(first), QStringLiteral("t3/new/total")),
                          Decimal(3));
    const int openAfterEdit = document.reportSummary(0).openFindingCount;

    QVERIFY(ReviewFixture::importSeeds(location, seeds.mid(3)));
    const int resetsBefore = reset.count();
    QVERIFY(document.reloadReports());
    QCOMPARE(reset.count(), resetsBefore + 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(fileNames(model), seeds);
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(model.index(0, ReportListModel::OpenFindingsColumn).data().toInt(), openAfterEdit);
    QCOMPARE(document.isModified(), true);
    QCOMPARE(model.indexOfReport(first), model.index(0, 0));
    QCOMPARE(model.indexOfReport(-5), QModelIndex());
}

void TestReportListModel::columns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("status");
    QTest::newRow("000") << seed000 << QStringLiteral("沙坡头区柔远镇人民政府") << 2020 << "2019" << "5 open error(s)";
    QTest::newRow("001") << "001_bd2728a2fb5b3f82.txt" << QStringLiteral("吴忠市利通区人民政府办公室") << 2020 << "2019"
                         << "15 open error(s)";
    QTest::newRow("002") << "002_9fd22329478e75da.txt" << QStringLiteral("徐套乡人民政府") << 2019 << "2019" << "119 open error(s)";
    QTest::newRow("003") << "003_ae670e83d15f685b.txt" << QStringLiteral("平凉市崆峒区崆峒镇人民政府") << 2020 << "2019"
                         << "No open findings";
    // The title names the town ("灵武市临河镇 2021年…"); the report names its people's government.
    QTest::newRow("004") << seed004 << QStringLiteral("灵武市临河镇人民政府") << 2021 << "2021" << "No open findings";
}

void TestReportListModel::columns()
{
    QFETCH(QString, file);
    QFETCH(QString, agency);
    QFETCH(int, year);
    QFETCH(QString, format);
    QFETCH(QString, status);
    ReportListModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = ReviewFixture::reportId(*m_document, file);
    const QModelIndex first = model.indexOfReport(id);
    QVERIFY(first.isValid());
    auto cell = [&](int column, int role = Qt::DisplayRole) { return first.siblingAtColumn(column).data(role); };
    QCOMPARE(cell(ReportListModel::FileNameColumn).toString(), file);
    QCOMPARE(cell(ReportListModel::AgencyColumn).toString(), agency);
    QCOMPARE(cell(ReportListModel::YearColumn).toString(), QString::number(year));
    QCOMPARE(cell(ReportListModel::YearColumn, ItemRoles::RawValueRole).toInt(), year);
    QCOMPARE(cell(ReportListModel::FormatColumn).toString(), format);
    QCOMPARE(cell(ReportListModel::OpenFindingsColumn).toInt(), openCount(*m_document, id));
    QCOMPARE(cell(ReportListModel::FileNameColumn, ItemRoles::ReportIdRole).toLongLong(), id);
    const ReportSummary &summary = m_document->reportSummary(first.row());
    QCOMPARE(cell(0, ItemRoles::SeverityRole).toInt(),
             summary.openErrorCount > 0 ? int(Severity::Error) : summary.openFindingCount > 0 ? int(Severity::Warning) : -1);
    QCOMPARE(model.headerData(ReportListModel::OpenFindingsColumn, Qt::Horizontal).toString(), QStringLiteral("Open"));
    QCOMPARE(model.headerData(ReportListModel::OpenFindingsColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Open findings: not yet confirmed, dismissed or corrected"));
    // The tooltip names the file and says what the status swatch means.
    QCOMPARE(cell(ReportListModel::FileNameColumn, Qt::ToolTipRole).toString(), summary.path + u'\n' + status);
}

void TestReportListModel::editUpdatesRow()
{
    ReportListModel model(m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    const QModelIndex row = model.indexOfReport(id);
    QCOMPARE(row.siblingAtColumn(ReportListModel::OpenFindingsColumn).data().toInt(), 0);
    QCOMPARE(row.data(ItemRoles::SeverityRole).toInt(), -1);
    QCOMPARE(row.data(Qt::DecorationRole).value<QColor>(), QColor(0x2e, 0x9d, 0x4a));

    m_document->setCellValue(id, ReviewFixture::cellIndex(*m_document->report(id), QStringLiteral("t3/new/natural")),
                             Decimal(5));
    // t3.balance (natural), t3.row_sum (new)
    QCOMPARE(row.siblingAtColumn(ReportListModel::OpenFindingsColumn).data().toInt(), 2);
    QCOMPARE(row.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(row.data(Qt::DecorationRole).value<QColor>(), QColor(0xd9, 0x30, 0x25));
    QCOMPARE(row.siblingAtColumn(1).data(Qt::DecorationRole), QVariant());
    QVERIFY(changed.count() >= 1);
    for (const auto &arguments : changed) {
        QCOMPARE(arguments.at(0).toModelIndex(), row);
        QCOMPARE(arguments.at(1).toModelIndex(), row.siblingAtColumn(ReportListModel::ColumnCount - 1));
    }
    m_document->undoStack()->undo();
    QCOMPARE(row.siblingAtColumn(ReportListModel::OpenFindingsColumn).data().toInt(), 0);
    QCOMPARE(row.data(ItemRoles::SeverityRole).toInt(), -1);
    m_document->undoStack()->redo();
    QCOMPARE(row.siblingAtColumn(ReportListModel::OpenFindingsColumn).data().toInt(), 2);
}

void TestReportListModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("files");
    const QStringList all = ReviewFixture::seedNames();
    QTest::newRow("none") << QString() << QString() << 0 << all;
    QTest::newRow("agency text") << QStringLiteral("柔远") << QString() << 0 << QStringList{seed000};
    QTest::newRow("file text, any case") << QStringLiteral("004_19E7") << QString() << 0 << QStringList{seed004};
    QTest::newRow("format") << QString() << QStringLiteral("2021") << 0 << QStringList{seed004};
    QTest::newRow("year") << QString() << QString() << 2020
                          << QStringList{all[0], all[1], all[3]};
    QTest::newRow("year and text") << QStringLiteral("镇") << QString() << 2020 << QStringList{all[0], all[3]};
    QTest::newRow("nothing") << QStringLiteral("no such agency") << QString() << 0 << QStringList();
}

void TestReportListModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(int, year);
    QFETCH(QStringList, files);
    ReportListModel model(m_document);
    ReportFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setText(text);
    proxy.setFormat(format);
    proxy.setYear(year);
    QCOMPARE(fileNames(proxy), files);
}

void TestReportListModel::openErrorsFilterFollowsEdits()
{
    ReportListModel model(m_document);
    ReportFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setOpenErrorsOnly(true);
    QStringList expected;
    for (int row = 0; row < m_document->reportCount(); ++row) {
        if (m_document->reportSummary(row).openErrorCount > 0)
            expected << m_document->reportSummary(row).fileName;
    }
    QVERIFY(expected.contains(seed000)); // its t4 行政复议 cells are blank: cell.missing
    QVERIFY(!expected.contains(seed004));
    QCOMPARE(fileNames(proxy), expected);

    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    m_document->setCellValue(id, ReviewFixture::cellIndex(*m_document->report(id), QStringLiteral("t3/new/natural")),
                             Decimal(5));
    QVERIFY(fileNames(proxy).contains(seed004));
    QCOMPARE(proxy.rowCount(), int(expected.size()) + 1);
    m_document->undoStack()->undo();
    QCOMPARE(fileNames(proxy), expected);
}

void TestReportListModel::sortsByRawValues()
{
    ReportListModel model(m_document);
    ReportFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ReportListModel::YearColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ReportListModel::FileNameColumn).data().toString(), seed004);
    QCOMPARE(proxy.index(4, ReportListModel::FileNameColumn).data().toString(),
             QStringLiteral("002_9fd22329478e75da.txt"));
    proxy.sort(ReportListModel::FileNameColumn, Qt::AscendingOrder);
    QCOMPARE(fileNames(proxy), ReviewFixture::seedNames());
}

QTEST_GUILESS_MAIN(TestReportListModel)
#include "test_reportlistmodel.moc"
