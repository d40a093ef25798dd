// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/narrativefigures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/checks/reportchecker.h"
#include "models/report.h"
#include "models/reportschema.h"

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

/// The figures as "cell=value", in text order.
QStringList describe(const std::vector<NarrativeFigure> &figures)
{
    QStringList result;
    for (const NarrativeFigure &figure : figures)
        result.append(figure.cellKey + u'=' + figure.value.toString());
    return result;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

/// A report holding the hand-read values of a truth file; null cells are missing.
Report reportFromTruth(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Report();
    const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
    Report report;
    report.format = truth.value(u"format").toString();
    report.year = truth.value(u"year").toInt();
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    const QJsonObject tables = truth.value(u"cells").toObject();
    for (int i = 0; schema && i < schema->cellCount(); ++i) {
        const CellAddress &address = schema->address(i);
        const QJsonValue value
            = tables.value(address.table).toObject().value(address.row).toObject().value(address.column);
        Cell cell;
        if (value.isDouble()) {
            cell.value = Decimal::fromString(QString::number(value.toDouble(), 'g', 15));
            cell.status = CellStatus::Ok;
        }
        report.cells.push_back(cell);
    }
    for (int number = 1; number <= 6; ++number)
        report.sections.push_back({number, QString(), SourceSpan()});
    return report;
}

} // namespace

class TestNarrativeFigures final : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void spanAndQuote();
    void narrativeEnd();
    void realReports_data();
    void realReports();
    void pre2019Reports_data();
    void pre2019Reports();
};

void TestNarrativeFigures::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("expected");

    const QString y2019 = QStringLiteral("2019");
    const QString y2021 = QStringLiteral("2021");
    auto row = [](const char *name, const QString &text, const QString &format, const QStringList &expected) {
        QTest::newRow(name) << text << format << expected;
    };

    // New applications, t3/new/total.
    row("seed 001", s(u"2020年，利通区人民政府办公室收到1件政府信息公开申请，目前已按照相关程序进行答复。"), y2019,
        {QStringLiteral("t3/new/total=1")});
    row("r001", s(u"2024 年，全市共受理政府信息公开申请 3119 件，"), y2021, {QStringLiteral("t3/new/total=3119")});
    row("r004", s(u"全年收到政府信息公开申请34件"), y2021, {QStringLiteral("t3/new/total=34")});
    row("seed 004", s(u"2021年，全镇受理政府信息公开申请0件，其中，当面申请0件，传真申请0件"), y2021,
        {QStringLiteral("t3/new/total=0")});
    row("line break inside the words", s(u"区政府办代表区政府受理政府\n信息公开申请 17 件，均已"), y2021,
        {QStringLiteral("t3/new/total=17")});
    row("full-width digits", s(u"收到政府信息公开申请３４件"), y2019, {QStringLiteral("t3/new/total=34")});
    row("full-width space", s(u"收到政府信息公开申请\u3000５\u3000件"), y2019, {QStringLiteral("t3/new/total=5")});
    row("thousands separator", s(u"受理政府信息公开申请3,119件"), y2021, {QStringLiteral("t3/new/total=3119")});
    row("none received", s(u"2019 年度未收到政府信息公开的申请。"), y2019, {QStringLiteral("t3/new/total=0")});
    row("approximate", s(u"收到政府信息公开申请100余件"), y2019, {});
    row("about", s(u"受理政府信息公开申请约200件"), y2019, {});
    row("other requests", s(u"受理人大代表建议35件，未收到行政复议申请"), y2021, {});
    row("channel, not the total", s(u"其中，当面申请3件，网络申请5件"), y2021, {});
    row("pre2019: no cells", s(u"收到1件政府信息公开申请"), QStringLiteral("pre2019"), {});

    // Carried over, handled (七)总计, carried forward.
    row("carried over", s(u"上年结转政府信息公开申请 2 件"), y2021, {QStringLiteral("t3/carried_over/total=2")});
    row("r001 answered", s(u"全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）"),
        y2021,
        {QStringLiteral("t3/new/total=3119"), QStringLiteral("t3/total/total=3050"),
         QStringLiteral("t3/carried_over/total=34"), QStringLiteral("t3/carry_forward/total=103")});
    row("r009", s(u"本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。"), y2021,
        {QStringLiteral("t3/new/total=70"), QStringLiteral("t3/total/total=69"),
         QStringLiteral("t3/carry_forward/total=1")});
    row("r012", s(u"答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）"), y2019,
        {QStringLiteral("t3/total/total=805"), QStringLiteral("t3/carried_over/total=18"),
         QStringLiteral("t3/carry_forward/total=72")});
    row("r028 handled", s(u"依法按时办结依申请公开事项403件，按时办结率100%。"), y2019,
        {QStringLiteral("t3/total/total=403")});
    row("handled, no subject", s(u"办结403件"), y2019, {});
    row("handled, other subject", s(u"共办理人大代表建议35件，办结35件"), y2019, {});
    row("r004 carried forward", s(u"其他处理14件，转下一年度办理答复的有1件。"), y2021,
        {QStringLiteral("t3/carry_forward/total=1")});

    // Table 4.
    row("review", s(u"政府信息公开行政复议 351 件"), y2021, {QStringLiteral("t4/review/total=351")});
    row("review with results", s(u"政府信息公开行政复议 351\n件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n未审结 37 件；"),
        y2021,
        {QStringLiteral("t4/review/total=351"), QStringLiteral("t4/review/upheld=72"),
         QStringLiteral("t4/review/corrected=64"), QStringLiteral("t4/review/other=178"),
         QStringLiteral("t4/review/pending=37")});
    row("seed 004 review", s(u"全镇受理有关政府信息公开方面的行政复议案件0件，行政诉讼案件0件。"), y2021,
        {QStringLiteral("t4/review/total=0")});
    row("review of anything", s(u"全年办理行政复议案件200件"), y2021, {});
    row("litigation is two cells", s(u"政府信息公开行政诉讼 46 件"), y2021, {});

    // Table 2.
    row("penalty 2021", s(u"其中：制发及主动公开规范性文件0条，行政处罚1项。"), y2021,
        {QStringLiteral("t2/penalty/decisions=1")});
    row("penalty 2019 is not decisions", s(u"行政处罚1项"), y2019, {});
    row("penalty information published", s(u"在“环境保护”栏目共计发布行政处罚23件"), y2021, {});
    row("seed 002 items", s(u"公开行政许可事项5项，比上一年增（减）0项，处理决定34件；其他对外管理服务事项48项，比上一年增（减）0条，处理决定2833件"),
        y2019,
        {QStringLiteral("t2/licensing/change=0"), QStringLiteral("t2/licensing/decisions=34"),
         QStringLiteral("t2/services/change=0"), QStringLiteral("t2/services/decisions=2833")});
    row("signed change", s(u"行政强制事项9条，比上一年增（减）−1条，处理决定21件；公开行政事业性收费1项，比上一年增（减）+2条。"), y2019,
        {QStringLiteral("t2/coercion/change=-1"), QStringLiteral("t2/coercion/decisions=21"),
         QStringLiteral("t2/fees/change=2")});
    row("items in 2021", s(u"公开行政许可事项5项，比上一年增（减）0项，处理决定34件"), y2021, {});
}

