// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contenthash.h"
#include "parser/reportfilereader.h"

#include <atomic>
#include <chrono>
#include <thread>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "parser/batchreader.h"

class TestReportFileReader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refused_data();
    void refused();
    void hugeFileIsRefusedWithoutReadingIt();
    void unreadableFile();
    void contentHashIsSha256();
    void readsHtml();
    void readsGb18030Text();
    void folderExpansionOrder();
    void symlinkLoopTerminates();
    void undecodableFileName();
    void fileChangingWhileRead();
    void enormousHtml();
    void missingPathsAreReported();
    void batchKeepsInputOrder();
    void batchStopsWhenTheConsumerDoes();
    void batchCancelled();

private:
    QString write(const QString &relativePath, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString Seed = QStringLiteral(GOVINFO_TEST_DATA "/seeds/000_fb8decbe9b2e9cc0.txt");
const QString HtmlReport = QStringLiteral(GOVINFO_TEST_DATA "/corpus/raw/r012.html");

} // namespace

void TestReportFileReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestReportFileReader::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestReportFileReader::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray binary("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    for (int i = 0; i < 4000; ++i)
        binary.append(char(i * 7919 % 256));
    QTest::newRow("empty") << u"empty.txt"_qs << QByteArray() << u"empty file"_qs;
    QTest::newRow("binary") << u"program.txt"_qs << binary << u"binary data"_qs;
    QTest::newRow("undecodable") << u"broken.md"_qs << QByteArray("abc \x80\x80 \xFF def") << u"no supported encoding"_qs;
    QTest::newRow("only white space") << u"blank.txt"_qs << QByteArray(" \r\n\t\n") << u"contains no text"_qs;
    QTest::newRow("pdf") << u"report.pdf"_qs << QByteArray("%PDF-1.7\n") << u"PDF files are not supported yet"_qs;
    QTest::newRow("PDF in capitals") << u"REPORT.PDF"_qs << QByteArray("%PDF-1.7\n") << u"PDF files are not supported yet"_qs;
    QTest::newRow("pdf named txt") << u"report.txt"_qs << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
                                   << u"PDF files are not supported yet"_qs;
    QTest::newRow("docx") << u"report.docx"_qs << QByteArray("PK\x03\x04", 4)
                          << u"Word (DOCX) files are not supported yet"_qs;
    QTest::newRow("unknown suffix") << u"photo.jpg"_qs << QByteArray("\xFF\xD8\xFF") << u"not supported"_qs;
    QTest::newRow("no suffix") << u"README"_qs << QByteArray("text") << u"no suffix"_qs;
    QTest::newRow("folder") << u"folder.txt/"_qs << QByteArray() << u"folder"_qs;
    QTest::newRow("nonexistent") << u"missing.txt"_qs << QByteArray() << u"no such file"_qs;
    QTest::newRow("deeply nested HTML") << u"nested.html"_qs << QByteArray("<div>").repeated(200000)
                                        << u"the HTML is nested more than"_qs;
}

void TestReportFileReader::refused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    QString path = m_dir->filePath(name);
    if (name.endsWith(u'/'))
        QVERIFY(QDir().mkpath(path));
    else if (name != u"missing.txt"_qs)
        QVERIFY(!(path = write(name, bytes)).isEmpty());

    const ReadOutcome outcome = ReportFileReader::read(path);
    QCOMPARE(outcome.path, path);
    QVERIFY(!outcome.report);
    QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
    // The message names the file, so a list of failures from a folder can be acted on.
    QVERIFY2(outcome.error.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.error));
}

namespace {

/// The most memory this process has held so far, in MB.
long peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

void TestReportFileReader::hugeFileIsRefusedWithoutReadingIt()
{
    const QString path = m_dir->filePath(u"huge.txt"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(1024) * 1024 * 1024)); // 1 GB, sparse: costs no disk and no time
    file.close();

    const long peakBefore = peakResidentMegabytes();
    QElapsedTimer timer;
    timer.start();
    const ReadOutcome outcome = ReportFileReader::read(path);
    QVERIFY(!outcome.report);
    QVERIFY2(outcome.error.contains(u"file is 1024 MB, larger than the 64 MB limit"_qs), qPrintable(outcome.error));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    // Refused before reading: not even the 64 MB the limit allows were allocated.
    QVERIFY2(peakResidentMegabytes() - peakBefore < 16,
             qPrintable(u"%1 MB -> %2 MB"_qs.arg(peakBefore).arg(peakResidentMegabytes())));
}

