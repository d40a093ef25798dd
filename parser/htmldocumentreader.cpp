// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/htmldocumentreader.h"

#include "parser/htmlflattener.h"
#include "parser/textdecoder.h"

QStringList HtmlDocumentReader::suffixes() const
{
    return {QStringLiteral("html"), QStringLiteral("htm")};
}

std::optional<SourceDocument> HtmlDocumentReader::read(const QByteArray &bytes, QString *error) const
{
    std::optional<DecodedText> decoded = TextDecoder::decode(bytes, error, TextDecoder::Hint::Html);
    if (!decoded)
        return std::nullopt;
    std::optional<PlainText> plain = HtmlFlattener::flatten(decoded->text, error);
    if (!plain)
        return std::nullopt;
    SourceDocument document;
    document.decoded = std::move(decoded->text);
    document.encoding = std::move(decoded->encoding);
    document.kind = QStringLiteral("html");
    document.plain = std::move(*plain);
    return document;
}
