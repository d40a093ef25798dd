// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/textdocumentreader.h"

#include "parser/textdecoder.h"

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
    // Empty sourceOffsets means identity: spans in plain text are spans in the source.
    document.plain.text = document.decoded;
    return document;
}
