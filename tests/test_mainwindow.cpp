// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/celltablemodel.h"
#include "models/review/findingsmodel.h"
#include "models/review/itemroles.h"
#include "models/review/projectdocument.h"
#include "models/review/reportfilterproxymodel.h"
#include "models/review/reportlistmodel.h"
#include "ui/celldelegate.h"
#include "ui/findingspanel.h"
#include "ui/gridview.h"
#include "ui/mainwindow.h"
#include "ui/reportlistview.h"
#include "ui/severitycolors.h"
#include "ui/sourcetextview.h"
#include "ui/tablespanel.h"

namespace {

const QString NoFindingsSeed = QStringLiteral("003_ae670e83d15f685b.txt");

QString seedsFolder()
{
    return QStringLiteral(GOVINFO_TEST_DATA "/seeds");
}

// The ExtraSelection that marks the selected cell, or one with a null cursor.
QTextEdit::ExtraSelection currentCellSelection(const QList<QTextEdit::ExtraSelection> &selections)
{
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.format.property(SourceTextView::CurrentCellProperty).toBool())
            return selection;
    }
    return {};
}

int countCheck(const FindingsModel *model, const QString &checkId)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRoles::CheckIdRole).toString() == checkId)
            ++count;
    }
    return count;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openAndImportFillTheList();
    void selectReportShowsTextAndGrids();
    void selectCellHighlightsSpan();
    void clickNumberInTextSelectsCell();
    void editFailsBalanceThenUndo();
    void saveCloseReopenKeepsCorrection();
    void f8WalksFindings();
    void f8FollowsTheListsOrder();
    void reviewFindingWithNote();
    void htmlReportRendersTablesAndLinks();
    void projectScopeDoubleClickJumps();
    void closeAsksToSave();

private:
    std::unique_ptr<MainWindow> openWindow();
    void selectReport(MainWindow &window, const QString &fileName);
    /// The grid index of a cell key in the current report, with its tab shown.
    QModelIndex showCell(MainWindow &window, const QString &key, QTableView **view);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("review.sqlite"));
    MainWindow window;
    QVERIFY2(window.openProject(m_project), qPrintable(window.errorString()));
    QVERIFY2(window.importPathsNow({seedsFolder()}), qPrintable(window.errorString()));
    QCOMPARE(window.document()->reportCount(), 5);
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    if (!window->openProject(m_project))
        return nullptr;
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void TestMainWindow::selectReport(MainWindow &window, const QString &fileName)
{
    QTreeView *view = window.reportList()->view();
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, fileName, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    view->scrollTo(found.first());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(found.first()).center());
    QVERIFY(window.document()->currentReport());
    QCOMPARE(window.document()->currentReport()->fileName, fileName);
}

QModelIndex TestMainWindow::showCell(MainWindow &window, const QString &key, QTableView **view)
{
    const Report *report = window.document()->currentReport();
    const int cell = ReportSchema::instance().format(report->format)->indexOf(key);
    TablesPanel *tables = window.tablesPanel();
    const int grid = tables->gridOfCell(cell);
    if (grid < 0)
        return {};
    tables->showGrid(grid);
    *view = tables->view(grid);
    const QModelIndex index = tables->model(grid)->indexOfCell(cell);
    (*view)->scrollTo(index);
    return index;
}

