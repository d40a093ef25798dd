// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/decimal.h"
#include "models/finding.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

struct Report;

/** What one addReport() did. */
enum class AddOutcome {
    Added,      ///< a file name not seen before
    Unchanged,  ///< the same content (SHA-256) is already stored: nothing written
    NewVersion, ///< a changed file with the file name of a stored report: stored beside it, supersedes it
};

QString addOutcomeName(AddOutcome outcome);

struct AddResult
{
    AddOutcome outcome = AddOutcome::Added;
    qint64 reportId = 0;   ///< the stored report (the existing one when Unchanged)
    qint64 previousId = 0; ///< NewVersion: the report it supersedes
    QStringList carriedCells; ///< NewVersion: cell keys whose hand corrections were carried over
};

/** One line of the report list: everything but the cells and the text. */
struct ReportSummary
{
    qint64 id = 0;
    QString fileName;
    QString path;
    QByteArray contentHash;
    QString agency;
    int year = 0;
    QString format;
    QDateTime importedAt;
    int version = 1;        ///< 1 for the first import of a file name, then 2, 3, ...
    qint64 supersedes = 0;  ///< the previous version, 0 when none
    qint64 supersededBy = 0; ///< the next version, 0 for a current report
    int findingCount = 0;
    int openFindingCount = 0;
    int openErrorCount = 0;     ///< open findings of severity Error
    int correctedCellCount = 0; ///< cells whose current value differs from the extracted one

    bool isCurrent() const { return supersededBy == 0; }
};

/** One hand correction of a cell, as recorded in the edit history. */
struct CellEdit
{
    qint64 id = 0;
    qint64 reportId = 0;
    QString cellKey; ///< "t3/new/total"
    std::optional<Decimal> oldValue;
    std::optional<Decimal> newValue;
    QDateTime editedAt;
};

/** A cell value the reviewer set; empty value = the cell has no number. */
struct CellValueChange
{
    QString cellKey;
    std::optional<Decimal> value;
};

/** One report's part of a review save: its cell changes and its findings as reviewed. */
struct ReportReview
{
    qint64 reportId = 0;
    std::vector<CellValueChange> changes;
    std::vector<Finding> findings;
};

/** One report's value of one cell (see ProjectStore::cellValues). */
struct ReportCellValue
{
    qint64 reportId = 0;
    std::optional<Decimal> value;
};

/** See ProjectStore::writeMark(): two counters a backend keeps of the writes to a project. */
struct WriteMark
{
    qint64 byOthers = 0; ///< moves when another connection commits
    qint64 byThis = 0;   ///< moves when this one writes
    friend bool operator==(const WriteMark &a, const WriteMark &b)
    {
        return a.byOthers == b.byOthers && a.byThis == b.byThis;
    }
    friend bool operator!=(const WriteMark &a, const WriteMark &b) { return !(a == b); }
};

/**
 * A project: the imported reports, their cells, findings with review
 * statuses, and the edit history. The interface knows nothing of SQL so that
 * another backend (PostgreSQL for a shared project) can slot in.
 *
 * Errors: functions returning bool or std::optional report failure that way
 * and set errorString() to a translated message naming the project and the
 * reason. A failed write changes nothing (each call is one transaction, or
 * one all-or-nothing part of a batch, see beginBatch()).
 * Not thread-safe: use a store from the thread that opened it.
 */
class ProjectStore
{
public:
    enum class Listing { Current, AllVersions };
    /// What the last failure was about: the project as a whole (nothing more
    /// can be written) or the one request.
    enum class Error {
        None,
        Locked,       ///< another program holds the project; try again later
        ReadOnly,     ///< the file or its folder cannot be written
        NotAProject,  ///< not SQLite, or SQLite of another program
        NewerVersion, ///< written by a newer release
        DiskFull,
        Damaged,
        Other,        ///< about the request (no such report, cell, ...)
    };

    virtual ~ProjectStore() = default;

    /// Opens (creating when absent) the project at location; upgrades an older
    /// schema. Refuses, without writing anything, what it cannot safely use.
    virtual bool open(const QString &location) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual QString location() const = 0;
    virtual QString errorString() const = 0;
    virtual Error error() const = 0;
    /// True when the project cannot take any more writes now (locked, read-only, full, damaged).
    bool cannotWrite() const;
    /// Another connection to the open project, to read from another thread
    /// alongside this one (an export reads on every core). Call it on the
    /// thread that will use the new store. nullptr when it cannot be opened.
    virtual std::unique_ptr<ProjectStore> openReader() const = 0;

