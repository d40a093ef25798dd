// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report.h"

#include "models/enumnames.h"


namespace {

constexpr std::array<std::pair<CellStatus, const char16_t *>, 7> statusNames{{
    {CellStatus::Ok, u"ok"},
    {CellStatus::Missing, u"missing"},
    {CellStatus::Text, u"text"},
    {CellStatus::Approximate, u"approximate"},
    {CellStatus::Inferred, u"inferred"},
    {CellStatus::Ambiguous, u"ambiguous"},
    {CellStatus::Invalid, u"invalid"},
}};

} // namespace

QString cellStatusName(CellStatus status)
{
    return enumName(statusNames, status);
}

std::optional<CellStatus> cellStatusFromName(const QString &name)
{
    return enumFromName(statusNames, name);
}
