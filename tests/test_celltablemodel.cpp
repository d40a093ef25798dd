// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "models/gridlayout.h"
#include "models/report.h"
#include "models/review/celltablemodel.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"
#include "models/storage/sqliteprojectstore.h"
#include "reviewfixture.h"
#include "testsupport.h"

namespace {

const QString seed000 = QStringLiteral("000_fb8decbe9b2e9cc0.txt");
const QString seed003 = QStringLiteral("003_ae670e83d15f685b.txt");
const QString seed004 = QStringLiteral("004_19e7a58c87b6c757.txt");

/// The grid of a format by id, as an index for CellTableModel.
int gridIndex(const QString &format, const QString &id)
{
    const auto &grids = GridLayout::instance().grids(format);
    for (std::size_t i = 0; i < grids.size(); ++i) {
        if (grids[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace

class TestCellTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void followsCurrentReport();
    void displayAndRoles_data();
    void displayAndRoles();
    void parseValue_data();
    void parseValue();
    void setDataUndoRedo();
    void setDataRefusesWrongKind();
    void headers();
    void cellStates_data();
    void cellStates();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestCellTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCellTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString location = m_dir->filePath(QStringLiteral("p.sqlite"));
    QVERIFY(ReviewFixture::importSeeds(location, ReviewFixture::seedNames()));
    m_document = std::make_unique<ProjectDocument>(std::make_unique<SqliteProjectStore>());
    QVERIFY(m_document->open(location));
}

void TestCellTableModel::followsCurrentReport()
{
    // t3 is grid 5 of a 2019 report and grid 4 of a 2021 one: the model keeps its index.
    CellTableModel model(m_document.get(), 4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.grid(), nullptr);

    m_document->setCurrentReport(ReviewFixture::reportId(*m_document, seed004));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.grid()->id, QStringLiteral("t3"));
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.columnCount(), 7);

    m_document->setCurrentReport(ReviewFixture::reportId(*m_document, seed000));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.grid()->id, QStringLiteral("t2.procurement"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 2);

    m_document->setCurrentReport(0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestCellTableModel::displayAndRoles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("grid");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("display");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("kind");

    QTest::newRow("000 services prev_items") << seed000 << "t2.licensing" << 1 << 0
                                             << "t2/services/prev_items" << "63" << int(CellStatus::Ok) << -1
                                             << "count";
    QTest::newRow("000 coercion change") << seed000 << "t2.enforcement" << 1 << 1 << "t2/coercion/change" << "0"
                                         << int(CellStatus::Ok) << -1 << "signed";
    QTest::newRow("000 t4 review blank") << seed000 << "t4" << 0 << 0 << "t4/review/upheld" << ""
                                         << int(CellStatus::Missing) << int(Severity::Error) << "count";
    QTest::newRow("003 procurement amount") << seed003 << "t2.procurement" << 0 << 1 << "t2/procurement/amount"
                                            << "172425" << int(CellStatus::Ok) << -1 << "decimal";
    QTest::newRow("003 procurement items") << seed003 << "t2.procurement" << 0 << 0 << "t2/procurement/items"
                                           << "9" << int(CellStatus::Ok) << -1 << "count";
    QTest::newRow("004 fees amount") << seed004 << "t2.fees" << 0 << 0 << "t2/fees/amount" << "0"
                                     << int(CellStatus::Ok) << -1 << "decimal";
    QTest::newRow("004 other_misc total") << seed004 << "t3" << 22 << 6 << "t3/other_misc/total" << "0"
                                          << int(CellStatus::Ok) << -1 << "count";
}

void TestCellTableModel::displayAndRoles()
{
    QFETCH(QString, file);
    QFETCH(QString, grid);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, key);
    QFETCH(QString, display);
    QFETCH(int, status);
    QFETCH(int, severity);
    QFETCH(QString, kind);

    const qint64 id = ReviewFixture::reportId(*m_document, file);
    m_document->setCurrentReport(id);
    const Report *report = m_document->currentReport();
    QVERIFY(report);
    CellTableModel model(m_document.get(), gridIndex(report->format, grid));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex index = model.index(row, column);
    const int cellIndex = ReviewFixture::cellIndex(*report, key);
    QCOMPARE(model.cellIndex(index), cellIndex);
    QCOMPARE(model.indexOfCell(cellIndex), index);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(ItemRoles::CellKeyRole).toString(), key);
    QCOMPARE(index.data(ItemRoles::CellIndexRole).toInt(), cellIndex);
    QCOMPARE(index.data(ItemRoles::ReportIdRole).toLongLong(), id);
    QCOMPARE(index.data(ItemRoles::CellStatusRole).toInt(), status);
    QCOMPARE(index.data(ItemRoles::SeverityRole).toInt(), severity);
    QCOMPARE(index.data(ItemRoles::ValueKindRole).toString(), kind);
    QCOMPARE(index.data(ItemRoles::CorrectedRole).toBool(), false);
    QCOMPARE(index.data(ItemRoles::ExtractedValueRole).toString(), display);
    const Cell &cell = report->cells[std::size_t(cellIndex)];
    QCOMPARE(index.data(ItemRoles::SpanOffsetRole).value<qsizetype>(), cell.span.offset);
    QCOMPARE(index.data(ItemRoles::SpanLengthRole).value<qsizetype>(), cell.span.length);
    if (status == int(CellStatus::Ok)) {
        QVERIFY(cell.span.isValid());
        QCOMPARE(report->text.mid(cell.span.offset, cell.span.length).trimmed(), display);
    }
    QCOMPARE(model.flags(index) & Qt::ItemIsEditable, Qt::ItemIsEditable);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.startsWith(key));
    if (status == int(CellStatus::Missing)) {
        QVERIFY(tip.contains(QStringLiteral("Missing")));
        QCOMPARE(index.data(ItemRoles::RawValueRole), QVariant());
    }
}

