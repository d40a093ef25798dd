// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "models/gridlayout.h"

struct Finding;

/**
 * The message of a finding in Chinese or English, made when it is shown from
 * what the finding holds (check id, cells, expected, actual, detail): the
 * check's template of resources/checks.json, with the row, column or cell it
 * is about named by the form's labels (GridLayout::rowName and friends).
 * Nothing of it is stored, so projects saved before a label changed read in
 * today's words, and the check engine spends no time on text.
 */
namespace FindingText {

/// format: the report's format ("2019", "2021"), whose labels name the rows
/// and columns. Empty for a check id that checks.json does not know.
QString message(const Finding &finding, const QString &format, Language language);

} // namespace FindingText
