// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/reportchecker.h"
#include "models/reportschema.h"
#include "parser/documentreader.h"
#include "parser/cellsolver.h"
#include "parser/htmldocumentreader.h"
#include "parser/reportparser.h"
#include "parser/tableextractor.h"
#include "parser/textdocumentreader.h"

#include <QDir>
#include <QSet>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every cell of the real reports against their hand-read truth files.
class TestExtraction final : public QObject
{
    Q_OBJECT

private slots:
    void report_data();
    void report();
    void corpusScore();
    void htmlGrid_data();
    void htmlGrid();
    void rowsByLine_data();
    void rowsByLine();
    void cellPerLine_data();
    void cellPerLine();
    void sections_data();
    void sections();
    void yearWithoutTitle_data();
    void yearWithoutTitle();
    void jointSearchPastSourceError();
    void table2RowEnds_data();
    void table2RowEnds();
    void gluedAtSigns();
    void gluedLongerThanANumber();
    void agreedCellOfAmbiguousRow();
    void shortRowBlankAtBothEnds();
    void invalidNumbers();
    void solverBudget();
    void solverBudgetLeavesPlainRows();
    void solverBudgetOnFuzzInputs();
    void jointSearchOfIndependentGroups();
};

namespace {

// A row's values as "1|0|_" (_ = no value).
QString rowValues(const Report &report, const QString &row)
{
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    if (!schema)
        return QString();
    QStringList values;
    for (int i = 0; i < schema->cellCount(); ++i) {
        if (schema->address(i).key().startsWith(row + u'/')) {
            const Cell &cell = report.cells[std::size_t(i)];
            values.append(cell.value ? cell.value->toString() : QStringLiteral("_"));
        }
    }
    return values.join(u'|');
}

Report parseText(const QString &text, const QString &kind)
{
    SourceDocument document;
    document.decoded = text;
    document.kind = kind;
    document.plain.text = text;
    return parseReport(document, u"report.txt"_qs);
}

Report parseHtml(const QByteArray &html, const QString &fileName)
{
    QString error;
    const std::optional<SourceDocument> document = HtmlDocumentReader().read(html, &error);
    return document ? parseReport(*document, fileName) : Report();
}

Report parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (path.endsWith(u".html"))
        return parseHtml(file.readAll(), QFileInfo(path).fileName());
    SourceDocument document;
    document.decoded = QString::fromUtf8(file.readAll());
    document.encoding = QStringLiteral("UTF-8");
    document.kind = path.endsWith(u".md") ? QStringLiteral("markdown") : QStringLiteral("text");
    document.plain.text = document.decoded;
    return parseReport(document, QFileInfo(path).fileName());
}

} // namespace

void TestExtraction::report_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("truth");
    const QString data = QStringLiteral(GOVINFO_TEST_DATA);
    for (const QString &folder : {QStringLiteral("seeds:truth"), QStringLiteral("corpus/raw:corpus/truth"),
                                  QStringLiteral("corpus/scrambled/raw:corpus/scrambled/truth")}) {
        const QString raw = data + u'/' + folder.section(u':', 0, 0);
        const QString truth = data + u'/' + folder.section(u':', 1, 1);
        for (const QFileInfo &info : QDir(raw).entryInfoList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(info.fileName()))
                << info.filePath() << truth + u'/' + info.completeBaseName() + u".json";
        }
    }
}

void TestExtraction::report()
{
    QFETCH(QString, source);
    QFETCH(QString, truth);
    QFile truthFile(truth);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(truthFile.readAll()).object();
    const Report report = parseFile(source);
    QCOMPARE(report.format, expected.value(u"format").toString());
    QCOMPARE(report.year, expected.value(u"year").toInt());
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    if (!schema)
        return;
    const QStringList mustFlag = expected.value(u"must_flag").toVariant().toStringList();
    const QJsonObject cells = expected.value(u"cells").toObject();
    QStringList wrong;
    for (int i = 0; i < schema->cellCount(); ++i) {
        const CellAddress &address = schema->address(i);
        const QJsonValue want = cells.value(address.table).toObject().value(address.row).toObject().value(address.column);
        const Cell &cell = report.cells[std::size_t(i)];
        const QString got = cell.value ? cell.value->toString() : QString();
        const QString wantText = want.isNull() ? QString() : Decimal::fromString(QString::number(want.toDouble(), 'f', 6))->toString();
        if (got == wantText)
            continue;
        if (mustFlag.contains(address.key()) && cell.status == CellStatus::Ambiguous)
            continue;
        wrong.append(address.key() + u": want " + wantText + u" got " + got + u" [" + cellStatusName(cell.status)
                     + u' ' + cell.raw + u' ' + cell.candidates.join(u';') + u']');
    }
    if (!source.contains(u"/seeds/"))
        return; // the corpus is scored as a whole in corpusScore()
    if (!wrong.isEmpty())
        qWarning().noquote() << wrong.join(u'\n');
    QCOMPARE(wrong.size(), 0);
}

