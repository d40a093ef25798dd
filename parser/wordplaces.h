// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QStringView>

#include <vector>

/**
 * Where each of several words stands in a text, found in one pass. A table's
 * vocabulary and row labels are sixty words or more: looked for one after
 * another, each search went through the whole table again.
 */
class WordPlaces final
{
public:
    /// Every place of every word in text[from, to) (to -1: the end), overlapping
    /// places included; an empty word has none.
    WordPlaces(const QStringList &words, QStringView text, qsizetype from = 0, qsizetype to = -1);

    /// The places of words[index], ascending.
    const std::vector<qsizetype> &of(qsizetype index) const { return m_places[std::size_t(index)]; }

private:
    std::vector<std::vector<qsizetype>> m_places;
};
