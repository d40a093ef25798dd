// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/storage/importsession.h"
#include "models/storage/sqliteprojectstore.h"
#include "ui/importdialog.h"
#include "ui/importworker.h"

namespace {

const QString seeds = QStringLiteral(GOVINFO_TEST_DATA "/seeds");

int storedReports(const QString &project)
{
    SqliteProjectStore store;
    if (!store.open(project))
        return -1;
    const auto reports = store.reports();
    return reports ? int(reports->size()) : -1;
}

} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void workerReportsProgressAndResults();
    void workerCancel();
    void workerNamesAProjectItCannotOpen();
    void dialogShowsSummary();
    void dialogCancel();

private:
    /// count distinct copies of the seeds in a folder of the temporary dir.
    QString manyReports(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("project.sqlite"));
}

QString TestImportDialog::manyReports(int count)
{
    const QDir source(seeds);
    const QStringList names = source.entryList(QDir::Files, QDir::Name);
    QDir folder(m_dir->filePath(QStringLiteral("many")));
    folder.mkpath(QStringLiteral("."));
    for (int i = 0; i < count; ++i) {
        QFile in(source.filePath(names[i % names.size()]));
        QFile out(folder.filePath(QStringLiteral("report%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        // A different last line per copy: different content, so each is stored.
        out.write(in.readAll() + "\n" + QByteArray::number(i) + "\n");
    }
    return folder.path();
}

void TestImportDialog::workerReportsProgressAndResults()
{
    ImportWorker worker(m_project, {seeds});
    QSignalSpy progress(&worker, &ImportWorker::progressChanged);
    QSignalSpy finished(&worker, &ImportWorker::finished);
    QVERIFY(!worker.isRunning());
    worker.start();
    QVERIFY(worker.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!worker.isRunning());
    QVERIFY(worker.isFinished());

    QCOMPARE(progress.size(), 5);
    QList<int> done;
    for (const QList<QVariant> &call : std::as_const(progress)) {
        done.append(call.at(0).toInt());
        QCOMPARE(call.at(1).toInt(), 5);
    }
    QCOMPARE(done, (QList<int>{1, 2, 3, 4, 5}));
    const ImportSummary &summary = worker.summary();
    QCOMPARE(summary.read, 5);
    QCOMPARE(summary.files, 5);
    QVERIFY(!summary.wasCancelled());
    QVERIFY(summary.failures.isEmpty());
    QCOMPARE(storedReports(m_project), 5);
}

void TestImportDialog::workerCancel()
{
    const QString folder = manyReports(120);
    QVERIFY(!folder.isEmpty());
    ImportWorker worker(m_project, {folder});
    QSignalSpy finished(&worker, &ImportWorker::finished);
    // Cancel at the first progress: the GUI thread is not blocked meanwhile.
    connect(&worker, &ImportWorker::progressChanged, &worker, &ImportWorker::cancel);
    worker.start();
    QVERIFY(finished.wait(60000));
    const ImportSummary &summary = worker.summary();
    QCOMPARE(summary.files, 120);
    QVERIFY2(summary.wasCancelled(), qPrintable(summary.lines().join(u'\n')));
    QVERIFY(summary.read < 120);
    QVERIFY(summary.failures.isEmpty());
    QCOMPARE(summary.read + summary.cancelled, 120);
    QCOMPARE(storedReports(m_project), summary.read);
}

void TestImportDialog::workerNamesAProjectItCannotOpen()
{
    const QString notAProject = m_dir->filePath(QStringLiteral("text.sqlite"));
    QFile file(notAProject);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, it is text that goes on for a while\n");
    file.close();
    ImportWorker worker(notAProject, {seeds});
    QSignalSpy finished(&worker, &ImportWorker::finished);
    worker.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(worker.summary().read, 0);
    QCOMPARE(worker.summary().failures.size(), 1);
    QVERIFY2(worker.summary().failures.first().contains(QStringLiteral("text.sqlite")),
             qPrintable(worker.summary().failures.first()));
}

void TestImportDialog::dialogShowsSummary()
{
    ImportDialog dialog(m_project, {seeds});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 60000);
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("Reports read: 5 of 5 files")),
             qPrintable(dialog.summaryText()));
    QPushButton *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestImportDialog::dialogCancel()
{
    const QString folder = manyReports(120);
    ImportDialog dialog(m_project, {folder});
    dialog.show();
    QPushButton *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // it stays to show what was stored
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 60000);
    QVERIFY(dialog.summary().wasCancelled());
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("Cancelled:")), qPrintable(dialog.summaryText()));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(storedReports(m_project), dialog.summary().read);
}

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
