// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include "models/csvexporter.h"
#include "models/report.h"
#include "models/reportschema.h"
#include "tests/testsupport.h"

using namespace TestSupport;

namespace {

const QString header = QStringLiteral("file,agency,year,format,table,row,column,value,extracted,flags,status,unit,raw,"
                                      "candidates\r\n");
const QString prefix = QStringLiteral("a.txt,\"某市\"\"政府\"\", 办公室\",2020,2019,");

/// A 2019 report in which every cell is missing except the few the test looks at.
Report tinyReport()
{
    Report report = blankReport(QStringLiteral("2019"), QStringLiteral("a.txt"));
    report.agency = QStringLiteral("某市\"政府\", 办公室");
    report.year = 2020;
    Cell &made = cellAt(report, QStringLiteral("t2/rules/made"));
    made.extracted = Decimal(2);
    made.value = Decimal(3); // corrected by hand
    made.raw = QStringLiteral("2");
    made.status = CellStatus::Ok;
    Cell &amount = cellAt(report, QStringLiteral("t2/procurement/amount"));
    amount.value = amount.extracted = Decimal::fromString(u"172425.5");
    amount.unit = QStringLiteral("万元");
    amount.raw = QStringLiteral("172425.5\n万元");
    amount.status = CellStatus::Ok;
    Cell &text = cellAt(report, QStringLiteral("t2/fees/change"));
    text.raw = QStringLiteral("/");
    text.status = CellStatus::Text;
    Cell &ambiguous = cellAt(report, QStringLiteral("t3/new/natural"));
    ambiguous.raw = QStringLiteral("123");
    ambiguous.status = CellStatus::Ambiguous;
    ambiguous.candidates = QStringList{QStringLiteral("1|23"), QStringLiteral("12|3")};
    return report;
}

Finding finding(const char16_t *checkId, const QStringList &cells, ReviewStatus status = ReviewStatus::Open)
{
    Finding result;
    result.checkId = QString::fromUtf16(checkId);
    result.cells = cells;
    result.status = status;
    return result;
}

std::vector<Finding> tinyFindings()
{
    const QString total = QStringLiteral("t2/rules/total");
    const QString made = QStringLiteral("t2/rules/made");
    return {
        finding(u"t2.published", {total, made}),
        finding(u"t2.published", {made}), // the same id twice: listed once
        finding(u"cell.inferred", {made}, ReviewStatus::Confirmed),
        finding(u"t3.balance", {made}, ReviewStatus::Dismissed),  // not a flag
        finding(u"t3.row_sum", {made}, ReviewStatus::Corrected),   // not a flag
        finding(u"cell.ambiguous", {QStringLiteral("t3/new/natural")}),
        finding(u"report.sections", {}),
    };
}

Report pre2019Report()
{
    Report report;
    report.fileName = QStringLiteral("old.txt");
    report.agency = QStringLiteral("旧机关");
    report.year = 2015;
    report.format = QStringLiteral("pre2019");
    return report;
}

QByteArray exportBytes(const QString &path, CsvExporter::Layout layout, CsvExporter::Encoding encoding,
                       const std::vector<std::pair<Report, std::vector<Finding>>> &reports)
{
    CsvExporter exporter(layout, encoding);
    if (!exporter.begin(path))
        return QByteArray();
    for (const auto &[report, findings] : reports) {
        if (!exporter.addReport(report, findings))
            return QByteArray();
    }
    if (!exporter.commit())
        return QByteArray();
    return fileBytes(path);
}

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QStringLiteral("\r\n"));
    lines.removeLast(); // after the last CRLF
    return lines;
}

} // namespace

class TestCsvExporter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tidyLines();
    void tidyPre2019();
    void byteOrderMark();
    void gb18030();
    void wide();
    void names();
    void unwritablePath();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCsvExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("export.csv"));
}

void TestCsvExporter::tidyLines()
{
    const QByteArray bytes = exportBytes(m_path, CsvExporter::Layout::Tidy, CsvExporter::Encoding::Utf8,
                                         {{tinyReport(), tinyFindings()}});
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.startsWith(header));
    QVERIFY(text.endsWith(u"\r\n"));
    // The raw text with a line break is quoted, so splitting at CRLF finds one line per cell.
    const QStringList lines = linesOf(text);
    QCOMPARE(lines.size(), 1 + ReportSchema::instance().format(QStringLiteral("2019"))->cellCount());
    QCOMPARE(lines[1], QString(prefix + u"t2,rules,made,3,2,cell.inferred;t2.published,ok,,2,"));
    QCOMPARE(lines[2], QString(prefix + u"t2,rules,published,,,,missing,,,"));
    QCOMPARE(lines[3], QString(prefix + u"t2,rules,total,,,t2.published,missing,,,"));
    QVERIFY(lines.contains(prefix + u"t2,procurement,amount,172425.5,172425.5,,ok,万元,\"172425.5\n万元\","));
    QVERIFY(lines.contains(prefix + u"t2,fees,change,,,,text,,/,"));
    QVERIFY(lines.contains(prefix + u"t3,new,natural,,,cell.ambiguous,ambiguous,,123,1|23;12|3"));
    QCOMPARE(lines.last(), QString(prefix + u"t4,suit_after_review,total,,,,missing,,,"));
}

void TestCsvExporter::tidyPre2019()
{
    const QByteArray bytes = exportBytes(m_path, CsvExporter::Layout::Tidy, CsvExporter::Encoding::Utf8,
                                         {{pre2019Report(), {finding(u"report.sections", {})}}});
    QCOMPARE(bytes, (header + u"old.txt,旧机关,2015,pre2019,,,,,,report.sections,,,,\r\n").toUtf8());
}