void TestMainWindow::openAndImportFillTheList()
{
    auto window = openWindow();
    QVERIFY(window);
    ReportListView *list = window->reportList();
    QAbstractItemModelTester tester(list->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->view()->model()->rowCount(), 5);
    QCOMPARE(list->summaryLabel()->text(),
             QStringLiteral("Reports: 5 · cells: 992 · open errors: 139 · corrected cells: 0"));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("review.sqlite")));
    QVERIFY(!window->isWindowModified());

    // Filters: the format combo and the text field narrow the list.
    list->formatCombo()->setCurrentIndex(list->formatCombo()->findData(QStringLiteral("2021")));
    QCOMPARE(list->view()->model()->rowCount(), 1);
    list->formatCombo()->setCurrentIndex(0);
    QTest::keyClicks(list->filterEdit(), QStringLiteral("003_"));
    QCOMPARE(list->view()->model()->rowCount(), 1);
    QCOMPARE(list->view()->model()->index(0, 0).data().toString(), NoFindingsSeed);
    list->filterEdit()->clear();
    QCOMPARE(list->view()->model()->rowCount(), 5);

    // The years of the project, newest first; 2020 has three seeds.
    QComboBox *years = list->yearCombo();
    QStringList yearItems;
    for (int i = 0; i < years->count(); ++i)
        yearItems << years->itemText(i);
    QCOMPARE(yearItems, (QStringList{QStringLiteral("All years"), QStringLiteral("2021"), QStringLiteral("2020"),
                                      QStringLiteral("2019")}));
    years->setCurrentIndex(years->findText(QStringLiteral("2020")));
    QCOMPARE(list->view()->model()->rowCount(), 3);
    years->setCurrentIndex(0);

    // "Has open errors": 003 and 004 have none.
    QTest::mouseClick(list->openErrorsCheck(), Qt::LeftButton, {}, QPoint(4, list->openErrorsCheck()->height() / 2));
    QVERIFY(list->openErrorsCheck()->isChecked());
    QCOMPARE(list->view()->model()->rowCount(), 3);
    QTest::mouseClick(list->openErrorsCheck(), Qt::LeftButton, {}, QPoint(4, list->openErrorsCheck()->height() / 2));
    QCOMPARE(list->view()->model()->rowCount(), 5);

    // The summary line follows an edit at once.
    selectReport(*window, NoFindingsSeed);
    QTableView *view = nullptr;
    const QModelIndex natural = showCell(*window, QStringLiteral("t3/new/natural"), &view);
    QVERIFY(view->model()->setData(natural, QStringLiteral("4")));
    QCOMPARE(list->summaryLabel()->text(),
             QStringLiteral("Reports: 5 · cells: 992 · open errors: 141 · corrected cells: 1"));
}

void TestMainWindow::selectReportShowsTextAndGrids()
{
    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);

    SourceTextView *source = window->sourceView();
    const Report *report = window->document()->currentReport();
    QVERIFY(!source->isShowingHtml());
    QCOMPARE(source->textEdit()->document()->characterCount() - 1, report->text.size());
    QVERIFY(source->textEdit()->toPlainText().contains(QStringLiteral("政府信息公开")));
    QVERIFY(source->findChild<QLabel *>()->text().startsWith(NoFindingsSeed));
    QCOMPARE(source->sectionCombo()->count(), int(report->sections.size()));

    // Format 2019: t2 as four small tables, t3, t4.
    TablesPanel *tables = window->tablesPanel();
    QVERIFY(tables->gridCount() >= 3);
    QTableView *view = nullptr;
    const QModelIndex items = showCell(*window, QStringLiteral("t2/procurement/items"), &view);
    QVERIFY(items.isValid());
    QCOMPARE(items.data().toString(), QStringLiteral("9"));
    const QModelIndex amount = showCell(*window, QStringLiteral("t2/procurement/amount"), &view);
    QCOMPARE(amount.data().toString(), QStringLiteral("172425"));
    QCOMPARE(amount.data(ItemRoles::ValueKindRole).toString(), QStringLiteral("decimal"));
}

void TestMainWindow::selectCellHighlightsSpan()
{
    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);
    QTableView *view = nullptr;
    const QModelIndex index = showCell(*window, QStringLiteral("t2/procurement/amount"), &view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());

    const Report *report = window->document()->currentReport();
    const int cell = ReportSchema::instance().format(report->format)->indexOf(QStringLiteral("t2/procurement/amount"));
    QCOMPARE(window->document()->currentCell(), cell);
    const SourceSpan span = report->cells[std::size_t(cell)].span;
    QVERIFY(span.isValid());
    QCOMPARE(report->text.mid(span.offset, span.length), QStringLiteral("172425"));
    const QTextEdit::ExtraSelection selection =
        currentCellSelection(window->sourceView()->textEdit()->extraSelections());
    QVERIFY(!selection.cursor.isNull());
    QCOMPARE(selection.cursor.selectionStart(), span.offset);
    QCOMPARE(selection.cursor.selectionEnd(), span.end());
    QCOMPARE(selection.format.background().color(), SeverityColors::currentCell());
    QCOMPARE(window->sourceView()->textEdit()->textCursor().position(), span.offset);
}

