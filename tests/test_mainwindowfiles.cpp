// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The review window's files and settings: recent and last projects, files
// dropped on the window, re-import of changed files, and the layout kept in
// QSettings between sessions.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

#include "models/review/projectdocument.h"
#include "ui/importdialog.h"
#include "ui/mainwindow.h"

namespace {

const QString Seeds = QStringLiteral(GOVINFO_TEST_DATA "/seeds");
const QString Seed003 = QStringLiteral("003_ae670e83d15f685b.txt");
const QString Seed004 = QStringLiteral("004_19e7a58c87b6c757.txt");

/// Closes the next import dialog once its import is done; *summary gets its text.
void closeImportDialogWhenDone(QString *summary)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, summary] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<ImportDialog *>(widget);
            if (!dialog || !dialog->isVisible() || !dialog->isFinished())
                continue;
            *summary = dialog->summaryText();
            timer->stop();
            timer->deleteLater();
            dialog->reject(); // Close
            return;
        }
    });
    timer->start();
}

int rowOf(const ProjectDocument &document, const QString &fileName)
{
    for (int row = 0; row < document.reportCount(); ++row) {
        if (document.reportSummary(row).fileName == fileName)
            return row;
    }
    return -1;
}

} // namespace

class TestMainWindowFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newAndOpenProject();
    void recentAndLastProjects();
    void dropImportsFiles();
    void reimportReadsChangedFiles();
    void layoutIsRestored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindowFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_mainwindowfiles"));
}

void TestMainWindowFiles::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindowFiles::newAndOpenProject()
{
    // Answers the next file dialog with a path (Qt's own dialog: no native one offscreen).
    const auto answer = [](const QString &path) {
        QTimer::singleShot(0, qApp, [path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->nameFilters().first().contains(QStringLiteral("*.sqlite")));
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot all the same
        });
    };
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // New: ".sqlite" is added, the project is created and opened, empty.
    answer(m_dir->filePath(QStringLiteral("fresh")));
    window.newAction()->trigger();
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(window.document()->location(), fresh);
    QVERIFY(QFile::exists(fresh));
    QCOMPARE(window.document()->reportCount(), 0);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("fresh.sqlite")));
    QVERIFY2(window.importPathsNow({QDir(Seeds).filePath(Seed003)}), qPrintable(window.errorString()));

    // Open: another project, then the first again with its report.
    MainWindow other;
    QVERIFY(other.openProject(m_dir->filePath(QStringLiteral("other.sqlite"))));
    answer(m_dir->filePath(QStringLiteral("other.sqlite")));
    window.openAction()->trigger();
    QCOMPARE(window.document()->location(), m_dir->filePath(QStringLiteral("other.sqlite")));
    QCOMPARE(window.document()->reportCount(), 0);
    answer(fresh);
    window.openAction()->trigger();
    QCOMPARE(window.document()->location(), fresh);
    QCOMPARE(window.document()->reportCount(), 1);
    // The folder is remembered for the next dialog.
    QCOMPARE(QSettings().value(QStringLiteral("lastFolder")).toString(), m_dir->path());
}

void TestMainWindowFiles::recentAndLastProjects()
{
    const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
    const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
    QCOMPARE(MainWindow::lastProject(), QString());
    {
        MainWindow window;
        QVERIFY(window.openProject(first));
        QVERIFY(window.openProject(second));
        QVERIFY(window.openProject(first));
    }
    // Newest first, each once; the last one is what a bare start opens.
    QCOMPARE(MainWindow::recentProjects(), (QStringList{first, second}));
    QCOMPARE(MainWindow::lastProject(), first);

    MainWindow window;
    QVERIFY(window.openProject(first));
    QMenu *recent = window.recentMenu();
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().at(1)->text(), second);
    QVERIFY(recent->actions().at(1)->isEnabled());
    recent->actions().at(1)->trigger();
    QCOMPARE(window.document()->location(), second);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("second.sqlite")));
    QCOMPARE(MainWindow::lastProject(), second);

    // A project file that is gone stays listed, greyed, and is no longer the last one.
    QVERIFY(window.openProject(first));
    QVERIFY(QFile::remove(second));
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().at(1)->text(), second);
    QVERIFY(!recent->actions().at(1)->isEnabled());
    QVERIFY(window.close());
    QVERIFY(QFile::remove(first));
    QCOMPARE(MainWindow::lastProject(), QString());
}

