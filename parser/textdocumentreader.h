// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser/documentreader.h"

/**
 * Reads plain text and markdown: the extractor reads the decoded text
 * itself, so plain text and source share offsets.
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

private:
    Flavour m_flavour;
};
