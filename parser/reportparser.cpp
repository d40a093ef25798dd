// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/reportparser.h"

#include "parser/documentreader.h"
#include "parser/narrativefigures.h"
#include "parser/normalizedtext.h"
#include "parser/tableextractor.h"
#include "parser/tablelabels.h"

#include <QHash>
#include <QRegularExpression>

namespace {

constexpr qsizetype TitleWindow = 1200; // normalized characters searched for the title

// "XXXX年（度）政府信息公开工作年度报告" in the first lines: the statistics year and who reports.
struct Title
{
    int year = 0;
    qsizetype yearPos = -1; ///< in the original text
};

Title findTitle(const NormalizedText &norm)
{
    static const QRegularExpression title(
        QStringLiteral("((?:19|20)\\d{2})年度?(?:本级|全区|全县|全市)?(?:政府信息公开|政务公开|信息公开)"));
    const QString head = norm.text().left(TitleWindow);
    const QRegularExpressionMatch match = title.match(head);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), norm.originalPos(match.capturedStart(1))};
}

int findPeriodYear(const NormalizedText &norm)
{
    static const QRegularExpression period(QStringLiteral("((?:19|20)\\d{2})年1月1日"));
    const QRegularExpressionMatch match = period.match(norm.text());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

int mostFrequentYear(const NormalizedText &norm)
{
    static const QRegularExpression yearWord(QStringLiteral("((?:19|20)\\d{2})年"));
    QHash<int, int> counts;
    auto it = yearWord.globalMatch(norm.text());
    while (it.hasNext())
        ++counts[it.next().captured(1).toInt()];
    int best = 0;
    for (auto c = counts.begin(); c != counts.end(); ++c) {
        if (best == 0 || c.value() > counts.value(best))
            best = c.key();
    }
    return best;
}

QString cleanAgency(QString text)
{
    static const QRegularExpression noise(QStringLiteral("^[#*\\s]*(?:标题[:：])?\\s*|[\\s*#]+$"));
    text.remove(noise);
    return text.simplified().remove(u' ');
}

QString findAgency(const QString &text, const NormalizedText &norm, const Title &title)
{
    static const QRegularExpression compiledBy(
        QStringLiteral("本报告(?:是)?由(.{2,40}?)(?:根据|按照|依据|编制|负责)"));
    if (title.yearPos >= 0) {
        qsizetype lineStart = title.yearPos;
        while (lineStart > 0 && text[lineStart - 1] != u'\n' && text[lineStart - 1] != u'\r')
            --lineStart;
        QString agency = cleanAgency(text.mid(lineStart, title.yearPos - lineStart));
        if (agency.isEmpty()) {
            // Title broken over two lines (PDF): the agency is the line before.
            const QString before = text.left(lineStart).trimmed();
            agency = cleanAgency(before.mid(before.lastIndexOf(u'\n') + 1));
        }
        if (agency.endsWith(u"政府") || agency.endsWith(u"办公室") || agency.endsWith(u'局')
            || agency.endsWith(u"委员会") || agency.endsWith(u"管委会"))
            return agency;
        const QRegularExpressionMatch match = compiledBy.match(norm.text());
        if (match.hasMatch())
            return match.captured(1);
        return agency;
    }
    const QRegularExpressionMatch match = compiledBy.match(norm.text());
    return match.hasMatch() ? match.captured(1) : QString();
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
            while (true) {
                const qsizetype at = norm.text().indexOf(heading, from);
                if (at < 0)
                    break;
                from = at + 1;
                // A heading is numbered ("三、") or a markdown heading line.
                const bool numbered = at >= 2 && norm.text()[at - 1] == u'、'
                                      && labels.sectionNumerals().contains(norm.text()[at - 2]);
                qsizetype lineStart = norm.originalPos(at);
                while (lineStart > 0 && text[lineStart - 1] != u'\n')
                    --lineStart;
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
    const Title title = findTitle(norm);
    report.year = title.year ? title.year : findPeriodYear(norm);
    if (!report.year)
        report.year = mostFrequentYear(norm);
    report.agency = findAgency(plain.text, norm, title);

    report.sections = findSections(plain.text, norm);
    for (Section &section : report.sections) {
        section.span = plain.toSource(section.span.offset, section.span.length);
        section.heading = section.heading.simplified();
    }

    TableExtractor extractor(plain, document.kind == u"html");
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
