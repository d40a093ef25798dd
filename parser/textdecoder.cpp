// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/textdecoder.h"

#include <algorithm>
#include <memory>
#include <utility>

#include <QByteArrayView>
#include <QStringDecoder>

#include <unicode/ucsdet.h>

namespace {

const QString Gb18030 = QStringLiteral("GB18030");
const QString Big5 = QStringLiteral("Big5");
const QString ReportWords = QStringLiteral("信息公开");

// A few broken bytes (a truncated download, one bad copy) should not cost the
// whole report; a share above this means the guess of encoding is wrong.
bool fewErrors(qsizetype errors, qsizetype characters)
{
    return errors == 0 || errors * 200 <= characters;
}

struct Attempt
{
    QString text;
    qsizetype errors = 0;
    QString encoding; ///< the converter's own name for what was used
};

Attempt decodeWith(QStringDecoder &decoder, QByteArrayView bytes)
{
    Attempt attempt;
    attempt.text = decoder.decode(bytes);
    // QStringDecoder only says whether something went wrong; the replacement
    // characters it wrote tell how much (a truncated last sequence writes none).
    if (decoder.hasError())
        attempt.errors = std::max<qsizetype>(1, attempt.text.count(QChar::ReplacementCharacter));
    return attempt;
}

Attempt decodeAs(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    Attempt attempt = decodeWith(decoder, bytes);
    // UTF-16/32 decoders drop an odd trailing byte silently.
    const bool wide = encoding != QStringConverter::Utf8;
    const qsizetype unit = (encoding == QStringConverter::Utf32LE || encoding == QStringConverter::Utf32BE) ? 4 : 2;
    if (wide && bytes.size() % unit != 0)
        ++attempt.errors;
    return attempt;
}

std::optional<Attempt> decodeAs(const QString &name, QByteArrayView bytes)
{
    QStringDecoder decoder(name.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    Attempt attempt = decodeWith(decoder, bytes);
    attempt.encoding = decoder.name() ? QString::fromLatin1(decoder.name()) : name;
    return attempt;
}

struct Utf8Scan
{
    qsizetype invalid = 0;   ///< bytes that start no valid sequence
    qsizetype multibyte = 0; ///< valid sequences of two to four bytes
};

// Strict RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        }
        bool valid = length > 0 && i + length <= n && p[i + 1] >= low && p[i + 1] <= high;
        for (int k = 2; valid && k < length; ++k)
            valid = (p[i + k] & 0xC0) == 0x80;
        if (valid) {
            ++scan.multibyte;
            i += length;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

// git's rule: a NUL early on means binary. A rare stray NUL later is tolerated.
bool hasNulBytes(QByteArrayView bytes)
{
    if (bytes.first(std::min<qsizetype>(bytes.size(), 8000)).contains('\0'))
        return true;
    return std::count(bytes.begin(), bytes.end(), '\0') * 1000 > bytes.size();
}

// Text written as UTF-16 without a BOM still has ASCII digits, spaces and
// line breaks, whose high byte is NUL: most NULs sit on one side of each
// pair. (Some on the other side too: 一 is U+4E00.) Binary data has NULs on both.
std::optional<QStringConverter::Encoding> utf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        even += bytes[i] == '\0';
        odd += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (pairs == 0)
        return std::nullopt;
    if (odd * 50 >= pairs && even * 2 <= odd)
        return QStringConverter::Utf16LE;
    if (even * 50 >= pairs && odd * 2 <= even)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

bool isJunkControl(char16_t c)
{
    switch (c) {
    case u'\t': case u'\n': case u'\v': case u'\f': case u'\r':
    case 0x1A: // DOS end-of-file mark
    case 0x1B: // escape, left in by some terminal copies
        return false;
    default:
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}

bool looksBinary(const QString &text)
{
    const qsizetype controls = std::count_if(text.cbegin(), text.cend(),
                                             [](QChar c) { return isJunkControl(c.unicode()); });
    return controls * 100 > text.size();
}

// Every Chinese label for the GB family decodes best as GB18030, its superset;
// pages labelled gb2312 routinely contain GBK characters.
QString canonicalCharset(const QByteArray &declared)
{
    static const QList<QByteArray> gbNames{"gb2312", "gbk", "x-gbk", "gb18030", "cp936",
                                           "windows-936", "gb_2312-80", "csgb2312", "chinese"};
    static const QList<QByteArray> big5Names{"big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5"};
    if (gbNames.contains(declared))
        return Gb18030;
    if (big5Names.contains(declared))
        return Big5;
    if (declared == "utf-8" || declared == "utf8")
        return QStringLiteral("UTF-8");
    // As in browsers: a page that really is UTF-16 has a BOM or NULs, so the label is wrong.
    if (declared.startsWith("utf-16"))
        return QString();
    return QString::fromLatin1(declared);
}

// ICU's guesses among the legacy encodings Chinese reports come in, best first.
QStringList detectChineseEncodings(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                             &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    // The recognisers look at statistics; the head of the file is plenty.
    const auto length = int32_t(std::min<qsizetype>(bytes.size(), 64 * 1024));
    ucsdet_setText(detector.get(), bytes.data(), length, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return {};
    QStringList names;
    for (int32_t i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &status));
        if (U_FAILURE(status))
            break;
        if ((name == Gb18030 || name == Big5) && ucsdet_getConfidence(matches[i], &status) >= 10)
            names.append(name);
    }
    return names;
}

struct Bom
{
    QByteArrayView mark;
    QStringConverter::Encoding encoding;
    const char16_t *name;
};

} // namespace

QByteArray TextDecoder::declaredHtmlCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype from = 0;
    while ((from = head.indexOf("<meta", from)) >= 0) {
        const qsizetype end = head.indexOf('>', from);
        const QByteArray tag = head.mid(from, end < 0 ? -1 : end - from);
        from += 5;
        // Covers both <meta charset="gbk"> and content="text/html; charset=gb2312".
        qsizetype i = tag.indexOf("charset");
        if (i < 0)
            continue;
        i += 7;
        auto skip = [&](auto predicate) {
            while (i < tag.size() && predicate(tag.at(i)))
                ++i;
        };
        skip([](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
        if (i >= tag.size() || tag.at(i) != '=')
            continue;
        ++i;
        skip([](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\''; });
        const qsizetype start = i;
        skip([](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':'
                || c == '.';
        });
        if (i > start)
            return tag.mid(start, i - start);
    }
    return QByteArray();
}

std::optional<DecodedText> TextDecoder::decode(const QByteArray &bytes, QString *error, Hint hint)
{
    auto fail = [error](const QString &reason) -> std::optional<DecodedText> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    auto accept = [&](Attempt attempt, const QString &encoding) -> std::optional<DecodedText> {
        if (looksBinary(attempt.text))
            return fail(tr("the file holds binary data, not text"));
        return DecodedText{std::move(attempt.text), encoding};
    };

    if (bytes.isEmpty())
        return fail(tr("empty file"));

    // UTF-32 first: its little-endian mark begins like UTF-16's.
    static const Bom boms[] = {
        {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, u"UTF-32LE"},
        {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, u"UTF-32BE"},
        {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, u"UTF-8"},
        {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, u"UTF-16LE"},
        {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, u"UTF-16BE"},
    };
    const QByteArrayView all(bytes);
    for (const Bom &bom : boms) {
        if (!all.startsWith(bom.mark))
            continue;
        const QString name = QString::fromUtf16(bom.name);
        Attempt attempt = decodeAs(bom.encoding, all.sliced(bom.mark.size()));
        if (!fewErrors(attempt.errors, attempt.text.size()))
            return fail(tr("the file starts with a %1 byte order mark but is not valid %1").arg(name));
        return accept(std::move(attempt), name);
    }

    if (const auto wide = utf16WithoutBom(all)) {
        Attempt attempt = decodeAs(*wide, all);
        if (fewErrors(attempt.errors, attempt.text.size()) && !looksBinary(attempt.text))
            return accept(std::move(attempt),
                          *wide == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                             : QStringLiteral("UTF-16BE"));
    }
    if (hasNulBytes(all))
        return fail(tr("the file holds binary data, not text"));

    // Valid UTF-8 with Chinese in it does not happen by accident in any
    // other encoding, so it wins over a (often stale) meta charset.
    const Utf8Scan utf8 = scanUtf8(all);
    if (utf8.invalid == 0 || utf8.invalid * 50 <= utf8.multibyte)
        return accept(decodeAs(QStringConverter::Utf8, all), QStringLiteral("UTF-8"));

    if (hint == Hint::Html) {
        const QString declared = canonicalCharset(declaredHtmlCharset(bytes));
        if (!declared.isEmpty()) {
            std::optional<Attempt> attempt = decodeAs(declared, all);
            if (attempt && fewErrors(attempt->errors, attempt->text.size()) && !looksBinary(attempt->text)) {
                const QString encoding = attempt->encoding;
                return accept(std::move(*attempt), encoding);
            }
        }
    }

    // Nearly every report that is not UTF-8 is GB18030. When its decoding has no error and
    // contains the words every such report has (信息公开: its title, its tables), the bytes
    // are GB18030: Big5 or other bytes would decode to those characters only by accident.
    // ICU's detection then is not needed; it runs every recogniser it has, single-byte
    // code pages too, and cost a twelfth of an import.
    std::optional<Attempt> gb18030 = decodeAs(Gb18030, all);
    if (gb18030 && gb18030->errors == 0 && gb18030->text.contains(ReportWords) && !looksBinary(gb18030->text))
        return accept(std::move(*gb18030), Gb18030);

    QStringList candidates = detectChineseEncodings(all);
    if (!candidates.contains(Gb18030))
        candidates.append(Gb18030);
    // A legacy decoder that yields control characters picked the wrong
    // encoding (Big5 maps 0x80 to U+0080): try the next one.
    for (const QString &name : std::as_const(candidates)) {
        std::optional<Attempt> attempt = name == Gb18030 ? std::exchange(gb18030, std::nullopt) : std::nullopt;
        if (!attempt)
            attempt = decodeAs(name, all);
        if (attempt && fewErrors(attempt->errors, attempt->text.size()) && !looksBinary(attempt->text))
            return accept(std::move(*attempt), name);
    }
    return fail(tr("the text is in no supported encoding (UTF-8, UTF-16, GB18030, Big5)"));
}
