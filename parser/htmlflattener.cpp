// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/htmlflattener.h"

#include <algorithm>
#include <memory>

#include <gumbo.h>

#include "parser/htmlnesting.h"
#include "parser/htmltextalignment.h"
#include "parser/utf8offsetmap.h"

namespace {

constexpr char16_t NoBreakSpace = 0x00A0;

// Beyond this many grid slots a table is written without span expansion and
// padding: "<td colspan=1000>" a million times must not cost gigabytes.
constexpr qsizetype MaxTableSlots = 4'000'000;

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == NoBreakSpace;
}

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_HEAD: // what a browser shows starts at the body
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_P: case GUMBO_TAG_HR: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DIV: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

bool isPreformatted(GumboTag tag)
{
    return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP
        || tag == GUMBO_TAG_PLAINTEXT || tag == GUMBO_TAG_TEXTAREA;
}

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const GumboNode *childAt(const GumboNode *node, unsigned index)
{
    return static_cast<const GumboNode *>(node->v.element.children.data[index]);
}

// HTML's "rules for parsing non-negative integers", clamped.
int spanAttribute(const GumboNode *cell, const char *name, int fallback, int maximum)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&cell->v.element.attributes, name);
    if (!attribute)
        return fallback;
    const char *p = attribute->value;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        ++p;
    if (*p < '0' || *p > '9')
        return fallback;
    long value = 0;
    for (; *p >= '0' && *p <= '9' && value <= maximum; ++p)
        value = value * 10 + (*p - '0');
    return int(std::min<long>(value, maximum));
}

/** Appends characters to a PlainText, collapsing white space like a browser. */
class PlainTextBuilder
{
public:
    void append(QChar c, qsizetype offset)
    {
        if (isHtmlSpace(c)) {
            if (!atSegmentStart() && !m_pendingSpace) {
                m_pendingSpace = true;
                m_pendingOffset = offset;
            }
            return;
        }
        flushSpace();
        push(c, offset);
    }

    // Inside <pre>: white space and line breaks as written.
    void appendVerbatim(QChar c, qsizetype offset)
    {
        flushSpace();
        if (c == u'\r')
            return;
        push(c == NoBreakSpace ? QChar(u' ') : c, offset);
    }

    void softBreak(qsizetype offset)
    {
        m_pendingSpace = false;
        if (!m_plain.text.isEmpty() && !m_plain.text.endsWith(u'\n'))
            push(u'\n', offset);
    }

    void hardBreak(qsizetype offset)
    {
        m_pendingSpace = false;
        push(u'\n', offset);
    }

    void cellSeparator(qsizetype offset)
    {
        m_pendingSpace = false;
        push(u'\t', offset);
    }

    PlainText take(qsizetype sourceSize)
    {
        // Offsets past the end (end tags the parser implied at EOF) point at the last character.
        const qsizetype last = std::max<qsizetype>(sourceSize - 1, 0);
        for (qsizetype &offset : m_plain.sourceOffsets)
            offset = std::clamp<qsizetype>(offset, 0, last);
        return std::move(m_plain);
    }

private:
    bool atSegmentStart() const
    {
        return m_plain.text.isEmpty() || m_plain.text.endsWith(u'\n') || m_plain.text.endsWith(u'\t');
    }

    void flushSpace()
    {
        if (m_pendingSpace)
            push(u' ', m_pendingOffset);
        m_pendingSpace = false;
    }

    void push(QChar c, qsizetype offset)
    {
        m_plain.text.append(c);
        m_plain.sourceOffsets.push_back(offset);
    }

    PlainText m_plain;
    bool m_pendingSpace = false;
    qsizetype m_pendingOffset = 0;
};

/** Walks a gumbo tree without recursion and writes its text. */
class Flattener
{
public:
    Flattener(const QString &html, const QByteArray &utf8)
        : m_html(html)
        , m_utf8(utf8)
        , m_offsets(utf8)
    {
    }

    PlainText run(const GumboNode *root)
    {
        walk(root, Mode::Flow);
        return m_out.take(m_html.size());
    }

private:
    enum class Mode {
        Flow, ///< blocks end lines, tables are laid out as grids
        Cell, ///< everything on one line: blocks and <br> are spaces
    };

    qsizetype startOf(const GumboNode *element)
    {
        return m_offsets.toUtf16(qsizetype(element->v.element.start_pos.offset));
    }

    qsizetype endOf(const GumboNode *element)
    {
        return m_offsets.toUtf16(qsizetype(element->v.element.end_pos.offset));
    }

    void lineBreak(Mode mode, qsizetype offset)
    {
        if (mode == Mode::Flow)
            m_out.softBreak(offset);
        else
            m_out.append(u' ', offset);
    }