    /// How a committed write is kept. Full (the default): through a power cut
    /// or a crash of the system. Deferred: through a crash or kill of the
    /// program, not necessarily of the system (the last writes may be lost
    /// then). The project is never damaged either way. Deferred is for many
    /// small writes that can be redone, such as an import: it spares a disk
    /// sync per report.
    enum class Durability { Full, Deferred };
    virtual void setDurability(Durability durability) = 0;
    virtual Durability durability() const = 0;

    /// Lets the writes that follow share transactions, until endBatch(): each
    /// write is still all or nothing, and a later one failing leaves it be,
    /// but it is kept (and seen by other connections) only at the next
    /// commitBatch() or endBatch(), together with the writes before it. A
    /// crash, or a commit that fails, loses them together. For many writes
    /// that can be redone, such as an import: it spares a commit per report.
    virtual void beginBatch() = 0;
    /// Commits the batch's writes so far; false (errorString()) when they are lost.
    virtual bool commitBatch() = 0;
    /// commitBatch(), and each write is a transaction of its own again.
    virtual bool endBatch() = 0;

    /// Stores a freshly read report (Report::id ignored) with the findings of its checks.
    /// A new version inherits the hand corrections of the version it supersedes
    /// for cells whose extracted value did not change (see AddResult::carriedCells;
    /// the caller should re-check then), and the review statuses of findings
    /// that are still the same (Finding::identity(), same extracted values).
    virtual std::optional<AddResult> addReport(const Report &report, const std::vector<Finding> &findings) = 0;

    /// Sorted by file name, then version.
    virtual std::optional<std::vector<ReportSummary>> reports(Listing listing = Listing::Current) const = 0;
    /// The current report of agency for year, leaving out excludeId: the one
    /// imported last when there are several; 0 when there is none. What the
    /// cross-year checks of an import compare with.
    virtual std::optional<qint64> currentReportOf(const QString &agency, int year, qint64 excludeId = 0) const = 0;
    /// How much of a report loadReport() reads. Each level has what names the
    /// report (file, path, agency, year, formats, encoding, hash, import time)
    /// and every cell of its format, in schema order.
    enum class Content {
        Everything, ///< and the text, notes, sections and figures, every column of every cell
        Cells,      ///< what an export writes of a cell (all but its span); not the text, sections, figures
        Values,     ///< the cells' values and statuses only (the cross-year checks, a wide export)
    };
    virtual std::unique_ptr<Report> loadReport(qint64 reportId, Content content = Content::Everything) const = 0;
    /// Where the project's writes stand: two equal marks mean nothing was
    /// written to it in between, by this store or by anyone else (another
    /// window, another program). What was read before still holds then.
    virtual std::optional<WriteMark> writeMark() const = 0;
    virtual std::optional<std::vector<Finding>> findings(qint64 reportId) const = 0;

    /// Replaces a report's findings with those of a re-check. A finding whose
    /// identity() was stored before keeps its stored review status and note.
    virtual bool replaceFindings(qint64 reportId, const std::vector<Finding> &findings) = 0;
    /// Sets a cell's current value and records the edit (nothing when unchanged).
    virtual bool setCellValue(qint64 reportId, const QString &cellKey, const std::optional<Decimal> &value) = 0;
    /// Sets the reviewer's verdict on one stored finding.
    virtual bool setFindingReview(qint64 findingId, ReviewStatus status, const QString &note) = 0;
    /// Saves a review session in one transaction: the cell changes (each
    /// recorded as an edit) and the findings exactly as given (their statuses
    /// and notes are the reviewer's and win over stored ones).
    virtual bool saveReview(qint64 reportId, const std::vector<CellValueChange> &changes,
                            const std::vector<Finding> &findings) = 0;
    /// saveReview() for several reports in one transaction: all or nothing.
    virtual bool saveReviews(const std::vector<ReportReview> &reviews) = 0;
    /// Oldest first.
    virtual std::optional<std::vector<CellEdit>> edits(qint64 reportId) const = 0;
    /// The current value of one cell ("t3/new/total") in every current report
    /// that has it, in report id order.
    virtual std::optional<std::vector<ReportCellValue>> cellValues(const QString &cellKey) const = 0;
    /// The open findings of every current report, by check id (one query, for an overview).
    virtual std::optional<std::map<QString, int>> openFindingCounts() const = 0;
};
