// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/tableextractor.h"

#include "models/reportschema.h"
#include "parser/cellsolver.h"
#include "parser/plaintext.h"
#include "parser/tablelabels.h"
#include "parser/wordplaces.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

constexpr qsizetype MaxT4Length = 3000; // normalized characters after the t4 heading
// The longest tables 2 and 3 may run (normalized characters). Those of the real and generated
// reports run at most 1,900 and 3,400: a text without the headings that end them (a huge file,
// prose after the table) is read no further, so the work and memory per region stay bounded.
constexpr qsizetype MaxRegionLength = 12000;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isFieldSeparator(QChar c)
{
    return c == u'\t' || c == u'|';
}

// Characters between cells that are not part of any value: spaces and quotes
// (a label like “三安全一稳定” glued to its digits leaves its closing quote).
bool isGap(QChar c)
{
    return NormalizedText::isSpace(c) || c == u'\u201c' || c == u'\u201d' || c == u'"';
}

bool isPlainDigits(QStringView piece)
{
    return !piece.isEmpty() && std::all_of(piece.begin(), piece.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool areAllNumbers(const std::vector<ValueToken> &tokens)
{
    return !tokens.empty()
        && std::all_of(tokens.begin(), tokens.end(), [](const ValueToken &t) { return t.kind == ValueToken::Kind::Number; });
}

bool startsValue(QChar c)
{
    const QChar folded = NormalizedText::foldChar(c);
    return folded.isDigit() || folded == u'-' || folded == u'+' || folded == u'/' || c == u'—' || c == u'无';
}

// Page numbers and footers that PDF conversions leave inside tables: "-3-", "第 2 页".
bool isPageFooter(QStringView line)
{
    // The expression needs a dash, 第 or a digit first after white space: most
    // lines of a table are refused here, before it runs.
    qsizetype first = 0;
    while (first < line.size() && (line[first] == u' ' || (line[first] >= u'\t' && line[first] <= u'\r')))
        ++first;
    if (first == line.size())
        return false;
    const QChar c = line[first];
    if (c != u'-' && c != u'－' && c != u'—' && c != u'第' && (c < u'0' || c > u'9'))
        return false;
    // A line of digits is "3/10" or nothing, and 第 needs its 页: a value line of a
    // one-cell-per-line table is refused without the expression too.
    if (c.isDigit() && !line.contains(u'/'))
        return false;
    if (c == u'第' && !line.contains(u'页'))
        return false;
    static const QRegularExpression footer(
        QStringLiteral("^\\s*(?:[-－—]\\s*\\d+\\s*[-－—]|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+)\\s*$"));
    return footer.match(line).hasMatch();
}

} // namespace

TableExtractor::TableExtractor(const PlainText &plain, const NormalizedText &norm, bool exactGrid)
    : m_plain(plain)
    , m_exactGrid(exactGrid)
    , m_norm(norm)
{
}

qsizetype TableExtractor::find(const QString &needle, qsizetype from, qsizetype to) const
{
    // Only up to `to`: a word missing from a table would otherwise be looked
    // for through the rest of the report, for every word of the vocabulary.
    const QString &text = m_norm.text();
    const QStringView haystack = to >= 0 && to < text.size() ? QStringView(text).left(to) : QStringView(text);
    return haystack.indexOf(needle, from);
}

qsizetype TableExtractor::findAny(const QStringList &needles, qsizetype from, qsizetype to) const
{
    qsizetype best = -1;
    for (const QString &needle : needles) {
        const qsizetype at = find(needle, from, to);
        if (at >= 0 && (best < 0 || at < best))
            best = at;
    }
    return best;
}

qsizetype TableExtractor::headingStart(qsizetype at) const
{
    // "五、存在的主要问题": the numeral belongs to the heading, not to the table before it.
    const QString &text = m_norm.text();
    if (at >= 2 && text[at - 1] == u'、' && TableLabels::instance().sectionNumerals().contains(text[at - 2]))
        return at - 2;
    return at;
}

qsizetype TableExtractor::regionStart(const QString &table) const
{
    const TableLabels &labels = TableLabels::instance();
    const QStringList markers = labels.regionMarkers(table);
    const QStringList headers = labels.regionHeaders(table);
    const qsizetype first = findAny(markers, 0);
    if (headers.isEmpty())
        return first;
    const qsizetype size = m_norm.text().size();
    for (qsizetype at = first; at >= 0; at = findAny(markers, at + 1)) {
        if (findAny(headers, at, std::min(size, at + labels.regionHeaderWindow())) >= 0)
            return at;
    }
    return first;
}

qsizetype TableExtractor::enclosingHeading(qsizetype at, int section) const
{
    // A table marker inside its section's heading ("四、政府信息公开行政复议、行政诉讼情况"): the table
    // before ends where the heading begins, its numeral included, even when nothing separates
    // them ("…继续办理2000002四、政府信息公开行政复议…").
    if (at < 0)
        return at;
    for (const QString &heading : TableLabels::instance().sections().value(section)) {
        const qsizetype from = std::max<qsizetype>(0, at - heading.size() + 1);
        const qsizetype found = find(heading, from);
        if (found >= 0 && found <= at && found + heading.size() > at)
            return headingStart(found);
    }
    return at;
}

void TableExtractor::locateRegions()
{
    const TableLabels &labels = TableLabels::instance();
    const qsizetype size = m_norm.text().size();
    const qsizetype t2 = regionStart(QStringLiteral("t2"));
    qsizetype t3 = findAny(labels.regionMarkers(QStringLiteral("t3")), std::max<qsizetype>(t2, 0));
    // Some reports print table 3 before table 2: then table 3 ends where table 2 begins.
    const bool t3First = t3 < 0 && t2 >= 0;
    if (t3First)
        t3 = findAny(labels.regionMarkers(QStringLiteral("t3")), 0, t2);
    const qsizetype t4 = findAny(labels.regionMarkers(QStringLiteral("t4")), std::max({t2, t3, qsizetype(0)}));
    // A table ends where the next begins, the last one at section 5 or 6.
    qsizetype t4End = -1;
    if (t4 >= 0) {
        for (int section : {5, 6}) {
            for (const QString &heading : labels.sections().value(section)) {
                const qsizetype at = headingStart(find(heading, t4));
                if (at >= 0 && (t4End < 0 || at < t4End))
                    t4End = at;
            }
        }
        if (t4End < 0 || t4End - t4 > MaxT4Length)
            t4End = std::min(size, t4 + MaxT4Length);
    }
    if (t2 >= 0)
        m_t2 = {t2, t3 > t2 ? t3 : (t4 >= 0 ? t4 : std::min(size, t2 + 3000))};
    if (t3 >= 0) {
        qsizetype t3End = t3First ? t2 : enclosingHeading(t4, 4);
        for (int section : {5, 6}) {
            for (const QString &heading : labels.sections().value(section)) {
                const qsizetype at = headingStart(find(heading, t3));
                if (t3End < 0 || (at >= 0 && at < t3End))
                    t3End = at;
            }
        }
        m_t3 = {t3, t3End >= 0 ? t3End : std::min(size, t3 + 6000)};
    }
    if (t4 >= 0 && (t2 >= 0 || t3 >= 0))
        m_t4 = {t4, t4End};
    for (Region *region : {&m_t2, &m_t3}) {
        if (region->begin >= 0)
            region->end = std::min(region->end, region->begin + MaxRegionLength);
    }
}

QString TableExtractor::detectT2Format() const
{
    if (!m_t2.isValid())
        return QString();
    QString best;
    int bestCount = 0;
    for (const QString &format : ReportSchema::instance().formatIds()) {
        int count = 0;
        for (const QString &marker : TableLabels::instance().formatMarkers(format))
            count += find(marker, m_t2.begin, m_t2.end) >= 0;
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return best;
}

TableExtractor::LabelView TableExtractor::labelView(const Region &region) const
{
    // PDF text wraps a long label around its row's values ("一、本年新收政府信息 3001 53 … 3119
    // 公开申请数量") or around a page footer: labels are matched in a view of the table without
    // the numbers standing alone and the footer lines, and remember where they were cut.
    const QString &text = m_plain.text;
    const qsizetype begin = m_norm.originalBegin(region.begin);
    const qsizetype end = regionEnd(region);
    QString masked = text;
    LabelView view;
    view.maskedBefore.assign(std::size_t(end - begin + 1), 0);
    std::vector<bool> isMasked(std::size_t(end - begin), false);
    qsizetype lineStart = begin;
    while (lineStart < end) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < end && !isLineBreak(text[lineEnd]))
            ++lineEnd;
        const bool footer = isPageFooter(QStringView(text).mid(lineStart, lineEnd - lineStart));
        qsizetype i = lineStart;
        while (i < lineEnd) {
            if (isGap(text[i])) {
                ++i;
                continue;
            }
            qsizetype q = i;
            while (q < lineEnd && !isGap(text[q]))
                ++q;
            const QStringView piece = QStringView(text).mid(i, q - i);
            // Most pieces of a table are plain digits: a number without building its token.
            // Marks stay: "无" starts the label 无正当理由大量反复申请 when its letters are spaced.
            const bool number = isPlainDigits(piece) || areAllNumbers(ValueToken::fromGluedPiece(piece, i));
            if (footer || number) {
                for (qsizetype p = i; p < q; ++p) {
                    masked[p] = u' ';
                    isMasked[std::size_t(p - begin)] = true;
                }
            }
            i = q;
        }
        lineStart = lineEnd + 1;
    }
    for (qsizetype p = begin; p < end; ++p)
        view.maskedBefore[std::size_t(p - begin + 1)] = view.maskedBefore[std::size_t(p - begin)] + isMasked[std::size_t(p - begin)];
    view.begin = begin;
    view.norm = NormalizedText(masked, begin, end);
    return view;
}

