// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/decimal.h"

#include <limits>

namespace {

bool mulOverflows(qint64 value, qint64 factor, qint64 &result)
{
    return __builtin_mul_overflow(value, factor, &result);
}

qint64 pow10(int exponent)
{
    qint64 result = 1;
    while (exponent-- > 0)
        result *= 10;
    return result;
}

} // namespace

Decimal::Decimal(qint64 units, int scale)
    : m_units(units)
    , m_scale(scale)
{
    // Keep the canonical form: no trailing zeros after the point.
    while (m_scale > 0 && m_units % 10 == 0) {
        m_units /= 10;
        --m_scale;
    }
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    qint64 units = 0;
    int scale = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint || !seenDigit)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        seenDigit = true;
        if (seenPoint && ++scale > MaxScale)
            return std::nullopt;
        if (mulOverflows(units, 10, units) || __builtin_add_overflow(units, c.unicode() - u'0', &units))
            return std::nullopt;
    }
    if (!seenDigit || (seenPoint && scale == 0))
        return std::nullopt;
    return Decimal(negative ? -units : units, scale);
}

QString Decimal::toString() const
{
    if (m_scale == 0)
        return QString::number(m_units);
    const qint64 divisor = pow10(m_scale);
    QString digits = QString::number(m_units < 0 ? -(m_units / divisor) : m_units / divisor);
    QString fraction = QString::number(m_units < 0 ? -(m_units % divisor) : m_units % divisor)
                           .rightJustified(m_scale, u'0');
    return (m_units < 0 ? QStringLiteral("-") : QString()) + digits + u'.' + fraction;
}

bool Decimal::isInteger() const
{
    return m_scale == 0;
}

bool Decimal::align(const Decimal &a, const Decimal &b, qint64 &ua, qint64 &ub, int &scale)
{
    scale = std::max(a.m_scale, b.m_scale);
    return !mulOverflows(a.m_units, pow10(scale - a.m_scale), ua)
        && !mulOverflows(b.m_units, pow10(scale - b.m_scale), ub);
}

std::optional<Decimal> Decimal::plusScaled(const Decimal &other) const
{
    qint64 ua = 0, ub = 0, sum = 0;
    int scale = 0;
    if (!align(*this, other, ua, ub, scale) || __builtin_add_overflow(ua, ub, &sum))
        return std::nullopt;
    return Decimal(sum, scale);
}

std::optional<Decimal> Decimal::minusScaled(const Decimal &other) const
{
    qint64 ua = 0, ub = 0, difference = 0;
    int scale = 0;
    if (!align(*this, other, ua, ub, scale) || __builtin_sub_overflow(ua, ub, &difference))
        return std::nullopt;
    return Decimal(difference, scale);
}

int Decimal::compareScaled(const Decimal &a, const Decimal &b)
{
    qint64 ua = 0, ub = 0;
    int scale = 0;
    if (!align(a, b, ua, ub, scale)) {
        // Only reachable for values near the 64-bit limit: compare by sign and magnitude class.
        const long double da = static_cast<long double>(a.m_units) / pow10(a.m_scale);
        const long double db = static_cast<long double>(b.m_units) / pow10(b.m_scale);
        return da < db ? -1 : (da > db ? 1 : 0);
    }
    return ua < ub ? -1 : (ua > ub ? 1 : 0);
}
