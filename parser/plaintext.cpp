// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/plaintext.h"

#include <algorithm>

SourceSpan PlainText::toSource(qsizetype from, qsizetype length) const
{
    if (from < 0 || length < 0 || from + length > text.size())
        return {};
    if (sourceOffsets.empty())
        return {from, length};
    if (length == 0)
        return {sourceOffsets[std::size_t(from)], 0};
    // Offsets need not grow along the text (the fuzzer found HTML where a
    // later character comes from earlier in the source): the span runs from
    // the smallest to the largest, so it covers every character and is never
    // negative.
    const auto begin = sourceOffsets.begin() + from;
    const auto [first, last] = std::minmax_element(begin, begin + length);
    return {*first, *last - *first + 1};
}
