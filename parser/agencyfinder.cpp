// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/agencyfinder.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include "parser/normalizedtext.h"
#include "parser/regexsubject.h"

namespace {

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

std::vector<QRegularExpression> patternsOf(const QJsonValue &value, QRegularExpression::PatternOptions options)
{
    std::vector<QRegularExpression> patterns;
    for (const QString &pattern : stringsOf(value))
        patterns.emplace_back(pattern, options);
    return patterns;
}

/** resources/agency.json, compiled once. */
class AgencyRules final
{
public:
    static const AgencyRules &instance()
    {
        // A function-local static is initialised once, thread-safely.
        static const AgencyRules rules;
        return rules;
    }

    qsizetype titleWindow = 0;
    std::vector<QRegularExpression> titlePatterns;
    QRegularExpression lineNoise;
    QStringList endings;
    QStringList places;
    QStringList notNames;
    std::vector<std::pair<QString, QString>> abbreviations; ///< longest first
    QString government;
    std::vector<QRegularExpression> compiledBy;
    std::vector<QRegularExpression> publisher;
    QString issued; ///< with {place}
    QRegularExpression signature;

private:
    AgencyRules()
    {
        QFile file(QStringLiteral(":/govinfo/agency.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The embedded agency rules are missing: %s", qPrintable(file.errorString()));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject title = root.value(u"title").toObject();
        titleWindow = title.value(u"window").toInt();
        titlePatterns = patternsOf(title.value(u"patterns"), QRegularExpression::NoPatternOption);
        lineNoise = QRegularExpression(title.value(u"line_noise").toString());
        endings = stringsOf(root.value(u"endings"));
        places = stringsOf(root.value(u"places"));
        notNames = stringsOf(root.value(u"not_names"));
        const QJsonObject shortForms = root.value(u"abbreviations").toObject();
        for (auto it = shortForms.begin(); it != shortForms.end(); ++it)
            abbreviations.emplace_back(it.key(), it.value().toString());
        // 政府办 before 府办: the longer short form decides.
        std::stable_sort(abbreviations.begin(), abbreviations.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        government = root.value(u"government").toString();
        compiledBy = patternsOf(root.value(u"compiled_by").toObject().value(u"patterns"),
                                QRegularExpression::NoPatternOption);
        publisher = patternsOf(root.value(u"publisher").toObject().value(u"patterns"),
                               QRegularExpression::MultilineOption);
        issued = root.value(u"issued").toObject().value(u"pattern").toString();
        signature = QRegularExpression(root.value(u"signature").toObject().value(u"pattern").toString(),
                                       QRegularExpression::MultilineOption);
    }
};

bool endsWithAny(const QString &text, const QStringList &endings)
{
    return std::any_of(endings.cbegin(), endings.cend(), [&text](const QString &e) { return text.endsWith(e); });
}

/// A name as a name is written: no spaces or markup inside, its short form expanded.
QString expanded(QString name)
{
    const AgencyRules &rules = AgencyRules::instance();
    name = NormalizedText::normalize(name);
    for (const auto &[shortForm, full] : rules.abbreviations) {
        if (name.endsWith(shortForm)) {
            name.chop(shortForm.size());
            name += full;
            break;
        }
    }
    return name;
}

/// One word, letters and digits: a name, not a piece of prose or of a page's chrome.
bool isWord(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("^[\\p{L}\\p{N}]+$"));
    return word.match(text).hasMatch();
}

bool isAgencyName(const QString &name)
{
    const AgencyRules &rules = AgencyRules::instance();
    if (name.size() < 2 || !isWord(name) || !endsWithAny(name, rules.endings))
        return false;
    return std::none_of(rules.notNames.cbegin(), rules.notNames.cend(),
                        [&name](const QString &prefix) { return name.startsWith(prefix); });
}

bool isPlaceName(const QString &name)
{
    return name.size() >= 2 && isWord(name) && !isAgencyName(name) && endsWithAny(name, AgencyRules::instance().places);
}

/// A name the report gives in short ("区管委会办公室"), completed with the
/// title's place ("平潭综合实验区"): the place kind it begins with is that place.
QString qualified(const QString &name, const QString &place)
{
    if (place.isEmpty() || name.startsWith(place))
        return name;
    for (const QString &kind : AgencyRules::instance().places) {
        if (name.startsWith(kind) && place.endsWith(kind))
            return place + name.mid(kind.size());
    }
    return name;
}

/// The title's agency ("洪泽区人民政府") with the places a fuller mention adds
/// ahead of it ("淮安市洪泽区人民政府办公室" → "淮安市洪泽区人民政府").
QString fuller(const QString &agency, const QString &mention)
{
    const qsizetype at = mention.indexOf(agency);
    if (at <= 0)
        return agency;
    const QString ahead = mention.left(at);
    return endsWithAny(ahead, AgencyRules::instance().places) ? ahead + agency : agency;
}

/// The first agency name the patterns capture, the earliest in the text.
QString firstName(const std::vector<QRegularExpression> &patterns, const RegexSubject &subject)
{
    qsizetype best = -1;
    QString name;
    for (const QRegularExpression &pattern : patterns) {
        auto it = subject.globalMatch(pattern);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString candidate = expanded(match.captured(u"agency"));
            if (!isAgencyName(candidate))
                continue;
            if (best < 0 || match.capturedStart() < best) {
                best = match.capturedStart();
                name = candidate;
            }
            break;
        }
    }
    return name;
}

QString lastSignature(const QString &text)
{
    QString name;
    auto it = AgencyRules::instance().signature.globalMatch(text);
    while (it.hasNext()) {
        const QString candidate = expanded(it.next().captured(u"agency"));
        if (isAgencyName(candidate))
            name = candidate;
    }
    return name;
}

} // namespace

