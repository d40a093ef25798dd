// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/projectdocument.h"
#include "models/storage/sqliteprojectstore.h"
#include "ui/exportdialog.h"

namespace {

const QString seeds = QStringLiteral(GOVINFO_TEST_DATA "/seeds");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs govinfo-review; the exit code, or -1 when it did not finish.
int runCli(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(GOVINFO_CLI), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

/// The dialog's controls, as a user reaches them.
template<typename Widget>
Widget *child(const QDialog &dialog, const char *name)
{
    return dialog.findChild<Widget *>(QString::fromLatin1(name));
}

void choose(ExportDialog &dialog, const QString &layout, int encodingRow, const char *reports)
{
    QTest::mouseClick(child<QRadioButton>(dialog, layout == u"wide" ? "wide" : "tidy"), Qt::LeftButton);
    QTest::mouseClick(child<QRadioButton>(dialog, reports), Qt::LeftButton);
    auto *encoding = child<QComboBox>(dialog, "encoding");
    encoding->setFocus();
    // Keyboard, as a user would: Home, then Down encodingRow times.
    QTest::keyClick(encoding, Qt::Key_Home);
    for (int i = 0; i < encodingRow; ++i)
        QTest::keyClick(encoding, Qt::Key_Down);
}

void accept(ExportDialog &dialog, const QString &path)
{
    auto *file = child<QLineEdit>(dialog, "file");
    file->selectAll();
    QTest::keyClicks(file, path);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sameBytesAsCli_data();
    void sameBytesAsCli();
    void defaultIsUtf8WithBom();
    void selectedReports();
    void unsavedEditIsExported();

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings too: no user settings read or written
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_exportdialog"));
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("project.sqlite"));
    QByteArray output;
    QVERIFY2(runCli({QStringLiteral("import"), QStringLiteral("--db"), m_project, seeds}, &output) == 0,
             output.constData());
}

void TestExportDialog::init()
{
    QSettings().clear(); // each test starts from the dialog's defaults
    m_document = std::make_unique<ProjectDocument>(std::make_unique<SqliteProjectStore>());
    QVERIFY2(m_document->open(m_project), qPrintable(m_document->errorString()));
    QCOMPARE(m_document->reportCount(), 5);
}

void TestExportDialog::cleanup()
{
    m_document.reset();
}

void TestExportDialog::sameBytesAsCli_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("encodingRow"); // in the dialog: UTF-8 with BOM, UTF-8, GB18030
    QTest::addColumn<QString>("encoding"); // the CLI's name

    QTest::newRow("tidy, utf-8 with bom") << QStringLiteral("tidy") << 0 << QStringLiteral("utf-8-bom");
    QTest::newRow("tidy, utf-8") << QStringLiteral("tidy") << 1 << QStringLiteral("utf-8");
    QTest::newRow("tidy, gb18030") << QStringLiteral("tidy") << 2 << QStringLiteral("gb18030");
    QTest::newRow("wide, utf-8 with bom") << QStringLiteral("wide") << 0 << QStringLiteral("utf-8-bom");
    QTest::newRow("wide, utf-8") << QStringLiteral("wide") << 1 << QStringLiteral("utf-8");
    QTest::newRow("wide, gb18030") << QStringLiteral("wide") << 2 << QStringLiteral("gb18030");
}

void TestExportDialog::sameBytesAsCli()
{
    QFETCH(QString, layout);
    QFETCH(int, encodingRow);
    QFETCH(QString, encoding);

    const QString cliFile = m_dir.filePath(QStringLiteral("cli.csv"));
    QByteArray output;
    QVERIFY2(runCli({QStringLiteral("export"), QStringLiteral("--db"), m_project, QStringLiteral("--csv"), cliFile,
                     QStringLiteral("--layout"), layout, QStringLiteral("--encoding"), encoding},
                    &output) == 0,
             output.constData());

    ExportDialog dialog(m_document.get(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog, layout, encodingRow, "allReports");
    const QString dialogFile = m_dir.filePath(QStringLiteral("dialog.csv"));
    accept(dialog, dialogFile);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.exportedCount(), 5);

    const QByteArray expected = readFile(cliFile);
    QVERIFY(expected.size() > 1000);
    QCOMPARE(readFile(dialogFile), expected);
}

void TestExportDialog::defaultIsUtf8WithBom()
{
    ExportDialog dialog(m_document.get(), {});
    const ProjectExporter::Options options = dialog.options();
    QCOMPARE(options.encoding, CsvExporter::Encoding::Utf8Bom);
    QCOMPARE(options.selection, ProjectExporter::Selection::All);
    QVERIFY(!child<QRadioButton>(dialog, "selectedReports")->isEnabled()); // nothing selected
}

void TestExportDialog::selectedReports()
{
    const qint64 first = m_document->reportSummary(0).id;
    const qint64 third = m_document->reportSummary(2).id;
    ExportDialog dialog(m_document.get(), {third, first});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog, QStringLiteral("tidy"), 1, "selectedReports");
    const QString path = m_dir.filePath(QStringLiteral("selected.csv"));
    accept(dialog, path);
    QCOMPARE(dialog.exportedCount(), 2);

    const QList<QByteArray> lines = readFile(path).split('\n');
    QSet<QByteArray> files;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty())
            files.insert(lines[i].left(lines[i].indexOf(',')));
    }
    QCOMPARE(files, (QSet<QByteArray>{m_document->reportSummary(0).fileName.toUtf8(),
                                       m_document->reportSummary(2).fileName.toUtf8()}));
}

void TestExportDialog::unsavedEditIsExported()
{
    // The dialog writes what the reviewer sees: an unsaved correction is in
    // its file, and not in the CLI's (which reads the saved project).
    const qint64 id = m_document->reportSummary(4).id; // 004, the 2021 format
    const Report *report = m_document->report(id);
    QVERIFY(report);
    const FormatSchema *format = ReportSchema::instance().format(report->format);
    QVERIFY(format);
    const int cell = format->indexOf(QStringLiteral("t3/new/natural"));
    QVERIFY(cell >= 0);
    m_document->setCellValue(id, cell, Decimal::fromString(QStringLiteral("987654")));
    QVERIFY(m_document->isModified());

    ExportDialog dialog(m_document.get(), {id});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog, QStringLiteral("tidy"), 1, "selectedReports");
    const QString path = m_dir.filePath(QStringLiteral("edited.csv"));
    accept(dialog, path);
    QVERIFY(readFile(path).contains(",t3,new,natural,987654,"));

    const QString cliFile = m_dir.filePath(QStringLiteral("saved.csv"));
    QVERIFY(runCli({QStringLiteral("export"), QStringLiteral("--db"), m_project, QStringLiteral("--csv"), cliFile}) == 0);
    QVERIFY(!readFile(cliFile).contains("987654"));
}

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