// The development corpus: at least 98% of cells right, and no wrong value that no
// finding points at (a silent error), every format and year right.
void TestExtraction::corpusScore()
{
    // The scrambled corpus (PDF text that lost its reading order) counts for silence only.
    const QString corpus = QStringLiteral(GOVINFO_TEST_DATA) + u"/corpus";
    int cellsTotal = 0, correct = 0, silent = 0;
    QStringList silentCells;
    QFileInfoList files = QDir(corpus + u"/raw").entryInfoList(QDir::Files, QDir::Name);
    files += QDir(corpus + u"/scrambled/raw").entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &info : std::as_const(files)) {
        const bool scrambled = info.path().contains(u"/scrambled/");
        const QString data = scrambled ? corpus + u"/scrambled" : corpus;
        QFile truthFile(data + u"/truth/" + info.completeBaseName() + u".json");
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(truthFile.readAll()).object();
        const Report report = parseFile(info.filePath());
        QCOMPARE(report.format, expected.value(u"format").toString());
        QCOMPARE(report.year, expected.value(u"year").toInt());
        const FormatSchema *schema = ReportSchema::instance().format(report.format);
        if (!schema)
            continue;
        QSet<QString> flagged;
        for (const Finding &finding : ReportChecker::checkReport(report)) {
            for (const QString &cell : finding.cells)
                flagged.insert(cell);
        }
        const QStringList mustFlag = expected.value(u"must_flag").toVariant().toStringList();
        const QJsonObject cells = expected.value(u"cells").toObject();
        for (int i = 0; i < schema->cellCount(); ++i) {
            const CellAddress &address = schema->address(i);
            const QJsonValue want = cells.value(address.table).toObject().value(address.row).toObject().value(address.column);
            const Cell &cell = report.cells[std::size_t(i)];
            const std::optional<Decimal> wantValue = want.isNull()
                ? std::nullopt : Decimal::fromString(QString::number(want.toDouble(), 'f', 6));
            cellsTotal += !scrambled;
            const bool isFlagged = flagged.contains(address.key());
            if (cell.value == wantValue || (mustFlag.contains(address.key()) && isFlagged)) {
                correct += !scrambled;
            } else if (cell.value && !isFlagged) {
                ++silent;
                silentCells.append(info.fileName() + u": " + address.key());
            }
        }
    }
    const double accuracy = 100.0 * correct / std::max(1, cellsTotal);
    qInfo("corpus: %d cells, %d correct (%.2f%%), %d silent", cellsTotal, correct, accuracy, silent);
    if (!silentCells.isEmpty())
        qWarning().noquote() << silentCells.join(u'\n');
    QCOMPARE(silent, 0);
    QVERIFY2(accuracy >= 98.0, qPrintable(QString::number(accuracy, 'f', 2)));
}

// An HTML table is a grid: a cell spanning columns is one cell, an empty cell (the last one
// of a row too) is a blank cell, and the values of a row end at the table's right edge.
void TestExtraction::htmlGrid_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("values");

    const QString labels = u"<tr><td colspan=3 rowspan=2>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
                           u"<td colspan=7>申请人情况</td></tr>"
                           u"<tr><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td>"
                           u"<td>其他</td><td>总计</td></tr>"_qs;
    QTest::newRow("blank last cell after a rowspan and a colspan")
        << labels + u"<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>821</td><td>35</td><td></td><td></td>"
                    u"<td>2</td><td>1</td><td>859</td></tr>"
                    u"<tr><td rowspan=3>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>258</td><td>12</td>"
                    u"<td>&nbsp;</td><td>&nbsp;</td><td>1</td><td>1</td><td>&nbsp;</td></tr>"
                    u"<tr><td colspan=2>（二）部分公开</td><td>3</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>"_qs
        << u"t3/granted"_qs << u"258|12|_|_|1|1|_"_qs;
    QTest::newRow("row under a rowspan label")
        << labels + u"<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>821</td><td>35</td><td></td><td></td>"
                    u"<td>2</td><td>1</td><td>859</td></tr>"
                    u"<tr><td rowspan=3>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>258</td><td>12</td>"
                    u"<td>&nbsp;</td><td>&nbsp;</td><td>1</td><td>1</td><td>&nbsp;</td></tr>"
                    u"<tr><td colspan=2>（二）部分公开</td><td>3</td><td></td><td></td><td></td><td></td><td></td><td>4</td></tr>"_qs
        << u"t3/partial"_qs << u"3|_|_|_|_|_|4"_qs;
    QTest::newRow("blank cells at the end of the table's last row")
        << labels + u"<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>821</td><td>35</td><td></td><td></td>"
                    u"<td>2</td><td>1</td><td>859</td></tr>"
                    u"<tr><td colspan=3>四、结转下年度继续办理</td><td>72</td><td></td><td></td><td></td><td></td>"
                    u"<td></td><td>&nbsp;</td></tr>"_qs
        << u"t3/carry_forward"_qs << u"72|_|_|_|_|_|_"_qs;
    // A value spanning two rows leaves the second row a cell short: nothing there is guessed,
    // and a grid cell is never glued digits ("10" is not 1|0).
    QTest::newRow("value spanning two rows")
        << labels + u"<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>821</td><td>35</td><td></td><td></td>"
                    u"<td>2</td><td>1</td><td>859</td></tr>"
                    u"<tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td rowspan=2>10</td><td>0</td>"
                    u"<td>0</td><td>0</td><td>0</td><td>0</td><td>10</td></tr>"
                    u"<tr><td colspan=2>（二）部分公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"_qs
        << u"t3/partial"_qs << u"_|_|_|_|_|_|_"_qs;
    const QString t2 = u"<tr><td colspan=5>第二十条第（一）项</td></tr>"
                       u"<tr><td>信息内容</td><td>本年新制作数量</td><td colspan=2>本年新公开数量</td><td>对外公开总数量</td></tr>"_qs;
    QTest::newRow("value spanning two columns")
        << t2 + u"<tr><td>规章</td><td>13</td><td colspan=2>12</td><td>524</td></tr>"_qs << u"t2/rules"_qs
        << u"13|12|524"_qs;
    QTest::newRow("value spanning two columns, the header's span elsewhere")
        << t2 + u"<tr><td colspan=5>第二十条第（五）项</td></tr>"
                u"<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=2>本年增/减</td><td>处理决定数量</td></tr>"
                u"<tr><td>行政许可</td><td colspan=2>7</td><td>-1</td><td>30</td></tr>"_qs
        << u"t2/licensing"_qs << u"7|-1|30"_qs;
    QTest::newRow("blank last cell of table 2")
        << t2 + u"<tr><td>规章</td><td>13</td><td colspan=2>12</td><td></td></tr>"_qs << u"t2/rules"_qs
        << u"13|12|_"_qs;
}