bool TableExtractor::LabelView::cutBetween(qsizetype a, qsizetype b) const
{
    return maskedBefore[std::size_t(b - begin)] > maskedBefore[std::size_t(a + 1 - begin)];
}

std::vector<TableExtractor::LabelHit> TableExtractor::findLabels(const QString &table, const LabelView &view,
                                                                 const QStringList &rows,
                                                                 const QHash<QString, QString> &renamed)
{
    static const QRegularExpression numberPrefix(
        QStringLiteral("(?:\\d[.、]|\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、)$"));
    const QString &text = view.norm.text();
    std::vector<bool> taken(std::size_t(text.size()), false);
    std::vector<LabelHit> hits;
    std::vector<const RowLabel *> labels; // the table's, in the order they are tried
    QStringList words;
    for (const RowLabel &label : TableLabels::instance().rowLabels()) {
        if (label.table == table) {
            labels.push_back(&label);
            words.append(label.text);
        }
    }
    const WordPlaces places(words, text);
    for (std::size_t l = 0; l < labels.size(); ++l) {
        const RowLabel &label = *labels[l];
        const QString row = renamed.value(label.row, label.row);
        const bool anchors = rows.contains(row);
        for (const qsizetype at : places.of(qsizetype(l))) {
            const qsizetype end = at + label.text.size();
            bool free = true;
            for (qsizetype i = at; i < end && free; ++i)
                free = !taken[std::size_t(i)];
            if (!free)
                continue;
            qsizetype begin = at;
            // The row's number ("4.", "（三）") belongs to the label, never to the values before it.
            const QRegularExpressionMatch prefix
                = numberPrefix.match(text.mid(std::max<qsizetype>(0, at - 6), at - std::max<qsizetype>(0, at - 6)));
            if (prefix.hasMatch())
                begin = at - prefix.capturedLength();
            for (qsizetype i = begin; i < end; ++i)
                taken[std::size_t(i)] = true;
            // A label cut by values is its pieces: the row's values follow the first piece.
            LabelHit hit;
            hit.row = anchors ? row : QString();
            hit.begin = view.norm.originalPos(begin);
            qsizetype pieceBegin = begin;
            for (qsizetype i = begin; i < end; ++i) {
                const bool last = i + 1 == end;
                if (!last && !view.cutBetween(view.norm.originalPos(i), view.norm.originalPos(i + 1)))
                    continue;
                const qsizetype pieceEnd = view.norm.originalPos(i) + 1;
                exclude(view.norm.originalPos(pieceBegin), pieceEnd);
                if (hit.end == 0)
                    hit.end = pieceEnd;
                pieceBegin = i + 1;
            }
            if (anchors) {
                hit.strong = valueFollows(hit.end);
                hits.push_back(hit);
            }
        }
    }
    std::sort(hits.begin(), hits.end(), [](const LabelHit &a, const LabelHit &b) { return a.begin < b.begin; });
    return hits;
}

