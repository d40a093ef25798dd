// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/finding.h"

#include "models/enumnames.h"

namespace {

constexpr std::array<std::pair<Severity, const char16_t *>, 3> severityNames{{
    {Severity::Info, u"info"},
    {Severity::Warning, u"warning"},
    {Severity::Error, u"error"},
}};

constexpr std::array<std::pair<ReviewStatus, const char16_t *>, 4> reviewStatusNames{{
    {ReviewStatus::Open, u"open"},
    {ReviewStatus::Confirmed, u"confirmed"},
    {ReviewStatus::Dismissed, u"dismissed"},
    {ReviewStatus::Corrected, u"corrected"},
}};

} // namespace

QString severityName(Severity severity) { return enumName(severityNames, severity); }
std::optional<Severity> severityFromName(const QString &name) { return enumFromName(severityNames, name); }
QString reviewStatusName(ReviewStatus status) { return enumName(reviewStatusNames, status); }
std::optional<ReviewStatus> reviewStatusFromName(const QString &name) { return enumFromName(reviewStatusNames, name); }

QString Finding::identity() const
{
    QString identity = checkId + u'|' + cells.join(u',');
    if (cells.isEmpty())
        identity += u'|' + expected;
    return identity;
}
