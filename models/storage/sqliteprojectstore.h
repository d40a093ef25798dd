// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/projectstore.h"
#include "models/storage/sqlitebulkinsert.h"
#include "models/storage/sqlitecellstatements.h"
#include "models/storage/sqlitetransaction.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <memory>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

/**
 * A project kept in one SQLite file (Qt's QSQLITE driver): WAL journal,
 * foreign keys on, a busy timeout, one transaction per change, bound
 * parameters only. Each instance has its own named connection.
 *
 * open() refuses, leaving the file byte for byte as it was: a file that is not
 * SQLite, an SQLite file that is not a project, a project of a newer schema
 * version, a file marked read-only. A file another program holds locked is
 * reported as such (at open, or at the first write).
 */
class SqliteProjectStore final : public ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteProjectStore)

public:
    SqliteProjectStore();
    ~SqliteProjectStore() override;
    Q_DISABLE_COPY_MOVE(SqliteProjectStore)

    /// How long a statement waits for another connection's lock; set before open().
    void setBusyTimeout(int milliseconds) { m_busyTimeout = milliseconds; }
    int busyTimeout() const { return m_busyTimeout; }
    /// The schema version of the open file.
    int schemaVersion() const { return m_schemaVersion; }

    bool open(const QString &location) override;
    void close() override;
    bool isOpen() const override;
    QString location() const override { return m_location; }
    QString errorString() const override { return m_error; }
    Error error() const override { return m_errorKind; }
    std::unique_ptr<ProjectStore> openReader() const override;

    /// PRAGMA synchronous FULL or NORMAL (in WAL mode NORMAL syncs only at checkpoints).
    void setDurability(Durability durability) override;
    Durability durability() const override { return m_durability; }
    void beginBatch() override;
    bool commitBatch() override;
    bool endBatch() override;
    std::optional<AddResult> addReport(const Report &report, const std::vector<Finding> &findings) override;
    std::optional<std::vector<ReportSummary>> reports(Listing listing = Listing::Current) const override;
    std::optional<qint64> currentReportOf(const QString &agency, int year, qint64 excludeId = 0) const override;
    std::unique_ptr<Report> loadReport(qint64 reportId, Content content = Content::Everything) const override;
    std::optional<WriteMark> writeMark() const override;
    std::optional<std::vector<Finding>> findings(qint64 reportId) const override;
    bool replaceFindings(qint64 reportId, const std::vector<Finding> &findings) override;
    bool setCellValue(qint64 reportId, const QString &cellKey, const std::optional<Decimal> &value) override;
    bool setFindingReview(qint64 findingId, ReviewStatus status, const QString &note) override;
    bool saveReview(qint64 reportId, const std::vector<CellValueChange> &changes,
                    const std::vector<Finding> &findings) override;
    bool saveReviews(const std::vector<ReportReview> &reviews) override;
    std::optional<std::vector<CellEdit>> edits(qint64 reportId) const override;
    std::optional<std::vector<ReportCellValue>> cellValues(const QString &cellKey) const override;
    std::optional<std::map<QString, int>> openFindingCounts() const override;

private:
    /// Sets the "no project is open" error when there is none.
    bool ensureOpen() const;
    QSqlDatabase database() const;
    /// A query on the connection that reads its rows once, forward.
    QSqlQuery newQuery() const;
    /// sql prepared on the connection, kept for the next call (valid until close()).
    QSqlQuery &statement(const QString &sql) const;
    bool refuse(const QString &message);
    bool configureConnection();
    /// Sets the error from a failed statement, naming the project and, for
    /// SQLite's busy/locked/read-only codes, saying so plainly.
    void setDatabaseError(const QSqlError &error) const;
    /// The transaction of one write: of its own, or a part of the batch.
    SqliteTransaction writeTransaction();
    /// false, with the error set, when the transaction could not begin / commit.
    bool begin(const SqliteTransaction &transaction);
    bool commit(SqliteTransaction &transaction);
    bool applyDurability();

    qint64 findCurrentByHash(const QByteArray &hash, bool *ok) const;
    qint64 findCurrentByFileName(const QString &fileName, int *version, bool *ok) const;
    bool insertReport(const Report &report, const QByteArray &contentHash, int version, qint64 supersedes,
                      qint64 *reportId);
    bool insertCells(qint64 reportId, const Report &report);
    bool insertFindings(qint64 reportId, const std::vector<Finding> &findings);
    /// Inserts a row of a report's for every item, bound by bind, many to a statement.
    template<typename Item>
    bool insertRows(SqliteBulkInsert &insert, qint64 reportId, const std::vector<Item> &items,
                    void (*bind)(SqliteBulkInsert::Row &, qint64, const Item &));
    bool deleteFindings(qint64 reportId);
    /// saveReview's writes, inside the caller's transaction.
    bool writeReview(const ReportReview &review, const QDateTime &when);
    bool carryOverReview(qint64 previousId, qint64 reportId, AddResult *result);
    bool writeCellValue(qint64 reportId, const QString &cellKey, const std::optional<Decimal> &value,
                        const QDateTime &when);
    /// The reports row without the text (withText false) or with it.
    std::unique_ptr<Report> loadReportRow(qint64 reportId, bool withText) const;
    /// The cells' columns that content asks for (see ProjectStore::Content).
    bool loadCells(Report &report, Content content) const;
    bool loadSectionsAndFigures(Report &report) const;
    /// m_cellStatements on the open connection; sets the error when it cannot be.
    SqliteCellStatements *cellStatements() const;
    /// The connection's pragmas for a batch (true: constraints off, sub-journal in memory,
    /// rarer checkpoints), or back to those of single writes; switched outside a
    /// transaction (inside one PRAGMA foreign_keys does nothing).
    void configureForBatch(bool batch);
    int pageSize() const;
    /// The page size of a new project (SQLite's default is 4 KB).
    static constexpr int NewPageSize = 16384;
    /// How much WAL a batch lets grow before a checkpoint (SQLite's default: 1,000 pages).
    static constexpr int BatchWalBytes = 40 << 20;

    QString m_connectionName;
    Durability m_durability = Durability::Full;
    bool m_batching = false;  ///< between beginBatch() and endBatch()
    bool m_batchLost = false; ///< SQLite rolled the open batch back after a failed write
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::unique_ptr<QSqlQuery> m_unprepared;
    /// Storing and reading cells, two million rows at ten thousand reports (attached on first use).
    mutable SqliteCellStatements m_cellStatements;
    /// A report's own row (one to a statement), and its findings, sections and figures, many to a statement.
    SqliteBulkInsert m_insertReports;
    SqliteBulkInsert m_insertFindings;
    SqliteBulkInsert m_insertSections;
    SqliteBulkInsert m_insertFigures;
    QString m_location;
    mutable QString m_error;
    mutable Error m_errorKind = Error::None;
    int m_busyTimeout = 5000;
    int m_schemaVersion = 0;
};