void TestMainWindow::clickNumberInTextSelectsCell()
{
    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);
    const Report *report = window->document()->currentReport();
    const int cell = ReportSchema::instance().format(report->format)->indexOf(QStringLiteral("t2/procurement/items"));
    const SourceSpan span = report->cells[std::size_t(cell)].span;
    QCOMPARE(report->text.mid(span.offset, span.length), QStringLiteral("9"));

    QPlainTextEdit *text = window->sourceView()->textEdit();
    QTextCursor cursor(text->document());
    cursor.setPosition(int(span.offset));
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    // The middle of the digit: between the cursor rectangles before and after it.
    const QRect before = text->cursorRect(cursor);
    cursor.setPosition(int(span.end()));
    const QRect after = text->cursorRect(cursor);
    const QPoint point((before.left() + after.left()) / 2, before.center().y());
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, point);

    QCOMPARE(window->document()->currentCell(), cell);
    QTableView *view = window->tablesPanel()->currentView();
    QVERIFY(view);
    const auto *model = qobject_cast<const CellTableModel *>(view->model());
    QCOMPARE(model->cellIndex(view->currentIndex()), cell);
    QCOMPARE(view->currentIndex().data(ItemRoles::CellKeyRole).toString(), QStringLiteral("t2/procurement/items"));
}

void TestMainWindow::editFailsBalanceThenUndo()
{
    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);
    FindingsModel *findings = window->findingsPanel()->model();
    QAbstractItemModelTester tester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(countCheck(findings, QStringLiteral("t3.balance")), 0);

    QTableView *view = nullptr;
    const QModelIndex index = showCell(*window, QStringLiteral("t3/new/natural"), &view);
    QAbstractItemModelTester gridTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(index.data().toString(), QStringLiteral("0"));
    QVERIFY(!CellDelegate::background(index).isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());

    // Typing starts editing; the validator refuses what a count cannot be.
    QTest::keyClick(view, Qt::Key_5);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("5"));
    QTest::keyClicks(editor, QStringLiteral("-x.2"));
    QCOMPARE(editor->text(), QStringLiteral("52"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index));

    QCOMPARE(index.data().toString(), QStringLiteral("52"));
    QVERIFY(window->isWindowModified());
    QCOMPARE(countCheck(findings, QStringLiteral("t3.balance")), 1);
    QCOMPARE(index.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(CellDelegate::background(index), SeverityColors::background(Severity::Error));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("t3/new/natural")));

    // The cells of the broken relation are painted red: look at one the
    // mouse is not over (hover shading) and that is not selected.
    const QModelIndex carried = index.sibling(index.row() + 1, index.column());
    QCOMPARE(carried.data(ItemRoles::CellKeyRole).toString(), QStringLiteral("t3/carried_over/natural"));
    QCOMPARE(carried.data(ItemRoles::SeverityRole).toInt(), int(Severity::Error));
    view->scrollTo(carried);
    const QRect rect = view->visualRect(carried);
    const QImage image = view->viewport()->grab().toImage();
    // test_mainwindow_hidpi runs this at QT_SCALE_FACTOR=2: the grab has twice the pixels.
    const QByteArray scale = qgetenv("QT_SCALE_FACTOR");
    QCOMPARE(image.devicePixelRatio(), scale.isEmpty() ? 1.0 : scale.toDouble());
    const QPoint probe = QPoint(rect.left() + rect.width() / 4, rect.center().y()) * image.devicePixelRatio();
    QVERIFY(image.rect().contains(probe));
    QCOMPARE(image.pixelColor(probe).rgb(), SeverityColors::background(Severity::Error).rgb());

    // The span of the edited cell is tinted in the text too.
    const Report *report = window->document()->currentReport();
    const int cell = ReportSchema::instance().format(report->format)->indexOf(QStringLiteral("t3/new/natural"));
    bool tinted = false;
    for (const QTextEdit::ExtraSelection &selection : window->sourceView()->textEdit()->extraSelections()) {
        tinted = tinted
            || (selection.cursor.selectionStart() == report->cells[std::size_t(cell)].span.offset
                && selection.format.background().color() == SeverityColors::background(Severity::Error));
    }
    QVERIFY(tinted);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(index.data().toString(), QStringLiteral("0"));
    QCOMPARE(countCheck(findings, QStringLiteral("t3.balance")), 0);
    QVERIFY(!CellDelegate::background(index).isValid());
    QVERIFY(!window->isWindowModified());

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(index.data().toString(), QStringLiteral("52"));
    QCOMPARE(countCheck(findings, QStringLiteral("t3.balance")), 1);
    QVERIFY(window->isWindowModified());
    window->document()->undoStack()->setClean();
}

