// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/exportsource.h"

class ProjectDocument;

/**
 * Exports an open project as the reviewer sees it: the document's report
 * list, and each report with its unsaved corrections and re-checked findings.
 */
class DocumentExportSource final : public ExportSource
{
public:
    explicit DocumentExportSource(ProjectDocument *document);

    std::optional<std::vector<ReportSummary>> reports() override;
    const Report *report(qint64 reportId) override;
    const std::vector<Finding> *findings(qint64 reportId) override;
    QString errorString() const override;

private:
    ProjectDocument *m_document;
};