void TableExtractor::excludeVocabulary(const Region &region)
{
    const TableLabels &labels = TableLabels::instance();
    QStringList words = labels.vocabulary();
    for (const QStringList &headings : labels.sections())
        words += headings;
    const WordPlaces places(words, m_norm.text(), region.begin, region.end);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words[w];
        qsizetype from = region.begin;
        for (const qsizetype at : places.of(w)) {
            if (at < from)
                continue; // overlaps the place before it, which a search from there skips
            from = at + word.size();
            qsizetype begin = at;
            // A section heading's numeral ("五、") goes with it.
            if (begin >= 2 && m_norm.text()[begin - 1] == u'、'
                && labels.sectionNumerals().contains(m_norm.text()[begin - 2]))
                begin -= 2;
            exclude(m_norm.originalBegin(begin), m_norm.originalEnd(at + word.size()));
        }
    }
}

bool TableExtractor::valueFollows(qsizetype pos) const
{
    // A row label is followed by its cells: a value, or (in a tab or pipe row) cell
    // separators. A label followed by another label is a heading or out of place.
    const QString &text = m_plain.text;
    bool separatorSeen = false;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (isLineBreak(c) && separatorSeen)
            return true;
        if (isFieldSeparator(c))
            separatorSeen = true;
        else if (c == u'(' || c == u'（') {
            // A note after the label ("（区分处理的，只计这一情形）") is still the label.
            static const QRegularExpression closing(QStringLiteral("[)）]"));
            const qsizetype close = text.indexOf(closing, pos);
            if (close < 0 || close - pos > 60)
                return false;
            pos = close;
        } else if (!c.isSpace() && !NormalizedText::normalize(QString(c)).isEmpty())
            return startsValue(c);
        ++pos;
    }
    return false;
}

bool TableExtractor::isCoveredSlot(qsizetype fieldBegin, qsizetype fieldEnd) const
{
    // HtmlFlattener expands spans to empty slots; the separator that opens a covered
    // slot points at the same source offset as the one that closes it.
    const std::vector<qsizetype> &offsets = m_plain.sourceOffsets;
    if (!m_exactGrid || fieldBegin < 1 || fieldEnd >= qsizetype(offsets.size()) || fieldEnd != fieldBegin
        || m_plain.text[fieldBegin - 1] != u'\t')
        return false;
    return offsets[std::size_t(fieldBegin - 1)] == offsets[std::size_t(fieldEnd)];
}

