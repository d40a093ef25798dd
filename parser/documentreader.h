// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser/plaintext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/** A file's bytes decoded: the text spans point into, and what the extractor reads. */
struct SourceDocument
{
    QString decoded;  ///< the whole decoded file; becomes Report::text
    QString encoding; ///< "UTF-8", "UTF-16LE", "GB18030", ...
    QString kind;     ///< "text", "markdown" or "html"
    PlainText plain;  ///< what the table extractor reads, mapped back into decoded
};

/**
 * Turns the bytes of one kind of file into a SourceDocument. Readers are
 * stateless and thread-safe. PDF and DOCX readers slot in here later.
 */
class DocumentReader
{
public:
    virtual ~DocumentReader() = default;

    /// Lower-case file suffixes this reader handles ("txt", "html").
    virtual QStringList suffixes() const = 0;
    /// On failure returns nothing and sets *error to a translated reason.
    virtual std::optional<SourceDocument> read(const QByteArray &bytes, QString *error) const = 0;
};
