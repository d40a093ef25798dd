// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include "models/finding.h"

/**
 * The colours that mark findings, shared by the grids and the source text so
 * that a red cell and its red span mean the same: light tints that keep dark
 * text readable.
 */
class SeverityColors final
{
public:
    /// Cell background / text tint for a finding of this severity.
    static QColor background(Severity severity);
    /// From ItemRoles::SeverityRole: invalid QColor for -1 (no finding).
    static QColor backgroundForRole(int severity);
    /// The selected cell's span in the source text.
    static QColor currentCell();
};
