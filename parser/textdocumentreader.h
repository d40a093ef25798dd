// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser/documentreader.h"

/**
 * Reads plain text and markdown: the extractor reads the decoded text
 * itself, so plain text and source share offsets; HTML <table> blocks inside
 * the text are flattened as the HTML reader does (offsets mapped back).
 */
class TextDocumentReader final : public DocumentReader
{
public:
    enum class Flavour {
        Text,     ///< .txt, kind "text"
        Markdown, ///< .md, kind "markdown"
    };

    explicit TextDocumentReader(Flavour flavour);

    QStringList suffixes() const override;
    std::optional<SourceDocument> read(const QByteArray &bytes, QString *error) const override;

    /// The text with each HTML <table> block written one row per line, cells tab-separated.
    static PlainText withTablesFlattened(const QString &text);

private:
    Flavour m_flavour;
};
