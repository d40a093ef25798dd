// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

/**
 * For each character of an HTML text node as the parser decoded it (text),
 * its offset in the decoded document: source is the node's raw HTML, which
 * starts at offset base. The parser turned character references into
 * characters ("&amp;", "&#20013;", even "&notit;" as "¬it;"), CR LF into LF,
 * dropped NULs and tags it ignored; the alignment follows all of that. Where
 * the two can no longer be matched, the rest keeps the order of the source.
 * Linear in the size of the node.
 */
std::vector<qsizetype> alignHtmlText(const QString &text, QStringView source, qsizetype base);
