// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <vector>

/**
 * A message of resources/checks.json split once into literal text and the
 * placeholders %1..%4, so that filling it on every re-check is one pass with
 * no re-parsing. Unlike chained QString::arg(), an argument that itself
 * contains "%2" is never substituted again, and a template may use any subset
 * of the placeholders in any order.
 */
class MessageTemplate final
{
public:
    static constexpr int ArgCount = 4;
    using Args = std::array<QStringView, ArgCount>;

    MessageTemplate() = default;
    explicit MessageTemplate(const QString &text);

    QString fill(const Args &args) const;
    bool isEmpty() const { return m_parts.empty(); }

private:
    struct Part
    {
        QString text; ///< literal text, when arg < 0
        int arg = -1; ///< 0-based placeholder index
    };
    std::vector<Part> m_parts;
    qsizetype m_literalSize = 0;
};