void TestCellTableModel::parseValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("value"); // "" = no value

    QTest::newRow("count") << "5" << "count" << true << "5";
    QTest::newRow("count spaces") << " 7 " << "count" << true << "7";
    QTest::newRow("count empty") << "" << "count" << true << "";
    QTest::newRow("count negative") << "-1" << "count" << false << "";
    QTest::newRow("count fraction") << "1.5" << "count" << false << "";
    QTest::newRow("count word") << "abc" << "count" << false << "";
    QTest::newRow("count separator") << "1,000" << "count" << false << "";
    QTest::newRow("signed plus") << "+2" << "signed" << true << "2";
    QTest::newRow("signed minus") << "-3" << "signed" << true << "-3";
    QTest::newRow("signed U+2212") << QStringLiteral("\u22121") << "signed" << true << "-1";
    QTest::newRow("signed fraction") << "0.5" << "signed" << false << "";
    QTest::newRow("decimal") << "96171.6" << "decimal" << true << "96171.6";
    QTest::newRow("decimal negative") << "-1.5" << "decimal" << false << "";
}

void TestCellTableModel::parseValue()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QFETCH(QString, value);
    std::optional<Decimal> parsed = Decimal(99);
    QCOMPARE(CellTableModel::parseValue(text, kind, &parsed), valid);
    if (valid)
        QCOMPARE(parsed ? parsed->toString() : QString(), value);
}

