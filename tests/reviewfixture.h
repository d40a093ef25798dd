// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class ProjectDocument;
struct Report;

/** What the review-layer tests share: the seed reports in a project, lookups by name and key. */
namespace ReviewFixture {

/// The five seed files of tests/data/seeds, by name.
QStringList seedNames();
/// Reads the named seeds with ReportFileReader and stores them through
/// ReportImporter (as the CLI does) into the project at location.
bool importSeeds(const QString &location, const QStringList &names);
/// The store id of the current report with that file name, 0 when none.
qint64 reportId(const ProjectDocument &document, const QString &fileName);
/// The index of a cell key in the report's format, -1 when none.
int cellIndex(const Report &report, const QString &key);

/// A project of its own in a temporary folder, holding the named seeds (imported
/// as importSeeds does) and open in a ProjectDocument: each test starts from one.
class SeededProject
{
public:
    explicit SeededProject(const QStringList &names = seedNames());
    ~SeededProject();

    /// Whether the folder, the import and the opening all worked (warnings say which did not).
    bool isOpen() const;
    /// The project's SQLite file.
    QString location() const { return m_location; }
    /// A path in the project's temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    ProjectDocument *document() const { return m_document.get(); }

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ProjectDocument> m_document;
};

} // namespace ReviewFixture
