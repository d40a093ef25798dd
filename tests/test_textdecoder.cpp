// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include "parser/textdocumentreader.h"

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decode_data();
    void decode();
    void declaredCharset_data();
    void declaredCharset();
    void textReaderKeepsOffsets();

private:
    QString m_seed;
};

namespace {

QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    // A character the encoding lacks would make the round trip fail for the wrong reason.
    return encoder.hasError() ? QByteArray() : bytes;
}

QByteArray encode(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

void TestTextDecoder::initTestCase()
{
    QFile file(QStringLiteral(GOVINFO_TEST_DATA "/seeds/000_fb8decbe9b2e9cc0.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_seed = QString::fromUtf8(file.readAll());
    QVERIFY(m_seed.size() > 1000);
    QVERIFY(m_seed.contains(u"信息公开"_qs)); // as every report: the GB18030 rows take the decoder's quick way
    QVERIFY(!encode("GBK", m_seed).isEmpty());
}

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("text");     ///< expected text, when it decodes
    QTest::addColumn<QString>("encoding"); ///< expected encoding, when it decodes
    QTest::addColumn<QString>("error");    ///< a part of the expected message, when it does not

    const QString none;
    const QByteArray utf8 = m_seed.toUtf8();
    QTest::newRow("UTF-8") << utf8 << false << m_seed << u"UTF-8"_qs << none;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << false << m_seed << u"UTF-8"_qs << none;
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE" + encode(QStringConverter::Utf16LE, m_seed))
                                       << false << m_seed << u"UTF-16LE"_qs << none;
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF" + encode(QStringConverter::Utf16BE, m_seed))
                                       << false << m_seed << u"UTF-16BE"_qs << none;
    QTest::newRow("UTF-16LE without BOM") << encode(QStringConverter::Utf16LE, m_seed) << false << m_seed
                                          << u"UTF-16LE"_qs << none;
    QTest::newRow("GB18030") << encode("GB18030", m_seed) << false << m_seed << u"GB18030"_qs << none;
    QTest::newRow("GBK") << encode("GBK", m_seed) << false << m_seed << u"GB18030"_qs << none;
    // Without the words every report has (信息公开), ICU's statistics decide, with the same answer.
    const QString plainGb = QString(m_seed).replace(u"信息公开"_qs, u"信息发布"_qs);
    QTest::newRow("GB18030 without the report's words") << encode("GB18030", plainGb) << false << plainGb
                                                        << u"GB18030"_qs << none;
    const QString rare = u"𠀀 €"_qs + m_seed; // four-byte GB18030 sequences
    QTest::newRow("GB18030 beyond GBK") << encode("GB18030", rare) << false << rare << u"GB18030"_qs << none;
    const QString traditional = u"本年度報告根據《中華人民共和國政府資訊公開條例》的要求編製，全文包括總體情況、"
                                u"主動公開政府資訊情況、收到和處理政府資訊公開申請情況、政府資訊公開行政複議、"
                                u"行政訴訟情況、存在的主要問題及改進情況、其他需要報告的事項。本報告中所列數據的"
                                u"統計期限自一月一日起至十二月三十一日止。如對本報告有疑問，請與本機關聯繫。"_qs.repeated(3);
    QTest::newRow("Big5") << encode("Big5", traditional) << false << traditional << u"Big5"_qs << none;

    const QString lines = u"一、总体情况\r\n第二行\r\n\r\n"_qs;
    QTest::newRow("CRLF kept") << lines.toUtf8() << false << lines << u"UTF-8"_qs << none;
    const QString oldMac = u"一、总体情况\r第二行\r"_qs;
    QTest::newRow("CR kept") << oldMac.toUtf8() << false << oldMac << u"UTF-8"_qs << none;
    QTest::newRow("CRLF kept in GB18030") << encode("GB18030", lines + m_seed) << false << lines + m_seed
                                          << u"GB18030"_qs << none;
    QTest::newRow("ASCII") << QByteArray("2019\t0\t0\n") << false << u"2019\t0\t0\n"_qs << u"UTF-8"_qs << none;

    // One broken byte in a long UTF-8 file (a cut download) does not make it GB18030.
    const qsizetype cut = utf8.indexOf('\n', 500);
    const qsizetype cutAt = QString::fromUtf8(utf8.left(cut)).size();
    QTest::newRow("UTF-8 with one broken byte")
        << QByteArray(utf8.left(cut) + "\xFF" + utf8.mid(cut)) << false
        << QString(m_seed.left(cutAt) + QChar::ReplacementCharacter + m_seed.mid(cutAt)) << u"UTF-8"_qs << none;

    const QByteArray latin1Page("<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xE9 na\xEFve</body></html>");
    QTest::newRow("meta charset honoured") << latin1Page << true
                                           << u"<html><head><meta charset=\"iso-8859-1\"></head><body>café naïve</body></html>"_qs
                                           << u"ISO-8859-1"_qs << none;
    QTest::newRow("meta charset ignored in plain text") << latin1Page << false << none << none
                                                        << u"no supported encoding"_qs;
    const QString gbPage = u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>"_qs
        + m_seed.left(200) + u"</p>"_qs;
    QTest::newRow("meta http-equiv gb2312") << encode("GB18030", gbPage) << true << gbPage << u"GB18030"_qs
                                            << none;
    const QString stale = u"<meta charset=\"gbk\"><p>"_qs + m_seed.left(200) + u"</p>"_qs;
    QTest::newRow("valid UTF-8 beats a stale meta") << stale.toUtf8() << true << stale << u"UTF-8"_qs << none;

    QTest::newRow("neither UTF-8 nor GB18030") << QByteArray("abc \x80\x80 \xFF def") << false << none << none
                                               << u"no supported encoding"_qs;
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20);
    for (int i = 0; i < 2000; ++i)
        png.append(char((i * 37) % 256));
    QTest::newRow("binary with NUL bytes") << png << false << none << none << u"binary"_qs;
    QByteArray controls;
    for (int i = 0; i < 500; ++i)
        controls.append("ab\x01\x02\x03\x04\x05\x06\x07\x08");
    QTest::newRow("binary control characters") << controls << false << none << none << u"binary"_qs;
    QTest::newRow("empty") << QByteArray() << false << none << none << u"empty file"_qs;
    QTest::newRow("broken UTF-8 after a BOM") << QByteArray("\xEF\xBB\xBF\xFF\xFE\xFD abc") << false << none << none
                                              << u"byte order mark"_qs;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, html);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QString, error);

    QString message;
    const std::optional<DecodedText> decoded =
        TextDecoder::decode(bytes, &message, html ? TextDecoder::Hint::Html : TextDecoder::Hint::PlainText);
    if (!error.isEmpty()) {
        QVERIFY2(!decoded, qPrintable(decoded ? decoded->encoding : QString()));
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(decoded, qPrintable(message));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text.size(), text.size());
    QCOMPARE(decoded->text, text);
}

