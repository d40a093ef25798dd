// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/normalizedtext.h"

#include <algorithm>

namespace {

bool isDropped(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u'\u201c': case u'\u201d': case u'\u2018': case u'\u2019':
    case u'|': case u'*': case u'#': case u'\u00a0': case u'\u3000': case u'\ufeff':
        return true;
    default:
        return NormalizedText::isSpace(c);
    }
}

} // namespace

QChar NormalizedText::foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    if (u == 0x2212) // minus sign
        return u'-';
    return c;
}

NormalizedText::NormalizedText(const QString &text, qsizetype from, qsizetype to)
{
    if (to < 0 || to > text.size())
        to = text.size();
    m_originalEnd = to;
    from = std::clamp<qsizetype>(from, 0, to);
    // Written in place and cut to size once: an import normalises every
    // report several times, and append() checks capacity character by character.
    m_text.resize(to - from);
    m_positions.resize(std::size_t(to - from));
    QChar *out = m_text.data();
    qsizetype kept = 0;
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text[i];
        if (isDropped(c))
            continue;
        out[kept] = foldChar(c);
        m_positions[std::size_t(kept)] = i;
        ++kept;
    }
    m_text.truncate(kept);
    m_positions.resize(std::size_t(kept));
}

QString NormalizedText::normalize(const QString &text)
{
    return NormalizedText(text).text();
}

qsizetype NormalizedText::originalBegin(qsizetype from) const
{
    return from < m_text.size() ? m_positions[std::size_t(from)] : m_originalEnd;
}

qsizetype NormalizedText::originalEnd(qsizetype to) const
{
    return to > 0 ? m_positions[std::size_t(to - 1)] + 1 : originalBegin(0);
}

qsizetype NormalizedText::normalizedIndex(qsizetype pos) const
{
    return std::lower_bound(m_positions.begin(), m_positions.end(), pos) - m_positions.begin();
}