void TestMainWindowFiles::dropImportsFiles()
{
    MainWindow window;
    QVERIFY(window.openProject(m_dir->filePath(QStringLiteral("drop.sqlite"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Only local files are taken.
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.org/report.txt"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(QDir(Seeds).filePath(Seed003)), QUrl::fromLocalFile(QDir(Seeds).filePath(Seed004))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QString summary;
    closeImportDialogWhenDone(&summary);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(window.document()->reportCount(), 2);
    QVERIFY(rowOf(*window.document(), Seed003) >= 0);
    QVERIFY(rowOf(*window.document(), Seed004) >= 0);
    QVERIFY2(summary.contains(QStringLiteral("Reports read: 2 of 2 files")), qPrintable(summary));
}

void TestMainWindowFiles::reimportReadsChangedFiles()
{
    const QString report = m_dir->filePath(Seed003);
    QVERIFY(QFile::copy(QDir(Seeds).filePath(Seed003), report));
    QVERIFY(QFile::setPermissions(report, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    MainWindow window;
    QVERIFY(window.openProject(m_dir->filePath(QStringLiteral("reimport.sqlite"))));
    QVERIFY2(window.importPathsNow({report}), qPrintable(window.errorString()));
    ProjectDocument *document = window.document();
    QCOMPARE(document->reportCount(), 1);
    QCOMPARE(document->reportSummary(0).version, 1);
    window.show();

    // Unchanged: nothing new.
    QString summary;
    closeImportDialogWhenDone(&summary);
    window.reimportAction()->trigger();
    QVERIFY2(summary.contains(QStringLiteral("Stored: 0 added, 1 unchanged, 0 new versions")), qPrintable(summary));
    QCOMPARE(document->reportSummary(0).version, 1);

    // The file changed on disk: a new version replaces it in the list.
    QFile file(report);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n（本报告另有附件。）\n");
    file.close();
    closeImportDialogWhenDone(&summary);
    window.reimportAction()->trigger();
    QVERIFY2(summary.contains(QStringLiteral("Stored: 0 added, 0 unchanged, 1 new versions")), qPrintable(summary));
    QCOMPARE(document->reportCount(), 1);
    QCOMPARE(document->reportSummary(0).version, 2);
    QCOMPARE(document->reportSummary(0).fileName, Seed003);
}

void TestMainWindowFiles::layoutIsRestored()
{
    const QString project = m_dir->filePath(QStringLiteral("layout.sqlite"));
    QList<int> sizes;
    {
        MainWindow window;
        QVERIFY(window.openProject(project));
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The first start: the list a quarter, the grids the most.
        const QList<int> first = window.splitter()->sizes();
        QCOMPARE(first.size(), 3);
        QVERIFY2(first[0] < first[1] && first[1] < first[2], qPrintable(QStringLiteral("%1 %2 %3")
                                                                             .arg(first[0])
                                                                             .arg(first[1])
                                                                             .arg(first[2])));
        window.splitter()->setSizes({400, 300, 480});
        sizes = window.splitter()->sizes();
        window.chartsDock()->raise();
        window.findingsDock()->hide();
        QVERIFY(window.close());
    }
    MainWindow window;
    QVERIFY(window.openProject(project));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1200, 700));
    QCOMPARE(window.splitter()->sizes(), sizes);
    QVERIFY(window.findingsDock()->isHidden());
    QVERIFY(!window.chartsDock()->isHidden());
}

QTEST_MAIN(TestMainWindowFiles)
#include "test_mainwindowfiles.moc"
