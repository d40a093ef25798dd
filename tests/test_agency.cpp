// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/agencyfinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/report.h"
#include "parser/documentreader.h"
#include "parser/htmldocumentreader.h"
#include "parser/reportfilereader.h"
#include "parser/reportparser.h"

namespace {

const QString data = QStringLiteral(GOVINFO_TEST_DATA);
const QString samples = QStringLiteral(GOVINFO_SAMPLES);

Report parseText(const QString &text)
{
    SourceDocument document;
    document.decoded = text;
    document.kind = QStringLiteral("text");
    document.plain.text = text;
    return parseReport(document, QStringLiteral("report.txt"));
}

QString truthAgency(const QString &truthPath)
{
    QFile file(truthPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no truth file %1)").arg(truthPath);
    return QJsonDocument::fromJson(file.readAll()).object().value(u"agency").toString();
}

} // namespace

/**
 * Who reports: every real report of tests/data and resources/samples against
 * the agency a person read in it, the variants against their truth files,
 * and each rule of resources/agency.json on a report made for it.
 */
class TestAgency final : public QObject
{
    Q_OBJECT

private slots:
    void realReports_data();
    void realReports();
    void variants_data();
    void variants();
    void rules_data();
    void rules();
    void htmlTitle_data();
    void htmlTitle();
};

void TestAgency::realReports_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("truth"); // the truth file, which must say the same
    QString truths = data + u"/truth";
    auto add = [&truths](const QString &folder, const char *file, const char16_t *agency, int year) {
        const QString name = QLatin1String(file);
        QTest::newRow(qPrintable(QDir(folder).dirName() + u'/' + name))
            << QDir(folder).filePath(name) << QString::fromUtf16(agency) << year
            << QDir(truths).filePath(QFileInfo(name).completeBaseName() + u".json");
    };
    for (const QString &seeds : QStringList{data + u"/seeds", samples}) {
        add(seeds, "000_fb8decbe9b2e9cc0.txt", u"沙坡头区柔远镇人民政府", 2020);
        add(seeds, "001_bd2728a2fb5b3f82.txt", u"吴忠市利通区人民政府办公室", 2020);
        // The title names the township; the compiler's note its government.
        add(seeds, "002_9fd22329478e75da.txt", u"徐套乡人民政府", 2019);
        add(seeds, "003_ae670e83d15f685b.txt", u"平凉市崆峒区崆峒镇人民政府", 2020);
        // The title names the town; the report names its people's government.
        add(seeds, "004_19e7a58c87b6c757.txt", u"灵武市临河镇人民政府", 2021);
    }
    const QString corpus = data + u"/corpus/raw";
    truths = data + u"/corpus/truth";
    add(corpus, "r001.txt", u"淮安市人民政府", 2024);
    // Title "洪泽区人民政府"; "本报告由淮安市洪泽区人民政府办公室…" adds the city.
    add(corpus, "r002.txt", u"淮安市洪泽区人民政府", 2023);
    truths = data + u"/corpus/scrambled/truth";
    add(data + u"/corpus/scrambled/raw", "r003.txt", u"淮安市洪泽区人民政府", 2024);
    truths = data + u"/corpus/truth";
    // "2024 年上海市科委政府信息公开工作年度报告": year first, the short form expanded.
    add(corpus, "r004.md", u"上海市科学技术委员会", 2024);
    // Title "平潭综合实验区…"; "区管委会办公室编制完成了本报告".
    add(corpus, "r007.txt", u"平潭综合实验区管委会办公室", 2019);
    // Title "平潭综合实验区…", compiled by "我区": the office that issued the work plan it cites.
    add(corpus, "r009.txt", u"平潭综合实验区管委会办公室", 2021);
    add(corpus, "r010.txt", u"平潭综合实验区管委会办公室", 2018);
    // "2019年上海市人民政府办公厅政府信息公开工作年度报告": the agency between the year and the words.
    add(corpus, "r012.html", u"上海市人民政府办公厅", 2019);
    add(corpus, "r016.txt", u"平潭县人民政府", 2011);
    // "发布机构: 平潭综合实验区管委会办公室".
    add(corpus, "r020.txt", u"平潭综合实验区管委会办公室", 2011);
    // Title "三明市…", signed by 三明市政务公开工作领导小组 (no agency): the city government it names.
    add(corpus, "r028.txt", u"三明市人民政府", 2019);
    add(corpus, "r031.txt", u"莆田市人民政府", 2019);
    add(samples, "r002.txt", u"淮安市洪泽区人民政府", 2023);
    add(samples, "r010.txt", u"平潭综合实验区管委会办公室", 2018);
    add(samples, "r012.html", u"上海市人民政府办公厅", 2019);
    add(samples, "r028.txt", u"三明市人民政府", 2019);
}

