// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/severitycolors.h"

QColor SeverityColors::background(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xff, 0xc7, 0xc7);
    case Severity::Warning:
        return QColor(0xff, 0xe2, 0xa8);
    case Severity::Info:
        return QColor(0xcf, 0xe3, 0xff);
    }
    return {};
}

QColor SeverityColors::backgroundForRole(int severity)
{
    switch (severity) {
    case int(Severity::Error):
        return background(Severity::Error);
    case int(Severity::Warning):
        return background(Severity::Warning);
    case int(Severity::Info):
        return background(Severity::Info);
    default:
        return {};
    }
}

QColor SeverityColors::currentCell()
{
    return QColor(0xff, 0xf1, 0x4d);
}