void TestTextDecoder::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"GB2312\">") << QByteArray("gb2312");
    QTest::newRow("unquoted") << QByteArray("<META CHARSET=utf-8>") << QByteArray("utf-8");
    QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\" />")
                                << QByteArray("gbk");
    QTest::newRow("spaces") << QByteArray("<meta content='text/html; charset = big5' http-equiv='content-type'>")
                            << QByteArray("big5");
    QTest::newRow("none") << QByteArray("<meta name=\"keywords\" content=\"charset\">") << QByteArray();
    QTest::newRow("beyond 4 KB") << QByteArray(QByteArray(5000, ' ') + "<meta charset=\"gbk\">") << QByteArray();
}

void TestTextDecoder::declaredCharset()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::declaredHtmlCharset(html), charset);
}

void TestTextDecoder::textReaderKeepsOffsets()
{
    const QString text = u"标题\r\n\r\n一、总体情况\r\n"_qs;
    QString error;
    const auto document = TextDocumentReader(TextDocumentReader::Flavour::Markdown).read(encode("GB18030", text), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->kind, u"markdown"_qs);
    QCOMPARE(document->encoding, u"GB18030"_qs);
    QCOMPARE(document->decoded, text);
    QCOMPARE(document->plain.text, text);
    QVERIFY(document->plain.sourceOffsets.empty());
    const qsizetype at = text.indexOf(u"总体"_qs);
    QCOMPARE(document->plain.toSource(at, 2), (SourceSpan{at, 2}));

    const auto plain = TextDocumentReader(TextDocumentReader::Flavour::Text).read(QByteArray("x"), &error);
    QVERIFY(plain);
    QCOMPARE(plain->kind, u"text"_qs);
    QVERIFY(!TextDocumentReader(TextDocumentReader::Flavour::Text).read(QByteArray(), &error));
    QVERIFY(error.contains(u"empty"_qs));
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "test_textdecoder.moc"
