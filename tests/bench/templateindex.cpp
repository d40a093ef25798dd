// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/templateindex.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/report.h"
#include "models/reportschema.h"
#include "parser/htmldocumentreader.h"
#include "parser/reportfilereader.h"
#include "parser/reportparser.h"
#include "parser/textdocumentreader.h"

namespace {

bool hasDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

bool overlaps(const SourceSpan &a, const SourceSpan &b)
{
    return a.offset < b.end() && b.offset < a.end();
}

std::vector<TemplateSpot> spotsFromJson(const QJsonArray &array)
{
    std::vector<TemplateSpot> spots;
    for (const QJsonValue &value : array) {
        const QJsonArray fields = value.toArray();
        spots.push_back({fields.at(0).toString(), qsizetype(fields.at(1).toDouble()),
                         qsizetype(fields.at(2).toDouble()), fields.at(3).toString(), fields.at(4).toString()});
    }
    return spots;
}

QByteArray byteOrderMark(const QByteArray &bytes)
{
    for (const QByteArray &mark : {QByteArray("\xEF\xBB\xBF"), QByteArray("\xFF\xFE"), QByteArray("\xFE\xFF")}) {
        if (bytes.startsWith(mark))
            return mark;
    }
    return {};
}

const DocumentReader *readerFor(const QString &path)
{
    static const TextDocumentReader text(TextDocumentReader::Flavour::Text);
    static const TextDocumentReader markdown(TextDocumentReader::Flavour::Markdown);
    static const HtmlDocumentReader html;
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const DocumentReader *reader : {static_cast<const DocumentReader *>(&text),
                                         static_cast<const DocumentReader *>(&markdown),
                                         static_cast<const DocumentReader *>(&html)}) {
        if (reader->suffixes().contains(suffix))
            return reader;
    }
    return nullptr;
}

/// The decoded text as the parser sees it (spans point into it).
std::optional<QString> decode(const QString &path, const QByteArray &bytes, QString *error)
{
    const DocumentReader *reader = readerFor(path);
    if (!reader) {
        *error = QStringLiteral("no reader for %1").arg(path);
        return std::nullopt;
    }
    auto document = reader->read(bytes, error);
    if (!document)
        return std::nullopt;
    return document->decoded;
}

/// The numbers in text within span (digits, with separators between them)
/// whose value is value, in text order.
std::vector<SourceSpan> numbersIn(const QString &text, const SourceSpan &span, const Decimal &value)
{
    std::vector<SourceSpan> runs;
    const qsizetype end = std::min(span.end(), text.size());
    for (qsizetype at = span.offset; at < end;) {
        if (!text[at].isDigit()) {
            ++at;
            continue;
        }
        QString digits;
        qsizetype stop = at;
        while (stop < end && (text[stop].isDigit() || ((text[stop] == u',' || text[stop] == u'.')
                                                      && stop + 1 < end && text[stop + 1].isDigit()))) {
            const QChar c = text[stop];
            if (c.isDigit())
                digits += QChar(u'0' + c.digitValue());
            else if (c == u'.')
                digits += c;
            ++stop;
        }
        const auto number = Decimal::fromString(digits);
        if (number && *number == value)
            runs.push_back({at, stop - at});
        at = stop;
    }
    return runs;
}

/// Whether the parser reads the figure cellKey from the number at run: it
/// follows when that number alone is changed.
bool readsFigureAt(const Report &report, const QString &path, const QString &cellKey, const SourceSpan &run)
{
    const QString probe = QStringLiteral("987654");
    const QString changed = report.text.left(run.offset) + probe + report.text.mid(run.end());
    QString error;
    const auto document = readerFor(path)->read(changed.toUtf8(), &error);
    if (!document)
        return false;
    const Report again = parseReport(*document, report.fileName);
    return std::any_of(again.figures.cbegin(), again.figures.cend(), [&](const NarrativeFigure &figure) {
        return figure.cellKey == cellKey && figure.value.toString() == probe;
    });
}

} // namespace

