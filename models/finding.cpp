// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/finding.h"

#include <array>
#include <utility>

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

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, const QString &name)
{
    for (const auto &[v, text] : names) {
        if (name == QStringView(text))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString severityName(Severity severity) { return nameOf(severityNames, severity); }
std::optional<Severity> severityFromName(const QString &name) { return valueOf(severityNames, name); }
QString reviewStatusName(ReviewStatus status) { return nameOf(reviewStatusNames, status); }
std::optional<ReviewStatus> reviewStatusFromName(const QString &name) { return valueOf(reviewStatusNames, name); }