void TestCsvExporter::byteOrderMark()
{
    const QByteArray plain = exportBytes(m_path, CsvExporter::Layout::Tidy, CsvExporter::Encoding::Utf8,
                                         {{pre2019Report(), {}}});
    const QByteArray withBom = exportBytes(m_path, CsvExporter::Layout::Tidy, CsvExporter::Encoding::Utf8Bom,
                                           {{pre2019Report(), {}}});
    QCOMPARE(withBom, QByteArray("\xEF\xBB\xBF") + plain);
}

void TestCsvExporter::gb18030()
{
    const std::vector<std::pair<Report, std::vector<Finding>>> reports = {{tinyReport(), tinyFindings()},
                                                                          {pre2019Report(), {}}};
    const QByteArray utf8 = exportBytes(m_path, CsvExporter::Layout::Tidy, CsvExporter::Encoding::Utf8, reports);
    const QByteArray gb = exportBytes(m_path, CsvExporter::Layout::Tidy, CsvExporter::Encoding::Gb18030, reports);
    QVERIFY(!gb.isEmpty());
    QVERIFY(gb != utf8);
    QVERIFY(gb.contains("\xBE\xC9")); // 旧 in GB18030
    QStringDecoder decoder("GB18030");
    QVERIFY(decoder.isValid());
    const QString decoded = decoder.decode(gb);
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoded, QString::fromUtf8(utf8));
}

void TestCsvExporter::wide()
{
    Report report2021;
    report2021.fileName = QStringLiteral("b.txt");
    report2021.agency = QStringLiteral("某局");
    report2021.year = 2022;
    report2021.format = QStringLiteral("2021");
    report2021.cells.resize(std::size_t(ReportSchema::instance().format(report2021.format)->cellCount()));
    cellAt(report2021, QStringLiteral("t2/rules/issued")).value = Decimal(4);
    cellAt(report2021, QStringLiteral("t3/new/total")).value = Decimal(7);

    Report report2019 = tinyReport();
    report2019.agency = QStringLiteral("某市政府"); // no comma: the lines split at every ','
    const QByteArray bytes = exportBytes(m_path, CsvExporter::Layout::Wide, CsvExporter::Encoding::Utf8,
                                         {{report2019, tinyFindings()}, {report2021, {}}, {pre2019Report(), {}}});
    const QStringList lines = linesOf(QString::fromUtf8(bytes));
    QCOMPARE(lines.size(), 4);
    const QStringList columns = lines[0].split(u',');
    QCOMPARE(columns.mid(0, 5), (QStringList{QStringLiteral("file"), QStringLiteral("agency"),
                                             QStringLiteral("year"), QStringLiteral("format"),
                                             QStringLiteral("t2.rules.made")}));
    // Every 2019 key first, then the keys only 2021 has.
    const int count2019 = ReportSchema::instance().format(QStringLiteral("2019"))->cellCount();
    QCOMPARE(columns[4 + count2019 - 1], QStringLiteral("t4.suit_after_review.total"));
    QCOMPARE(columns[4 + count2019], QStringLiteral("t2.rules.issued"));
    QVERIFY(columns.contains(QStringLiteral("t3.other_no_correction.natural")));
    QCOMPARE(columns.size(), 4 + CsvExporter::wideCellKeys().size());
    QCOMPARE(QStringList(columns).removeDuplicates(), 0);

    const auto valueOf = [&](int line, const char16_t *column) {
        const QStringList fields = lines[line].split(u',');
        return fields.size() == columns.size() ? fields.value(columns.indexOf(QString::fromUtf16(column)))
                                               : QStringLiteral("(wrong field count)");
    };
    QCOMPARE(valueOf(1, u"file"), QStringLiteral("a.txt"));
    QCOMPARE(valueOf(1, u"t2.rules.made"), QStringLiteral("3")); // the current value
    QCOMPARE(valueOf(1, u"t2.procurement.amount"), QStringLiteral("172425.5"));
    QCOMPARE(valueOf(1, u"t2.rules.issued"), QString());
    QCOMPARE(valueOf(2, u"format"), QStringLiteral("2021"));
    QCOMPARE(valueOf(2, u"t2.rules.issued"), QStringLiteral("4"));
    QCOMPARE(valueOf(2, u"t3.new.total"), QStringLiteral("7"));
    QCOMPARE(valueOf(2, u"t2.rules.made"), QString());
    QCOMPARE(lines[3], QString(u"old.txt,旧机关,2015,pre2019" + QString(CsvExporter::wideCellKeys().size(), u',')));
}

void TestCsvExporter::names()
{
    QCOMPARE(CsvExporter::layoutFromName(QStringLiteral("wide")), CsvExporter::Layout::Wide);
    QCOMPARE(CsvExporter::layoutFromName(QStringLiteral("long")), std::nullopt);
    QCOMPARE(CsvExporter::encodingFromName(QStringLiteral("UTF-8-BOM")), CsvExporter::Encoding::Utf8Bom);
    QCOMPARE(CsvExporter::encodingFromName(QStringLiteral("gb18030")), CsvExporter::Encoding::Gb18030);
    QCOMPARE(CsvExporter::encodingFromName(QStringLiteral("latin1")), std::nullopt);
}

void TestCsvExporter::unwritablePath()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/export.csv"));
    CsvExporter exporter;
    QVERIFY(!exporter.begin(path));
    QVERIFY2(exporter.errorString().contains(path), qPrintable(exporter.errorString()));

    // An export that is abandoned leaves the previous file as it was.
    QFile old(m_path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous\r\n");
    old.close();
    QVERIFY(exporter.begin(m_path));
    QVERIFY(exporter.addReport(pre2019Report(), {}));
    exporter.cancel();
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "test_csvexporter.moc"
