// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser/documentreader.h"

/**
 * Reads HTML pages: the decoded source is kept (the GUI renders it), the
 * extractor reads it flattened by HtmlFlattener, each character mapped back
 * to the source.
 */
class HtmlDocumentReader final : public DocumentReader
{
public:
    QStringList suffixes() const override;
    std::optional<SourceDocument> read(const QByteArray &bytes, QString *error) const override;
};