namespace TemplateIndex {

QStringList templateFiles(const QString &dataDir)
{
    QStringList files;
    const QDir data(dataDir);
    for (const QString &folder : {QStringLiteral("layouts"), QStringLiteral("seeds"), QStringLiteral("corpus/raw")}) {
        QDirIterator it(data.filePath(folder), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = it.fileInfo().fileName();
            // A layout case is its input file; its expected.tsv is no report.
            if (folder == u"layouts" && !name.startsWith(u"input."))
                continue;
            files.append(data.relativeFilePath(path));
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<ReportTemplate> build(const QString &dataDir, QString *error)
{
    std::vector<ReportTemplate> templates;
    const QDir data(dataDir);
    for (const QString &relative : templateFiles(dataDir)) {
        const QString path = data.filePath(relative);
        ReadOutcome outcome = ReportFileReader::read(path);
        if (!outcome.report) {
            *error = outcome.error;
            return {};
        }
        const Report &report = *outcome.report;
        ReportTemplate entry;
        entry.path = relative;
        entry.sha256 = report.contentHash;
        entry.format = report.format;
        entry.year = report.year;
        entry.agency = report.agency;
        entry.encoding = report.encoding;
        entry.kind = report.sourceKind;

        // A cell is a slot only when its text is its own: glued digits split
        // apart, or one number standing for a collapsed run, are kept as written.
        const FormatSchema *schema = ReportSchema::instance().format(report.format);
        for (std::size_t i = 0; schema && i < report.cells.size(); ++i) {
            const Cell &cell = report.cells[i];
            // Inferred cells are digits split out of a glued run: each has its own
            // part of the run, and new digits there make a new glued run.
            const bool valued = cell.extracted
                && (cell.status == CellStatus::Ok || cell.status == CellStatus::Approximate
                    || cell.status == CellStatus::Inferred);
            if (!valued || !cell.span.isValid() || cell.span.length <= 0)
                continue;
            bool alone = true;
            for (std::size_t j = 0; j < report.cells.size() && alone; ++j) {
                if (j != i && report.cells[j].span.isValid() && overlaps(cell.span, report.cells[j].span))
                    alone = false;
            }
            const QString text = report.text.mid(cell.span.offset, cell.span.length);
            if (!alone || !hasDigit(text))
                continue;
            entry.cells.push_back({schema->address(int(i)).key(), cell.span.offset, cell.span.length, text,
                                   cell.extracted->toString()});
        }
        // A figure's span is the sentence it was read from, which may hold
        // several numbers (and several figures): narrow it to its own number.
        std::vector<SourceSpan> taken;
        for (std::size_t f = 0; f < report.figures.size(); ++f) {
            const NarrativeFigure &figure = report.figures[f];
            if (!figure.span.isValid())
                continue;
            int earlier = 0; // figures before this one in the same sentence with the same value
            for (std::size_t g = 0; g < f; ++g) {
                earlier += report.figures[g].span == figure.span && report.figures[g].value == figure.value ? 1 : 0;
            }
            const std::vector<SourceSpan> runs = numbersIn(report.text, figure.span, figure.value);
            std::optional<SourceSpan> found;
            if (runs.size() == 1) {
                found = runs.front();
            } else {
                // The same number twice ("事项12项 ... 处理决定12件"): ask the
                // parser which one it reads, by changing each in turn.
                for (const SourceSpan &run : runs) {
                    if (readsFigureAt(report, relative, figure.cellKey, run)) {
                        if (earlier-- == 0) {
                            found = run;
                            break;
                        }
                    }
                }
            }
            if (!found)
                continue;
            const SourceSpan span = *found;
            const bool onCell = std::any_of(report.cells.cbegin(), report.cells.cend(), [&](const Cell &cell) {
                return cell.span.isValid() && overlaps(cell.span, span);
            });
            const bool seen = std::any_of(taken.cbegin(), taken.cend(), [&](const SourceSpan &other) {
                return overlaps(other, span);
            });
            if (onCell || seen)
                continue;
            taken.push_back(span);
            entry.figures.push_back({figure.cellKey, span.offset, span.length, report.text.mid(span.offset, span.length),
                                     figure.value.toString()});
        }
        templates.push_back(std::move(entry));
    }
    return templates;
}

QByteArray toJson(const std::vector<ReportTemplate> &templates)
{
    // One line per number: the file stays small and its diffs readable.
    const auto compact = [](const QJsonValue &value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    const auto spots = [&compact](const std::vector<TemplateSpot> &list) {
        QByteArrayList lines;
        for (const TemplateSpot &spot : list)
            lines.append("    " + compact(QJsonArray{spot.cellKey, double(spot.offset), double(spot.length), spot.text,
                                                     spot.value}));
        return lines.isEmpty() ? QByteArray("[]") : "[\n" + lines.join(",\n") + "\n  ]";
    };
    QByteArrayList entries;
    for (const ReportTemplate &entry : templates) {
        QByteArray text = "{\n";
        for (const auto &[name, value] : std::initializer_list<std::pair<const char *, QJsonValue>>{
                 {"path", entry.path},
                 {"sha256", QString::fromLatin1(entry.sha256)},
                 {"format", entry.format},
                 {"year", entry.year},
                 {"agency", entry.agency},
                 {"encoding", entry.encoding},
                 {"kind", entry.kind}})
            text += "  \"" + QByteArray(name) + "\": " + compact(value) + ",\n";
        text += "  \"cells\": " + spots(entry.cells) + ",\n";
        text += "  \"figures\": " + spots(entry.figures) + "\n}";
        entries.append(text);
    }
    return "[\n" + entries.join(",\n") + "\n]\n";
}

std::optional<std::vector<ReportTemplate>> load(const QString &indexPath, const QString &dataDir,
                                               QStringList *skipped, QString *error)
{
    QFile file(indexPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(indexPath, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isArray()) {
        *error = QStringLiteral("%1 is not a template index: %2").arg(indexPath, parseError.errorString());
        return std::nullopt;
    }
    const QDir data(dataDir);
    std::vector<ReportTemplate> templates;
    for (const QJsonValue &value : json.array()) {
        const QJsonObject object = value.toObject();
        ReportTemplate entry;
        entry.path = object.value(QStringLiteral("path")).toString();
        entry.sha256 = object.value(QStringLiteral("sha256")).toString().toLatin1();
        entry.format = object.value(QStringLiteral("format")).toString();
        entry.year = object.value(QStringLiteral("year")).toInt();
        entry.agency = object.value(QStringLiteral("agency")).toString();
        entry.encoding = object.value(QStringLiteral("encoding")).toString();
        entry.kind = object.value(QStringLiteral("kind")).toString();
        entry.cells = spotsFromJson(object.value(QStringLiteral("cells")).toArray());
        entry.figures = spotsFromJson(object.value(QStringLiteral("figures")).toArray());

        QFile source(data.filePath(entry.path));
        if (!source.open(QIODevice::ReadOnly)) {
            skipped->append(QStringLiteral("%1: cannot read it").arg(entry.path));
            continue;
        }
        const QByteArray bytes = source.readAll();
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != entry.sha256) {
            skipped->append(QStringLiteral("%1: changed since the index was made").arg(entry.path));
            continue;
        }
        QString decodeError;
        const auto text = decode(entry.path, bytes, &decodeError);
        if (!text) {
            skipped->append(QStringLiteral("%1: %2").arg(entry.path, decodeError));
            continue;
        }
        entry.text = *text;
        entry.bom = byteOrderMark(bytes);
        const auto misplaced = [&entry](const TemplateSpot &spot) {
            return entry.text.mid(spot.offset, spot.length) != spot.text;
        };
        if (std::any_of(entry.cells.cbegin(), entry.cells.cend(), misplaced)
            || std::any_of(entry.figures.cbegin(), entry.figures.cend(), misplaced)) {
            skipped->append(QStringLiteral("%1: its numbers are no longer where the index says").arg(entry.path));
            continue;
        }
        templates.push_back(std::move(entry));
    }
    return templates;
}

} // namespace TemplateIndex
