// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/exportsource.h"

#include <memory>

class ProjectDocument;
class ProjectStore;

/**
 * Exports an open project as the reviewer sees it: the document's report
 * list, and each report with its unsaved corrections and re-checked findings.
 * A report the document has not loaded is read from the store as saved and
 * not kept: exporting every report does not load every report.
 *
 * openAnother() reads the same way through another connection to the store,
 * on another thread, while this one reads too: the document must not change
 * until both are done (an export blocks the thread that owns it).
 */
class DocumentExportSource final : public ExportSource
{
public:
    explicit DocumentExportSource(ProjectDocument *document);
    ~DocumentExportSource() override;

    std::optional<std::vector<ReportSummary>> reports() override;
    const Report *report(qint64 reportId, bool valuesOnly = false) override;
    const std::vector<Finding> *findings(qint64 reportId) override;
    QString errorString() const override;
    std::unique_ptr<ExportSource> openAnother() const override;

private:
    DocumentExportSource(ProjectDocument *document, std::unique_ptr<ProjectStore> reader);
    /// The document's store, or this source's own connection to it.
    ProjectStore &store() const;

    ProjectDocument *m_document;
    std::unique_ptr<ProjectStore> m_reader;
    std::unique_ptr<Report> m_report; ///< the last report read from the store
    std::vector<Finding> m_findings;  ///< the last findings read from the store
    QString m_error;
};