void TestReportFileReader::unreadableFile()
{
    if (geteuid() == 0)
        QSKIP("root can read a file whatever its permissions");
    const QString path = write(u"secret.txt"_qs, "一、总体情况");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const ReadOutcome outcome = ReportFileReader::read(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!outcome.report);
    QVERIFY2(outcome.error.contains(u"cannot open"_qs), qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(QDir::toNativeSeparators(path)));
}

void TestReportFileReader::contentHashIsSha256()
{
    // FIPS 180-2's examples: the store's hashes of files imported before must stay the same.
    QCOMPARE(contentHashOf("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(contentHashOf(QByteArrayView()),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray html = readAll(HtmlReport);
    QCOMPARE(contentHashOf(html), QCryptographicHash::hash(html, QCryptographicHash::Sha256).toHex());
}

void TestReportFileReader::readsHtml()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const ReadOutcome outcome = ReportFileReader::read(HtmlReport);
    QVERIFY2(outcome.report, qPrintable(outcome.error));
    QVERIFY(outcome.error.isEmpty());
    const Report &report = *outcome.report;
    const QByteArray bytes = readAll(HtmlReport);
    QCOMPARE(report.fileName, u"r012.html"_qs);
    QCOMPARE(report.path, QFileInfo(HtmlReport).absoluteFilePath());
    QCOMPARE(report.contentHash, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(report.encoding, u"UTF-8"_qs);
    QCOMPARE(report.sourceKind, u"html"_qs);
    QCOMPARE(report.text, QString::fromUtf8(bytes));
    QCOMPARE(report.importedAt.timeSpec(), Qt::UTC);
    QVERIFY(report.importedAt >= before.addSecs(-1));
    QVERIFY(report.importedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!report.format.isEmpty()); // parseReport ran
}

void TestReportFileReader::readsGb18030Text()
{
    const QString seed = QString::fromUtf8(readAll(Seed));
    const QString path = write(u"gb.txt"_qs, QStringEncoder("GB18030").encode(seed));
    const ReadOutcome outcome = ReportFileReader::read(path);
    QVERIFY2(outcome.report, qPrintable(outcome.error));
    QCOMPARE(outcome.report->encoding, u"GB18030"_qs);
    QCOMPARE(outcome.report->sourceKind, u"text"_qs);
    QCOMPARE(outcome.report->text, seed);
    QVERIFY(!outcome.report->format.isEmpty());
}

void TestReportFileReader::folderExpansionOrder()
{
    for (const QString &name : {u"b/r10.txt"_qs, u"b/r2.md"_qs, u"a.HTML"_qs, u"c.txt"_qs, u"b/deeper/r1.pdf"_qs,
                                u"b/notes.jpg"_qs, u"b/.hidden.txt"_qs, u"b/r2.docx"_qs, u"z.htm"_qs})
        QVERIFY(!write(name, "x").isEmpty());
    const QString single = m_dir->filePath(u"c.txt"_qs);
    QStringList errors;
    // A file named on its own comes first, and is not listed again with its folder.
    const QStringList files = ReportFileReader::collectFiles({single, m_dir->path()}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QStringList relative;
    for (const QString &file : files)
        relative.append(QDir(m_dir->path()).relativeFilePath(file));
    QCOMPARE(relative, (QStringList{u"c.txt"_qs, u"a.HTML"_qs, u"b/deeper/r1.pdf"_qs, u"b/r2.docx"_qs,
                                    u"b/r2.md"_qs, u"b/r10.txt"_qs, u"z.htm"_qs}));
    // A file named explicitly is kept even with an unsupported suffix: read() says why.
    const QString jpg = m_dir->filePath(u"b/notes.jpg"_qs);
    QCOMPARE(ReportFileReader::collectFiles({jpg}, &errors), QStringList{jpg});
}

void TestReportFileReader::symlinkLoopTerminates()
{
    QVERIFY(!write(u"reports/r1.txt"_qs, "x").isEmpty());
    QVERIFY(!write(u"reports/sub/r2.txt"_qs, "x").isEmpty());
    QVERIFY(QFile::link(m_dir->filePath(u"reports"_qs), m_dir->filePath(u"reports/sub/loop"_qs)));
    QVERIFY(QFile::link(m_dir->filePath(u"reports/sub"_qs), m_dir->filePath(u"reports/sub/self"_qs)));
    QStringList errors;
    const QStringList files = ReportFileReader::collectFiles({m_dir->filePath(u"reports"_qs)}, &errors);
    QCOMPARE(files, (QStringList{m_dir->filePath(u"reports/r1.txt"_qs), m_dir->filePath(u"reports/sub/r2.txt"_qs)}));
}

void TestReportFileReader::undecodableFileName()
{
    // Names are bytes on Linux; these are not UTF-8, so QString turns them into U+FFFD.
    QVERIFY(!write(u"reports/good.txt"_qs, readAll(Seed)).isEmpty());
    const QByteArray folder = QFile::encodeName(m_dir->filePath(u"reports"_qs));
    const QByteArray badName = folder + "/\xB1\xA8\xB8\xE6-\xFF.txt"; // "报告" in GBK, then a stray byte
    const int fd = ::open(badName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "x", 1), ssize_t(1));
    ::close(fd);
    // QTemporaryDir cannot remove it either (QDirIterator does not list it).
    const auto removeBadName = qScopeGuard([&badName] { ::unlink(badName.constData()); });

    QStringList errors;
    const QStringList files = ReportFileReader::collectFiles({m_dir->filePath(u"reports"_qs)}, &errors);
    // The good file is still listed; the other is named, with the reason, instead of "no such file".
    QCOMPARE(files, QStringList{m_dir->filePath(u"reports/good.txt"_qs)});
    QCOMPARE(errors.size(), 1);
    const QString shown = QDir::toNativeSeparators(QFile::decodeName(badName));
    QVERIFY2(errors.first().startsWith(shown + u": the name is not valid UTF-8"_qs), qPrintable(errors.first()));

    // Named on its own (as a shell passes it): the same reason.
    errors.clear();
    QVERIFY(ReportFileReader::collectFiles({QFile::decodeName(badName)}, &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(u"the name is not valid UTF-8"_qs), qPrintable(errors.first()));
}

void TestReportFileReader::fileChangingWhileRead()
{
    // A report that is still being written (a copy or download in progress):
    // a line is appended every 0.2 ms while it is read again and again. Every read either refuses, saying why, or gives the
    // report of the bytes that were there (a prefix of the final file, since
    // nothing else happens to it): never a mix of two states.
    const QByteArray seed = readAll(Seed);
    QVERIFY(!seed.startsWith("\xEF\xBB\xBF"));
    const QString path = write(u"growing.txt"_qs, seed);
    QVERIFY(!path.isEmpty());
    std::atomic_bool stop{false};
    std::thread appender([&path, &stop] {
        QFile file(path);
        if (!file.open(QIODevice::Append | QIODevice::Unbuffered))
            return;
        for (int line = 0; !stop && file.size() < 2 * 1024 * 1024; ++line) {
            file.write(QByteArray::number(line).rightJustified(63, '.') + '\n');
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    });
    int refused = 0;
    int whole = 0;
    QElapsedTimer timer;
    timer.start();
    QString failure;
    while (failure.isEmpty() && refused == 0 && timer.elapsed() < 20000) {
        const ReadOutcome outcome = ReportFileReader::read(path);
        if (!outcome.report) {
            if (outcome.error.contains(u"the file changed while it was being read; import it again once it is complete"_qs))
                ++refused;
            else
                failure = outcome.error;
            continue;
        }
        const QByteArray read = outcome.report->text.toUtf8();
        const QByteArray now = readAll(path);
        if (!now.startsWith(read) || outcome.report->contentHash != QCryptographicHash::hash(read, QCryptographicHash::Sha256).toHex())
            failure = u"a read that matches no state of the file: %1 bytes"_qs.arg(read.size());
        ++whole;
    }
    stop = true;
    appender.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(refused > 0, qPrintable(u"%1 reads, none saw the file change"_qs.arg(whole)));

    // Once the writer is done, the same file reads whole.
    const ReadOutcome done = ReportFileReader::read(path);
    QVERIFY2(done.report, qPrintable(done.error));
    QCOMPARE(done.report->text.toUtf8(), readAll(path));
    QVERIFY(!done.report->format.isEmpty());
}

void TestReportFileReader::enormousHtml()
{
    // A real report in a page padded with a huge table of filler rows and a
    // deep (but allowed) nesting, as page generators produce: read in bounded
    // time and memory, and the report's own table is still found.
    // The page is a fragment of paragraphs and tables; the padding goes after it.
    QByteArray page = readAll(HtmlReport);
    page += QByteArray("<div>").repeated(400) + "<table>";
    page += QByteArray("<tr><td>填充</td><td colspan=\"3\">说明文字</td><td>x</td></tr>\n").repeated(100000);
    page += "</table>" + QByteArray("</div>").repeated(400);
    QVERIFY(page.size() > 5 * 1024 * 1024);
    const QString path = write(u"enormous.html"_qs, page);
    QVERIFY(!path.isEmpty());

    const long peakBefore = peakResidentMegabytes();
    QElapsedTimer timer;
    timer.start();
    const ReadOutcome outcome = ReportFileReader::read(path);
    QVERIFY2(outcome.report, qPrintable(outcome.error));
    const ReadOutcome plain = ReportFileReader::read(HtmlReport);
    QVERIFY2(plain.report, qPrintable(plain.error));
    QCOMPARE(outcome.report->format, plain.report->format);
    QCOMPARE(outcome.report->year, plain.report->year);
    qInfo("%lld bytes of HTML read in %lld ms, peak memory %ld -> %ld MB", qint64(page.size()), timer.elapsed(),
          peakBefore, peakResidentMegabytes());
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(peakResidentMegabytes() - peakBefore < 1024, qPrintable(QString::number(peakResidentMegabytes())));
}

void TestReportFileReader::missingPathsAreReported()
{
    const QString missing = m_dir->filePath(u"nowhere"_qs);
    QStringList errors;
    QVERIFY(ReportFileReader::collectFiles({missing}, &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QDir::toNativeSeparators(missing)), qPrintable(errors.first()));
    QVERIFY(ReportFileReader::collectFiles({missing}, nullptr).isEmpty());
}

void TestReportFileReader::batchKeepsInputOrder()
{
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        if (i % 4 == 3)
            paths.append(m_dir->filePath(u"missing%1.txt"_qs.arg(i)));
        else
            paths.append(i % 2 ? HtmlReport : Seed);
    }
    // Two readers and a consumer slower than them: they run ahead, and the
    // outcomes still come in the order of the paths.
    std::vector<ReadOutcome> outcomes;
    const int handed = BatchReader::readInOrder(
        paths,
        [&outcomes](ReadOutcome &&outcome) {
            outcomes.push_back(std::move(outcome));
            QThread::msleep(5);
            return true;
        },
        nullptr, 2);
    QCOMPARE(handed, 12);
    QCOMPARE(outcomes.size(), std::size_t(12));
    for (int i = 0; i < 12; ++i) {
        const ReadOutcome &outcome = outcomes[std::size_t(i)];
        QCOMPARE(outcome.path, paths[i]);
        QCOMPARE(bool(outcome.report), i % 4 != 3);
        if (outcome.report)
            QCOMPARE(outcome.report->fileName, QFileInfo(paths[i]).fileName());
        else
            QVERIFY2(outcome.error.contains(QFileInfo(paths[i]).fileName()), qPrintable(outcome.error));
    }
    QCOMPARE(BatchReader::readInOrder({}, [](ReadOutcome &&) { return true; }), 0);
}

void TestReportFileReader::batchStopsWhenTheConsumerDoes()
{
    const QStringList paths{Seed, HtmlReport, Seed, HtmlReport, Seed, HtmlReport};
    int calls = 0;
    const int handed = BatchReader::readInOrder(paths, [&calls](ReadOutcome &&) { return ++calls < 3; }, nullptr, 2);
    QCOMPARE(handed, 3);
    QCOMPARE(calls, 3);
}

void TestReportFileReader::batchCancelled()
{
    const QStringList paths{Seed, HtmlReport, Seed};
    const std::atomic_bool cancelled{true};
    int calls = 0;
    QCOMPARE(BatchReader::readInOrder(paths, [&calls](ReadOutcome &&) { return ++calls > 0; }, &cancelled, 1), 0);
    QCOMPARE(calls, 0);

    // Cancelled while the second is taken: nothing after it is handed over.
    std::atomic_bool cancel{false};
    QStringList order;
    const int handed = BatchReader::readInOrder(
        paths,
        [&](ReadOutcome &&outcome) {
            order.append(outcome.path);
            cancel = order.size() == 2;
            return true;
        },
        &cancel, 2);
    QCOMPARE(handed, 2);
    QCOMPARE(order, paths.mid(0, 2));
}

QTEST_APPLESS_MAIN(TestReportFileReader)
#include "test_reportfilereader.moc"
