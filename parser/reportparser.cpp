// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/reportparser.h"

#include "parser/agencyfinder.h"
#include "parser/documentreader.h"
#include "parser/narrativefigures.h"
#include "parser/normalizedtext.h"
#include "parser/tableextractor.h"
#include "parser/tablelabels.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QRegularExpression>

namespace {

int findPeriodYear(const NormalizedText &norm)
{
    static const QRegularExpression period(QStringLiteral("((?:19|20)\\d{2})年1月1日"));
    const QRegularExpressionMatch match = period.match(norm.text());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// The year the text names most often ("2020年"). On a tie, the one named first: the
/// title and the opening lines name the report's year before later ones compare it with
/// others. (A QHash broke ties by its per-process seed: the same file got another year
/// from one run to the next.)
int mostFrequentYear(const NormalizedText &norm)
{
    static const QRegularExpression yearWord(QStringLiteral("((?:19|20)\\d{2})年"));
    std::vector<std::pair<int, int>> counts; // year and how often, in the order first named
    auto it = yearWord.globalMatch(norm.text());
    while (it.hasNext()) {
        const int year = it.next().captured(1).toInt();
        const auto named = std::find_if(counts.begin(), counts.end(), [year](const auto &c) { return c.first == year; });
        if (named == counts.end())
            counts.emplace_back(year, 1);
        else
            ++named->second;
    }
    int best = 0;
    int bestCount = 0;
    for (const auto &[year, count] : counts) {
        if (count > bestCount) {
            best = year;
            bestCount = count;
        }
    }
    return best;
}

/// Where a section heading may begin in the normalised text: right after a section
/// numeral and "、" ("三、"), or anywhere on a markdown heading line ("## 三、…").
struct HeadingPlaces
{
    std::vector<qsizetype> numbered;                        ///< ascending
    std::vector<std::pair<qsizetype, qsizetype>> markdown; ///< [begin, end) of each line, ascending

    HeadingPlaces(const QString &text, const NormalizedText &norm)
    {
        const QString &folded = norm.text();
        const QStringList &numerals = TableLabels::instance().sectionNumerals();
        for (qsizetype i = 1; i + 1 < folded.size(); ++i) {
            if (folded[i] == u'、' && numerals.contains(folded[i - 1]))
                numbered.push_back(i + 1);
        }
        for (qsizetype lineStart = 0; lineStart < text.size();) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            if (text[lineStart] == u'#')
                markdown.emplace_back(norm.normalizedIndex(lineStart), norm.normalizedIndex(lineEnd));
            lineStart = lineEnd + 1;
        }
    }

    /// Where heading first stands as a heading, and whether numbered there; -1 if nowhere.
    std::pair<qsizetype, bool> first(const QString &heading, const QString &folded) const
    {
        qsizetype at = -1;
        for (const qsizetype place : numbered) {
            if (QStringView(folded).sliced(place).startsWith(heading)) {
                at = place;
                break;
            }
        }
        for (const auto &[begin, end] : markdown) {
            if (at >= 0 && begin >= at)
                break;
            // Starting on the line (it may run on past its end: line breaks are not in the view).
            const QStringView reach = QStringView(folded).first(std::min(folded.size(), end + heading.size() - 1));
            const qsizetype found = reach.indexOf(heading, begin);
            if (found >= 0 && (at < 0 || found < at))
                return {found, false};
        }
        return {at, at >= 0};
    }
};

std::vector<Section> findSections(const QString &text, const NormalizedText &norm)
{
    // Each heading's words are looked for where a heading may begin, not through the
    // whole text: a report names its sections' words in its narrative too, and most of
    // a catalogue's variants are nowhere in it (each looked for to the end).
    const TableLabels &labels = TableLabels::instance();
    const HeadingPlaces places(text, norm);
    std::vector<Section> sections;
    for (int number = 1; number <= 6; ++number) {
        qsizetype best = -1;
        qsizetype bestEnd = -1;
        for (const QString &heading : labels.sections().value(number)) {
            const auto [at, numbered] = places.first(heading, norm.text());
            if (at < 0)
                continue;
            const qsizetype begin = numbered ? at - 2 : at;
            if (best < 0 || begin < best) {
                best = begin;
                bestEnd = at + heading.size();
            }
        }
        if (best < 0)
            continue;
        Section section;
        section.number = number;
        section.span.offset = norm.originalPos(best);
        section.span.length = norm.originalEnd(bestEnd) - section.span.offset;
        section.heading = text.mid(section.span.offset, section.span.length);
        sections.push_back(section);
    }
    return sections;
}

} // namespace

Report parseReport(const SourceDocument &document, const QString &fileName)
{
    Report report;
    report.fileName = fileName;
    report.text = document.decoded;
    report.encoding = document.encoding;
    report.sourceKind = document.kind;

    const PlainText &plain = document.plain;
    const NormalizedText norm(plain.text);
    const ReportTitle title = AgencyFinder::findTitle(plain.text, norm, plain.title);
    report.year = title.year ? title.year : findPeriodYear(norm);
    if (!report.year)
        report.year = mostFrequentYear(norm);
    report.agency = AgencyFinder::findAgency(plain.text, norm, title);

    report.sections = findSections(plain.text, norm);
    for (Section &section : report.sections) {
        section.span = plain.toSource(section.span.offset, section.span.length);
        section.heading = section.heading.simplified();
    }

    TableExtractor extractor(plain, norm, document.kind == u"html");
    TableExtractor::Result tables = extractor.extract();
    report.format = tables.format;
    report.t2Format = tables.t2Format;
    report.t3Format = tables.t3Format;
    report.cells = std::move(tables.cells);
    report.notes = tables.notes;
    if (report.isRecognised()) {
        report.figures = findNarrativeFigures(plain.text, tables.tablesBegin, report.format);
        for (NarrativeFigure &figure : report.figures)
            figure.span = plain.toSource(figure.span.offset, figure.span.length);
    }
    return report;
}
