// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/valuetoken.h"

#include "parser/normalizedtext.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace {

// Marks that stand for "no number" in real reports.
bool isMark(QStringView folded)
{
    static const QStringList marks{QStringLiteral("/"), QStringLiteral("\\"), QStringLiteral("-"),
                                   QStringLiteral("--"), QStringLiteral("—"), QStringLiteral("——"),
                                   QStringLiteral("–"), QStringLiteral("无"), QStringLiteral("不适用"),
                                   QStringLiteral("空"), QStringLiteral("×")};
    // Their first characters: most pieces (words, digits) are answered by one lookup.
    static const QString firsts = [] {
        QString chars;
        for (const QString &mark : marks) {
            if (!chars.contains(mark.front()))
                chars += mark.front();
        }
        return chars;
    }();
    if (folded.isEmpty() || !firsts.contains(folded.front()))
        return false;
    return marks.contains(folded);
}

// A table has thousands of pieces, most of them words: folded on the stack,
// not in a QString of their own.
using Folded = QVarLengthArray<QChar, 32>;

Folded fold(QStringView piece)
{
    Folded folded;
    folded.reserve(piece.size());
    for (QChar c : piece)
        folded.append(NormalizedText::foldChar(c));
    return folded;
}

QStringView view(const Folded &folded)
{
    return QStringView(folded.constData(), folded.size());
}

// fromPiece, given the piece folded (one character for one).
std::optional<ValueToken> readPiece(QStringView piece, QStringView folded, qsizetype pos)
{
    const bool mark = isMark(folded);
    // Most pieces of a table are words or plain digits: both are answered here
    // as the expression below would answer them, without running it.
    const QChar first = folded.isEmpty() ? QChar() : folded.front();
    if (!mark && !first.isDigit() && first != u'+' && first != u'-' && first != u'约' && first != u'近')
        return std::nullopt;

    ValueToken token;
    token.raw = piece.toString();
    token.pos = pos;
    token.length = piece.size();
    if (mark) {
        token.kind = ValueToken::Kind::Mark;
        return token;
    }
    if (std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        token.value = Decimal::fromString(folded);
        token.kind = ValueToken::Kind::Number;
        token.splittable = !token.value || folded.size() > 1;
        token.mustSplit = !token.value || folded.startsWith(u'0');
        token.mustSplit = token.mustSplit && token.splittable;
        return token;
    }

    // sign, digits with optional thousands separators, decimals, unit, approximation.
    static const QRegularExpression number(QStringLiteral(
        "^(约|近)?([+\\-])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|亿元|元|件|项|个|条)?(余|多)?$"));
    const QRegularExpressionMatch match = number.match(folded);
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(3);
    digits.remove(u',');
    const QString text = match.captured(2) + digits + match.captured(4);
    token.value = Decimal::fromString(text);
    token.kind = ValueToken::Kind::Number;
    if (!token.value) {
        // Too long to be one number: a bare run of digits is cells glued together
        // ("72641783735113481261211620", a whole table 4), to be split; anything else is no value.
        if (match.captured(3) != digits || match.hasCaptured(1) || match.hasCaptured(4) || match.hasCaptured(5)
            || match.hasCaptured(6))
            return std::nullopt;
        token.splittable = true;
        token.mustSplit = true;
        return token;
    }
    const QString unit = match.captured(5);
    if (unit.endsWith(u'元'))
        token.unit = unit;
    token.approximate = match.hasCaptured(1) || match.hasCaptured(6);
    // A sign stays with the first part of a split ("+2120" → +2|120).
    token.splittable = !token.approximate && match.captured(3) == digits && digits.size() > 1;
    token.mustSplit = token.splittable && digits.startsWith(u'0') && match.captured(4).isEmpty();
    return token;
}

} // namespace

ValueToken ValueToken::blank(qsizetype pos)
{
    ValueToken token;
    token.pos = pos;
    return token;
}

std::optional<ValueToken> ValueToken::fromPiece(QStringView piece, qsizetype pos)
{
    const Folded folded = fold(piece);
    return readPiece(piece, view(folded), pos);
}

std::vector<ValueToken> ValueToken::fromGluedPiece(QStringView piece, qsizetype pos)
{
    const Folded buffer = fold(piece);
    const QStringView folded = view(buffer);
    if (std::optional<ValueToken> token = readPiece(piece, folded, pos))
        return {*token};
    // Cells glued at a signed change: digits, then sign and digits, again and again.
    // Only a sign or a digit can start one (the expression's answer for a word, at once).
    if (folded.isEmpty() || (!folded.front().isDigit() && folded.front() != u'+' && folded.front() != u'-'))
        return {};
    static const QRegularExpression glued(QStringLiteral("^[+\\-]?\\d+(?:[+\\-]\\d+)+$"));
    if (!glued.match(folded).hasMatch())
        return {};
    std::vector<ValueToken> tokens;
    qsizetype begin = 0;
    for (qsizetype i = 1; i <= folded.size(); ++i) {
        if (i < folded.size() && folded[i] != u'+' && folded[i] != u'-')
            continue;
        std::optional<ValueToken> token = readPiece(piece.mid(begin, i - begin), folded.mid(begin, i - begin), pos + begin);
        if (!token)
            return {};
        tokens.push_back(*token);
        begin = i;
    }
    return tokens;
}
