// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/htmldocumentreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include "parser/htmlflattener.h"

class TestHtmlDocumentReader final : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
    void spansPointIntoTheSource_data();
    void spansPointIntoTheSource();
    void offsetsCoverEveryCharacter();
    void wordTableFromAWebsite();
    void declaredEncoding();
    void deepNestingIsRefused();
    void hugeSpansStayBounded();
};

namespace {

std::optional<SourceDocument> readHtml(const QString &html, QString *error = nullptr)
{
    QString ignored;
    return HtmlDocumentReader().read(html.toUtf8(), error ? error : &ignored);
}

} // namespace

void TestHtmlDocumentReader::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");

    QTest::newRow("paragraphs and br")
        << u"<p>一、总体情况</p><p>正文&nbsp;内容<br>第二行</p>"_qs << u"一、总体情况\n正文 内容\n第二行\n"_qs;
    QTest::newRow("white space collapses") << u"<p>  a \n\t b  </p>  <div> c </div>"_qs << u"a b\nc\n"_qs;
    QTest::newRow("CRLF in the source") << u"<p>a\r\nb</p>\r\n<p>c</p>"_qs << u"a b\nc\n"_qs;
    QTest::newRow("script and style dropped")
        << u"<html><head><title>标题</title><style>p{}</style></head><body><script>var x = '<p>';</script><div>文本</div></body></html>"_qs
        << u"文本\n"_qs;
    QTest::newRow("entities") << u"<p>A &amp; B &lt;C&gt; &#20013;&#x6587; &ldquo;引&rdquo; AT&T</p>"_qs
                              << u"A & B <C> 中文 “引” AT&T\n"_qs;
    QTest::newRow("rowspan and colspan")
        << u"<table><tr><td rowspan=\"2\">A</td><td colspan=\"2\">B</td></tr>"
           u"<tr><td>C</td><td>D</td></tr>"
           u"<tr><td>E</td><td>F<br>G</td><td><p>H</p><p>I</p></td></tr></table>"_qs
        << u"A\tB\t\n\tC\tD\nE\tF G\tH I\n"_qs;
    QTest::newRow("rowspan in the last column")
        << u"<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td>c</td></tr></table>"_qs
        << u"a\tb\nc\t\n"_qs;
    QTest::newRow("ragged rows are padded")
        << u"<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>"_qs
        << u"a\tb\tc\nd\t\t\n"_qs;
    QTest::newRow("blank cells are empty")
        << u"<table><tr><th> 总计 </th><td><p align=center>&nbsp;</p></td><td>\n</td><td>5</td></tr></table>"_qs
        << u"总计\t\t\t5\n"_qs;
    QTest::newRow("text around a table")
        << u"<p>前</p><table><caption>表一</caption><tbody><tr><td>x</td></tr></tbody></table>后"_qs
        << u"前\n表一\nx\n后\n"_qs;
    QTest::newRow("nested table inside a cell")
        << u"<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td><td>d</td></tr></table>"_qs
        << u"a b c\td\n"_qs;
    QTest::newRow("pre inside a cell stays on its row")
        << u"<table><tr><td><pre>a\nb</pre></td><td>c</td></tr></table>"_qs << u"a b\tc\n"_qs;
    QTest::newRow("preformatted") << u"<pre>\na\tb\n c</pre><p>d</p>"_qs << u"a\tb\n c\nd\n"_qs;
    QTest::newRow("fragment without html or body") << u"一、总体情况<br/>二、主动公开"_qs
                                                   << u"一、总体情况\n二、主动公开\n"_qs;
}

void TestHtmlDocumentReader::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QString error;
    const auto document = readHtml(html, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->kind, u"html"_qs);
    QCOMPARE(document->decoded, html);
    QCOMPARE(document->plain.text, plain);
}

