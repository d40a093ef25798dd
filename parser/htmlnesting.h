// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

/**
 * Estimates how deeply the elements of an HTML document nest, without
 * building a tree: a guard to run before an HTML parser that recurses per
 * open element. Elements the HTML5 tree builder closes by itself (p, li, td,
 * tr, ...) and void elements are not counted, an end tag closes everything
 * opened after its start tag, script and style content is skipped. Stops
 * counting once the depth exceeds limit. Linear in the size of the input.
 */
qsizetype htmlNestingDepth(QByteArrayView html, qsizetype limit);