bool TableExtractor::isExcluded(qsizetype pos) const
{
    return pos >= 0 && pos < qsizetype(m_excluded.size()) && m_excluded[std::size_t(pos)];
}

void TableExtractor::exclude(qsizetype begin, qsizetype end)
{
    if (m_excluded.empty())
        m_excluded.assign(std::size_t(m_plain.text.size()), 0);
    begin = std::max<qsizetype>(begin, 0);
    end = std::min<qsizetype>(end, qsizetype(m_excluded.size()));
    for (qsizetype pos = begin; pos < end; ++pos)
        m_excluded[std::size_t(pos)] = 1;
}

std::vector<ValueToken> TableExtractor::tokenize(qsizetype begin, qsizetype end) const
{
    const QString &text = m_plain.text;
    std::vector<ValueToken> tokens;
    qsizetype lineStart = begin;
    while (lineStart < end) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < end && !isLineBreak(text[lineEnd]))
            ++lineEnd;
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        // Whether the line is a tab, pipe or grid row is the whole line's matter: a read may
        // start after a row label ("| **规章** | 0 |") or end before one.
        qsizetype wholeStart = lineStart;
        while (wholeStart > 0 && !isLineBreak(text[wholeStart - 1]))
            --wholeStart;
        qsizetype wholeEnd = lineEnd;
        while (wholeEnd < text.size() && !isLineBreak(text[wholeEnd]))
            ++wholeEnd;
        const QStringView wholeLine = QStringView(text).mid(wholeStart, wholeEnd - wholeStart);
        const bool fieldMode = wholeLine.contains(u'\t') || wholeLine.trimmed().startsWith(u'|');
        if (!isPageFooter(line)) {
            std::vector<ValueToken> lineTokens;
            bool lineHasValue = false;
            // Walk pieces: in field mode every field is a piece (empty ones are blank cells);
            // otherwise pieces are separated by whitespace and by excluded (label) text.
            qsizetype i = lineStart;
            while (i <= lineEnd) {
                if (fieldMode) {
                    qsizetype fieldEnd = i;
                    while (fieldEnd < lineEnd && !isFieldSeparator(text[fieldEnd]))
                        ++fieldEnd;
                    bool hadLabel = false;
                    qsizetype p = i;
                    bool anyPiece = false;
                    while (p < fieldEnd) {
                        if (isExcluded(p)) {
                            hadLabel = true;
                            ++p;
                            continue;
                        }
                        if (isGap(text[p])) {
                            ++p;
                            continue;
                        }
                        qsizetype q = p;
                        while (q < fieldEnd && !isExcluded(q) && !isGap(text[q]))
                            ++q;
                        anyPiece = true;
                        for (ValueToken &token : ValueToken::fromGluedPiece(QStringView(text).mid(p, q - p), p)) {
                            token.inField = true;
                            lineTokens.push_back(token);
                            lineHasValue = true;
                        }
                        p = q;
                    }
                    // In a grid every field after a separator is a cell, the last one too.
                    const bool isSeparator = fieldEnd < lineEnd || i < lineEnd || (m_exactGrid && i > lineStart);
                    // A read that starts inside a field (right after a row label) starts with
                    // the rest of the label's field, not with a cell.
                    const bool labelTail = i == lineStart && lineStart > 0 && !isLineBreak(text[lineStart - 1])
                                           && !isFieldSeparator(text[lineStart - 1]);
                    if (labelTail || isCoveredSlot(i, fieldEnd)) {
                        // Part of a cell spanning rows or columns, or of the label: no cell of its own.
                    } else if (!anyPiece && !hadLabel && isSeparator && !(line.trimmed().startsWith(u'|') && i == lineStart)) {
                        lineTokens.push_back(ValueToken::blank(i));
                        lineTokens.back().inField = true;
                    } else if (!anyPiece && !hadLabel && i == lineEnd && i > lineStart && text[i - 1] == u'\t') {
                        // The empty field after a line's last tab: a blank cell or only padding;
                        // an edge blank, which the row's width decides on.
                        lineTokens.push_back(ValueToken::blank(i));
                        lineTokens.back().inField = true;
                    }
                    else if (hadLabel && !anyPiece) {
                        // Values of a row start after its label: what stands before it in the
                        // same tab, pipe or grid row is layout (blank padding, a 序号 column).
                        lineTokens.clear();
                        lineHasValue = false;
                    }
                    i = fieldEnd + 1;
                } else {
                    if (i == lineEnd)
                        break;
                    if (isExcluded(i) || isGap(text[i])) {
                        ++i;
                        continue;
                    }
                    qsizetype q = i;
                    while (q < lineEnd && !isExcluded(q) && !isGap(text[q]))
                        ++q;
                    for (ValueToken &token : ValueToken::fromGluedPiece(QStringView(text).mid(i, q - i), i)) {
                        lineTokens.push_back(token);
                        lineHasValue = true;
                    }
                    i = q;
                }
            }
            // A read that ends inside a tab, pipe or grid row ends at the next row's label:
            // the fields before that label (a 序号 column, padding) are not cells of this row.
            if (fieldMode && lineEnd == end && end < text.size() && !isLineBreak(text[end])) {
                lineTokens.clear();
                lineHasValue = false;
            }
            if (lineHasValue) {
                // Mark the blanks at the edges of the line: the row width decides whether they are cells.
                auto firstValue = std::find_if(lineTokens.begin(), lineTokens.end(),
                                               [](const ValueToken &t) { return t.kind != ValueToken::Kind::Blank; });
                for (auto it = lineTokens.begin(); it != firstValue; ++it) {
                    it->edgeBlank = true;
                    it->leadingEdge = true;
                }
                for (auto it = lineTokens.rbegin(); it != lineTokens.rend() && it->kind == ValueToken::Kind::Blank; ++it)
                    it->edgeBlank = true;
                if (m_cellPerLine || m_exactGrid)
                    keepDigitsApart(lineTokens);
                tokens.insert(tokens.end(), lineTokens.begin(), lineTokens.end());
            }
        }
        lineStart = lineEnd + 1;
    }
    return tokens;
}