void TestAgency::realReports()
{
    QFETCH(QString, path);
    QFETCH(QString, agency);
    QFETCH(int, year);
    QFETCH(QString, truth);
    QCOMPARE(truthAgency(truth), agency);
    const ReadOutcome outcome = ReportFileReader::read(path);
    QVERIFY2(outcome.report, qPrintable(path + u": " + outcome.error));
    QCOMPARE(outcome.report->agency, agency);
    QCOMPARE(outcome.report->year, year);
}

void TestAgency::variants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("agency");
    for (const QString &folder : QStringList{data + u"/variants", data + u"/variants/scrambled"}) {
        const QDir truths(folder + u"/truth");
        const QStringList names = truths.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            const QStringList inputs = QDir(folder).entryList({name.chopped(5) + u".*"}, QDir::Files);
            QCOMPARE(inputs.size(), qsizetype(1));
            QTest::newRow(qPrintable(name.chopped(5)))
                << QDir(folder).filePath(inputs.first()) << truthAgency(truths.filePath(name));
        }
    }
}

void TestAgency::variants()
{
    QFETCH(QString, path);
    QFETCH(QString, agency);
    QVERIFY(!agency.isEmpty());
    const ReadOutcome outcome = ReportFileReader::read(path);
    QVERIFY2(outcome.report, qPrintable(path + u": " + outcome.error));
    QCOMPARE(outcome.report->agency, agency);
}

void TestAgency::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");
    const QString body = QStringLiteral("\n一、总体情况\n本年度共收到申请3件。\n");
    auto add = [&body](const char *name, const char16_t *head, const char16_t *agency, int year,
                       const char16_t *tail = u"") {
        QTest::newRow(name) << QString::fromUtf16(head) + body + QString::fromUtf16(tail) << QString::fromUtf16(agency)
                            << year;
    };
    add("agency, then the year", u"某市人民政府2020年政府信息公开工作年度报告", u"某市人民政府", 2020);
    add("on the line before the year", u"某县人民政府\n2020 年政府信息公开工作年度报告", u"某县人民政府", 2020);
    add("site header and markdown", u"# 标题：某县人民政府 2020年度政府信息公开工作年度报告", u"某县人民政府", 2020);
    add("year first", u"2022年某市人民政府办公室政府信息公开工作年度报告", u"某市人民政府办公室", 2022);
    add("year first, 年度", u"2022年度某市交通运输局政府信息公开工作年度报告", u"某市交通运输局", 2022);
    add("short form", u"2021年某市发改委政府信息公开工作年度报告", u"某市发展和改革委员会", 2021);
    add("place added from the compiler's note", u"北河区人民政府\n2021年政府信息公开工作年度报告\n"
                                                u"本报告由某市北河区人民政府办公室根据《条例》编制。",
        u"某市北河区人民政府", 2021);
    add("a compiler of another place adds nothing", u"北河区人民政府2021年政府信息公开工作年度报告\n"
                                                   u"本报告由某市人民政府办公室根据《条例》编制。",
        u"北河区人民政府", 2021);
    add("place: the compiler, its place completed",
        u"某某新区2020年政府信息公开工作年度报告\n根据有关要求，区管委会办公室编制完成了本报告。",
        u"某某新区管委会办公室", 2020);
    add("place: the compiler in full", u"某某乡2019年政府信息公开工作年度报告\n本报告由某某乡人民政府根据条例编制。",
        u"某某乡人民政府", 2019);
    add("place: 我区 is no name, the publisher is",
        u"标题: 某某新区2020年政府信息公开工作年度报告\n发布机构: 某某新区管委会办公室\n"
        u"根据有关要求，我区编制完成了本报告。",
        u"某某新区管委会办公室", 2020);
    add("place: the publisher's short form", u"标题: 某市2019年政府信息公开工作年度报告\n发布机构: 市府办\n",
        u"某市人民政府办公室", 2019);
    add("place: an empty publisher line is none",
        u"标题: 某市2019年政府信息公开工作年度报告\n发布机构:\n栏目: 年报\n某市人民政府坚持公开为常态。",
        u"某市人民政府", 2019);
    add("place: its people's government named", u"某镇2021年政府信息公开工作年度报告\n联系地址：某县某镇人民政府。",
        u"某镇人民政府", 2021);
    add("place: the issuer of a document it cites",
        u"某某新区2021年政府信息公开工作年度报告\n及时下发《某某新区管委会办公室关于印发政务公开工作要点的通知》。",
        u"某某新区管委会办公室", 2021);
    add("place: the signature", u"某某新区2021年政府信息公开工作年度报告", u"某某新区管理委员会", 2021,
        u"六、其他需要报告的事项\n无。\n某某新区管理委员会\n2022年1月10日\n");
    add("place: a signature of no agency", u"某市2019年政府信息公开工作年度报告", u"某市", 2019,
        u"某市政务公开工作领导小组\n2020年3月6日\n");
    add("place: the signature's short place", u"某某新区2021年政府信息公开工作年度报告", u"某某新区管委会", 2021,
        u"区管委会\r\n2022 年 1 月 10 日\r\n");
    add("place and nothing else", u"灵武市临河镇 2019年政府信息公开工作年度报告", u"灵武市临河镇", 2019);
    add("no title: the compiler", u"本报告由某县人民政府办公室负责编制。", u"某县人民政府办公室", 0);
    add("no title: the signature", u"本年度无事项。", u"某县人民政府", 0, u"某县人民政府\n2021年1月5日");
    add("no title, no name", u"本年度无事项。", u"", 0);
    add("prose before the year is no name", u"根据要求，现将本局2020年政府信息公开工作年度报告如下", u"", 2020);
}

