// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/** The bytes of a file as text, and the encoding they were read in. */
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-16LE", "GB18030", "Big5", or the name an HTML page declared
};

/**
 * Decodes the bytes of a text or HTML file whose encoding is rarely declared.
 * Order: byte order mark; UTF-16 without BOM (NUL bytes on one side);
 * strict UTF-8; mostly-UTF-8 with a few broken bytes; the charset an HTML
 * page declares; ICU's detector limited to Chinese candidates; GB18030.
 * Binary data is refused. Line endings are kept exactly as they are, because
 * source spans point into the decoded text. Stateless and thread-safe.
 */
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    enum class Hint {
        PlainText,
        Html, ///< honour a <meta charset> in the first 4 KB
    };

    /// On failure returns nothing and sets *error to a translated reason
    /// that does not name the file (the caller adds it).
    static std::optional<DecodedText> decode(const QByteArray &bytes, QString *error,
                                             Hint hint = Hint::PlainText);

    /// The charset an HTML page declares in a meta element within its first
    /// 4 KB, lower-cased, or empty when there is none.
    static QByteArray declaredHtmlCharset(const QByteArray &bytes);
};
