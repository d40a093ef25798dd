// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/narrativefigures.h"

#include <algorithm>
#include <map>
#include <optional>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include "models/reportschema.h"
#include "parser/normalizedtext.h"
#include "parser/regexsubject.h"

namespace {

/** One wording of labels.json, for one format. */
struct FigurePattern
{
    QRegularExpression regex;
    QStringList cells;            ///< the cell of each captured number, in order
    std::optional<Decimal> value; ///< for a pattern that states a fixed value and captures nothing
};

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

/**
 * The patterns of labels.json per format, compiled once. labels.json is
 * shared with other label data, so a broken entry is skipped with a warning
 * instead of stopping the application.
 */
class PatternCache final
{
public:
    static const PatternCache &instance()
    {
        static const PatternCache cache;
        return cache;
    }

    const std::vector<FigurePattern> *patterns(const QString &format) const
    {
        const auto it = m_patterns.constFind(format);
        return it == m_patterns.constEnd() ? nullptr : &*it;
    }

private:
    PatternCache();
    void add(const QJsonObject &entry, const QHash<QString, QString> &placeholders);

    QHash<QString, std::vector<FigurePattern>> m_patterns;
};

PatternCache::PatternCache()
{
    QFile file(QStringLiteral(":/govinfo/labels.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("narrative figures: cannot read %s", qPrintable(file.fileName()));
        return;
    }
    QJsonParseError error;
    const QJsonObject narrative
        = QJsonDocument::fromJson(file.readAll(), &error).object().value(u"narrative").toObject();
    if (error.error != QJsonParseError::NoError)
        qWarning("narrative figures: labels.json: %s", qPrintable(error.errorString()));

    QHash<QString, QString> placeholders;
    const QJsonObject placeholderObject = narrative.value(u"placeholders").toObject();
    for (auto it = placeholderObject.begin(); it != placeholderObject.end(); ++it)
        placeholders.insert(it.key(), it.value().toString());

    for (const QJsonValue &value : narrative.value(u"figures").toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonObject each = entry.value(u"each").toObject();
        if (each.isEmpty()) {
            add(entry, placeholders);
            continue;
        }
        for (auto it = each.begin(); it != each.end(); ++it) {
            QJsonObject expanded = entry;
            QJsonArray cells;
            for (const QString &cell : toStringList(entry.value(u"cells")))
                cells.append(QString(cell).replace(QStringLiteral("{row}"), it.key()));
            expanded.insert(QStringLiteral("cells"), cells);
            expanded.insert(QStringLiteral("pattern"), entry.value(u"pattern").toString().replace(
                                                           QStringLiteral("{label}"), it.value().toString()));
            add(expanded, placeholders);
        }
    }
}

void PatternCache::add(const QJsonObject &entry, const QHash<QString, QString> &placeholders)
{
    QString pattern = entry.value(u"pattern").toString();
    for (auto it = placeholders.begin(); it != placeholders.end(); ++it)
        pattern.replace(it.key(), it.value());

    FigurePattern figure;
    figure.regex = QRegularExpression(pattern);
    figure.cells = toStringList(entry.value(u"cells"));
    if (entry.contains(u"value"))
        figure.value = Decimal::fromString(entry.value(u"value").toString());
    const int captures = figure.regex.captureCount();
    if (!figure.regex.isValid() || figure.cells.isEmpty()
        || (entry.contains(u"value") ? !figure.value || captures != 0 : captures != figure.cells.size())) {
        qWarning("narrative figures: skipping pattern %s (%s)", qPrintable(pattern),
                 qPrintable(figure.regex.errorString()));
        return;
    }
    // Compile now: matching a compiled expression from several threads is safe.
    figure.regex.optimize();

    for (const QString &format : toStringList(entry.value(u"formats"))) {
        const FormatSchema *schema = ReportSchema::instance().format(format);
        if (!schema)
            continue;
        const bool known = std::all_of(figure.cells.begin(), figure.cells.end(),
                                       [schema](const QString &key) { return schema->indexOf(key) >= 0; });
        if (!known) {
            qWarning("narrative figures: a cell of %s is not in format %s", qPrintable(pattern), qPrintable(format));
            continue;
        }
        m_patterns[format].push_back(figure);
    }
}

/**
 * The narrative as the patterns read it: whitespace and markdown '*' dropped
 * (reports break sentences and numbers over lines, "3119 件"), full-width
 * digits and signs folded to ASCII, each character remembering its offset.
 */
struct CompactText
{
    QString text;
    std::vector<qsizetype> offsets;

    CompactText(const QString &source, qsizetype end)
    {
        // Written in place and cut to size once (append() checks capacity per character).
        text.resize(end);
        offsets.resize(std::size_t(end));
        QChar *out = text.data();
        qsizetype kept = 0;
        for (qsizetype i = 0; i < end; ++i) {
            QChar c = source[i];
            if (NormalizedText::isSpace(c) || c == u'*')
                continue;
            if (c >= u'０' && c <= u'９')
                c = QChar(u'0' + (c.unicode() - u'０'));
            else if (c == u'＋')
                c = u'+';
            else if (c == u'－' || c == u'−')
                c = u'-';
            out[kept] = c;
            offsets[std::size_t(kept)] = i;
            ++kept;
        }
        text.truncate(kept);
        offsets.resize(std::size_t(kept));
    }
};

/// The fragment as quoted in a message: line breaks (often mid-word in PDF text) removed, other spaces kept once.
QString quoteOf(QStringView fragment)
{
    QString quote;
    quote.reserve(fragment.size());
    bool space = false;
    for (const QChar c : fragment) {
        if (c == u'\n' || c == u'\r')
            continue;
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !quote.isEmpty())
            quote.append(u' ');
        space = false;
        quote.append(c);
    }
    return quote;
}

std::optional<Decimal> numberOf(QStringView captured)
{
    QString digits = captured.toString();
    digits.remove(u',');
    return Decimal::fromString(digits);
}

} // namespace

