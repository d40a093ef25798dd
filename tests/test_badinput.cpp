// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "tests/rawconnection.h"
#include "tests/testsupport.h"

using namespace TestSupport;

// Bad input through the command line, end to end: each gets one clear message
// naming the file and the reason, the documented exit status, and what the
// project held before is still there afterwards.
class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badFile_data();
    void badFile();
    void hugeFileIsRefusedBySize();
    void unreadableFile();
    void readOnlyProject();
    void lockedProject();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(QStringLiteral(GOVINFO_CLI), arguments); }
    /// Imports one seed into the project and returns its tidy export: what must survive.
    QByteArray storeSeed();
    QByteArray exportTidy();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {

const QString Seed = QStringLiteral(GOVINFO_TEST_DATA "/seeds/000_fb8decbe9b2e9cc0.txt");
const QString GoodReport = QStringLiteral(GOVINFO_TEST_DATA "/layouts/tab-2021/input.txt");

enum class Content { Empty, Binary, NoEncoding, BrokenBytes, NoTables, Pdf };

} // namespace

Q_DECLARE_METATYPE(Content)

namespace {

QByteArray contentOf(Content content)
{
    switch (content) {
    case Content::Empty:
        return {};
    case Content::Binary:
        return QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00", 20).repeated(50);
    case Content::NoEncoding: {
        // Every byte from 0x80 up, over and over: no UTF-8, UTF-16 or Chinese encoding reads it.
        QByteArray bytes;
        for (int i = 0x80; i <= 0xff; ++i)
            bytes.append(char(i));
        return bytes.repeated(20);
    }
    case Content::BrokenBytes: {
        // A good UTF-8 report with a few bytes broken, as a truncated copy leaves them.
        QByteArray bytes = fileBytes(GoodReport);
        bytes.insert(bytes.indexOf('\n', 100) + 1, "\xc3\x28\xa0\xa1");
        return bytes;
    }
    case Content::NoTables:
        return QStringLiteral("某某县2021年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度我县认真贯彻条例，"
                              "做好各项公开工作。\n\n二、其他需要报告的事项\n\n无。\n")
            .toUtf8();
    case Content::Pdf:
        return QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n");
    }
    return {};
}

/// The lines of stderr that name the file, leaving out the progress lines ("[1/1] path").
QStringList linesNaming(const QString &err, const QString &path)
{
    QStringList lines;
    for (const QString &line : err.split(u'\n')) {
        if (line.contains(path) && !line.startsWith(u'['))
            lines.append(line);
    }
    return lines;
}

} // namespace

void TestBadInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("project.sqlite"));
}

QByteArray TestBadInput::storeSeed()
{
    const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, Seed});
    if (imported.exitCode != 0) {
        qWarning() << describe(imported);
        return {};
    }
    return exportTidy();
}

QByteArray TestBadInput::exportTidy()
{
    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    QFile::remove(csv);
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"), csv});
    if (exported.exitCode != 0)
        qWarning() << describe(exported);
    return fileBytes(csv);
}

void TestBadInput::badFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Content>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("stored");

    QTest::newRow("empty") << QStringLiteral("empty.txt") << Content::Empty << 1 << QStringLiteral("empty file")
                           << false;
    QTest::newRow("binary") << QStringLiteral("binary.txt") << Content::Binary << 1
                            << QStringLiteral("the file holds binary data, not text") << false;
    QTest::newRow("invalid UTF-8 throughout")
        << QStringLiteral("noencoding.txt") << Content::NoEncoding << 1
        << QStringLiteral("the text is in no supported encoding") << false;
    QTest::newRow("PDF") << QStringLiteral("report.pdf") << Content::Pdf << 1
                         << QStringLiteral("PDF files are not supported yet") << false;
    // Read and stored, with a warning: the exit status says every file was read.
    QTest::newRow("a few invalid UTF-8 bytes")
        << QStringLiteral("broken.txt") << Content::BrokenBytes << 0
        << QStringLiteral("3 character(s) could not be decoded as UTF-8") << true;
    QTest::newRow("no tables") << QStringLiteral("notables.txt") << Content::NoTables << 0
                               << QStringLiteral("no table of the 2019 or 2021 format found") << true;
}

void TestBadInput::badFile()
{
    QFETCH(QString, fileName);
    QFETCH(Content, content);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QFETCH(bool, stored);

    const QByteArray before = storeSeed();
    QVERIFY(!before.isEmpty());
    const QString path = m_dir->filePath(fileName);
    QVERIFY(writeFile(path, contentOf(content)));

    const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
    QVERIFY2(result.exitCode == exitCode, describe(result).constData());
    const QStringList named = linesNaming(result.err, path);
    QVERIFY2(named.size() == 1, describe(result).constData());
    QVERIFY2(named.first().contains(reason), describe(result).constData());

    const QByteArray after = exportTidy();
    if (stored) {
        // Everything exported before is still there, line for line, and the new report beside it.
        QVERIFY(after.size() > before.size());
        for (const QByteArray &line : before.split('\n'))
            QVERIFY2(after.contains(line), line.constData());
        QVERIFY(after.contains(fileName.toUtf8()));
    } else {
        QCOMPARE(after, before);
    }
}

void TestBadInput::hugeFileIsRefusedBySize()
{
    const QByteArray before = storeSeed();
    QVERIFY(!before.isEmpty());
    // Sparse: 200 MB on paper, nothing on disk, made in no time.
    const QString path = m_dir->filePath(QStringLiteral("huge.txt"));
    {
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(200) * 1024 * 1024));
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.exitCode == 1, describe(result).constData());
    const QStringList named = linesNaming(result.err, path);
    QVERIFY2(named.size() == 1, describe(result).constData());
    // Refused on its size: had it been read, its NUL bytes would have been called binary.
    QVERIFY2(named.first().contains(u"file is 200 MB, larger than the 64 MB limit"), describe(result).constData());
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    QCOMPARE(exportTidy(), before);
}

void TestBadInput::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: a file with mode 000 can still be read");
    const QByteArray before = storeSeed();
    QVERIFY(!before.isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("secret.txt"));
    QVERIFY(QFile::copy(GoodReport, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY2(result.exitCode == 1, describe(result).constData());
    const QStringList named = linesNaming(result.err, path);
    QVERIFY2(named.size() == 1 && named.first().contains(u"cannot open it"), describe(result).constData());
    QCOMPARE(exportTidy(), before);
}

void TestBadInput::readOnlyProject()
{
    const QByteArray before = storeSeed();
    QVERIFY(!before.isEmpty());
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, GoodReport});
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY2(result.exitCode == 1, describe(result).constData());
    QVERIFY2(result.err.contains(m_db) && result.err.contains(u"read-only"), describe(result).constData());
    QCOMPARE(exportTidy(), before);
}

void TestBadInput::lockedProject()
{
    const QByteArray before = storeSeed();
    QVERIFY(!before.isEmpty());
    {
        RawConnection locker(m_db);
        QVERIFY(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, GoodReport});
        QVERIFY2(result.exitCode == 1, describe(result).constData());
        QVERIFY2(result.err.contains(m_db) && result.err.contains(u"is locked by another program"),
                 describe(result).constData());
        // The project is in WAL mode: a writer's lock does not stop a reader, so export still works.
        QCOMPARE(exportTidy(), before);
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
    }
    QCOMPARE(exportTidy(), before);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