void TestCellTableModel::setDataUndoRedo()
{
    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    m_document->setCurrentReport(id);
    CellTableModel t3(m_document.get(), gridIndex(QStringLiteral("2021"), QStringLiteral("t3")));
    CellTableModel t4(m_document.get(), gridIndex(QStringLiteral("2021"), QStringLiteral("t4")));
    QAbstractItemModelTester tester3(&t3, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester4(&t4, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&t3, &QAbstractItemModel::dataChanged);
    QSignalSpy changed4(&t4, &QAbstractItemModel::dataChanged);

    const QModelIndex natural = t3.index(0, 0);  // t3/new/natural
    const QModelIndex total = t3.index(0, 6);    // t3/new/total
    const QModelIndex totalNatural = t3.index(23, 0); // t3/total/natural
    QCOMPARE(natural.data(ItemRoles::CellKeyRole).toString(), QStringLiteral("t3/new/natural"));

    // push
    QVERIFY(t3.setData(natural, QStringLiteral("5")));
    QCOMPARE(natural.data().toString(), QStringLiteral("5"));
    QCOMPARE(natural.data(ItemRoles::CorrectedRole).toBool(), true);
    QCOMPARE(natural.data(ItemRoles::ExtractedValueRole).toString(), QStringLiteral("0"));
    QCOMPARE(natural.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));   // t3.balance, t3.row_sum
    QCOMPARE(total.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));     // t3.row_sum
    QCOMPARE(totalNatural.data(ItemRoles::CellKeyRole).toString(), QStringLiteral("t3/total/natural"));
    QCOMPARE(totalNatural.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error)); // t3.balance (column natural)
    QCOMPARE(t3.index(2, 0).data(ItemRoles::SeverityRole).toInt(), -1);                 // t3/granted/natural
    QCOMPARE(t3.index(23, 1).data(ItemRoles::SeverityRole).toInt(), -1);
    const QString tip = natural.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Extracted value: 0")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("unsaved") + u": 0 \u2192 5"), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("new + carried over (5) does not equal total + carried forward (0)")),
             qPrintable(tip));
    // One dataChanged for the cell, one for the re-check; none for the other report's grid... t4 is the same report.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), natural);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), natural);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), t3.index(0, 0));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), t3.index(24, 6));
    QCOMPARE(changed4.count(), 1); // only the findings refresh: no t4 cell changed

    // undo
    changed.clear();
    m_document->undoStack()->undo();
    QCOMPARE(natural.data().toString(), QStringLiteral("0"));
    QCOMPARE(natural.data(ItemRoles::CorrectedRole).toBool(), false);
    QCOMPARE(natural.data(ItemRoles::SeverityRole).toInt(), -1);
    QCOMPARE(total.data(ItemRoles::SeverityRole).toInt(), -1);
    QCOMPARE(changed.count(), 2);

    // redo
    m_document->undoStack()->redo();
    QCOMPARE(natural.data().toString(), QStringLiteral("5"));
    QCOMPARE(natural.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));

    // empty text = no value: the cell shows nothing, not 0
    QVERIFY(t3.setData(total, QString()));
    QCOMPARE(total.data().toString(), QString());
    QCOMPARE(total.data(ItemRoles::RawValueRole), QVariant());
    QCOMPARE(total.data(Qt::EditRole).toString(), QString());
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Clear t3/new/total"));

    // switching the report resets; coming back shows the unsaved edits
    m_document->setCurrentReport(ReviewFixture::reportId(*m_document, seed000));
    m_document->setCurrentReport(id);
    QCOMPARE(t3.index(0, 0).data().toString(), QStringLiteral("5"));
    QCOMPARE(t3.index(0, 6).data().toString(), QString());
}