void TestExtraction::htmlGrid()
{
    QFETCH(QString, rows);
    QFETCH(QString, row);
    QFETCH(QString, values);
    const QString html = u"<p>2019年度政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"_qs
        + (row.startsWith(u"t2") ? rows : QString()) + u"</table><p>三、收到和处理政府信息公开申请情况</p><table>"_qs
        + (row.startsWith(u"t3") ? rows : QString()) + u"</table><p>五、存在的主要问题及改进情况</p>"_qs;
    const Report report = parseHtml(html.toUtf8(), u"grid.html"_qs);
    QCOMPARE(rowValues(report, row), values);
}

namespace {

// A 2021 table 3 as a PDF-to-markdown conversion leaves it: every row one pipe line of seven
// values in table order, but only some lines carry their label, others stand on loose lines
// elsewhere, and a stray number sits between the fragments. Row k holds k+1 for natural persons.
QString fragmentedTable3(const QString &firstLabel)
{
    QString text = u"2024年政府信息公开工作年度报告\n二、收到和处理政府信息公开申请情况\n申请人情况\n"_qs;
    const QHash<int, QString> labels{{0, firstLabel}, {1, u"二、上年结转政府信息公开申请数量"_qs},
                                     {2, u"（一）予以公开"_qs}, {23, u"（七）总计"_qs}};
    for (int k = 0; k < 25; ++k) {
        if (k == 4)
            text += u"（二）部分公开\n1.申请人无正当理由逾\n期不补正\n7\n"_qs;
        text += u"| "_qs + labels.value(k) + u" | "_qs + QString::number(k + 1) + u" | 0 | 0 | 0 | 0 | 0 | "_qs
            + QString::number(k + 1) + u" |\n|---|---|---|---|---|---|---|---|\n"_qs;
    }
    return text;
}

} // namespace

void TestExtraction::rowsByLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("values");

    const QString table = fragmentedTable3(u"一、本年新收政府信息公开申请数量"_qs);
    QTest::newRow("labelled line") << table << u"t3/granted"_qs << u"3|0|0|0|0|0|3"_qs;
    QTest::newRow("line without label") << table << u"t3/partial"_qs << u"4|0|0|0|0|0|4"_qs;
    QTest::newRow("line after the stray number") << table << u"t3/denied_law"_qs << u"6|0|0|0|0|0|6"_qs;
    QTest::newRow("last line") << table << u"t3/carry_forward"_qs << u"25|0|0|0|0|0|25"_qs;
    // A label on the wrong line: the lines are not the rows, nothing is placed by their order.
    QTest::newRow("label on the wrong line")
        << fragmentedTable3(u"（一）予以公开"_qs) << u"t3/partial"_qs << u"_|_|_|_|_|_|_"_qs;
    QTest::newRow("table 4 line between prose with numbers")
        << table + u"三、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n结果维持结果纠正其他结果尚未审结总计\n"
                   u"| 1 | 0 | 0 | 2 | 3 | 0 | 0 | 0 | 0 | 0 | 4 | 0 | 0 | 0 | 4 |\n"
                   u"（一）主要问题\n2024 年机构改革，3 个栏目调整。\n"_qs
        << u"t4/review"_qs << u"1|0|0|2|3"_qs;
}