    void walk(const GumboNode *root, Mode mode);
    bool open(const GumboNode *node, Mode mode, int *preformatted);
    void close(const GumboNode *node, Mode mode, int *preformatted);
    void appendText(const GumboNode *node, bool verbatim);
    void writeTable(const GumboNode *table);

    const QString &m_html;
    const QByteArray &m_utf8;
    Utf8OffsetMap m_offsets;
    PlainTextBuilder m_out;
};

void Flattener::walk(const GumboNode *root, Mode mode)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    int preformatted = 0;
    if (!open(root, mode, &preformatted))
        return;
    std::vector<Frame> stack{{root, 0}};
    while (!stack.empty()) {
        const GumboNode *node = stack.back().node;
        const unsigned index = stack.back().next;
        if (index < node->v.element.children.length) {
            ++stack.back().next;
            const GumboNode *child = childAt(node, index);
            if (open(child, mode, &preformatted))
                stack.push_back({child, 0});
        } else {
            close(node, mode, &preformatted);
            stack.pop_back();
        }
    }
}

// Returns whether to descend into the node's children.
bool Flattener::open(const GumboNode *node, Mode mode, int *preformatted)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        appendText(node, *preformatted > 0 && mode == Mode::Flow);
        return false;
    case GUMBO_NODE_ELEMENT:
        break;
    default: // comments, templates, the document node
        return false;
    }
    const GumboTag tag = node->v.element.tag;
    // svg and math text is drawing labels and formulas, not report prose.
    if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML || isSkipped(tag))
        return false;
    if (tag == GUMBO_TAG_BR) {
        if (mode == Mode::Flow)
            m_out.hardBreak(startOf(node));
        else
            m_out.append(u' ', startOf(node));
        return false;
    }
    if (tag == GUMBO_TAG_TABLE && mode == Mode::Flow) {
        writeTable(node);
        return false;
    }
    if (isBlock(tag))
        lineBreak(mode, startOf(node));
    if (isPreformatted(tag))
        ++*preformatted;
    return true;
}

void Flattener::close(const GumboNode *node, Mode mode, int *preformatted)
{
    const GumboTag tag = node->v.element.tag;
    if (isPreformatted(tag))
        --*preformatted;
    if (isBlock(tag))
        lineBreak(mode, endOf(node));
}

void Flattener::appendText(const GumboNode *node, bool verbatim)
{
    const GumboText &piece = node->v.text;
    const QString text = QString::fromUtf8(piece.text);
    const char *buffer = m_utf8.constData();
    const bool inBuffer = piece.original_text.data >= buffer
        && piece.original_text.data + piece.original_text.length <= buffer + m_utf8.size();
    const qsizetype byteBegin = inBuffer ? piece.original_text.data - buffer : qsizetype(piece.start_pos.offset);
    const qsizetype byteEnd = inBuffer ? byteBegin + qsizetype(piece.original_text.length) : byteBegin;
    const qsizetype begin = m_offsets.toUtf16(byteBegin);
    const qsizetype end = std::max(begin, m_offsets.toUtf16(byteEnd));
    const std::vector<qsizetype> offsets = alignHtmlText(text, QStringView(m_html).sliced(begin, end - begin), begin);
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (verbatim)
            m_out.appendVerbatim(text[k], offsets[std::size_t(k)]);
        else
            m_out.append(text[k], offsets[std::size_t(k)]);
    }
}

