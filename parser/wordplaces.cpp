// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/wordplaces.h"

WordPlaces::WordPlaces(const QStringList &words, QStringView text, qsizetype from, qsizetype to)
    : m_places(std::size_t(words.size()))
{
    if (to < 0 || to > text.size())
        to = text.size();
    // The words by their first character: at most positions a few of them start with it.
    QHash<QChar, std::vector<qsizetype>> byFirst;
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (!words[w].isEmpty())
            byFirst[words[w].front()].push_back(w);
    }
    for (qsizetype at = std::max<qsizetype>(from, 0); at < to; ++at) {
        const auto candidates = byFirst.constFind(text[at]);
        if (candidates == byFirst.constEnd())
            continue;
        for (qsizetype w : *candidates) {
            const QString &word = words[w];
            if (word.size() <= to - at && text.sliced(at, word.size()) == word)
                m_places[std::size_t(w)].push_back(at);
        }
    }
}
