// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/decimal.h"
#include "models/finding.h"
#include "models/storage/projectstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;
struct Report;

/** Where a finding is: its report and its index in that report's findings. */
struct FindingRef
{
    qint64 reportId = 0;
    int index = -1;

    bool isValid() const { return reportId != 0 && index >= 0; }
    friend bool operator==(const FindingRef &a, const FindingRef &b)
    {
        return a.reportId == b.reportId && a.index == b.index;
    }
};

/** Counts for the report list's summary line (current reports, unsaved re-checks included). */
struct ProjectSummary
{
    int reportCount = 0;
    int cellCount = 0;          ///< cells of the recognised formats
    int openErrorCount = 0;     ///< open findings of severity Error
    int correctedCellCount = 0; ///< cells whose current value differs from the extracted one
};

/**
 * One open project in the review application: the store, the report list, the
 * reports loaded for review with their findings, the undo stack and the
 * unsaved state. Every edit goes through an undo command (SetCellValue,
 * SetFindingReview) that calls the apply*() functions; those change the
 * domain, re-run the report's checks and emit the typed change signals the
 * item models listen to. Nothing is written to the store before save().
 *
 * Reports are loaded on demand and cached; a report with unsaved changes
 * stays loaded until saved (the undo stack refers to it).
 */
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    /// Takes the store (open or not); the document owns it from now on.
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store, QObject *parent = nullptr);
    ~ProjectDocument() override;
    Q_DISABLE_COPY_MOVE(ProjectDocument)

    /// Opens (or creates) the project at location; drops everything loaded
    /// and clears the undo stack. On failure errorString() says why.
    bool open(const QString &location);
    QString location() const;
    QString errorString() const { return m_error; }
    ProjectStore &store() { return *m_store; }

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    /// Writes every unsaved cell change (with its edit history) and finding
    /// review of every report in one transaction, then marks the stack clean.
    /// On failure nothing is written and the changes stay unsaved.
    bool save();

    // --- the report list (current versions) ---
    int reportCount() const { return int(m_summaries.size()); }
    /// openFindingCount reflects unsaved re-checks.
    const ReportSummary &reportSummary(int row) const { return m_summaries[std::size_t(row)]; }
    int rowOfReport(qint64 reportId) const;
    /// Re-reads the list from the store (after an import); unsaved changes stay
    /// (and are re-checked: a previous year may have arrived), the findings of
    /// the other loaded reports are re-read, and a current report that was
    /// re-imported is replaced by its new version.
    bool reloadReports();
    ProjectSummary projectSummary() const;

    /// Loads (once) and returns a report; nullptr when it cannot be loaded (errorString()).
    const Report *report(qint64 reportId);
    const std::vector<Finding> *findings(qint64 reportId);
    /// The report when it is loaded, else nullptr (never loads; for aggregates
    /// that read the store and overlay the loaded reports' unsaved values).
    const Report *loadedReport(qint64 reportId) const;
    /// Saved edits from the store, then the unsaved ones, oldest first.
    std::vector<CellEdit> cellHistory(qint64 reportId, const QString &cellKey);

    // --- selection (not undoable) ---
    qint64 currentReportId() const { return m_currentReportId; }
    void setCurrentReport(qint64 reportId);
    /// nullptr when no report is selected.
    const Report *currentReport() const;
    const std::vector<Finding> &currentFindings() const;
    int currentCell() const { return m_currentCell; }
    /// -1 for none.
    void setCurrentCell(int cellIndex);

    /// The open finding after (or before) from, across reports in the given
    /// order (report ids; empty = list order, and only those listed are
    /// walked), wrapping around; invalid when there is none. An invalid from
    /// starts at the current report, a from outside the order at its start.
    FindingRef nextOpenFinding(const FindingRef &from, bool backwards = false, const QList<qint64> &order = {});

    // --- edits: push undo commands ---
    /// Nothing is pushed when the value does not change.
    void setCellValue(qint64 reportId, int cellIndex, const std::optional<Decimal> &value);
    void setFindingReview(const FindingRef &finding, ReviewStatus status, const QString &note);

    // --- for the undo commands only ---
    void applyCellValue(qint64 reportId, int cellIndex, const std::optional<Decimal> &value);
    void applyFindingReview(const FindingRef &finding, ReviewStatus status, const QString &note);

signals:
    /// Before the report list changes; reportsReset() follows.
    void reportsAboutToBeReset();
    void reportsReset();
    void reportSummaryChanged(qint64 reportId);
    void currentReportChanged(qint64 reportId);
    void currentCellChanged(int cellIndex);
    void cellsChanged(qint64 reportId, const QList<int> &cellIndexes);
    /// The findings of the report were replaced (re-check) or one changed its review.
    void findingsChanged(qint64 reportId);
    /// One finding's review status or note changed (emitted before findingsChanged).
    void findingReviewChanged(const FindingRef &finding);
    void modifiedChanged(bool modified);

private:
    struct LoadedReport;
    LoadedReport *loaded(qint64 reportId);
    const LoadedReport *findLoaded(qint64 reportId) const;
    /// The current report of agency for year (the latest import wins), 0 when none.
    qint64 reportOf(const QString &agency, int year, qint64 excludeId) const;
    void recheck(LoadedReport &loaded);
    bool hasUnsavedChanges(const LoadedReport &loaded) const;
    void updateSummary(const LoadedReport &loaded);

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack *m_undoStack = nullptr;
    std::vector<ReportSummary> m_summaries;
    QHash<qint64, int> m_rows; ///< report id -> row in m_summaries
    std::vector<std::unique_ptr<LoadedReport>> m_loaded; ///< in the order loaded
    QHash<qint64, LoadedReport *> m_loadedById;
    /// Findings of reports not loaded, read from the store on demand.
    std::map<qint64, std::vector<Finding>> m_storedFindings;
    qint64 m_currentReportId = 0;
    int m_currentCell = -1;
    QString m_error;
};
