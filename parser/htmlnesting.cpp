// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/htmlnesting.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == ':' || c == '_';
}

// Elements that never stay open under a start tag of their own kind, or
// have no content: they cannot make the tree deep.
bool isUncounted(const QByteArray &name)
{
    static const QList<QByteArray> names{
        // void
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
        "input", "keygen", "link", "menuitem", "meta", "param", "source", "track", "wbr",
        // closed by the next of their kind or by their table/list parent
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
        "colgroup", "caption", "rb", "rt", "rtc", "rp", "a", "nobr",
        // once per document
        "html", "head", "body"};
    return names.contains(name);
}

// Their content is text up to the matching end tag.
bool isRawText(const QByteArray &name)
{
    static const QList<QByteArray> names{"script", "style", "textarea", "title", "xmp",
                                         "iframe", "noembed", "noframes"};
    return names.contains(name);
}

bool startsWithNoCase(QByteArrayView text, qsizetype at, QByteArrayView prefix)
{
    return at + prefix.size() <= text.size()
        && text.sliced(at, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// The '>' ending a start tag, skipping quoted attribute values; -1 if none.
qsizetype tagEnd(QByteArrayView html, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < html.size(); ++i) {
        const char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return -1;
}

} // namespace

qsizetype htmlNestingDepth(QByteArrayView html, qsizetype limit)
{
    std::vector<QByteArray> open;
    qsizetype foreignFrom = -1; // index in open of the outermost svg/math, where "/>" closes
    qsizetype deepest = 0;
    qsizetype i = 0;
    while ((i = html.indexOf('<', i)) >= 0) {
        if (startsWithNoCase(html, i, "<!--")) {
            i = html.indexOf("-->", i + 4);
            if (i < 0)
                break;
            i += 3;
            continue;
        }
        const bool isEnd = i + 1 < html.size() && html[i + 1] == '/';
        qsizetype nameEnd = i + (isEnd ? 2 : 1);
        const qsizetype nameStart = nameEnd;
        while (nameEnd < html.size() && isNameChar(html[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart) {
            // "<!DOCTYPE", "<?xml", or a stray '<' in text.
            const bool declaration = !isEnd && i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?');
            i = declaration ? html.indexOf('>', i) : i + 1;
            if (i < 0)
                break;
            continue;
        }
        const QByteArray name = html.sliced(nameStart, nameEnd - nameStart).toByteArray().toLower();
        const qsizetype end = tagEnd(html, nameEnd);
        if (end < 0)
            break;
        i = end + 1;
        if (isEnd) {
            for (auto k = qsizetype(open.size()) - 1; k >= 0; --k) {
                if (open[std::size_t(k)] == name) {
                    open.resize(std::size_t(k));
                    break;
                }
            }
            if (foreignFrom >= qsizetype(open.size()))
                foreignFrom = -1;
            continue;
        }
        if (name == "plaintext")
            break;
        if (isRawText(name)) {
            const QByteArray close = "</" + name;
            while ((i = html.indexOf("</", i)) >= 0 && !startsWithNoCase(html, i, close))
                i += 2;
            if (i < 0)
                break;
            continue;
        }
        // In HTML "<div/>" opens a div; only inside svg and math does "/>" close.
        const bool selfClosed = foreignFrom >= 0 && html[end - 1] == '/';
        if (isUncounted(name) || selfClosed)
            continue;
        if (foreignFrom < 0 && (name == "svg" || name == "math"))
            foreignFrom = qsizetype(open.size());
        open.push_back(name);
        deepest = std::max(deepest, qsizetype(open.size()));
        if (deepest > limit)
            break;
    }
    return deepest;
}