void TestNarrativeFigures::sentences()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(findNarrativeFigures(text, -1, format)), expected);
}

void TestNarrativeFigures::spanAndQuote()
{
    const QString text = s(u"（二）依申请公开情况。2024 年，全市共受理政府信息公开\n申请 ３１１９ 件，答复完毕。");
    const std::vector<NarrativeFigure> figures = findNarrativeFigures(text, text.size(), QStringLiteral("2021"));
    QCOMPARE(figures.size(), std::size_t(1));
    const NarrativeFigure &figure = figures[0];
    QCOMPARE(figure.cellKey, QStringLiteral("t3/new/total"));
    QCOMPARE(figure.value, Decimal(3119));
    QCOMPARE(figure.span.offset, text.indexOf(s(u"受理")));
    QCOMPARE(figure.span.end(), text.indexOf(s(u"件")) + 1);
    QCOMPARE(figure.quote, s(u"受理政府信息公开申请 ３１１９ 件"));
}

void TestNarrativeFigures::narrativeEnd()
{
    const QString text = s(u"收到政府信息公开申请2件。\n一、本年新收政府信息公开申请数量 收到政府信息公开申请3件");
    const qsizetype end = text.indexOf(u'\n');
    QCOMPARE(describe(findNarrativeFigures(text, end, QStringLiteral("2021"))),
             QStringList{QStringLiteral("t3/new/total=2")});
    QCOMPARE(describe(findNarrativeFigures(text, -1, QStringLiteral("2021"))),
             (QStringList{QStringLiteral("t3/new/total=2"), QStringLiteral("t3/new/total=3")}));
    QVERIFY(findNarrativeFigures(text, 5, QStringLiteral("2021")).empty());
}