void TestExtraction::rowsByLine()
{
    QFETCH(QString, text);
    QFETCH(QString, row);
    QFETCH(QString, values);
    const Report report = parseText(text, QStringLiteral("markdown"));
    QCOMPARE(report.format, u"2021"_qs);
    QCOMPARE(rowValues(report, row), values);
}

// One cell per line: lines separate the cells, so a lone number is one cell or a run of
// equal cells the site collapsed, never glued digits; glued digits keep their candidates.
void TestExtraction::cellPerLine_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("values");

    const QString cellPerLine = u"第二十条第\n(一)项\n信息内容\n本年新\n制作数量\n本年\n新公开\n数量\n对外\n公开总数量\n"
                                u"规章\n0\n规范性文件\n1810\n第二十条第\n(\n五\n)\n项\n信息内容\n"
                                u"上一年项目数量\n本年增/减\n处理\n决定数量\n行政许可\n2876\n-3\n123291\n"
                                u"其他对外管理服务事项\n5408\n835562\n"_qs;
    QTest::newRow("a run of equal cells") << cellPerLine << u"t2/normative"_qs << u"1810|1810|1810"_qs;
    QTest::newRow("every cell on its line") << cellPerLine << u"t2/licensing"_qs << u"2876|-3|123291"_qs;
    // Either neighbour may have been collapsed: only the outer cells are sure.
    QTest::newRow("one cell short") << cellPerLine << u"t2/services"_qs << u"5408|_|835562"_qs;
    // A report's own sub-table without the 本年增/减 column: the values are the named columns'.
    const QString ownColumns = u"第二十条第（一）项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n0\n"
                               u"规范性文件\n12\n第二十条第（五）项\n信息内容\n2019年\n项目数量\n处理\n决定数量\n"
                               u"行政许可\n2876\n123291\n第二十条第（八）项\n信息内容\n2019年项目数量\n"
                               u"行政事业性收费\n168\n"_qs;
    QTest::newRow("no change column") << ownColumns << u"t2/licensing"_qs << u"2876|_|123291"_qs;
    QTest::newRow("only an item count") << ownColumns << u"t2/fees"_qs << u"168|_"_qs;
    const QString glued = u"第二十条第（一）项\n信息内容本年新制作数量本年新公开数量对外公开总数量\n规章\n000\n"
                          u"规范性文件\n898989\n"_qs;
    QTest::newRow("glued zeros on their own line") << glued << u"t2/rules"_qs << u"0|0|0"_qs;
    QTest::newRow("glued digits on their own line") << glued << u"t2/normative"_qs << u"_|_|_"_qs;
}

void TestExtraction::cellPerLine()
{
    QFETCH(QString, table);
    QFETCH(QString, row);
    QFETCH(QString, values);
    const Report report = parseText(u"2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"_qs + table
                                        + u"三、收到和处理政府信息公开申请情况\n申请人情况\n五、存在的主要问题及改进情况\n"_qs,
                                    QStringLiteral("text"));
    QCOMPARE(report.format, u"2019"_qs);
    QCOMPARE(rowValues(report, row), values);
}

// Section headings as reports word them: the numbering is stable, the wording is not.
void TestExtraction::sections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("numbers");

    const QString one = u"2020年政府信息公开工作年度报告\n一、总体工作情况\n正文\n二、主动公开政府信息情况\n"
                        u"三、收到和处理政府信息公开申请情况\n"_qs;
    QTest::newRow("四 with 因…工作被申请复议")
        << one + u"四、因政府信息公开工作被申请复议、提起行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n"_qs
        << u"1 2 3 4 5 6"_qs;
    QTest::newRow("五 with 政府信息公开工作")
        << one + u"四、政府信息公开行政复议、行政诉讼情况\n五、政府信息公开工作存在的主要问题及改进情况\n六、其他需要报告的事项\n"_qs
        << u"1 2 3 4 5 6"_qs;
    QTest::newRow("四 with 因…申请行政复议…的情况")
        << one + u"四、因政府信息公开申请行政复议、提起行政诉讼的情况\n六、其他需要报告的事项\n"_qs << u"1 2 3 4 6"_qs;
    // Tables numbered again after the prose sections: the numeral does not decide the section.
    QTest::newRow("renumbered")
        << u"2024年政府信息公开工作年度报告\n一、总体情况\n二、工作机制保障\n一、主动公开政府信息情况\n"
           u"二、收到和处理政府信息公开申请情况\n三、政府信息公开行政复议、行政诉讼情况\n四、存在的主要问题及改进情况\n"
           u"五、其他需要报告的事项\n"_qs
        << u"1 2 3 4 5 6"_qs;
}

void TestExtraction::sections()
{
    QFETCH(QString, text);
    QFETCH(QString, numbers);
    const Report report = parseText(text, QStringLiteral("text"));
    QStringList found;
    for (const Section &section : report.sections)
        found.append(QString::number(section.number));
    QCOMPARE(found.join(u' '), numbers);
}

