// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/exportsource.h"

#include <memory>

class ProjectStore;

/** Exports a project as saved: reads each report and its findings from the store, one at a time. */
class StoreExportSource final : public ExportSource
{
public:
    explicit StoreExportSource(const ProjectStore &store);
    ~StoreExportSource() override;
    Q_DISABLE_COPY_MOVE(StoreExportSource)

    std::optional<std::vector<ReportSummary>> reports() override;
    const Report *report(qint64 reportId, bool valuesOnly = false) override;
    const std::vector<Finding> *findings(qint64 reportId) override;
    QString errorString() const override;

private:
    const ProjectStore &m_store;
    std::unique_ptr<Report> m_report;
    std::vector<Finding> m_findings;
};
