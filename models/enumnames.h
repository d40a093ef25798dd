// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string>
#include <utility>

// Stable text names of domain enums (stored in the database and the CSV), from one table each.

/// The name of value, without a copy: it refers to the table's static text (an
/// import names the status of every cell it stores).
template<typename Enum, std::size_t N>
QString enumName(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromRawData(reinterpret_cast<const QChar *>(name),
                                        qsizetype(std::char_traits<char16_t>::length(name)));
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const std::array<std::pair<Enum, const char16_t *>, N> &names, const QString &name)
{
    for (const auto &[v, text] : names) {
        if (name == QStringView(text))
            return v;
    }
    return std::nullopt;
}