// A table-2 row's values end at the next row label or at the next sub-table, whichever
// comes first: in PDF reading order a value may precede its own label.
void TestExtraction::table2RowEnds_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("values");
    QTest::newRow("before the next sub-table") << u"t2/coercion"_qs << u"84"_qs;
    // PDF reading order: the value between the column heading and the label of a one-row sub-table.
    QTest::newRow("label after its value, alone in its sub-table") << u"t2/fees"_qs << u"7545"_qs;
    QTest::newRow("label, page number, heading, value") << u"t2/licensing"_qs << u"9487"_qs;
}

void TestExtraction::table2RowEnds()
{
    QFETCH(QString, row);
    QFETCH(QString, values);
    const Report report = parseText(
        u"2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n"
        u"本年废止件数\n现行有效件数\n规章\n0\n0\n0\n第二十条第（五）项\n信息内容\n行政许可\n-2-\n"
        u"本年处理决定数量\n9487\n第二十条第（六）项\n信息内容\n本年处理决定数量\n行政处罚\n2776\n行政强制\n84\n"
        u"第二十条第（八）项\n信息内容\n本年收费金额（单位：万元）\n7545\n行政事业性收费\n"
        u"三、收到和处理政府信息公开申请情况\n申请人情况\n五、存在的主要问题及改进情况\n"_qs,
        QStringLiteral("text"));
    QCOMPARE(report.format, u"2021"_qs);
    QCOMPARE(rowValues(report, row), values);
}

// Cells glued at a signed change ("30+2120"): the sign starts a cell, and its digits may hold more.
void TestExtraction::gluedAtSigns()
{
    const Report report = parseText(u"2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n"
                                     u"信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可30+2120\n"
                                     u"其他对外管理服务事项12-340\n三、收到和处理政府信息公开申请情况\n申请人情况\n"_qs,
                                     QStringLiteral("text"));
    const FormatSchema &schema = *ReportSchema::instance().format(report.format);
    const Cell &change = report.cells[std::size_t(schema.indexOf(u"t2/licensing/change"_qs))];
    QCOMPARE(change.status, CellStatus::Ambiguous);
    QCOMPARE(change.raw, u"30 +2120"_qs);
    QCOMPARE(change.candidates.mid(0, 3), (QStringList{u"30|2|120"_qs, u"30|21|20"_qs, u"30|212|0"_qs}));
    const Cell &services = report.cells[std::size_t(schema.indexOf(u"t2/services/change"_qs))];
    QCOMPARE(services.candidates.mid(0, 2), (QStringList{u"12|-3|40"_qs, u"12|-34|0"_qs}));
}

// A whole table 4 glued into one string of 26 digits, too long for any one number: split
// row by row under its row sums, the cells they settle inferred, the others ambiguous.
void TestExtraction::gluedLongerThanANumber()
{
    const Report report = parseText(
        u"2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n"
        u"四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉"
        u"复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
        u"72641783735113481261211620五、存在的主要问题及改进情况\n"_qs,
        QStringLiteral("text"));
    QCOMPARE(rowValues(report, u"t4/review"_qs), u"72|64|178|37|351"_qs);
    QCOMPARE(rowValues(report, u"t4/suit_direct"_qs), u"13|4|8|1|26"_qs);
    // 12|1|1|6 or 1|2|1|16 or …: only the total is certain.
    QCOMPARE(rowValues(report, u"t4/suit_after_review"_qs), u"_|_|_|_|20"_qs);
    const FormatSchema &schema = *ReportSchema::instance().format(report.format);
    QCOMPARE(report.cells[std::size_t(schema.indexOf(u"t4/review/other"_qs))].status, CellStatus::Inferred);
    QCOMPARE(report.cells[std::size_t(schema.indexOf(u"t4/suit_after_review/upheld"_qs))].status,
             CellStatus::Ambiguous);
}

// A row short of cells that several readings fit: the cell they all agree on (the first value
// always comes first) is inferred, not read, and so flagged; the others are ambiguous.
void TestExtraction::agreedCellOfAmbiguousRow()
{
    const Report report = parseText(
        u"2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n"
        u"一、本年新收政府信息公开申请数量 4 3 7\n五、存在的主要问题及改进情况\n"_qs,
        QStringLiteral("text"));
    const FormatSchema &schema = *ReportSchema::instance().format(report.format);
    const Cell &natural = report.cells[std::size_t(schema.indexOf(u"t3/new/natural"_qs))];
    QCOMPARE(natural.value, Decimal::fromString(u"4"));
    QCOMPARE(natural.status, CellStatus::Inferred);
    QVERIFY(natural.candidates.size() > 1);
    QCOMPARE(report.cells[std::size_t(schema.indexOf(u"t3/new/commercial"_qs))].status, CellStatus::Ambiguous);
}