void TestCellTableModel::setDataRefusesWrongKind()
{
    const qint64 id = ReviewFixture::reportId(*m_document, seed000);
    m_document->setCurrentReport(id);
    CellTableModel model(m_document.get(), gridIndex(QStringLiteral("2019"), QStringLiteral("t2.licensing")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("-1")));    // count
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("1.5")));   // signed
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("5"), Qt::DisplayRole));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("-2")));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("-2"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    // The same value again pushes nothing.
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("-2")));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestCellTableModel::headers()
{
    m_document->setCurrentReport(ReviewFixture::reportId(*m_document, seed004));
    CellTableModel model(m_document.get(), gridIndex(QStringLiteral("2021"), QStringLiteral("t2.documents")));
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Issued this year"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Administrative normative documents"));
    // The tooltip: the whole label (the header may wrap or cut it), then its translation.
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Issued this year\n本年制发件数"));
    QCOMPARE(model.headerData(2, Qt::Horizontal, ItemRoles::RawValueRole).toString(), QStringLiteral("in_force"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    model.refreshLabels();
    QCOMPARE(headers.count(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("本年制发件数"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("行政规范性文件"));
    QCOMPARE(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString(),
             QStringLiteral("行政规范性文件\nAdministrative normative documents"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCellTableModel::cellStates_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("italic");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("missing") << "t3/new/legal" << int(CellStatus::Missing) << "" << "" << false
                             << "Missing: the report leaves this cell blank or out.";
    QTest::newRow("text") << "t3/new/research" << int(CellStatus::Text) << "无" << "无" << false
                          << "Text instead of a number: \u201c无\u201d.";
    QTest::newRow("invalid") << "t3/new/social" << int(CellStatus::Invalid) << "-2" << "-2" << false
                             << "Invalid: \u201c-2\u201d is not a number of this kind.";
    QTest::newRow("ambiguous") << "t3/new/commercial" << int(CellStatus::Ambiguous) << "123" << "?" << false
                               << "Ambiguous: several splits of \u201c123\u201d fit the table.";
    QTest::newRow("inferred") << "t3/new/natural" << int(CellStatus::Inferred) << "64" << "64" << true
                              << "Inferred: split out of glued digits \u201c64\u201d.";
    QTest::newRow("approximate") << "t3/new/total" << int(CellStatus::Approximate) << "200余" << "200" << true
                                 << "Approximate: written as \u201c200余\u201d.";
}

void TestCellTableModel::cellStates()
{
    QFETCH(QString, key);
    QFETCH(int, status);
    QFETCH(QString, raw);
    QFETCH(QString, display);
    QFETCH(bool, italic);
    QFETCH(QString, explanation);
    // One hand-made report with every state (the seeds have no glued digits or marks).
    Report report = TestSupport::blankReport(QStringLiteral("2019"), QStringLiteral("states.txt"));
    report.agency = QStringLiteral("某镇人民政府");
    report.year = 2020;
    Cell &cell = TestSupport::cellAt(report, key);
    cell.status = CellStatus(status);
    cell.raw = raw;
    if (!display.isEmpty() && display != u"?" && cell.status != CellStatus::Text && cell.status != CellStatus::Invalid)
        cell.value = cell.extracted = TestSupport::number(display);
    if (cell.status == CellStatus::Ambiguous)
        cell.candidates = QStringList{QStringLiteral("1|23"), QStringLiteral("12|3")};
    SqliteProjectStore store;
    const QString location = m_dir->filePath(QStringLiteral("states.sqlite"));
    QVERIFY(store.open(location));
    QVERIFY(store.addReport(report, {}));
    store.close();

    ProjectDocument document(std::make_unique<SqliteProjectStore>());
    QVERIFY(document.open(location));
    document.setCurrentReport(document.reportSummary(0).id);
    CellTableModel model(&document, gridIndex(QStringLiteral("2019"), QStringLiteral("t3")));
    const QModelIndex index = model.indexOfCell(ReviewFixture::cellIndex(*document.currentReport(), key));
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(ItemRoles::CellStatusRole).toInt(), status);
    QCOMPARE(index.data(Qt::FontRole).value<QFont>().italic(), italic);
    const QStringList tip = index.data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(tip.value(0), key);
    QCOMPARE(tip.value(1), explanation);
    if (cell.status == CellStatus::Ambiguous)
        QCOMPARE(tip.value(2), QStringLiteral("Candidates: 1|23, 12|3"));
}

QTEST_GUILESS_MAIN(TestCellTableModel)
#include "test_celltablemodel.moc"
