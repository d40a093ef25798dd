// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/** A number in a template's decoded text that the generator may rewrite. */
struct TemplateSpot
{
    QString cellKey;       ///< "t3/new/total"
    qsizetype offset = 0;  ///< in the decoded text, UTF-16 units
    qsizetype length = 0;
    QString text;          ///< what the template has there ("8", "1,234", "200余")
    QString value;         ///< the value the parser read from it, Decimal::toString()
};

/**
 * One real report used as a template: where its numbers are, found once by
 * the parser. Slots are table cells that own their span alone (glued or
 * collapsed cells that share text are left as they are); figures are
 * narrative numbers that restate a cell.
 */
struct ReportTemplate
{
    QString path;      ///< relative to tests/data, '/'-separated
    QByteArray sha256; ///< of the file's bytes, hex: a changed file is not used
    QString format;    ///< "2019", "2021" or "pre2019"
    int year = 0;
    QString agency;
    QString encoding;  ///< as the decoder named it
    QString kind;      ///< "text", "markdown", "html"
    std::vector<TemplateSpot> cells;
    std::vector<TemplateSpot> figures;

    // Filled by TemplateIndex::load(), not stored:
    QString text;      ///< the decoded file
    QByteArray bom;    ///< the byte order mark the file starts with, if any
};

/**
 * The templates of the report generator (tests/data/bench/templates.json).
 * Kept in a file rather than found by the parser on every run, so that the
 * generated reports stay the same bytes for a seed while the parser changes.
 */
namespace TemplateIndex {

/// The files under dataDir that serve as templates: every layout case, the
/// seeds and the real corpus reports (not the scrambled one).
QStringList templateFiles(const QString &dataDir);

/// Parses every template file with the real parser and records its numbers.
std::vector<ReportTemplate> build(const QString &dataDir, QString *error);

QByteArray toJson(const std::vector<ReportTemplate> &templates);

/// Reads the index and the template files it names, decoded. A template whose
/// file changed since the index was made, or whose numbers are no longer where
/// the index says, is left out and named in *skipped. Nothing when the index
/// cannot be read (*error says why).
std::optional<std::vector<ReportTemplate>> load(const QString &indexPath, const QString &dataDir,
                                               QStringList *skipped, QString *error);

} // namespace TemplateIndex