// A tab row one cell short with a blank field at both ends (a 序号 column left empty, a trailing
// tab): either end may have lost the cell, so the row is not filled up with a blank from one of
// them. What the arithmetic then makes of it (glued "12" may be 1|2) is inferred or ambiguous.
void TestExtraction::shortRowBlankAtBothEnds()
{
    const Report report = parseText(
        u"2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n"
        u"四、政府信息公开行政复议、行政诉讼情况\n序号\t行政复议\t\t\t\t\t行政诉讼\n"
        u"\t1\t0\t2\t0\t3\t12\t0\t0\t0\t12\t0\t0\t0\t0\t\n五、存在的主要问题及改进情况\n"_qs,
        QStringLiteral("text"));
    const FormatSchema &schema = *ReportSchema::instance().format(report.format);
    for (int i = 0; i < schema.cellCount(); ++i) {
        if (schema.address(i).table != u"t4")
            continue;
        const CellStatus status = report.cells[std::size_t(i)].status;
        QVERIFY2(status == CellStatus::Inferred || status == CellStatus::Ambiguous,
                 qPrintable(schema.address(i).key() + u' ' + cellStatusName(status)));
    }
    QCOMPARE(rowValues(report, u"t4/suit_direct"_qs), u"_|_|_|_|_"_qs);
}

// A number of the wrong kind in a count column is invalid: no value, its text kept.
void TestExtraction::invalidNumbers()
{
    const QString text = u"2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n"
                   u"一、本年新收政府信息公开申请数量\t5\t2\t0\t1\t0\t0\t8\n"
                   u"（一）予以公开\t3\t1\t0\t0\t0\t0\t4.5\n"
                   u"（二）部分公开\t1\t0\t-1\t0\t0\t0\t1\n"_qs;
    const Report report = parseText(text, QStringLiteral("text"));
    const FormatSchema &schema = *ReportSchema::instance().format(report.format);
    for (const QString &key : {u"t3/granted/total"_qs, u"t3/partial/research"_qs}) {
        const Cell &cell = report.cells[std::size_t(schema.indexOf(key))];
        QCOMPARE(cell.status, CellStatus::Invalid);
        QVERIFY(!cell.value && !cell.extracted);
    }
    QCOMPARE(report.cells[std::size_t(schema.indexOf(u"t3/granted/total"_qs))].raw, u"4.5"_qs);
    QCOMPARE(report.cells[std::size_t(schema.indexOf(u"t3/partial/research"_qs))].raw, u"-1"_qs);
}

// Two glued rows that only the column sums can split, together: a row elsewhere whose own
// sum is wrong in the source (1 ≠ 5) does not stop the column sums from deciding them.
void TestExtraction::yearWithoutTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    // No title names the year: the one named most often, on a tie the one named first.
    QTest::newRow("most often")
        << u"一、总体情况\n2019年相比，2020年本机关主动公开信息。2020年共收到申请5件。\n"_qs << 2020;
    QTest::newRow("tie: first named")
        << u"一、总体情况\n2021年政府信息公开工作。2019年制定规章。2020年共收到申请5件。\n"_qs << 2021;
    QTest::newRow("tie: first named, later in the century")
        << u"一、总体情况\n2020年共收到申请。2021年工作计划。\n"_qs << 2020;
    QTest::newRow("none") << u"一、总体情况\n本机关主动公开信息。\n"_qs << 0;
}

void TestExtraction::yearWithoutTitle()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    // Ties were broken by a QHash, whose seed differs from one process to the next: the
    // tie cases failed in some runs of this test.
    QCOMPARE(parseText(text, u"text"_qs).year, year);
}

void TestExtraction::jointSearchPastSourceError()
{
    const FormatSchema &schema = *ReportSchema::instance().format(u"2019"_qs);
    CellSolver solver(schema);
    qsizetype pos = 0;
    auto row = [&](const QString &key, const QStringList &pieces) {
        std::vector<ValueToken> tokens;
        for (const QString &piece : pieces) {
            tokens.push_back(*ValueToken::fromPiece(piece, pos));
            pos += piece.size() + 1;
        }
        solver.addGroup(schema.rowCells(u"t3"_qs, key), std::move(tokens), false);
    };
    const QStringList zeros(7, u"0"_qs);
    for (const QString &key : schema.rows(u"t3"_qs)) {
        if (key == u"granted" || key == u"partial")
            row(key, {u"000011011"_qs}); // 0|0|0|0|1|10|11 or 0|0|0|0|11|0|11
        else if (key == u"denied_secret")
            row(key, u"1 0 0 0 0 0 5"_qs.split(u' '));
        else if (key == u"total")
            row(key, u"1 0 0 0 2 20 27"_qs.split(u' '));
        else if (key != u"new" && key != u"carried_over" && key != u"carry_forward")
            row(key, zeros);
    }
    std::vector<Cell> cells(std::size_t(schema.cellCount()));
    PlainText plain;
    plain.text = QString(pos, u' ');
    solver.solveInto(cells, plain);
    Report report;
    report.format = u"2019"_qs;
    report.cells = cells;
    QCOMPARE(rowValues(report, u"t3/granted"_qs), u"0|0|0|0|1|10|11"_qs);
    QCOMPARE(rowValues(report, u"t3/partial"_qs), u"0|0|0|0|1|10|11"_qs);
    QCOMPARE(cells[std::size_t(schema.indexOf(u"t3/granted/other"_qs))].status, CellStatus::Inferred);
}