void Flattener::writeTable(const GumboNode *table)
{
    std::vector<const GumboNode *> rows;
    std::vector<const GumboNode *> captions;
    for (unsigned i = 0; i < table->v.element.children.length; ++i) {
        const GumboNode *child = childAt(table, i);
        if (!isElement(child))
            continue;
        const GumboTag tag = child->v.element.tag;
        if (tag == GUMBO_TAG_TR) {
            rows.push_back(child);
        } else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
            for (unsigned k = 0; k < child->v.element.children.length; ++k) {
                const GumboNode *row = childAt(child, k);
                if (isElement(row) && row->v.element.tag == GUMBO_TAG_TR)
                    rows.push_back(row);
            }
        } else if (tag == GUMBO_TAG_CAPTION) {
            captions.push_back(child);
        }
    }

    m_out.softBreak(startOf(table));
    for (const GumboNode *caption : captions) {
        walk(caption, Mode::Cell);
        m_out.softBreak(endOf(caption));
    }

    // Lay out the grid: a rowspan leaves its column covered in the next rows,
    // a colspan covers the columns to its right; covered slots stay empty.
    std::vector<std::vector<const GumboNode *>> grid(rows.size());
    std::vector<int> covered; // per column: rows still covered by a rowspan above
    qsizetype slotCount = 0;
    std::size_t width = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<const GumboNode *> &line = grid[r];
        std::size_t column = 0;
        const bool expand = slotCount < MaxTableSlots;
        if (!expand)
            covered.clear();
        auto skipCovered = [&] {
            while (column < covered.size() && covered[column] > 0) {
                --covered[column++];
                line.push_back(nullptr);
            }
        };
        const GumboNode *row = rows[r];
        for (unsigned i = 0; i < row->v.element.children.length; ++i) {
            const GumboNode *cell = childAt(row, i);
            if (!isElement(cell) || (cell->v.element.tag != GUMBO_TAG_TD && cell->v.element.tag != GUMBO_TAG_TH))
                continue;
            skipCovered();
            const int colspan = expand ? std::max(1, spanAttribute(cell, "colspan", 1, 1000)) : 1;
            int rowspan = expand ? spanAttribute(cell, "rowspan", 1, 65534) : 1;
            if (rowspan == 0) // "to the end of the row group"; the table is close enough
                rowspan = int(rows.size() - r);
            rowspan = std::clamp(rowspan, 1, int(rows.size() - r));
            for (int k = 0; k < colspan; ++k, ++column) {
                line.push_back(k == 0 ? cell : nullptr);
                if (covered.size() <= column)
                    covered.resize(column + 1, 0);
                covered[column] = rowspan - 1;
            }
        }
        // Rowspans from above may continue to the right of this row's last cell.
        std::size_t lastCovered = covered.size();
        while (lastCovered > column && covered[lastCovered - 1] == 0)
            --lastCovered;
        while (column < lastCovered) {
            if (covered[column] > 0)
                --covered[column];
            line.push_back(nullptr);
            ++column;
        }
        slotCount += qsizetype(line.size());
        width = std::max(width, line.size());
    }
    const bool pad = qsizetype(width) * qsizetype(rows.size()) <= MaxTableSlots;

    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<const GumboNode *> &line = grid[r];
        if (pad)
            line.resize(width, nullptr);
        // A tab points at the cell it opens; an empty slot at the next real cell.
        qsizetype next = endOf(rows[r]);
        std::vector<qsizetype> separatorOffsets(line.size());
        for (std::size_t c = line.size(); c-- > 0;) {
            if (line[c])
                next = startOf(line[c]);
            separatorOffsets[c] = next;
        }
        for (std::size_t c = 0; c < line.size(); ++c) {
            if (c > 0)
                m_out.cellSeparator(separatorOffsets[c]);
            if (line[c])
                walk(line[c], Mode::Cell);
        }
        m_out.hardBreak(endOf(rows[r]));
    }
}

/// The text of the document's <title>: gumbo puts it in <head>, wherever the page wrote it.
QString titleOf(const GumboNode *root)
{
    for (unsigned i = 0; isElement(root) && i < root->v.element.children.length; ++i) {
        const GumboNode *head = childAt(root, i);
        if (!isElement(head) || head->v.element.tag != GUMBO_TAG_HEAD)
            continue;
        for (unsigned j = 0; j < head->v.element.children.length; ++j) {
            const GumboNode *title = childAt(head, j);
            if (!isElement(title) || title->v.element.tag != GUMBO_TAG_TITLE)
                continue;
            QString text;
            for (unsigned k = 0; k < title->v.element.children.length; ++k) {
                const GumboNode *part = childAt(title, k);
                if (part->type == GUMBO_NODE_TEXT || part->type == GUMBO_NODE_WHITESPACE)
                    text += QString::fromUtf8(part->v.text.text);
            }
            return text.simplified();
        }
    }
    return QString();
}

} // namespace

std::optional<PlainText> HtmlFlattener::flatten(const QString &html, QString *error)
{
    // gumbo reports byte offsets into UTF-8; QString::toUtf8 keeps one
    // character per UTF-16 unit (or pair), which Utf8OffsetMap relies on.
    const QByteArray utf8 = html.toUtf8();
    if (htmlNestingDepth(utf8, MaxNestingDepth) > MaxNestingDepth) {
        if (error)
            *error = tr("the HTML is nested more than %1 elements deep").arg(MaxNestingDepth);
        return std::nullopt;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // real pages have thousands; nobody reads them
    const auto destroy = [&options](GumboOutput *output) { gumbo_destroy_output(&options, output); };
    const std::unique_ptr<GumboOutput, decltype(destroy)> output(
        gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size())), destroy);
    if (!output) {
        if (error)
            *error = tr("the HTML could not be parsed");
        return std::nullopt;
    }
    PlainText plain = Flattener(html, utf8).run(output->root);
    plain.title = titleOf(output->root);
    return plain;
}
