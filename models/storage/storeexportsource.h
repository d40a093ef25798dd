// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/exportsource.h"

#include <memory>

class ProjectStore;

/**
 * Exports a project as saved: reads each report and its findings from the
 * store, one at a time. openAnother() gives a source over another connection
 * to the project, so that an export reads on every core.
 */
class StoreExportSource final : public ExportSource
{
public:
    explicit StoreExportSource(const ProjectStore &store);
    /// A source that owns its store (another connection, see openAnother()).
    explicit StoreExportSource(std::unique_ptr<ProjectStore> store);
    ~StoreExportSource() override;
    Q_DISABLE_COPY_MOVE(StoreExportSource)

    std::optional<std::vector<ReportSummary>> reports() override;
    const Report *report(qint64 reportId, bool valuesOnly = false) override;
    const std::vector<Finding> *findings(qint64 reportId) override;
    QString errorString() const override;
    std::unique_ptr<ExportSource> openAnother() const override;

private:
    std::unique_ptr<ProjectStore> m_ownStore;
    const ProjectStore &m_store;
    std::unique_ptr<Report> m_report;
    std::vector<Finding> m_findings;
};
