// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <utility>
#include <vector>

/**
 * Converts byte offsets into a valid UTF-8 buffer (as C libraries report
 * them) to UTF-16 offsets into the same text as a QString. Lookups are fast
 * in any order: checkpoints every kilobyte, plus a cursor for the common
 * case of ascending offsets. The buffer must outlive the map.
 */
class Utf8OffsetMap final
{
public:
    explicit Utf8OffsetMap(QByteArrayView utf8);

    /// byteOffset should start a character; offsets past the end map to the end.
    qsizetype toUtf16(qsizetype byteOffset);

private:
    struct Position
    {
        qsizetype byte = 0;
        qsizetype utf16 = 0;
    };

    QByteArrayView m_utf8;
    std::vector<Position> m_checkpoints; ///< per block: the first character starting in or after it
    Position m_cursor;
};
