// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/textdocumentreader.h"

#include "parser/htmlflattener.h"
#include "parser/textdecoder.h"

#include <QRegularExpression>

TextDocumentReader::TextDocumentReader(Flavour flavour)
    : m_flavour(flavour)
{
}

QStringList TextDocumentReader::suffixes() const
{
    if (m_flavour == Flavour::Markdown)
        return {QStringLiteral("md"), QStringLiteral("markdown")};
    return {QStringLiteral("txt")};
}

std::optional<SourceDocument> TextDocumentReader::read(const QByteArray &bytes, QString *error) const
{
    std::optional<DecodedText> decoded = TextDecoder::decode(bytes, error);
    if (!decoded)
        return std::nullopt;
    SourceDocument document;
    document.decoded = std::move(decoded->text);
    document.encoding = std::move(decoded->encoding);
    document.kind = m_flavour == Flavour::Markdown ? QStringLiteral("markdown") : QStringLiteral("text");
    document.plain = withTablesFlattened(document.decoded);
    return document;
}

PlainText TextDocumentReader::withTablesFlattened(const QString &text)
{
    // PDF-to-markdown converters (MinerU, marker) and some crawlers write each table as an
    // HTML <table> amid the prose: those blocks are read as the HTML reader reads tables, one
    // row per line with tab-separated cells, the rest of the text as it is.
    static const QRegularExpression open(QStringLiteral("<table\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<(/?)table\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    PlainText plain;
    if (!text.contains(open)) {
        // Empty sourceOffsets means identity: spans in plain text are spans in the source.
        plain.text = text;
        return plain;
    }
    auto copy = [&plain](const QString &source, qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            plain.text.append(source[i]);
            plain.sourceOffsets.push_back(i);
        }
    };
    qsizetype done = 0;
    qsizetype at = text.indexOf(open, 0);
    while (at >= 0) {
        // The block runs to the </table> that closes it (tables nest in layout tables).
        qsizetype end = text.size();
        int depth = 0;
        for (auto it = tag.globalMatch(text, at); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            depth += match.captured(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                end = match.capturedEnd();
                break;
            }
        }
        QString error;
        const std::optional<PlainText> table = HtmlFlattener::flatten(text.mid(at, end - at), &error);
        if (table) {
            copy(text, done, at);
            if (!plain.text.isEmpty() && !plain.text.endsWith(u'\n')) {
                plain.text.append(u'\n');
                plain.sourceOffsets.push_back(at);
            }
            for (qsizetype i = 0; i < table->text.size(); ++i) {
                plain.text.append(table->text[i]);
                plain.sourceOffsets.push_back(at + (table->sourceOffsets.empty() ? i : table->sourceOffsets[std::size_t(i)]));
            }
            plain.text.append(u'\n');
            plain.sourceOffsets.push_back(end - 1);
            done = end;
        }
        at = text.indexOf(open, end);
    }
    copy(text, done, text.size());
    return plain;
}
