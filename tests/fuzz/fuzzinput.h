// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

#include <cstddef>
#include <cstdint>

/// How a fuzz input names its file: the first byte picks the suffix (and so
/// the DocumentReader), the rest are the file's bytes. The fuzz target and the
/// tests that replay its inputs as files (test_cli) read inputs this way;
/// tests/fuzz/prepare.py writes the seeds in the same order.
namespace FuzzInput {

/// The suffixes the import reads, and one it refuses by name (pdf).
inline constexpr const char *suffixes[] = {"txt", "md", "markdown", "html", "htm", "HTML", "pdf"};

inline QLatin1StringView suffixOf(std::uint8_t firstByte)
{
    return QLatin1StringView(suffixes[firstByte % (sizeof(suffixes) / sizeof(suffixes[0]))]);
}

} // namespace FuzzInput
