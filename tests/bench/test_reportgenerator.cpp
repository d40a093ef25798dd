// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The benchmark's report generator: the same seed gives the same bytes, the
// reports are of every kind the benchmark promises, and the parser reads each
// with the format and year it was made for.

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "models/report.h"
#include "parser/reportfilereader.h"
#include "tests/bench/reportgenerator.h"
#include "tests/bench/templateindex.h"

class TestReportGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameBytes();
    void otherSeedOtherReports();
    void writtenFilesAreTheGeneratedBytes();
    void everyKindIsMade();
    void parserReadsWhatWasMeant();

private:
    ReportGenerator generator(quint64 seed) const { return ReportGenerator(m_templates, seed); }

    std::vector<ReportTemplate> m_templates;
};

void TestReportGenerator::initTestCase()
{
    const QString data = QStringLiteral(GOVINFO_TEST_DATA);
    QStringList skipped;
    QString error;
    auto templates = TemplateIndex::load(QDir(data).filePath(QStringLiteral("bench/templates.json")), data, &skipped,
                                         &error);
    QVERIFY2(templates, qPrintable(error));
    // A template file edited since the index was made is left out, not fatal:
    // `govinfo_generate_reports --make-index tests/data/bench/templates.json` renews it.
    for (const QString &line : std::as_const(skipped))
        qWarning("template left out: %s", qPrintable(line));
    m_templates = std::move(*templates);
    for (const char16_t *format : {u"2019", u"2021", u"pre2019"}) {
        QVERIFY2(std::any_of(m_templates.cbegin(), m_templates.cend(),
                             [&](const ReportTemplate &t) { return t.format == QStringView(format); }),
                 qPrintable(QString::fromUtf16(format)));
    }
}

void TestReportGenerator::sameSeedSameBytes()
{
    ReportGenerator first = generator(7);
    ReportGenerator second = generator(7);
    for (int i = 0; i < 120; ++i) {
        const GeneratedReport a = first.next();
        const GeneratedReport b = second.next();
        QCOMPARE(a.fileName, b.fileName);
        QCOMPARE(a.bytes, b.bytes);
        QCOMPARE(a.encoding, b.encoding);
    }
}

void TestReportGenerator::otherSeedOtherReports()
{
    ReportGenerator first = generator(7);
    ReportGenerator second = generator(8);
    int same = 0;
    for (int i = 0; i < 120; ++i)
        same += first.next().bytes == second.next().bytes ? 1 : 0;
    QCOMPARE(same, 0);
}

void TestReportGenerator::writtenFilesAreTheGeneratedBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReportGenerator writer = generator(3);
    GeneratorTally tally;
    QString error;
    QVERIFY2(writer.write(dir.path(), 50, &tally, &error), qPrintable(error));
    QCOMPARE(tally.reports, 50);

    ReportGenerator again = generator(3);
    QStringList expected;
    qint64 bytes = 0;
    for (int i = 0; i < 50; ++i) {
        const GeneratedReport report = again.next();
        expected.append(report.fileName);
        bytes += report.bytes.size();
        QFile file(QDir(dir.path()).filePath(report.fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(report.fileName));
        QCOMPARE(file.readAll(), report.bytes);
    }
    expected.sort();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(tally.bytes, bytes);
}

void TestReportGenerator::everyKindIsMade()
{
    ReportGenerator many = generator(1);
    GeneratorTally tally;
    QSet<QString> fileNames;
    std::map<QString, std::vector<int>> years; // agency -> years, in order made
    for (int i = 0; i < 600; ++i) {
        const GeneratedReport report = many.next();
        tally.add(report);
        fileNames.insert(report.fileName);
        years[report.agency].push_back(report.year);
    }
    QCOMPARE(fileNames.size(), 600);
    for (const char *format : {"2019", "2021", "pre2019"})
        QVERIFY2(tally.formats[QString::fromLatin1(format)] > 0, format);
    for (const char *kind : {"text", "markdown", "html"})
        QVERIFY2(tally.kinds[QString::fromLatin1(kind)] > 0, kind);
    for (const char *encoding : {"UTF-8", "GB18030"})
        QVERIFY2(tally.encodings[QString::fromLatin1(encoding)] > 0, encoding);
    // Mostly consistent, some not: about one in eight made wrong on purpose.
    QVERIFY2(tally.broken > 600 / 20 && tally.broken < 600 / 4, qPrintable(QString::number(tally.broken)));
    // Agencies report for consecutive years, so that the year.* checks have pairs.
    int pairs = 0;
    for (const auto &[agency, list] : years) {
        for (std::size_t i = 1; i < list.size(); ++i) {
            QCOMPARE(list[i], list[i - 1] + 1);
            ++pairs;
        }
    }
    QVERIFY2(pairs > 600 / 2, qPrintable(QString::number(pairs)));
}

void TestReportGenerator::parserReadsWhatWasMeant()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReportGenerator writer = generator(5);
    for (int i = 0; i < 200; ++i) {
        const GeneratedReport report = writer.next();
        const QString path = QDir(dir.path()).filePath(report.fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(report.bytes), report.bytes.size());
        file.close();
        const ReadOutcome outcome = ReportFileReader::read(path);
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        QCOMPARE(outcome.report->format, report.format);
        QCOMPARE(outcome.report->year, report.year);
        QCOMPARE(outcome.report->encoding, report.encoding);
    }
}

QTEST_GUILESS_MAIN(TestReportGenerator)
#include "test_reportgenerator.moc"