void TestNarrativeFigures::realReports_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("truth");
    QTest::addColumn<QStringList>("figures");
    QTest::addColumn<QStringList>("contradicted"); // cells of the expected text.table findings

    auto row = [](const char *name, const char *source, const char *truth, const QStringList &figures,
                  const QStringList &contradicted) {
        QTest::newRow(name) << QString::fromLatin1(source) << QString::fromLatin1(truth) << figures << contradicted;
    };
    // Which narrative figures contradict the tables is what the truth files' expected_findings and notes say.
    row("seed 000", "seeds/000_fb8decbe9b2e9cc0.txt", "truth/000_fb8decbe9b2e9cc0.json", {}, {});
    row("seed 001", "seeds/001_bd2728a2fb5b3f82.txt", "truth/001_bd2728a2fb5b3f82.json",
        {QStringLiteral("t3/new/total=1")}, {QStringLiteral("t3/new/total")});
    row("seed 002", "seeds/002_9fd22329478e75da.txt", "truth/002_9fd22329478e75da.json",
        {QStringLiteral("t2/licensing/change=0"), QStringLiteral("t2/licensing/decisions=34"),
         QStringLiteral("t2/services/change=0"), QStringLiteral("t2/services/decisions=2833"),
         QStringLiteral("t2/penalty/change=0"), QStringLiteral("t2/penalty/decisions=12"),
         QStringLiteral("t2/coercion/change=0"), QStringLiteral("t2/coercion/decisions=21"),
         QStringLiteral("t2/fees/change=0"), QStringLiteral("t3/new/total=0")},
        {});
    row("seed 003", "seeds/003_ae670e83d15f685b.txt", "truth/003_ae670e83d15f685b.json", {}, {});
    row("seed 004", "seeds/004_19e7a58c87b6c757.txt", "truth/004_19e7a58c87b6c757.json",
        {QStringLiteral("t2/penalty/decisions=1"), QStringLiteral("t3/new/total=0"), QStringLiteral("t4/review/total=0")},
        {});
    row("r001", "corpus/raw/r001.txt", "corpus/truth/r001.json",
        {QStringLiteral("t3/new/total=3119"), QStringLiteral("t3/total/total=3050"),
         QStringLiteral("t3/carried_over/total=34"), QStringLiteral("t3/carry_forward/total=103"),
         QStringLiteral("t4/review/total=351"), QStringLiteral("t4/review/upheld=72"),
         QStringLiteral("t4/review/corrected=64"), QStringLiteral("t4/review/other=178"),
         QStringLiteral("t4/review/pending=37")},
        {});
    row("r002", "corpus/raw/r002.txt", "corpus/truth/r002.json", {QStringLiteral("t3/new/total=21")}, {});
    // The narrative counts the office's own requests (17), the table the whole district's (95).
    row("r003", "corpus/scrambled/raw/r003.txt", "corpus/scrambled/truth/r003.json",
        {QStringLiteral("t3/new/total=17")}, {QStringLiteral("t3/new/total")});
    // carry_forward/total is blank in the source (must_flag); the truth's 1 agrees with the narrative.
    row("r004", "corpus/raw/r004.md", "corpus/truth/r004.json",
        {QStringLiteral("t3/new/total=34"), QStringLiteral("t3/carried_over/total=2"),
         QStringLiteral("t3/carry_forward/total=1")},
        {});
    row("r007", "corpus/raw/r007.txt", "corpus/truth/r007.json", {}, {});
    row("r009", "corpus/raw/r009.txt", "corpus/truth/r009.json",
        {QStringLiteral("t3/new/total=70"), QStringLiteral("t3/total/total=69"),
         QStringLiteral("t3/carry_forward/total=1")},
        {});
    // The truth's text.table findings for r012 and r031 are about group sums (予以公开及部分公开, 无法提供),
    // which no single cell holds; they are not modelled.
    row("r012", "corpus/raw/r012.html", "corpus/truth/r012.json",
        {QStringLiteral("t3/new/total=859"), QStringLiteral("t3/total/total=805"),
         QStringLiteral("t3/carried_over/total=18"), QStringLiteral("t3/carry_forward/total=72"),
         QStringLiteral("t4/review/total=7")},
        {});
    row("r028", "corpus/raw/r028.txt", "corpus/truth/r028.json", {QStringLiteral("t3/total/total=403")},
        {QStringLiteral("t3/total/total")});
    row("r031", "corpus/raw/r031.txt", "corpus/truth/r031.json", {QStringLiteral("t3/total/total=545")}, {});
}

void TestNarrativeFigures::realReports()
{
    QFETCH(QString, source);
    QFETCH(QString, truth);
    QFETCH(QStringList, figures);
    QFETCH(QStringList, contradicted);

    const QString data = QStringLiteral(GOVINFO_TEST_DATA "/");
    const QString text = readFile(data + source);
    QVERIFY2(!text.isEmpty(), qPrintable(source));
    Report report = reportFromTruth(data + truth);
    QVERIFY(report.isRecognised());
    // Table 2 opens with its 第二十条 header: the narrative ends there.
    report.figures = findNarrativeFigures(text, text.indexOf(s(u"第二十条")), report.format);
    QCOMPARE(describe(report.figures), figures);

    QStringList found;
    for (const Finding &finding : ReportChecker::checkReport(report)) {
        if (finding.checkId == u"text.table")
            found.append(finding.cells);
    }
    QCOMPARE(found, contradicted);
}

void TestNarrativeFigures::pre2019Reports_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("r010") << QStringLiteral("corpus/raw/r010.txt");
    QTest::newRow("r016") << QStringLiteral("corpus/raw/r016.txt");
    QTest::newRow("r020") << QStringLiteral("corpus/raw/r020.txt");
}

void TestNarrativeFigures::pre2019Reports()
{
    QFETCH(QString, source);
    const QString text = readFile(QStringLiteral(GOVINFO_TEST_DATA "/") + source);
    QVERIFY(!text.isEmpty());
    QVERIFY(findNarrativeFigures(text, -1, QStringLiteral("pre2019")).empty());
}

QTEST_APPLESS_MAIN(TestNarrativeFigures)
#include "test_narrativefigures.moc"