namespace {

/// Tokens for CellSolver::addGroup, each after the last in a text of spaces.
std::vector<ValueToken> tokensOf(const QStringList &pieces, qsizetype &pos)
{
    std::vector<ValueToken> tokens;
    for (const QString &piece : pieces) {
        tokens.push_back(*ValueToken::fromPiece(piece, pos));
        pos += piece.size() + 1;
    }
    return tokens;
}

std::vector<int> tableCells(const FormatSchema &schema, const QString &table)
{
    std::vector<int> cells;
    for (const QString &row : schema.rows(table)) {
        const std::vector<int> rowCells = schema.rowCells(table, row);
        cells.insert(cells.end(), rowCells.begin(), rowCells.end());
    }
    return cells;
}

} // namespace

// A whole table 3 collapsed into ten 1s, runs allowed: every way to spread 154 cells over
// ten runs is a reading, far more than the budgets allow. The search stops within them and
// the group's cells are left ambiguous, listing its tokens: no value is guessed.
void TestExtraction::solverBudget()
{
    const FormatSchema &schema = *ReportSchema::instance().format(u"2021"_qs);
    CellSolver solver(schema);
    qsizetype pos = 0;
    const std::vector<int> t3 = tableCells(schema, u"t3"_qs);
    QVERIFY(t3.size() > 100);
    solver.addGroup(t3, tokensOf(QStringList(10, u"1"_qs), pos), true);
    std::vector<Cell> cells(std::size_t(schema.cellCount()));
    PlainText plain;
    plain.text = QString(pos, u' ');
    solver.solveInto(cells, plain);

    const CellSolver::Work &work = solver.work();
    QVERIFY(work.exhausted);
    QCOMPARE(work.unresolvedGroups, 1);
    QVERIFY(work.steps <= CellSolver::MaxGroupSteps);
    QVERIFY(work.readingCells <= CellSolver::MaxGroupReadingCells);
    for (int index : t3) {
        const Cell &cell = cells[std::size_t(index)];
        QCOMPARE(cell.status, CellStatus::Ambiguous);
        QVERIFY(!cell.value);
        QCOMPARE(cell.raw, u"1 1 1 1 1 1 1 1 1 1"_qs);
        QCOMPARE(cell.candidates, QStringList{cell.raw});
        QCOMPARE(cell.span, (SourceSpan{0, pos - 1}));
    }
}

// Garbled rows, however many, use at most half of the budget left each: a plain row after
// them is still read as written, and the steps spent never pass MaxSteps.
void TestExtraction::solverBudgetLeavesPlainRows()
{
    const FormatSchema &schema = *ReportSchema::instance().format(u"2021"_qs);
    CellSolver solver(schema);
    qsizetype pos = 0;
    const std::vector<int> t3 = tableCells(schema, u"t3"_qs);
    // Four garbled groups: table 3 cut in four, each collapsed to runs of 1s and 2s.
    const std::size_t quarter = t3.size() / 4;
    for (std::size_t q = 0; q < 4; ++q) {
        const std::vector<int> part(t3.begin() + qsizetype(q * quarter),
                                    q == 3 ? t3.end() : t3.begin() + qsizetype((q + 1) * quarter));
        solver.addGroup(part, tokensOf(u"1 2 1 2 1 2 1 2 1 2 1"_qs.split(u' '), pos), true);
    }
    const std::vector<int> review = schema.rowCells(u"t4"_qs, u"review"_qs);
    solver.addGroup(review, tokensOf(u"2 1 0 0 3"_qs.split(u' '), pos), false);
    std::vector<Cell> cells(std::size_t(schema.cellCount()));
    PlainText plain;
    plain.text = QString(pos, u' ');
    solver.solveInto(cells, plain);

    const CellSolver::Work &work = solver.work();
    QCOMPARE(work.unresolvedGroups, 4);
    QVERIFY(work.steps <= CellSolver::MaxSteps);
    for (int index : t3)
        QCOMPARE(cells[std::size_t(index)].status, CellStatus::Ambiguous);
    Report report;
    report.format = u"2021"_qs;
    report.cells = cells;
    QCOMPARE(rowValues(report, u"t4/review"_qs), u"2|1|0|0|3"_qs);
    for (int index : review)
        QCOMPARE(cells[std::size_t(index)].status, CellStatus::Ok);
}

