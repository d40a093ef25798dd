// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/plaintext.h"

SourceSpan PlainText::toSource(qsizetype from, qsizetype length) const
{
    if (from < 0 || length < 0 || from + length > text.size())
        return {};
    if (sourceOffsets.empty())
        return {from, length};
    if (length == 0)
        return {sourceOffsets[std::size_t(from)], 0};
    const qsizetype first = sourceOffsets[std::size_t(from)];
    const qsizetype last = sourceOffsets[std::size_t(from + length - 1)];
    return {first, last - first + 1};
}
