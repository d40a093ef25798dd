// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class NormalizedText;

/** What the report's title says: the statistics year and the agency as written there. */
struct ReportTitle
{
    int year = 0;   ///< 0 when no title was found
    QString agency; ///< as the title writes it (a place, an agency, a short form); empty when it names none
};

/**
 * Who reports, by the rules and words of resources/agency.json: the title
 * ("XX 20XX年政府信息公开工作年度报告", the year first or last; an HTML
 * page's <h1> is a line of its text, its <title> a fallback), the report's
 * note of who compiled it (本报告由…编制), the page's publisher record, a
 * document of the place's agency that the report cites, the signature at the
 * end. Thread-safe: the rules are read once.
 */
namespace AgencyFinder {

/// text: the report's plain text; norm: the same, normalized. documentTitle:
/// an HTML page's <title>, read when the page itself shows no title.
ReportTitle findTitle(const QString &text, const NormalizedText &norm, const QString &documentTitle = QString());

/**
 * The agency's full name: the title's when it names an agency (its short
 * forms expanded, its place completed from the compiler's note); when it names
 * only a place, the compiler or publisher named in the report, else the place's
 * people's government if the report names it, else the agency of a document
 * it cites, else the signature, else the place. Empty when nothing names one.
 */
QString findAgency(const QString &text, const NormalizedText &norm, const ReportTitle &title);

} // namespace AgencyFinder
