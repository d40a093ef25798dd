// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/regexsubject.h"

RegexSubject::RegexSubject(const QString &text)
    : m_text(text)
    , m_options(QStringView(text).isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                                                 : QRegularExpression::NoMatchOption)
{
}

QRegularExpressionMatch RegexSubject::match(const QRegularExpression &pattern, qsizetype offset) const
{
    return pattern.match(m_text, offset, QRegularExpression::NormalMatch, m_options);
}

QRegularExpressionMatchIterator RegexSubject::globalMatch(const QRegularExpression &pattern, qsizetype offset) const
{
    return pattern.globalMatch(m_text, offset, QRegularExpression::NormalMatch, m_options);
}