void TestMainWindow::saveCloseReopenKeepsCorrection()
{
    const QString key = QStringLiteral("t3/new/natural");
    {
        auto window = openWindow();
        QVERIFY(window);
        selectReport(*window, NoFindingsSeed);
        QTableView *view = nullptr;
        const QModelIndex index = showCell(*window, key, &view);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("7"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(index.data().toString(), QStringLiteral("7"));
        QVERIFY(window->isWindowModified());

        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window->isWindowModified());
        QVERIFY(!window->document()->isModified());
        QVERIFY(window->close());
    }

    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);
    QTableView *view = nullptr;
    const QModelIndex index = showCell(*window, key, &view);
    QCOMPARE(index.data().toString(), QStringLiteral("7"));
    QCOMPARE(index.data(ItemRoles::ExtractedValueRole).toString(), QStringLiteral("0"));
    QVERIFY(index.data(ItemRoles::CorrectedRole).toBool());
    QCOMPARE(CellDelegate::background(index), SeverityColors::background(Severity::Error));

    const std::vector<CellEdit> history =
        window->document()->cellHistory(window->document()->currentReportId(), key);
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history[0].oldValue, std::optional<Decimal>(Decimal(0)));
    QCOMPARE(history[0].newValue, std::optional<Decimal>(Decimal(7)));
    QVERIFY(history[0].editedAt.isValid());
    const QString tooltip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(QStringLiteral("0 \u2192 7")), qPrintable(tooltip));
    QCOMPARE(countCheck(window->findingsPanel()->model(), QStringLiteral("t3.balance")), 1);
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::f8WalksFindings()
{
    auto window = openWindow();
    QVERIFY(window);
    ProjectDocument *document = window->document();
    // Every open finding of the project, in list order.
    QList<FindingRef> open;
    for (int row = 0; row < document->reportCount(); ++row) {
        const qint64 id = document->reportSummary(row).id;
        const std::vector<Finding> *findings = document->findings(id);
        QVERIFY(findings);
        for (std::size_t i = 0; i < findings->size(); ++i) {
            if ((*findings)[i].status == ReviewStatus::Open)
                open.append({id, int(i)});
        }
    }
    QVERIFY(open.size() >= 3);

    QList<FindingRef> walked;
    for (int i = 0; i < open.size(); ++i) {
        QTest::keyClick(window.get(), Qt::Key_F8);
        walked.append(window->currentFinding());
        QCOMPARE(document->currentReportId(), walked.last().reportId);
        QCOMPARE(window->findingsPanel()->currentFinding(), walked.last());
    }
    QCOMPARE(walked, open);
    // Wraps around to the first.
    QTest::keyClick(window.get(), Qt::Key_F8);
    QCOMPARE(window->currentFinding(), open.first());
    QTest::keyClick(window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(window->currentFinding(), open.last());
    QTest::keyClick(window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(window->currentFinding(), open.at(open.size() - 2));

    // A finding naming a cell selects it and shows its span.
    const Report *report = document->currentReport();
    const Finding &finding = document->currentFindings()[std::size_t(window->currentFinding().index)];
    if (!finding.cells.isEmpty() && document->currentCell() >= 0) {
        QCOMPARE(ReportSchema::instance().format(report->format)->address(document->currentCell()).key(),
                 finding.cells.first());
    }
}

void TestMainWindow::f8FollowsTheListsOrder()
{
    auto window = openWindow();
    QVERIFY(window);
    ProjectDocument *document = window->document();
    const auto idOf = [document](const QString &prefix) {
        for (int row = 0; row < document->reportCount(); ++row) {
            if (document->reportSummary(row).fileName.startsWith(prefix))
                return document->reportSummary(row).id;
        }
        return qint64(0);
    };
    // Walks every open finding once from the start; the reports in the order visited.
    const auto walk = [&]() {
        QList<qint64> reports;
        QSet<QPair<qint64, int>> seen;
        for (;;) {
            QTest::keyClick(window.get(), Qt::Key_F8);
            const FindingRef at = window->currentFinding();
            if (!at.isValid() || seen.contains({at.reportId, at.index}))
                return reports;
            seen.insert({at.reportId, at.index});
            if (reports.isEmpty() || reports.last() != at.reportId)
                reports.append(at.reportId);
        }
    };

    // Sorted by file name, descending: 002, 001, 000 (003 and 004 have no open findings).
    window->reportList()->view()->sortByColumn(ReportListModel::FileNameColumn, Qt::DescendingOrder);
    QCOMPARE(walk(), (QList<qint64>{idOf(QStringLiteral("002_")), idOf(QStringLiteral("001_")),
                                    idOf(QStringLiteral("000_"))}));
    // Only the reports of 2020 shown: 002 (2019) is left out.
    QComboBox *years = window->reportList()->yearCombo();
    years->setCurrentIndex(years->findText(QStringLiteral("2020")));
    const QList<qint64> walked = walk();
    QCOMPARE(walked, (QList<qint64>{idOf(QStringLiteral("001_")), idOf(QStringLiteral("000_"))}));
}

void TestMainWindow::reviewFindingWithNote()
{
    auto window = openWindow();
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_F8);
    const FindingRef first = window->currentFinding();
    QVERIFY(first.isValid());
    FindingsPanel *panel = window->findingsPanel();
    QVERIFY(panel->dismissAction()->isEnabled());
    panel->reviewSelected(ReviewStatus::Dismissed, QStringLiteral("layout quirk"));
    const Finding &finding = (*window->document()->findings(first.reportId))[std::size_t(first.index)];
    QCOMPARE(finding.status, ReviewStatus::Dismissed);
    QCOMPARE(finding.note, QStringLiteral("layout quirk"));
    QVERIFY(window->isWindowModified());
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE((*window->document()->findings(first.reportId))[std::size_t(first.index)].status, ReviewStatus::Open);
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::htmlReportRendersTablesAndLinks()
{
    {
        MainWindow importer;
        QVERIFY(importer.openProject(m_project));
        QVERIFY2(importer.importPathsNow({QStringLiteral(GOVINFO_TEST_DATA "/corpus/raw/r012.html")}),
                 qPrintable(importer.errorString()));
    }
    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, QStringLiteral("r012.html"));
    SourceTextView *source = window->sourceView();
    QVERIFY(source->isShowingHtml());
    QTextBrowser *browser = source->htmlView();

    // The tables render as tables.
    int tables = 0;
    for (QTextFrame *frame : browser->document()->rootFrame()->childFrames())
        tables += qobject_cast<QTextTable *>(frame) ? 1 : 0;
    QVERIFY(tables >= 3);

    // t3/new/total (859) is a link in the rendered text, at the right place.
    const Report *report = window->document()->currentReport();
    const int cell = ReportSchema::instance().format(report->format)->indexOf(QStringLiteral("t3/new/total"));
    QCOMPARE(report->cells[std::size_t(cell)].value, std::optional<Decimal>(Decimal(859)));
    const QPair<int, int> range = source->htmlRangeOfCell(cell);
    QVERIFY(range.first >= 0);
    QTextCursor cursor(browser->document());
    cursor.setPosition(range.first);
    cursor.setPosition(range.second, QTextCursor::KeepAnchor);
    QCOMPARE(cursor.selectedText(), QStringLiteral("859"));

    // Clicking it selects the cell; its range is highlighted.
    // On the second digit: the whole number is the link, not only the
    // character that carries the anchor name.
    cursor.setPosition(range.first + 1);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QRect before = browser->cursorRect(cursor);
    cursor.setPosition(range.first + 2);
    const QRect after = browser->cursorRect(cursor);
    const QPoint point((before.left() + after.left()) / 2, before.center().y());
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(window->document()->currentCell(), cell);
    QCOMPARE(window->tablesPanel()->currentView()->currentIndex().data(ItemRoles::CellKeyRole).toString(),
             QStringLiteral("t3/new/total"));
    const QTextEdit::ExtraSelection selection = currentCellSelection(browser->extraSelections());
    QVERIFY(!selection.cursor.isNull());
    QCOMPARE(selection.cursor.selectionStart(), range.first);
    QCOMPARE(selection.cursor.selectionEnd(), range.second);
}

void TestMainWindow::projectScopeDoubleClickJumps()
{
    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);
    FindingsPanel *panel = window->findingsPanel();
    QCOMPARE(panel->model()->rowCount(), 0);
    panel->scopeCombo()->setCurrentIndex(1);
    QCOMPARE(panel->model()->scope(), FindingsModel::Scope::Project);
    QVERIFY(panel->model()->rowCount() >= 3);

    // The last row belongs to another report: double-click goes there.
    QTableView *view = panel->view();
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, FindingsModel::MessageColumn);
    const qint64 reportId = last.data(ItemRoles::ReportIdRole).toLongLong();
    QVERIFY(reportId != window->document()->currentReportId());
    view->scrollTo(last);
    // A real double-click starts with a press and release (QTest's DClick alone has none).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(last).center());
    QCOMPARE(window->document()->currentReportId(), window->document()->reportSummary(3).id);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(last).center());
    QCOMPARE(window->document()->currentReportId(), reportId);
    QCOMPARE(window->reportList()->view()->currentIndex().data(ItemRoles::ReportIdRole).toLongLong(), reportId);
    QCOMPARE(window->currentFinding().reportId, reportId);
    const Finding &finding = window->document()->currentFindings()[std::size_t(window->currentFinding().index)];
    const Report *report = window->document()->currentReport();
    if (!finding.cells.isEmpty()) {
        const int cell = ReportSchema::instance().format(report->format)->indexOf(finding.cells.first());
        QCOMPARE(window->document()->currentCell(), cell);
        QCOMPARE(window->tablesPanel()->currentView()->currentIndex().data(ItemRoles::CellIndexRole).toInt(), cell);
    }
}

void TestMainWindow::closeAsksToSave()
{
    auto window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);
    QTableView *view = nullptr;
    const QModelIndex index = showCell(*window, QStringLiteral("t3/new/natural"), &view);
    QVERIFY(view->model()->setData(index, QStringLiteral("3")));
    QVERIFY(window->isWindowModified());
    QVERIFY(window->windowTitle().contains(QStringLiteral("[*]")));

    // Answers the question box with button once it is up.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->standardButtons(), QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(index.data().toString(), QStringLiteral("3"));

    answer(QMessageBox::Discard);
    QVERIFY(window->close());
    window.reset();

    // Discarded: the project still has the extracted value.
    window = openWindow();
    QVERIFY(window);
    selectReport(*window, NoFindingsSeed);
    QCOMPARE(showCell(*window, QStringLiteral("t3/new/natural"), &view).data().toString(), QStringLiteral("0"));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
