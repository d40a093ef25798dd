// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/utf8offsetmap.h"

#include <algorithm>

namespace {

constexpr qsizetype BlockSize = 1024;

bool isContinuation(char byte)
{
    return (uchar(byte) & 0xC0) == 0x80;
}

// Four-byte sequences are outside the BMP: a surrogate pair in UTF-16.
int sequenceLength(char lead)
{
    const auto c = uchar(lead);
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

} // namespace

Utf8OffsetMap::Utf8OffsetMap(QByteArrayView utf8)
    : m_utf8(utf8)
{
    m_checkpoints.reserve(std::size_t(utf8.size() / BlockSize + 2));
    qsizetype utf16 = 0;
    for (qsizetype byte = 0; byte < utf8.size(); ++byte) {
        if (isContinuation(utf8[byte]))
            continue;
        while (byte >= qsizetype(m_checkpoints.size()) * BlockSize)
            m_checkpoints.push_back({byte, utf16});
        utf16 += sequenceLength(utf8[byte]) == 4 ? 2 : 1;
    }
    m_checkpoints.push_back({utf8.size(), utf16});
}

qsizetype Utf8OffsetMap::toUtf16(qsizetype byteOffset)
{
    const qsizetype target = std::clamp<qsizetype>(byteOffset, 0, m_utf8.size());
    auto block = std::min<std::size_t>(std::size_t(target / BlockSize), m_checkpoints.size() - 1);
    if (block > 0 && m_checkpoints[block].byte > target)
        --block;
    Position position = m_checkpoints[block];
    if (m_cursor.byte >= position.byte && m_cursor.byte <= target)
        position = m_cursor;
    while (position.byte < target) {
        const int length = sequenceLength(m_utf8[position.byte]);
        position.byte += length;
        position.utf16 += length == 4 ? 2 : 1;
    }
    m_cursor = position;
    return position.utf16;
}