std::vector<ValueToken> TableExtractor::regionTokens(const Region &region) const
{
    return tokenize(m_norm.originalBegin(region.begin), regionEnd(region));
}

void TableExtractor::keepDigitsApart(std::vector<ValueToken> &tokens)
{
    // A number too long for one cell stays unplaceable (mustSplit, not splittable): ambiguous.
    for (ValueToken &token : tokens) {
        token.splittable = false;
        token.mustSplit = token.kind == ValueToken::Kind::Number && !token.value;
    }
}

qsizetype TableExtractor::regionEnd(const Region &region) const
{
    // Up to what begins the next part, white space and separators included: the empty
    // cells at the end of a table's last row are still cells.
    return m_norm.originalBegin(region.end);
}

bool TableExtractor::hasCellPerLine(const std::vector<ValueToken> &tokens, const std::vector<LabelHit> &hits) const
{
    // One cell per line (a crawler writing each table cell on its own line): every value
    // stands alone on its line and there are more value lines than labelled rows, so lines,
    // not glued digits, separate the cells. Digits with a leading zero are glued whatever the layout.
    QSet<QString> rows;
    for (const LabelHit &hit : hits)
        rows.insert(hit.row);
    const qsizetype rowCount = rows.size();
    const QString &text = m_plain.text;
    qsizetype lines = 0;
    qsizetype lastLine = -1;
    for (const ValueToken &token : tokens) {
        if (token.kind == ValueToken::Kind::Blank || token.mustSplit)
            return false;
        qsizetype begin = token.pos;
        while (begin > 0 && !isLineBreak(text[begin - 1]))
            --begin;
        qsizetype end = token.pos + token.length;
        while (end < text.size() && !isLineBreak(text[end]))
            ++end;
        if (begin == lastLine)
            return false;
        for (qsizetype p = begin; p < end; ++p) {
            if ((p < token.pos || p >= token.pos + token.length) && !isGap(text[p]))
                return false;
        }
        lastLine = begin;
        ++lines;
    }
    return lines > rowCount;
}

