// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/**
 * An exact decimal number as written in a report: a signed 64-bit count of
 * units of 10^-scale. Values never go through floating point, so "96171.6"
 * stays "96171.6" from the source text to the CSV export.
 */
class Decimal final
{
public:
    static constexpr int MaxScale = 9;

    Decimal() = default;
    explicit Decimal(qint64 integer);

    /// Parses plain ASCII "[-+]digits[.digits]"; no separators, no units.
    /// Returns nothing for anything else or when it would overflow.
    static std::optional<Decimal> fromString(QStringView text);

    QString toString() const;

    bool isInteger() const;
    bool isNegative() const { return m_units < 0; }
    bool isZero() const { return m_units == 0; }
    int scale() const { return m_scale; }

    /// Saturating arithmetic is not needed for report figures; overflow is
    /// reported by returning nothing.
    std::optional<Decimal> plus(const Decimal &other) const;
    std::optional<Decimal> minus(const Decimal &other) const;

    friend bool operator==(const Decimal &a, const Decimal &b) { return compare(a, b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return compare(a, b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return compare(a, b) < 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return compare(a, b) > 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return compare(a, b) <= 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return compare(a, b) >= 0; }

private:
    Decimal(qint64 units, int scale);
    static int compare(const Decimal &a, const Decimal &b);
    static bool align(const Decimal &a, const Decimal &b, qint64 &ua, qint64 &ub, int &scale);

    qint64 m_units = 0;
    int m_scale = 0;
};
