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
    explicit Decimal(qint64 integer)
        : m_units(integer)
    {
    }

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
    std::optional<Decimal> plus(const Decimal &other) const
    {
        // Whole numbers, nearly every figure of a report, without aligning scales: the cell
        // solver adds them up millions of times for a garbled table.
        qint64 sum = 0;
        if (m_scale == 0 && other.m_scale == 0)
            return __builtin_add_overflow(m_units, other.m_units, &sum) ? std::nullopt : std::optional(Decimal(sum));
        return plusScaled(other);
    }
    std::optional<Decimal> minus(const Decimal &other) const
    {
        qint64 difference = 0;
        if (m_scale == 0 && other.m_scale == 0)
            return __builtin_sub_overflow(m_units, other.m_units, &difference) ? std::nullopt
                                                                               : std::optional(Decimal(difference));
        return minusScaled(other);
    }
    /// The value when it is a whole number that fits 64 bits, else nothing.
    std::optional<qint64> toInteger() const { return m_scale == 0 ? std::optional(m_units) : std::nullopt; }

    friend bool operator==(const Decimal &a, const Decimal &b) { return compare(a, b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return compare(a, b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return compare(a, b) < 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return compare(a, b) > 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return compare(a, b) <= 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return compare(a, b) >= 0; }

private:
    Decimal(qint64 units, int scale);
    std::optional<Decimal> plusScaled(const Decimal &other) const;
    std::optional<Decimal> minusScaled(const Decimal &other) const;
    static int compare(const Decimal &a, const Decimal &b)
    {
        if (a.m_scale == b.m_scale) // canonical forms: same scale, compare the units
            return a.m_units < b.m_units ? -1 : (a.m_units > b.m_units ? 1 : 0);
        return compareScaled(a, b);
    }
    static int compareScaled(const Decimal &a, const Decimal &b);
    static bool align(const Decimal &a, const Decimal &b, qint64 &ua, qint64 &ub, int &scale);

    qint64 m_units = 0;
    int m_scale = 0;
};