std::vector<TableExtractor::LabelHit> TableExtractor::anchorsInOrder(std::vector<LabelHit> hits,
                                                                     const QStringList &rows) const
{
    // Longest increasing subsequence by row order among the labels that stand
    // before their values; loose labels elsewhere (PDF reading order) do not anchor.
    hits.erase(std::remove_if(hits.begin(), hits.end(), [](const LabelHit &hit) { return !hit.strong; }),
               hits.end());
    const std::size_t n = hits.size();
    std::vector<int> score(n, 0);
    std::vector<int> previous(n, -1);
    int best = -1;
    for (std::size_t i = 0; i < n; ++i) {
        const int rowI = int(rows.indexOf(hits[i].row));
        score[i] = 1;
        for (std::size_t j = 0; j < i; ++j) {
            const int rowJ = int(rows.indexOf(hits[j].row));
            const int candidate = score[j] + 1;
            if (rowJ < rowI && candidate > score[i]) {
                score[i] = candidate;
                previous[i] = int(j);
            }
        }
        if (best < 0 || score[i] > score[std::size_t(best)])
            best = int(i);
    }
    std::vector<LabelHit> chain;
    for (int i = best; i >= 0; i = previous[std::size_t(i)])
        chain.push_back(hits[std::size_t(i)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

std::vector<ValueToken> TableExtractor::fitBlanks(const std::vector<ValueToken> &tokens, std::size_t expected) const
{
    if (tokens.size() == expected)
        return tokens;
    std::vector<ValueToken> core;
    std::vector<ValueToken> withLeading;
    std::vector<ValueToken> withTrailing;
    for (const ValueToken &token : tokens) {
        if (!token.edgeBlank)
            core.push_back(token);
        if (!token.edgeBlank || token.leadingEdge)
            withLeading.push_back(token);
        if (!token.edgeBlank || !token.leadingEdge)
            withTrailing.push_back(token);
    }
    if (core.size() >= expected || core.empty())
        return core;
    // An HTML grid is right-aligned (label cells may span); a pasted Word table may
    // have its labels shifted right and a trailing empty field.
    auto tail = [&](const std::vector<ValueToken> &list) {
        return std::vector<ValueToken>(list.end() - qsizetype(expected), list.end());
    };
    auto head = [&](const std::vector<ValueToken> &list) {
        return std::vector<ValueToken>(list.begin(), list.begin() + qsizetype(expected));
    };
    if (m_exactGrid && tokens.size() >= expected)
        return tail(tokens);
    // Blank fields on both sides and either side could make up the row: which end lost its
    // cell the text does not say. The row stays short, and so unplaced.
    const bool bothSides = withLeading.size() > core.size() && withTrailing.size() > core.size();
    if (bothSides && withLeading.size() >= expected && withTrailing.size() >= expected)
        return core;
    if (withLeading.size() >= expected)
        return tail(withLeading);
    if (withTrailing.size() >= expected)
        return head(withTrailing);
    return core;
}

void TableExtractor::readRows(CellSolver &solver, const FormatSchema &schema, const QString &table,
                             const QStringList &rows, const std::vector<LabelHit> &anchors,
                             const Region &region) const
{
    const qsizetype tableEnd = regionEnd(region);
    auto cellsOf = [&](int fromRow, int toRow) {
        std::vector<int> cells;
        for (int r = fromRow; r < toRow; ++r) {
            const std::vector<int> row = schema.rowCells(table, rows[r]);
            cells.insert(cells.end(), row.begin(), row.end());
        }
        return cells;
    };
    auto addSegment = [&](int fromRow, int toRow, qsizetype begin, qsizetype end) {
        std::vector<int> cells = cellsOf(fromRow, toRow);
        std::vector<ValueToken> tokens = tokenize(begin, end);
        if (tokens.empty() || cells.empty())
            return;
        // Only free text collapses runs of equal cells; a tab or grid row keeps every cell.
        const bool allowRuns = std::none_of(tokens.begin(), tokens.end(),
                                            [](const ValueToken &t) { return t.inField; });
        tokens = fitBlanks(tokens, cells.size());
        if (toRow - fromRow == 1 || tokens.size() == cells.size() || table == u"t4") {
            solver.addGroup(std::move(cells), std::move(tokens), allowRuns);
            return;
        }
        // Several rows and the count does not divide: fall back to one row per line.
        std::vector<std::vector<ValueToken>> lines;
        qsizetype lastLineStart = -2;
        for (const ValueToken &token : tokens) {
            qsizetype lineStart = token.pos;
            while (lineStart > 0 && !isLineBreak(m_plain.text[lineStart - 1]))
                --lineStart;
            if (lineStart != lastLineStart)
                lines.emplace_back();
            lines.back().push_back(token);
            lastLineStart = lineStart;
        }
        if (int(lines.size()) == toRow - fromRow) {
            for (int r = fromRow; r < toRow; ++r)
                solver.addGroup(schema.rowCells(table, rows[r]), lines[std::size_t(r - fromRow)], allowRuns);
        } else {
            solver.addGroup(std::move(cells), std::move(tokens), allowRuns);
        }
    };
    if (table == u"t4") {
        addSegment(0, int(rows.size()), m_norm.originalBegin(region.begin), tableEnd);
        return;
    }
    for (std::size_t a = 0; a < anchors.size(); ++a) {
        const int fromRow = int(rows.indexOf(anchors[a].row));
        const bool last = a + 1 == anchors.size();
        const int toRow = last ? int(rows.size()) : int(rows.indexOf(anchors[a + 1].row));
        const qsizetype end = last ? tableEnd : anchors[a + 1].begin;
        // After the last anchor only its own row is read: what follows is outside the table
        // more often than it is the rest of it.
        addSegment(fromRow, last ? fromRow + 1 : toRow, anchors[a].end, end);
    }
}

bool TableExtractor::readRowsByLine(CellSolver &solver, const FormatSchema &schema, const QString &table,
                                    const QStringList &rows, const std::vector<LabelHit> &hits,
                                    const std::vector<ValueToken> &tokens) const
{
    // A table whose rows are each one line of exactly the row's width, in table order,
    // while its labels are scattered (a pipe table broken into fragments, labels on
    // loose lines or missing): the lines are the rows. Taken only when there are as
    // many full lines as rows and every label standing on one of them agrees; table 4
    // is one line of all its cells, and taken when exactly one line has that width.
    if (rows.isEmpty())
        return false;
    const bool oneLine = table == u"t4";
    std::vector<std::vector<int>> lineCells;
    for (const QString &row : rows) {
        const std::vector<int> cells = schema.rowCells(table, row);
        if (oneLine && !lineCells.empty())
            lineCells.front().insert(lineCells.front().end(), cells.begin(), cells.end());
        else
            lineCells.push_back(cells);
    }
    const std::size_t width = lineCells.front().size();
    for (const std::vector<int> &cells : lineCells) {
        if (cells.size() != width)
            return false;
    }
    const QString &text = m_plain.text;
    struct Line
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        std::vector<ValueToken> tokens;
    };
    std::vector<Line> lines;
    for (const ValueToken &token : tokens) {
        // The tokens come in text order: one up to the end of the last line is on it (a blank
        // field after a trailing tab stands at the end itself). Each line's ends are looked for
        // once, not once per token (a long line has thousands).
        if (lines.empty() || token.pos > lines.back().end) {
            qsizetype lineBegin = token.pos;
            while (lineBegin > 0 && !isLineBreak(text[lineBegin - 1]))
                --lineBegin;
            qsizetype lineEnd = token.pos;
            while (lineEnd < text.size() && !isLineBreak(text[lineEnd]))
                ++lineEnd;
            lines.push_back({lineBegin, lineEnd, {}});
        }
        lines.back().tokens.push_back(token);
    }
    std::vector<Line> full;
    for (Line &line : lines) {
        line.tokens = fitBlanks(line.tokens, width);
        if (line.tokens.size() == width)
            full.push_back(std::move(line));
    }
    if (full.size() != lineCells.size())
        return false;
    int labelled = 0;
    for (const LabelHit &hit : hits) {
        const auto on = std::find_if(full.begin(), full.end(), [&hit](const Line &line) {
            return hit.begin >= line.begin && hit.begin < line.end;
        });
        if (on == full.end())
            continue;
        if (rows.indexOf(hit.row) != on - full.begin())
            return false;
        ++labelled;
    }
    if (!oneLine && labelled < 2)
        return false;
    for (std::size_t r = 0; r < lineCells.size(); ++r)
        solver.addGroup(std::move(lineCells[r]), std::move(full[r].tokens), false);
    return true;
}

std::vector<int> TableExtractor::headedT2Columns(const FormatSchema &schema, const std::vector<int> &cells,
                                                 qsizetype labelBegin) const
{
    // The sub-table's heading runs from its "第二十条第（五）项" to the row label.
    const TableLabels &labels = TableLabels::instance();
    const QString &text = m_norm.text();
    const qsizetype labelAt = m_norm.normalizedIndex(labelBegin);
    qsizetype headingBegin = -1;
    for (const QString &marker : labels.t2SubtableMarkers())
        headingBegin = std::max(headingBegin, text.lastIndexOf(marker, labelAt - 1));
    if (headingBegin < m_t2.begin)
        return cells;
    const QString heading = text.mid(headingBegin, labelAt - headingBegin);
    std::vector<int> named;
    for (int index : cells) {
        const QStringList variants = labels.t2ColumnHeadings(schema.id(), schema.address(index).column);
        if (std::any_of(variants.begin(), variants.end(), [&heading](const QString &v) { return heading.contains(v); }))
            named.push_back(index);
    }
    return named.empty() ? cells : named;
}

std::vector<ValueToken> TableExtractor::valuesBeforeOnlyLabel(const std::vector<LabelHit> &hits, std::size_t h) const
{
    // PDF reading order may put a sub-table's values between its column headings and its
    // row label ("本年收费金额（单位：万元） 7545 行政事业性收费"). When the label is the only
    // row of its sub-table, whatever value the sub-table holds is that row's.
    const QString &text = m_norm.text();
    const qsizetype labelAt = m_norm.normalizedIndex(hits[h].begin);
    qsizetype subtable = -1;
    for (const QString &marker : TableLabels::instance().t2SubtableMarkers())
        subtable = std::max(subtable, text.lastIndexOf(marker, labelAt - 1));
    if (subtable < m_t2.begin)
        return {};
    qsizetype next = m_t2.end;
    for (const QString &marker : TableLabels::instance().t2SubtableMarkers()) {
        const qsizetype at = find(marker, labelAt, m_t2.end);
        if (at >= 0)
            next = std::min(next, at);
    }
    const qsizetype begin = m_norm.originalBegin(subtable);
    const qsizetype end = m_norm.originalBegin(next);
    for (std::size_t other = 0; other < hits.size(); ++other) {
        if (other != h && hits[other].begin >= begin && hits[other].begin < end)
            return {};
    }
    return tokenize(begin, hits[h].begin);
}

void TableExtractor::readT2Rows(CellSolver &solver, const FormatSchema &schema, const QStringList &rows,
                                const std::vector<LabelHit> &hits) const
{
    // Table 2 has no arithmetic between rows and its sub-tables are often moved
    // around (PDF-to-markdown), so each row is read after its own label.
    const qsizetype t2End = regionEnd(m_t2);
    for (const QString &row : rows) {
        for (std::size_t h = 0; h < hits.size(); ++h) {
            if (hits[h].row != row)
                continue;
            qsizetype end = h + 1 < hits.size() ? hits[h + 1].begin : t2End;
            // The next sub-table ("第二十条第（八）项") ends the row too, whatever its label's place.
            const qsizetype from = m_norm.normalizedIndex(hits[h].end);
            for (const QString &marker : TableLabels::instance().t2SubtableMarkers()) {
                const qsizetype at = find(marker, from, m_t2.end);
                if (at >= 0)
                    end = std::min(end, m_norm.originalBegin(at));
            }
            std::vector<int> cells = schema.rowCells(QStringLiteral("t2"), row);
            std::vector<ValueToken> tokens;
            if (hits[h].strong)
                tokens = tokenize(hits[h].end, end);
            else if (tokenize(hits[h].end, end).empty())
                tokens = valuesBeforeOnlyLabel(hits, h);
            // A label that gives no value (a restatement in prose) leaves the row to its next label.
            if (tokens.empty())
                continue;
            tokens = fitBlanks(tokens, cells.size());
            if (!tokens.empty() && tokens.size() < cells.size())
                cells = headedT2Columns(schema, cells, hits[h].begin);
            const bool allowRuns = std::none_of(tokens.begin(), tokens.end(),
                                                [](const ValueToken &t) { return t.inField; });
            if (!tokens.empty())
                solver.addGroup(std::move(cells), std::move(tokens), allowRuns);
            break;
        }
    }
}

TableExtractor::Result TableExtractor::extract()
{
    Result result;
    locateRegions();
    if (!m_t2.isValid() && !m_t3.isValid()) {
        result.format = QStringLiteral("pre2019");
        result.notes.append(QStringLiteral("format-not-recognised"));
        return result;
    }
    const TableLabels &labels = TableLabels::instance();
    result.tablesBegin = m_norm.originalBegin(m_t2.isValid() ? m_t2.begin : m_t3.begin);
    result.t2Format = detectT2Format();
    bool splitOther = false;
    // Table 3's labels are read twice: for the format and for the rows.
    std::optional<LabelView> t3View;
    if (m_t3.isValid()) {
        // Matched as row labels are: a long sub-row label may be wrapped around its values.
        t3View = labelView(m_t3);
        const QString &t3Labels = t3View->norm.text();
        for (const RowLabel &label : labels.rowLabels()) {
            if (label.table == u"t3" && labels.splitOtherRows().contains(label.row)
                && label.row != labels.splitOtherRows().constLast() && t3Labels.contains(label.text))
                splitOther = true;
        }
        result.t3Format = splitOther ? QStringLiteral("2021") : QString();
    }
    result.format = !result.t2Format.isEmpty() ? result.t2Format
                    : splitOther              ? QStringLiteral("2021")
                                              : QStringLiteral("2019");
    const FormatSchema &schema = *ReportSchema::instance().format(result.format);
    result.cells.assign(std::size_t(schema.cellCount()), Cell());

    CellSolver solver(schema);
    if (m_t2.isValid()) {
        const QStringList rows = schema.rows(QStringLiteral("t2"));
        const auto hits = findLabels(QStringLiteral("t2"), labelView(m_t2), rows, {});
        excludeVocabulary(m_t2);
        m_cellPerLine = hasCellPerLine(regionTokens(m_t2), hits);
        readT2Rows(solver, schema, rows, hits);
    }
    if (m_t3.isValid()) {
        QStringList rows = schema.rows(QStringLiteral("t3"));
        QHash<QString, QString> renamed;
        if (result.format == u"2021" && !splitOther) {
            // A 2021 report printing (六)其他处理 as one row: its values are other_misc.
            renamed.insert(labels.singleOtherRow(), labels.splitOtherRows().constLast());
            for (const QString &row : labels.splitOtherRows().mid(0, labels.splitOtherRows().size() - 1))
                rows.removeAll(row);
            result.notes.append(QStringLiteral("t3-single-other-row"));
        }
        const auto hits = findLabels(QStringLiteral("t3"), *t3View, rows, renamed);
        excludeVocabulary(m_t3);
        m_cellPerLine = false; // decided from this table's own tokens, glued ones included
        std::vector<ValueToken> tokens = regionTokens(m_t3);
        m_cellPerLine = hasCellPerLine(tokens, hits);
        if (m_cellPerLine)
            keepDigitsApart(tokens); // as tokenize() reads this table from now on
        if (!readRowsByLine(solver, schema, QStringLiteral("t3"), rows, hits, tokens))
            readRows(solver, schema, QStringLiteral("t3"), rows, anchorsInOrder(hits, rows), m_t3);
    }
    if (m_t4.isValid()) {
        excludeVocabulary(m_t4);
        m_cellPerLine = false; // its one row of fifteen may be glued in any layout
        const QStringList rows = schema.rows(QStringLiteral("t4"));
        if (!readRowsByLine(solver, schema, QStringLiteral("t4"), rows, {}, regionTokens(m_t4)))
            readRows(solver, schema, QStringLiteral("t4"), rows, {}, m_t4);
    }
    solver.solveInto(result.cells, m_plain);
    result.solverWork = solver.work();
    // Cells left ambiguous because their table is garbled beyond what the solver searches
    // (not because several readings fit): the reviewer is told why.
    if (solver.work().unresolvedGroups > 0)
        result.notes.append(QStringLiteral("cells-unresolved"));

    for (int i = 0; i < schema.cellCount(); ++i) {
        Cell &cell = result.cells[std::size_t(i)];
        cell.extracted = cell.value;
        if (cell.value && ((!schema.isSigned(i) && cell.value->isNegative())
                           || (!schema.isDecimal(i) && !cell.value->isInteger()))) {
            // A number of the wrong kind is no value (models/report.h); the raw text stays.
            cell.status = CellStatus::Invalid;
            cell.value.reset();
            cell.extracted.reset();
        }
    }
    return result;
}
