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

std::vector<Section> findSections(const QString &text, const NormalizedText &norm)
{
    const TableLabels &labels = TableLabels::instance();
    std::vector<Section> sections;
    for (int number = 1; number <= 6; ++number) {
        qsizetype best = -1;
        qsizetype bestEnd = -1;
        for (const QString &heading : labels.sections().value(number)) {
            qsizetype from = 0;
            // The line the last occurrence stood on: the next one is looked for back to there
            // only, so a long line with the heading's words many times is read once.
            qsizetype scannedFrom = 0;
            qsizetype lineStart = 0;
            while (true) {
                const qsizetype at = norm.text().indexOf(heading, from);
                if (at < 0)
                    break;
                from = at + 1;
                // A heading is numbered ("三、") or a markdown heading line.
                const bool numbered = at >= 2 && norm.text()[at - 1] == u'、'
                                      && labels.sectionNumerals().contains(norm.text()[at - 2]);
                const qsizetype pos = norm.originalPos(at);
                for (qsizetype p = pos; p > scannedFrom; --p) {
                    if (text[p - 1] == u'\n') {
                        lineStart = p;
                        break;
                    }
                }
                scannedFrom = pos;
                const bool markdown = text.mid(lineStart, 1) == u"#";
                if (!numbered && !markdown)
                    continue;
                const qsizetype begin = numbered ? at - 2 : at;
                if (best < 0 || begin < best) {
                    best = begin;
                    bestEnd = at + heading.size();
                }
                break;
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
