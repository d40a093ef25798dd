// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
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
    void symlinkLoopInFolder();
    void undecodableNameInFolder();
    void readOnlyProject();
    void lockedProject();
    void badProject_data();
    void badProject();
    void diskFull_data();
    void diskFull();

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
/// What a project file is replaced by.
enum class Project { NewerSchema, Text, Binary, ForeignSqlite };
/// What writes to a project on a full disk.
enum class Writer { Import, SaveCorrections };

} // namespace

Q_DECLARE_METATYPE(Content)
Q_DECLARE_METATYPE(Project)
Q_DECLARE_METATYPE(Writer)

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
    // Sparse: 1 GB on paper, nothing on disk, made in no time.
    const QString path = m_dir->filePath(QStringLiteral("huge.txt"));
    {
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(1024) * 1024 * 1024));
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.exitCode == 1, describe(result).constData());
    const QStringList named = linesNaming(result.err, path);
    QVERIFY2(named.size() == 1, describe(result).constData());
    // Refused on its size: had it been read, its NUL bytes would have been called binary.
    QVERIFY2(named.first().contains(u"file is 1024 MB, larger than the 64 MB limit"), describe(result).constData());
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    // No child of this test ever held the file: the largest stayed far below 1 GB.
    rusage children{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &children), 0);
    QVERIFY2(children.ru_maxrss < 512 * 1024, qPrintable(QString::number(children.ru_maxrss)));
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

void TestBadInput::symlinkLoopInFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    QVERIFY(QFile::copy(Seed, folder + QStringLiteral("/a.txt")));
    QVERIFY(QFile::copy(GoodReport, folder + QStringLiteral("/sub/b.txt")));
    // Links back up to the folder and to itself: an import that followed them would never end.
    QVERIFY(QFile::link(folder, folder + QStringLiteral("/sub/up")));
    QVERIFY(QFile::link(folder + QStringLiteral("/sub"), folder + QStringLiteral("/sub/self")));

    const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, folder});
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    // Each file once.
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exportTidy()));
    QVERIFY(rows.size() > 1);
    const int fileColumn = int(rows.first().indexOf(QStringLiteral("file")));
    QSet<QString> files;
    for (qsizetype i = 1; i < rows.size(); ++i)
        files.insert(rows[i].value(fileColumn));
    QCOMPARE(files, (QSet<QString>{QStringLiteral("a.txt"), QStringLiteral("b.txt")}));
}

void TestBadInput::undecodableNameInFolder()
{
    const QByteArray before = storeSeed();
    QVERIFY(!before.isEmpty());
    const QString folder = m_dir->filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(GoodReport, folder + QStringLiteral("/good.txt")));
    // "年报" in GBK, as an archive made on a Chinese Windows leaves it on Linux: not UTF-8.
    const QByteArray badName = QFile::encodeName(folder) + "/\xC4\xEA\xB1\xA8.txt";
    const int fd = ::open(badName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    QVERIFY(fd >= 0);
    const QByteArray bytes = fileBytes(GoodReport);
    QCOMPARE(::write(fd, bytes.constData(), std::size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fd);
    // Qt cannot list or remove it, so QTemporaryDir could not either.
    const auto removeBadName = qScopeGuard([&badName] { ::unlink(badName.constData()); });

    const CliRun result = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, folder});
    // The other file is imported; this one is named with the reason, and the status says not all went in.
    QVERIFY2(result.exitCode == 1, describe(result).constData());
    const QString shown = QFile::decodeName(badName);
    const QStringList named = linesNaming(result.err, shown);
    QVERIFY2(named.size() == 1, describe(result).constData());
    QVERIFY2(named.first().contains(u"the name is not valid UTF-8 (the system's file name encoding), so it cannot be "
                                    u"opened; rename it and import it again"),
             describe(result).constData());
    const QByteArray after = exportTidy();
    QVERIFY(after.contains("good.txt"));
    for (const QByteArray &line : before.split('\n'))
        QVERIFY2(after.contains(line), line.constData());
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

void TestBadInput::badProject_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("reason");
    QTest::newRow("newer schema version")
        << Project::NewerSchema << QStringLiteral("was written by a newer version of GovInfo Review");
    QTest::newRow("a CSV file") << Project::Text << QStringLiteral("is not an SQLite database");
    QTest::newRow("a PNG image") << Project::Binary << QStringLiteral("is not an SQLite database");
    QTest::newRow("another program's SQLite database")
        << Project::ForeignSqlite << QStringLiteral("is an SQLite database but not a GovInfo Review project");
}

