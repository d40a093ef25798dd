// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/messagetemplate.h"

MessageTemplate::MessageTemplate(const QString &text)
{
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%' && i + 1 < text.size() && text[i + 1] >= u'1'
            && text[i + 1].unicode() < u'1' + ArgCount) {
            if (!literal.isEmpty()) {
                m_literalSize += literal.size();
                m_parts.push_back({literal, -1});
                literal.clear();
            }
            m_parts.push_back({QString(), text[i + 1].unicode() - u'1'});
            ++i;
            continue;
        }
        literal.append(c);
    }
    if (!literal.isEmpty()) {
        m_literalSize += literal.size();
        m_parts.push_back({literal, -1});
    }
}

QString MessageTemplate::fill(const Args &args) const
{
    qsizetype size = m_literalSize;
    for (const Part &part : m_parts) {
        if (part.arg >= 0)
            size += args[std::size_t(part.arg)].size();
    }
    QString result;
    result.reserve(size);
    for (const Part &part : m_parts) {
        if (part.arg >= 0)
            result.append(args[std::size_t(part.arg)]);
        else
            result.append(part.text);
    }
    return result;
}