void TestAgency::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, agency);
    QFETCH(int, year);
    const Report report = parseText(text);
    QCOMPARE(report.agency, agency);
    if (year > 0)
        QCOMPARE(report.year, year);
}

void TestAgency::htmlTitle_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title"); // PlainText::title
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");
    const QString body = QStringLiteral("<p>一、总体情况</p><p>本年度共收到申请3件。</p>");
    QTest::newRow("the page shows no title: <title>")
        << u"<html><head><title>\n  某县人民政府2020年政府信息公开工作年度报告_某县政府网 </title></head><body>"_qs + body
               + u"</body></html>"
        << QStringLiteral("某县人民政府2020年政府信息公开工作年度报告_某县政府网") << QStringLiteral("某县人民政府") << 2020;
    QTest::newRow("year first in <title>, entities")
        << u"<title>2021年某市统计局政府信息公开工作年度报告 &amp; 附件</title>"_qs + body
        << QStringLiteral("2021年某市统计局政府信息公开工作年度报告 & 附件") << QStringLiteral("某市统计局") << 2021;
    QTest::newRow("the page's <h1> before the <title>")
        << u"<html><head><title>某市人民政府门户网站</title></head><body><h1>2021年某市统计局政府信息公开工作年度报告</h1>"_qs
               + body + u"</body></html>"
        << QStringLiteral("某市人民政府门户网站") << QStringLiteral("某市统计局") << 2021;
    QTest::newRow("no <title>") << body << QString() << QString() << 0;
}

void TestAgency::htmlTitle()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, agency);
    QFETCH(int, year);
    QString error;
    const std::optional<SourceDocument> document = HtmlDocumentReader().read(html.toUtf8(), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->plain.title, title);
    // What a browser shows in the tab is not on the page.
    if (!title.isEmpty())
        QVERIFY(!document->plain.text.contains(title));
    const Report report = parseReport(*document, QStringLiteral("report.html"));
    QCOMPARE(report.agency, agency);
    if (year > 0)
        QCOMPARE(report.year, year);
}

QTEST_APPLESS_MAIN(TestAgency)
#include "test_agency.moc"