std::vector<NarrativeFigure> findNarrativeFigures(const QString &text, qsizetype narrativeEnd, const QString &format)
{
    std::vector<NarrativeFigure> figures;
    const std::vector<FigurePattern> *patterns = PatternCache::instance().patterns(format);
    if (!patterns)
        return figures;
    const CompactText compact(text, narrativeEnd < 0 || narrativeEnd > text.size() ? text.size() : narrativeEnd);
    // The spans taken so far per cell, by offset: those of one cell never overlap, so only the
    // one starting last before a new span ends can overlap it (a lookup, not a pass over all).
    QHash<QString, std::map<qsizetype, qsizetype>> taken;

    const RegexSubject subject(compact.text);
    for (const FigurePattern &pattern : *patterns) {
        QRegularExpressionMatchIterator it = subject.globalMatch(pattern.regex);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            SourceSpan span;
            span.offset = compact.offsets[std::size_t(match.capturedStart())];
            span.length = compact.offsets[std::size_t(match.capturedEnd() - 1)] + 1 - span.offset;
            const QString quote = quoteOf(QStringView(text).mid(span.offset, span.length));
            for (int i = 0; i < pattern.cells.size(); ++i) {
                const std::optional<Decimal> value
                    = pattern.value ? pattern.value : numberOf(match.capturedView(i + 1));
                if (!value)
                    continue;
                const QString &key = pattern.cells[i];
                // Two wordings may match the same statement: keep the first (the more specific one).
                std::map<qsizetype, qsizetype> &spans = taken[key];
                auto before = spans.lower_bound(span.end());
                const bool seen = before != spans.begin() && (--before)->second > span.offset;
                if (!seen) {
                    spans.emplace(span.offset, span.end());
                    figures.push_back({key, *value, quote, span});
                }
            }
        }
    }
    std::stable_sort(figures.begin(), figures.end(), [](const NarrativeFigure &a, const NarrativeFigure &b) {
        return a.span.offset < b.span.offset;
    });
    return figures;
}