void TestHtmlDocumentReader::spansPointIntoTheSource_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("needle");     ///< text as it appears in the plain text
    QTest::addColumn<QString>("sourceText"); ///< the same text as written in the HTML

    // Characters of one, three and four UTF-8 bytes before the needle, so that
    // byte offsets and UTF-16 offsets differ in every way.
    const QString table = u"<p>表𠀀 x</p>\r\n<table border=1><tr><td colspan=3 rowspan=2>（本列数据的勾稽关系）</td>"
                          u"<td>自然人</td><td>社会公益组织</td></tr>\r\n"
                          u"<tr><td>一、本年新收政府信息公开申请数量</td><td>&nbsp;</td><td><p align=\"center\">821</p></td></tr>"
                          u"<tr><td>A&amp;B</td><td>行政&nbsp;许可</td></tr></table>"_qs;
    QTest::newRow("label") << table << u"一、本年新收政府信息公开申请数量"_qs
                           << u"一、本年新收政府信息公开申请数量"_qs;
    QTest::newRow("number") << table << u"821"_qs << u"821"_qs;
    QTest::newRow("after an astral character") << table << u"社会公益组织"_qs << u"社会公益组织"_qs;
    QTest::newRow("entity") << table << u"A&B"_qs << u"A&amp;B"_qs;
    QTest::newRow("nbsp") << table << u"行政 许可"_qs << u"行政&nbsp;许可"_qs;
    QTest::newRow("paragraph") << table << u"表𠀀 x"_qs << u"表𠀀 x"_qs;
    // What the parser changes inside one text node must not shift what follows.
    QTest::newRow("after a stray end tag") << u"<p>前文</span>后文</p>"_qs << u"后文"_qs << u"后文"_qs;
    QTest::newRow("after an entity prefix") << u"<p>&notit; 规章</p>"_qs << u"规章"_qs << u"规章"_qs;
    QTest::newRow("tags inside textarea") << u"<textarea><td>&amp;x</textarea>"_qs << u"<td>&x"_qs
                                          << u"<td>&amp;x"_qs;
    QTest::newRow("after CR LF") << u"<p>一\r\n二\r三</p>"_qs << u"三"_qs << u"三"_qs;
}

void TestHtmlDocumentReader::spansPointIntoTheSource()
{
    QFETCH(QString, html);
    QFETCH(QString, needle);
    QFETCH(QString, sourceText);
    const auto document = readHtml(html);
    QVERIFY(document);
    const PlainText &plain = document->plain;
    const qsizetype at = plain.text.indexOf(needle);
    QVERIFY2(at >= 0, qPrintable(plain.text));
    const SourceSpan span = plain.toSource(at, needle.size());
    QCOMPARE(span.offset, html.indexOf(sourceText));
    QCOMPARE(span.length, sourceText.size());
    QCOMPARE(document->decoded.mid(span.offset, span.length), sourceText);
}

