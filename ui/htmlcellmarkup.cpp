// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/htmlcellmarkup.h"

#include <algorithm>

QString HtmlCellMarkup::cellAnchor(int cellIndex)
{
    return QStringLiteral("cell-%1").arg(cellIndex);
}

QString HtmlCellMarkup::sectionAnchor(int sectionNumber)
{
    return QStringLiteral("section-%1").arg(sectionNumber);
}

int HtmlCellMarkup::cellOfLink(const QString &href)
{
    if (!href.startsWith(u"cell:"))
        return -1;
    bool ok = false;
    const int index = QStringView(href).mid(5).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

bool HtmlCellMarkup::isInsideTextNode(const QString &html, qsizetype offset, qsizetype length)
{
    if (offset < 0 || length < 0 || offset + length > html.size())
        return false;
    for (qsizetype i = offset; i < offset + length; ++i) {
        const QChar c = html.at(i);
        if (c == u'<' || c == u'>')
            return false;
    }
    // Inside a tag when the last bracket before the offset opens one.
    const qsizetype lastOpen = offset > 0 ? html.lastIndexOf(u'<', offset - 1) : -1;
    const qsizetype lastClose = offset > 0 ? html.lastIndexOf(u'>', offset - 1) : -1;
    if (lastOpen > lastClose)
        return false;
    // Not in the middle of an entity ("&#4" | "9;").
    const qsizetype lastAmp = offset > 0 ? html.lastIndexOf(u'&', offset - 1) : -1;
    if (lastAmp > lastClose) {
        const qsizetype semicolon = html.indexOf(u';', lastAmp);
        if (semicolon >= offset && semicolon - lastAmp <= 32)
            return false;
    }
    return true;
}

QString HtmlCellMarkup::apply(const QString &html, std::vector<Mark> marks, const QColor &linkColor)
{
    // From the highest offset down, so that the offsets still to insert stay valid.
    std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) {
        return a.offset != b.offset ? a.offset > b.offset : a.length > b.length;
    });
    QString result = html;
    qsizetype limit = html.size() + 1;
    const QString linkStyle = QStringLiteral("color:%1;text-decoration:none").arg(linkColor.name());
    for (const Mark &mark : marks) {
        if (mark.offset + mark.length > limit || !isInsideTextNode(html, mark.offset, mark.length))
            continue;
        QString open;
        QString close;
        if (mark.cellIndex >= 0) {
            open = QStringLiteral("<a href=\"cell:%1\" name=\"%2\" style=\"%3\">")
                       .arg(mark.cellIndex)
                       .arg(cellAnchor(mark.cellIndex), linkStyle);
            close = QStringLiteral("</a>");
            if (mark.background.isValid()) {
                open += QStringLiteral("<span style=\"background-color:%1\">").arg(mark.background.name());
                close.prepend(QStringLiteral("</span>"));
            }
        } else {
            open = QStringLiteral("<a name=\"%1\"></a>").arg(sectionAnchor(mark.sectionNumber));
        }
        result.insert(mark.offset + mark.length, close);
        result.insert(mark.offset, open);
        limit = mark.offset;
    }
    return result;
}
