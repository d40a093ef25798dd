// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/htmltextalignment.h"

#include <algorithm>
#include <utility>

#include <QList>

namespace {

/** A character reference ("&amp;", "&#8220;") at the start of a piece of HTML source. */
struct Reference
{
    qsizetype length = 0; ///< 0: not a reference
    QString expansion;    ///< empty when the name is not one we know
};

Reference parseReference(QStringView source)
{
    Reference reference;
    qsizetype i = 1;
    if (i < source.size() && source[i] == u'#') {
        ++i;
        const bool hex = i < source.size() && (source[i] == u'x' || source[i] == u'X');
        i += hex;
        const qsizetype digits = i;
        auto digitValue = [hex](char16_t c) {
            if (c >= u'0' && c <= u'9')
                return int(c - u'0');
            if (hex && c >= u'a' && c <= u'f')
                return int(c - u'a') + 10;
            if (hex && c >= u'A' && c <= u'F')
                return int(c - u'A') + 10;
            return -1;
        };
        char32_t code = 0;
        for (; i < source.size() && digitValue(source[i].unicode()) >= 0; ++i)
            code = std::min<char32_t>(code * (hex ? 16 : 10) + char32_t(digitValue(source[i].unicode())), 0x110000);
        if (i == digits)
            return reference;
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = QChar::ReplacementCharacter;
        reference.expansion = QString::fromUcs4(&code, 1);
    } else {
        // The longest entity name has 31 letters; longer runs are text.
        while (i < source.size() && i <= 32 && source[i].unicode() < 0x80 && source[i].isLetterOrNumber())
            ++i;
        if (i == 1)
            return reference;
        // The rest decode to one code point: the aligner takes one on trust.
        static const QList<std::pair<QStringView, char16_t>> known{
            {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''},
            {u"nbsp", u'\u00A0'}};
        const QStringView name = source.sliced(1, i - 1);
        for (const auto &[entity, character] : known) {
            if (name == entity)
                reference.expansion = QChar(character);
        }
    }
    if (i < source.size() && source[i] == u';')
        ++i;
    reference.length = i;
    return reference;
}

// The end of the tag at source[at] == '<' (quoted '>' skipped), or at when it
// is no tag: a letter, '/', '!' or '?' must follow, and a '>' within a few
// kilobytes (so that text full of '<' stays linear).
qsizetype markupEnd(QStringView source, qsizetype at)
{
    constexpr qsizetype LongestTag = 4096;
    if (at + 1 >= source.size())
        return at;
    const QChar first = source[at + 1];
    const bool markup = (first.unicode() < 0x80 && first.isLetter()) || first == u'/' || first == u'!' || first == u'?';
    if (!markup)
        return at;
    QChar quote;
    for (qsizetype i = at + 1; i < std::min(source.size(), at + LongestTag); ++i) {
        if (!quote.isNull()) {
            if (source[i] == quote)
                quote = QChar();
        } else if (source[i] == u'"' || source[i] == u'\'') {
            quote = source[i];
        } else if (source[i] == u'>') {
            return i + 1;
        }
    }
    return at;
}

} // namespace

std::vector<qsizetype> alignHtmlText(const QString &text, QStringView source, qsizetype base)
{
    std::vector<qsizetype> offsets(std::size_t(text.size()));
    qsizetype i = 0, j = 0;
    while (j < text.size() && i < source.size()) {
        const QChar s = source[i];
        if (s == u'\r' && text[j] == u'\n') {
            offsets[std::size_t(j++)] = base + i;
            i += (i + 1 < source.size() && source[i + 1] == u'\n') ? 2 : 1;
            continue;
        }
        if (s == u'&') {
            const Reference reference = parseReference(source.sliced(i));
            // In raw text (xmp, plaintext) "&amp;" stays as written, and its
            // '&' looks like a decoded one: the next character decides.
            const auto next = [&](qsizetype at) {
                return j + 1 < text.size() && at < source.size() && source[at] == text[j + 1];
            };
            const bool literalAmpersand = reference.expansion == QLatin1Char('&') && next(i + 1)
                && !next(i + reference.length);
            if (reference.length > 0 && !reference.expansion.isEmpty() && !literalAmpersand
                && QStringView(text).sliced(j).startsWith(reference.expansion)) {
                for (qsizetype k = 0; k < reference.expansion.size(); ++k)
                    offsets[std::size_t(j++)] = base + i;
                i += reference.length;
                continue;
            }
            if (reference.length > 0 && text[j] != u'&') {
                offsets[std::size_t(j++)] = base + i;
                if (text[j - 1].isHighSurrogate() && j < text.size())
                    offsets[std::size_t(j++)] = base + i;
                // A name we do not know decoded to one code point, but maybe
                // from a prefix only: "&notit;" is "¬" followed by "it;".
                qsizetype used = 2;
                for (; used < reference.length; ++used) {
                    const QStringView rest = source.sliced(i + used, reference.length - used);
                    if (QStringView(text).sliced(j).startsWith(rest))
                        break;
                }
                i += used;
                continue;
            }
        }
        if (s == u'<') {
            // A tag the parser ignored, unless the text has it too (textarea, plaintext).
            const qsizetype end = markupEnd(source, i);
            if (end > i && !QStringView(text).sliced(j).startsWith(source.sliced(i, end - i))) {
                i = end;
                continue;
            }
        }
        if (s != text[j]) {
            // NUL is dropped in most places and U+FFFD in others; toUtf8
            // wrote '?' for a lone surrogate.
            const bool replaced = (s == QChar::Null && text[j] == QChar::ReplacementCharacter)
                || (s.isSurrogate() && text[j] == u'?');
            if (s == QChar::Null && !replaced) {
                ++i;
                continue;
            }
            if (!replaced)
                break;
        }
        offsets[std::size_t(j++)] = base + i++;
    }
    const qsizetype last = std::max<qsizetype>(source.size() - 1, 0);
    for (qsizetype k = j; k < text.size(); ++k)
        offsets[std::size_t(k)] = base + std::min(i + (k - j), last);
    return offsets;
}