void TestHtmlDocumentReader::offsetsCoverEveryCharacter()
{
    QFile file(QStringLiteral(GOVINFO_TEST_DATA "/corpus/raw/r012.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto document = HtmlDocumentReader().read(file.readAll(), &error);
    QVERIFY2(document, qPrintable(error));
    const PlainText &plain = document->plain;
    QCOMPARE(qsizetype(plain.sourceOffsets.size()), plain.text.size());
    qsizetype previous = 0;
    for (std::size_t i = 0; i < plain.sourceOffsets.size(); ++i) {
        const qsizetype offset = plain.sourceOffsets[i];
        QVERIFY(offset >= 0 && offset < document->decoded.size());
        // A well-formed page is written in source order.
        QVERIFY2(offset >= previous, qPrintable(QString::number(i)));
        previous = offset;
        // Every real character maps to itself (or to the entity that wrote it).
        const QChar c = plain.text[qsizetype(i)];
        if (c != u'\n' && c != u'\t' && c != u' ') {
            const QChar source = document->decoded[offset];
            QVERIFY2(source == c || source == u'&', qPrintable(QString::number(i)));
        }
    }
}

void TestHtmlDocumentReader::wordTableFromAWebsite()
{
    QFile file(QStringLiteral(GOVINFO_TEST_DATA "/corpus/raw/r012.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QString error;
    const auto document = HtmlDocumentReader().read(bytes, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->encoding, u"UTF-8"_qs);
    QCOMPARE(document->decoded, QString::fromUtf8(bytes));

    const QStringList lines = document->plain.text.split(u'\n');
    auto lineWith = [&lines](const QString &text) {
        for (const QString &line : lines) {
            if (line.contains(text))
                return line;
        }
        return QString();
    };
    QVERIFY(lines.contains(u"一、总体情况"_qs));

    // colspan=3 on the label: two empty cells, then the seven applicant columns.
    QCOMPARE(lineWith(u"一、本年新收政府信息公开申请数量"_qs).split(u'\t'),
             (QStringList{u"一、本年新收政府信息公开申请数量"_qs, {}, {}, u"821"_qs, u"35"_qs, {}, {},
                          u"2"_qs, u"1"_qs, u"859"_qs}));
    // rowspan=20 on 三、本年度办理结果: it opens the first row, the next rows start empty.
    QCOMPARE(lineWith(u"（一）予以公开"_qs).split(u'\t').mid(0, 5),
             (QStringList{u"三、本年度办理结果"_qs, u"（一）予以公开"_qs, {}, u"258"_qs, u"12"_qs}));
    QVERIFY(lineWith(u"（二）部分公开"_qs).startsWith(u"\t（二）部分公开"_qs));
    // rowspan=8 on （三）不予公开 inside the rowspan=20.
    QVERIFY(lineWith(u"2.其他法律行政法规禁止公开"_qs).startsWith(u"\t\t2.其他法律行政法规禁止公开\t"_qs));
    // Table 2: colspan=2 on the first value; the grid is five columns wide throughout.
    QCOMPARE(lineWith(u"行政许可"_qs).split(u'\t'),
             (QStringList{u"行政许可"_qs, u"0"_qs, {}, u"0"_qs, u"0"_qs}));
    QCOMPARE(lineWith(u"政府集中采购"_qs).split(u'\t'),
             (QStringList{u"政府集中采购"_qs, u"6"_qs, {}, u"251000元"_qs, {}}));
    QVERIFY(lineWith(u"本年新"_qs).contains(u"本年新 制作数量"_qs)); // <br> inside a cell is a space
}

void TestHtmlDocumentReader::declaredEncoding()
{
    const QString html = u"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                         u"<body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>13</td></tr></table></body></html>"_qs;
    QStringEncoder encoder("GB18030");
    QString error;
    const auto document = HtmlDocumentReader().read(encoder.encode(html), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->encoding, u"GB18030"_qs);
    QCOMPARE(document->decoded, html);
    QCOMPARE(document->plain.text, u"二、主动公开政府信息情况\n规章\t13\n"_qs);
    const qsizetype at = document->plain.text.indexOf(u"13"_qs);
    QCOMPARE(document->plain.toSource(at, 2).offset, html.indexOf(u">13<"_qs) + 1);
}

void TestHtmlDocumentReader::deepNestingIsRefused()
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!readHtml(u"<div>"_qs.repeated(200000) + u"x"_qs, &error));
    QVERIFY2(error.contains(u"nested"_qs), qPrintable(error));
    QVERIFY(!readHtml(u"<span><font>"_qs.repeated(1000000), &error));
    QVERIFY(!readHtml(u"<table><tr><td>"_qs.repeated(100000), &error));
    QVERIFY(!readHtml(u"<div/>"_qs.repeated(100000), &error));

    // Unclosed elements that HTML closes by itself do not count.
    const auto sloppy = readHtml(u"<p>段落<li>项目<td>格"_qs.repeated(20000), &error);
    QVERIFY2(sloppy, qPrintable(error));
    // Closed elements do not count either, however many there are.
    QVERIFY(readHtml(u"<div><span>文本</span></div>"_qs.repeated(100000)));
    QVERIFY(timer.elapsed() < 30000);
}

void TestHtmlDocumentReader::hugeSpansStayBounded()
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto document = readHtml(u"<table>"_qs + u"<tr><td colspan=1000 rowspan=65534>x</td></tr>"_qs.repeated(20000)
                                       + u"</table>"_qs,
                                   &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->plain.text.count(u'x'), 20000);
    QVERIFY(document->plain.text.size() < 20'000'000);
    QVERIFY(timer.elapsed() < 30000);
}

QTEST_APPLESS_MAIN(TestHtmlDocumentReader)
#include "test_htmldocumentreader.moc"