namespace AgencyFinder {

ReportTitle findTitle(const QString &text, const NormalizedText &norm, const QString &documentTitle)
{
    const AgencyRules &rules = AgencyRules::instance();
    const QString head = norm.text().left(rules.titleWindow);
    QRegularExpressionMatch first;
    for (const QRegularExpression &pattern : rules.titlePatterns) {
        const QRegularExpressionMatch match = pattern.match(head);
        if (match.hasMatch() && (!first.hasMatch() || match.capturedStart() < first.capturedStart()))
            first = match;
    }
    if (!first.hasMatch())
        return documentTitle.isEmpty() ? ReportTitle() : findTitle(documentTitle, NormalizedText(documentTitle));
    ReportTitle title;
    title.year = first.captured(u"year").toInt();
    title.agency = first.captured(u"agency");
    if (!title.agency.isEmpty())
        return title;
    // The agency ahead of the year, on the title's line or, for a title broken over two lines (PDF), the line before.
    const qsizetype yearPos = norm.originalPos(first.capturedStart(u"year"));
    qsizetype lineStart = yearPos;
    while (lineStart > 0 && text[lineStart - 1] != u'\n' && text[lineStart - 1] != u'\r')
        --lineStart;
    title.agency = text.mid(lineStart, yearPos - lineStart).remove(rules.lineNoise).simplified();
    if (title.agency.isEmpty()) {
        const QString before = text.left(lineStart).trimmed();
        title.agency = before.mid(before.lastIndexOf(u'\n') + 1).remove(rules.lineNoise).simplified();
    }
    title.agency.remove(u' ');
    return title;
}

QString findAgency(const QString &text, const NormalizedText &norm, const ReportTitle &title)
{
    const AgencyRules &rules = AgencyRules::instance();
    const QString named = expanded(title.agency);
    const RegexSubject normalized(norm.text());
    const QString compiler = firstName(rules.compiledBy, normalized);
    const QString publisher = firstName(rules.publisher, RegexSubject(text));
    if (isAgencyName(named))
        return fuller(fuller(named, compiler), publisher);

    const QString place = isPlaceName(named) ? named : QString();
    for (const QString &name : {compiler, publisher}) {
        if (!name.isEmpty())
            return qualified(name, place);
    }
    if (!place.isEmpty()) {
        if (norm.text().contains(place + rules.government))
            return place + rules.government;
        QString issued = rules.issued;
        issued.replace(QStringLiteral("{place}"), QRegularExpression::escape(place));
        const QString cited = firstName({QRegularExpression(issued)}, normalized);
        if (!cited.isEmpty())
            return cited;
    }
    const QString signature = lastSignature(text);
    if (!signature.isEmpty())
        return qualified(signature, place);
    // A place, or a name of a kind the rules do not know; not a line of prose.
    return isWord(named) ? named : QString();
}

} // namespace AgencyFinder
