// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString seeds = QStringLiteral(GOVINFO_TEST_DATA "/seeds");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs govinfo-review as `make run` does without a display: no DISPLAY,
/// no WAYLAND_DISPLAY, data and settings in dir.
Run run(const QStringList &arguments, const QTemporaryDir &dir, const QString &platform = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GOVINFO_CLI), arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray describe(const Run &result)
{
    return (u"exit " + QString::number(result.exitCode) + u"\nstdout:\n" + result.out + u"\nstderr:\n" + result.err)
        .toUtf8();
}

} // namespace

/** The start-up without a display: it says so and does the window's work headless; commands are unchanged. */
class TestStartup final : public QObject
{
    Q_OBJECT

private slots:
    void headlessImportsPathsIntoTheProject_data();
    void headlessImportsPathsIntoTheProject();
    void headlessWithoutArgumentsImportsTheSamples();
    void usageErrors_data();
    void usageErrors();
};

void TestStartup::headlessImportsPathsIntoTheProject_data()
{
    QTest::addColumn<QString>("platform");
    QTest::newRow("no display") << QString();
    QTest::newRow("offscreen") << QStringLiteral("offscreen");
    QTest::newRow("xcb without a display") << QStringLiteral("xcb");
}

void TestStartup::headlessImportsPathsIntoTheProject()
{
    QFETCH(QString, platform);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.sqlite"));
    const Run result = run({QStringLiteral("--db"), project, seeds}, dir, platform);
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    QVERIFY2(result.err.contains(QStringLiteral("No display found")), describe(result).constData());
    QVERIFY2(result.err.contains(QStringLiteral("govinfo-review import --db ") + project), describe(result).constData());
    QVERIFY2(result.out.contains(QStringLiteral("Reports read: 5 of 5 files")), describe(result).constData());
    QVERIFY2(result.out.contains(QStringLiteral("5 report(s)")), describe(result).constData()); // then `check`
    QVERIFY(QFile::exists(project));

    // --db alone: the findings of that project.
    const Run check = run({QStringLiteral("--db"), project}, dir, platform);
    QVERIFY2(check.exitCode == 0, describe(check).constData());
    QVERIFY2(check.out.contains(QStringLiteral("5 report(s)")), describe(check).constData());
}

void TestStartup::headlessWithoutArgumentsImportsTheSamples()
{
    QTemporaryDir dir;
    const Run result = run({}, dir);
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    QVERIFY2(result.err.contains(QStringLiteral("No display found")), describe(result).constData());
    // The five seeds and four corpus reports of resources/samples (resources/samples.md).
    QVERIFY2(result.out.contains(QStringLiteral("Reports read: 9 of 9 files")), describe(result).constData());
    QVERIFY2(result.out.contains(QStringLiteral("By format: 2019: 6, 2021: 2, pre2019: 1")),
             describe(result).constData());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data/govinfo-review/project.sqlite"))));
}

void TestStartup::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("a mistyped command") << QStringList{QStringLiteral("exprot")}
                                        << QStringLiteral("Unknown command: exprot");
    QTest::newRow("a missing file") << QStringList{QStringLiteral("/no/such/report.txt")}
                                    << QStringLiteral("No such file or folder: /no/such/report.txt");
    QTest::newRow("--db without a file") << QStringList{QStringLiteral("--db")} << QStringLiteral("--db");
    QTest::newRow("an unknown option") << QStringList{QStringLiteral("--frobnicate"), seeds}
                                       << QStringLiteral("Unknown option");
}

void TestStartup::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run result = run(arguments, dir);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), describe(result).constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/govinfo-review/project.sqlite"))));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "test_startup.moc"