// The fuzzer's inputs that took the solver up to a second and 440 MB (fuzz-regressions/
// cell-solver-too-many-readings-*): within the budgets now, what was given up noted.
void TestExtraction::solverBudgetOnFuzzInputs()
{
    const QDir folder(QStringLiteral(GOVINFO_TEST_DATA "/fuzz-regressions"));
    const QStringList names = folder.entryList({u"cell-solver-too-many-readings-*"_qs}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 6);
    // The cells of the group each one's search gave up on (119, 105, 35, 21, 98 and 91 cells),
    // and those of groups no reading fits at all (more tokens than cells: 7, 15 and 7).
    const QHash<QString, int> unresolvedCells{
        {u"cell-solver-too-many-readings-1"_qs, 119}, {u"cell-solver-too-many-readings-2"_qs, 105 + 7},
        {u"cell-solver-too-many-readings-3"_qs, 35 + 15}, {u"cell-solver-too-many-readings-4"_qs, 21},
        {u"cell-solver-too-many-readings-5"_qs, 98 + 7}, {u"cell-solver-too-many-readings-6"_qs, 91}};
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QCOMPARE(input.at(0), '\0'); // a .txt file (the fuzz target's first suffix)
        QString error;
        const std::optional<SourceDocument> document
            = TextDocumentReader(TextDocumentReader::Flavour::Text).read(input.mid(1), &error);
        QVERIFY2(document, qPrintable(error));
        const NormalizedText norm(document->plain.text);
        TableExtractor extractor(document->plain, norm, false);
        const TableExtractor::Result result = extractor.extract();
        const CellSolver::Work &work = result.solverWork;
        QVERIFY2(work.steps <= CellSolver::MaxSteps, qPrintable(name));
        QVERIFY2(work.readingCells <= CellSolver::MaxReadingCells, qPrintable(name));
        QVERIFY2(work.exhausted, qPrintable(name));
        QCOMPARE(work.unresolvedGroups, 1);
        QVERIFY2(result.notes.contains(u"cells-unresolved"_qs), qPrintable(name));
        // Cells no reading places: ambiguous with no value, the group's tokens as their only
        // candidate (a group that several readings fit lists the readings).
        const int unresolved = int(std::count_if(result.cells.begin(), result.cells.end(), [](const Cell &cell) {
            return cell.status == CellStatus::Ambiguous && !cell.value && !cell.raw.isEmpty()
                   && cell.candidates == QStringList{cell.raw};
        }));
        QCOMPARE(unresolved, unresolvedCells.value(name));
    }
}

// Open groups that no relation joins are searched apart: table 2 (no arithmetic) cut into
// eleven pairs of cells, each glued "1234" (1|234, 12|34 or 123|4), beside table 3's two
// glued rows that only the column sums decide. Together that is 3^11 × 2 × 2 = 708,588
// combinations, and more with every glued row; apart, the sum of each set's own.
void TestExtraction::jointSearchOfIndependentGroups()
{
    const FormatSchema &schema = *ReportSchema::instance().format(u"2019"_qs);
    CellSolver solver(schema);
    qsizetype pos = 0;
    const std::vector<int> t2 = tableCells(schema, u"t2"_qs);
    QCOMPARE(t2.size(), std::size_t(22));
    for (std::size_t i = 0; i < t2.size(); i += 2)
        solver.addGroup({t2[i], t2[i + 1]}, tokensOf({u"1234"_qs}, pos), false);
    const QStringList zeros(7, u"0"_qs);
    for (const QString &key : schema.rows(u"t3"_qs)) {
        if (key == u"granted" || key == u"partial")
            solver.addGroup(schema.rowCells(u"t3"_qs, key), tokensOf({u"000011011"_qs}, pos), false);
        else if (key == u"total")
            solver.addGroup(schema.rowCells(u"t3"_qs, key), tokensOf(u"0 0 0 0 2 20 22"_qs.split(u' '), pos), false);
        else if (key != u"new" && key != u"carried_over" && key != u"carry_forward")
            solver.addGroup(schema.rowCells(u"t3"_qs, key), tokensOf(zeros, pos), false);
    }
    std::vector<Cell> cells(std::size_t(schema.cellCount()));
    PlainText plain;
    plain.text = QString(pos, u' ');
    solver.solveInto(cells, plain);
    Report report;
    report.format = u"2019"_qs;
    report.cells = cells;
    QCOMPARE(rowValues(report, u"t3/granted"_qs), u"0|0|0|0|1|10|11"_qs);
    QCOMPARE(rowValues(report, u"t3/partial"_qs), u"0|0|0|0|1|10|11"_qs);
    QCOMPARE(cells[std::size_t(schema.indexOf(u"t3/granted/other"_qs))].status, CellStatus::Inferred);
    for (int index : t2) {
        QCOMPARE(cells[std::size_t(index)].status, CellStatus::Ambiguous);
        QCOMPARE(cells[std::size_t(index)].candidates, (QStringList{u"1|234"_qs, u"12|34"_qs, u"123|4"_qs}));
    }
    QVERIFY(!solver.work().exhausted);
    QVERIFY2(solver.work().steps < 5000, qPrintable(QString::number(solver.work().steps)));
}

QTEST_APPLESS_MAIN(TestExtraction)
#include "test_extraction.moc"