void TestBadInput::badProject()
{
    // A project file that this program must not touch: every command refuses
    // it with a message naming it, and leaves it (and its folder) byte for byte.
    QFETCH(Project, project);
    QFETCH(QString, reason);
    switch (project) {
    case Project::NewerSchema: {
        QVERIFY(!storeSeed().isEmpty());
        RawConnection raw(m_db);
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'version'")));
        break;
    }
    case Project::Text:
        QVERIFY(writeFile(m_db, "file,agency,year\r\n000.txt,某局,2021\r\n"));
        break;
    case Project::Binary:
        QVERIFY(writeFile(m_db, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16).repeated(64)));
        break;
    case Project::ForeignSqlite: {
        RawConnection raw(m_db);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('张三', '123')")));
        break;
    }
    }
    const QByteArray before = fileBytes(m_db);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db, GoodReport},
                                         QStringList{QStringLiteral("check"), QStringLiteral("--db"), m_db},
                                         QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                                     QStringLiteral("--csv"), csv}}) {
        const CliRun result = cli(arguments);
        QVERIFY2(result.exitCode == 1, describe(result).constData());
        QVERIFY2(result.err.contains(m_db) && result.err.contains(reason), describe(result).constData());
        QCOMPARE(fileBytes(m_db), before);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    }
}

void TestBadInput::diskFull_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::newRow("import") << Writer::Import;
    QTest::newRow("save corrections") << Writer::SaveCorrections;
}

void TestBadInput::diskFull()
{
    // A real full disk, not a simulated error: the project is copied onto a
    // tmpfs of its own size plus 36 KB (SQLite's 32 KB shared-memory index
    // and 4 KB, less than one of the project's 16 KB pages) in a private
    // mount namespace (unshare: no root needed where user namespaces are
    // enabled, as on Debian). The writer gets ENOSPC from the kernel
    // part-way through; the project is copied back and must hold exactly
    // what it held before.
    QFETCH(Writer, writer);
    const QByteArray before = storeSeed();
    QVERIFY(!before.isEmpty());
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
    const QString mount = m_dir->filePath(QStringLiteral("small-disk"));
    const QString back = m_dir->filePath(QStringLiteral("copied-back"));
    QVERIFY(QDir().mkpath(mount) && QDir().mkpath(back));
    const QString project = mount + QStringLiteral("/project.sqlite");

    QStringList command;
    if (writer == Writer::Import) {
        // Every report of the test data: far more than the 4 KB of room.
        command = QStringList{QStringLiteral(GOVINFO_CLI), QStringLiteral("import"), QStringLiteral("--db"), project,
                              QStringLiteral(GOVINFO_TEST_DATA "/layouts")};
    } else {
        // One save of 200 corrections: many pages of cells, edits and findings.
        command = QStringList{QStringLiteral(GOVINFO_EDITOR), project, QStringLiteral("1000"), QStringLiteral("7"),
                              QStringLiteral("1"), QStringLiteral("200")};
    }
    const QString script = QStringLiteral(
        "set -u; mount=$1 db=$2 back=$3; shift 3\n"
        "size=$(( $(stat -c %s \"$db\") + 36864 ))\n"
        "mount -t tmpfs -o size=$size tmpfs \"$mount\" || exit 90\n"
        "cp \"$db\" \"$mount/project.sqlite\" || exit 91\n"
        "\"$@\"; status=$?\n"
        "for f in \"$mount/project.sqlite\" \"$mount/project.sqlite-wal\"; do\n"
        "  if [ -e \"$f\" ]; then cp \"$f\" \"$back/\" || exit 92; fi\n"
        "done\n"
        "exit $status\n");
    QProcess process;
    process.start(QStringLiteral("unshare"), QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                                                          QStringLiteral("--mount"), QStringLiteral("sh"),
                                                          QStringLiteral("-c"), script, QStringLiteral("sh"), mount,
                                                          m_db, back}
                                                 + command);
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    if (process.exitCode() == 90 || (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1
                                     && err.startsWith(QStringLiteral("unshare:"))))
        QSKIP(qPrintable(QStringLiteral("cannot mount a small file system here (no user namespaces?): ") + err));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(err));
    // Refused with the reason, not a crash, not a vague "error".
    QVERIFY2(process.exitCode() == 1, qPrintable(QString::number(process.exitCode()) + u' ' + err));
    QVERIFY2(err.contains(QStringLiteral("The disk is full: the project %1 cannot grow. Nothing was changed.").arg(project)),
             qPrintable(err));

    // What was there before the full disk is there after it, and nothing else.
    QVERIFY(QFile::remove(m_db));
    QVERIFY(QFile::copy(back + QStringLiteral("/project.sqlite"), m_db));
    if (QFile::exists(back + QStringLiteral("/project.sqlite-wal")))
        QVERIFY(QFile::copy(back + QStringLiteral("/project.sqlite-wal"), m_db + QStringLiteral("-wal")));
    {
        RawConnection raw(m_db);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }
    QCOMPARE(exportTidy(), before);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
