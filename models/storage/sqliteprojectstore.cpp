// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqliteprojectstore.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <utility>

#include <sqlite3.h>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include "models/contenthash.h"
#include "models/report.h"
#include "models/reportschema.h"
#include "models/storage/sqlitemigrations.h"
#include "models/storage/sqliterows.h"
#include "models/storage/sqliteprojectfile.h"
#include "models/storage/sqlitetransaction.h"

using namespace SqliteRows;

namespace {

std::atomic<int> connectionCounter{0};

/// Settles how SQLite works in this process, before its first connection opens
/// (after that SQLite refuses, harmlessly: the defaults stay).
void configureSqliteLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // A connection is used by one thread at a time (Qt allows no other use),
        // so SQLite need not lock it on every call, and nothing reads SQLite's
        // memory statistics, whose upkeep locks a global mutex on every
        // allocation. An import binds about 2,000 values a report.
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

struct CellAddressParts
{
    QString table, row, column;
};

/** Resets a kept statement when leaving the scope that used it: a read left pending holds the snapshot. */
class FinishOnExit final
{
public:
    explicit FinishOnExit(QSqlQuery &query)
        : m_query(query)
    {
    }
    ~FinishOnExit() { m_query.finish(); }
    Q_DISABLE_COPY_MOVE(FinishOnExit)

private:
    QSqlQuery &m_query;
};

std::optional<CellAddressParts> splitKey(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3)
        return std::nullopt;
    return CellAddressParts{parts[0], parts[1], parts[2]};
}

} // namespace

SqliteProjectStore::SqliteProjectStore()
    : m_connectionName(QStringLiteral("govinfo-project-%1").arg(connectionCounter.fetch_add(1)))
    , m_insertReports("reports", SqliteRows::reportInsertColumns())
    , m_insertFindings("findings", SqliteRows::findingInsertColumns())
    , m_insertSections("sections", SqliteRows::sectionInsertColumns())
    , m_insertFigures("figures", SqliteRows::figureInsertColumns())
{
    configureSqliteLibrary();
}

SqliteProjectStore::~SqliteProjectStore()
{
    close();
}

QSqlDatabase SqliteProjectStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery SqliteProjectStore::newQuery() const
{
    // Rows are read once, in order: no cache of every row for going back.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    return query;
}

QSqlQuery &SqliteProjectStore::statement(const QString &sql) const
{
    // An import runs the same few inserts for every report: each is prepared
    // once per connection. One that fails to prepare is not kept (its exec()
    // fails and the caller reports the error).
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return *found->second;
    auto query = std::make_unique<QSqlQuery>(newQuery());
    QSqlQuery &result = *query;
    if (query->prepare(sql))
        m_statements.emplace(sql, std::move(query));
    else
        m_unprepared = std::move(query);
    return result;
}

bool SqliteProjectStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

std::unique_ptr<ProjectStore> SqliteProjectStore::openReader() const
{
    // Only what open() kept: the connection itself belongs to this store's thread.
    if (m_location.isEmpty())
        return nullptr;
    auto reader = std::make_unique<SqliteProjectStore>();
    reader->setBusyTimeout(m_busyTimeout);
    if (!reader->open(m_location))
        return nullptr;
    return reader;
}

bool SqliteProjectStore::ensureOpen() const
{
    if (isOpen())
        return true;
    m_errorKind = Error::Other;
    m_error = tr("No project is open.");
    return false;
}

void SqliteProjectStore::close()
{
    // Before the connection they belong to goes.
    m_statements.clear();
    m_unprepared.reset();
    m_cellStatements.reset();
    for (SqliteBulkInsert *insert : {&m_insertReports, &m_insertFindings, &m_insertSections, &m_insertFigures})
        insert->reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        database().close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_location.clear();
    m_schemaVersion = 0;
    // Closing rolled back a batch still open.
    m_batching = false;
    m_batchLost = false;
}

bool SqliteProjectStore::refuse(const QString &message)
{
    // close() forgets the location, not the error being reported.
    const Error kind = m_errorKind;
    close();
    m_errorKind = kind;
    m_error = message;
    return false;
}

bool SqliteProjectStore::open(const QString &location)
{
    close();
    m_error.clear();
    m_errorKind = Error::None;
    if (const ProjectProblem problem = SqliteProjectFile::checkBeforeOpening(location); problem.isProblem()) {
        m_errorKind = problem.kind;
        m_error = problem.message;
        return false;
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            m_errorKind = Error::Other;
            m_error = tr("Qt's SQLite driver (QSQLITE) is not installed: cannot open the project %1.").arg(location);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout));
        m_location = location;
        if (!db.open()) {
            setDatabaseError(db.lastError());
            const QString error = m_error;
            db = QSqlDatabase();
            return refuse(error);
        }
    }
    if (!configureConnection()) {
        const QString error = m_error;
        return refuse(error);
    }
    m_location = location;
    return true;
}

bool SqliteProjectStore::configureConnection()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setDatabaseError(query.lastError());
        return false;
    }
    // Nothing is written until the file is known to be ours and not newer.
    QSqlError error;
    const int version = SqliteMigrations::storedVersion(db, &error);
    if (version < 0) {
        if (error.isValid()) {
            setDatabaseError(error);
        } else {
            m_errorKind = Error::NotAProject;
            m_error = tr("%1 is an SQLite database but not a GovInfo Review project. It was left untouched.")
                          .arg(m_location);
        }
        return false;
    }
    if (version > SqliteMigrations::latestVersion()) {
        m_errorKind = Error::NewerVersion;
        m_error = tr("The project %1 was written by a newer version of GovInfo Review (schema %2, this one reads up to %3). "
                     "It was left untouched.")
                      .arg(m_location)
                      .arg(version)
                      .arg(SqliteMigrations::latestVersion());
        return false;
    }
    // Only an empty file takes these; older projects keep theirs.
    // - Qt hands SQLite every string as UTF-16: a new project keeps its text
    //   so, and SQLite need not convert each value both ways (Chinese text is
    //   smaller in UTF-16, too).
    // - Pages of 16 KB rather than 4: most reports' text fits in one, and an import
    //   writes a quarter as many (strace, 2,000 reports: 45,000 pwrite calls ->
    //   12,500). Bench, 10,000 reports: import 9.3-9.6 s -> 8.6 s, open
    //   280-300 ms -> 120-180 ms; 32 KB was no better.
    if (version == 0
        && (!query.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'"))
            || !query.exec(QStringLiteral("PRAGMA page_size = %1").arg(NewPageSize)))) {
        setDatabaseError(query.lastError());
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        setDatabaseError(query.lastError());
        return false;
    }
    // A statement left pending would make every later COMMIT fail as "busy".
    query.finish();
    if (!applyDurability())
        return false;
    if (version < SqliteMigrations::latestVersion()
        && !SqliteMigrations::migrate(db, version, SqliteMigrations::latestVersion(), &error)) {
        setDatabaseError(error);
        return false;
    }
    m_schemaVersion = SqliteMigrations::storedVersion(db, &error);
    SqliteCellStatements *cells = cellStatements();
    if (!cells)
        return false;
    if (!cells->registerKeys()) {
        setDatabaseError(cells->lastError());
        return false;
    }
    return true;
}

void SqliteProjectStore::setDatabaseError(const QSqlError &error) const
{
    const ProjectProblem problem = SqliteProjectFile::describe(error, m_location);
    m_errorKind = problem.kind;
    m_error = problem.message;
}

bool SqliteProjectStore::commit(SqliteTransaction &transaction)
{
    if (transaction.commit())
        return true;
    setDatabaseError(transaction.lastError());
    return false;
}

void SqliteProjectStore::setDurability(Durability durability)
{
    m_durability = durability;
    if (isOpen())
        applyDurability();
}

bool SqliteProjectStore::applyDurability()
{
    QSqlQuery query = newQuery();
    if (!query.exec(m_durability == Durability::Full ? QStringLiteral("PRAGMA synchronous = FULL")
                                                     : QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        setDatabaseError(query.lastError());
        return false;
    }
    return true;
}

SqliteTransaction SqliteProjectStore::writeTransaction()
{
    return SqliteTransaction(database(), m_batching ? &m_batchLost : nullptr);
}

void SqliteProjectStore::beginBatch()
{
    m_batching = true;
    m_batchLost = false;
    configureForBatch(true);
}

bool SqliteProjectStore::commitBatch()
{
    if (!isOpen())
        return !std::exchange(m_batchLost, false);
    QSqlDatabase db = database();
    if (std::exchange(m_batchLost, false)) {
        // What was written after the loss goes with it: the caller counts them all as lost.
        QSqlQuery query(db);
        if (SqliteTransaction::isOpen(db))
            query.exec(QStringLiteral("ROLLBACK"));
        // The error of the write that failed says why.
        if (m_error.isEmpty())
            m_error = tr("The last writes to the project %1 were undone after an error.").arg(m_location);
        return false;
    }
    QSqlError error;
    if (!SqliteTransaction::commitOpen(db, &error)) {
        setDatabaseError(error);
        return false;
    }
    return true;
}

bool SqliteProjectStore::endBatch()
{
    const bool committed = commitBatch();
    m_batching = false;
    // The pragma does nothing inside a transaction: a commit that failed leaves its lost
    // writes to be undone first.
    if (isOpen() && SqliteTransaction::isOpen(database()))
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
    configureForBatch(false);
    return committed;
}

int SqliteProjectStore::pageSize() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next() && query.value(0).toInt() > 0)
        return query.value(0).toInt();
    return 4096; // SQLite's default: only a size for checkpoints is made of it
}

void SqliteProjectStore::configureForBatch(bool batch)
{
    // Pragmas that must be set outside a transaction. Those on constraints also
    // expire the prepared statements: they are compiled again, with or without the checks.
    if (!isOpen() || SqliteTransaction::isOpen(database()))
        return;
    QSqlQuery query(database());
    // A batch is an import, whose rows are right by construction, and SQLite's checks of
    // them cost as much as storing them:
    // - each row points at a report it has just written or found inside the same
    //   transaction, and at a key it registered; and the store never deletes a report or a
    //   cell, so no ON DELETE action is skipped. Checking each reference (a look-up in
    //   reports and in cell_keys for every cell row): 2,000,000 cells and 227,000 findings
    //   3.2-4.2 s with it, 1.6 s without;
    // - a finding's status is the name of a ReviewStatus. CHECK (status IN (...)) builds a
    //   temporary index of the four names for every row inserted one at a time.
    // On again at endBatch(); tests run PRAGMA foreign_key_check after imports.
    query.exec(batch ? QStringLiteral("PRAGMA foreign_keys = OFF") : QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(batch ? QStringLiteral("PRAGMA ignore_check_constraints = ON")
                     : QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    // Each report is a savepoint in the batch's transaction: SQLite keeps the pages it
    // changes, as they were, in a sub-journal, which becomes a temporary file past 64 KB,
    // written a page at a time. strace, import of 2,000 reports: 196,000 pwrite calls,
    // 106,000 of them the sub-journal's; 46,000 with it in memory (a report's pages, about
    // 100 KB, freed at each RELEASE). Only during a batch: outside one, memory would also
    // hold the large sorts of temporary tables.
    query.exec(batch ? QStringLiteral("PRAGMA temp_store = MEMORY") : QStringLiteral("PRAGMA temp_store = DEFAULT"));
    // A checkpoint copies the WAL into the file and syncs both. At SQLite's default of
    // every 1,000 pages that import synced 52 times, at 7 ms each; every 10,000 pages of
    // 4 KB (a WAL of 40 MB at most), 19 times. Bench, 10,000 reports: both together
    // 13.1 s -> 8.1 s.
    query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(batch ? BatchWalBytes / pageSize() : 1000));
}

bool SqliteProjectStore::begin(const SqliteTransaction &transaction)
{
    if (transaction.isActive())
        return true;
    setDatabaseError(transaction.lastError());
    return false;
}

qint64 SqliteProjectStore::findCurrentByHash(const QByteArray &hash, bool *ok) const
{
    QSqlQuery &query = statement(QStringLiteral(
        "SELECT r.id FROM reports r WHERE r.content_hash = :hash"
        " AND NOT EXISTS (SELECT 1 FROM reports n WHERE n.supersedes = r.id) ORDER BY r.id LIMIT 1"));
    const FinishOnExit finished(query);
    query.bindValue(QStringLiteral(":hash"), QString::fromLatin1(hash));
    *ok = query.exec();
    if (!*ok) {
        setDatabaseError(query.lastError());
        return 0;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SqliteProjectStore::findCurrentByFileName(const QString &fileName, int *version, bool *ok) const
{
    QSqlQuery &query = statement(QStringLiteral(
        "SELECT r.id, r.version FROM reports r WHERE r.file_name = :name"
        " AND NOT EXISTS (SELECT 1 FROM reports n WHERE n.supersedes = r.id) ORDER BY r.version DESC LIMIT 1"));
    const FinishOnExit finished(query);
    query.bindValue(QStringLiteral(":name"), fileName);
    *ok = query.exec();
    if (!*ok) {
        setDatabaseError(query.lastError());
        return 0;
    }
    if (!query.next())
        return 0;
    *version = query.value(1).toInt();
    return query.value(0).toLongLong();
}

std::optional<AddResult> SqliteProjectStore::addReport(const Report &report, const std::vector<Finding> &findings)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    SqliteTransaction transaction = writeTransaction();
    if (!begin(transaction))
        return std::nullopt;

    // Hand-built reports may come without the file's hash: the text stands in.
    const QByteArray contentHash = !report.contentHash.isEmpty()
        ? report.contentHash
        : contentHashOf(report.text.toUtf8());

    AddResult result;
    bool ok = false;
    if (const qint64 existing = findCurrentByHash(contentHash, &ok); existing || !ok) {
        if (!ok)
            return std::nullopt;
        result.outcome = AddOutcome::Unchanged;
        result.reportId = existing;
        return result; // nothing written: the transaction rolls back harmlessly
    }
    int previousVersion = 0;
    result.previousId = findCurrentByFileName(report.fileName, &previousVersion, &ok);
    if (!ok)
        return std::nullopt;
    result.outcome = result.previousId ? AddOutcome::NewVersion : AddOutcome::Added;

    if (!insertReport(report, contentHash, previousVersion + 1, result.previousId, &result.reportId)
        || !insertCells(result.reportId, report) || !insertFindings(result.reportId, findings)
        || (result.previousId && !carryOverReview(result.previousId, result.reportId, &result))
        || !commit(transaction))
        return std::nullopt;
    return result;
}

bool SqliteProjectStore::insertReport(const Report &report, const QByteArray &contentHash, int version,
                                      qint64 supersedes, qint64 *reportId)
{
    sqlite3 *db = sqliteHandle(database());
    const auto bindRow = [&](SqliteBulkInsert::Row &row, std::size_t) {
        bindReport(row, report, contentHash, version, supersedes);
    };
    if (!m_insertReports.insert(db, 1, bindRow)) {
        setDatabaseError(m_insertReports.lastError());
        return false;
    }
    *reportId = sqlite3_last_insert_rowid(db);

    return insertRows(m_insertSections, *reportId, report.sections, &bindSection)
        && insertRows(m_insertFigures, *reportId, report.figures, &bindFigure);
}

bool SqliteProjectStore::insertCells(qint64 reportId, const Report &report)
{
    if (report.cells.empty())
        return true;
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    if (!schema || schema->cellCount() != int(report.cells.size())) {
        m_errorKind = Error::Other;
        m_error = tr("Cannot store %1: it has %2 cells, which does not fit its format \"%3\".")
                      .arg(report.fileName)
                      .arg(report.cells.size())
                      .arg(report.format);
        return false;
    }
    SqliteCellStatements *cells = cellStatements();
    if (!cells)
        return false;
    if (!cells->insert(reportId, *schema, report.cells)) {
        setDatabaseError(cells->lastError());
        return false;
    }
    return true;
}

SqliteCellStatements *SqliteProjectStore::cellStatements() const
{
    if (!m_cellStatements.isAttached() && !m_cellStatements.attach(database())) {
        m_errorKind = Error::Other;
        m_error = tr("The project %1 is not open through SQLite's own driver.").arg(m_location);
        return nullptr;
    }
    return &m_cellStatements;
}

bool SqliteProjectStore::insertFindings(qint64 reportId, const std::vector<Finding> &findings)
{
    return insertRows(m_insertFindings, reportId, findings, &bindFinding);
}

template<typename Item>
bool SqliteProjectStore::insertRows(SqliteBulkInsert &insert, qint64 reportId, const std::vector<Item> &items,
                                    void (*bind)(SqliteBulkInsert::Row &, qint64, const Item &))
{
    const auto bindRow = [&](SqliteBulkInsert::Row &row, std::size_t index) { bind(row, reportId, items[index]); };
    if (insert.insert(sqliteHandle(database()), items.size(), bindRow))
        return true;
    setDatabaseError(insert.lastError());
    return false;
}

bool SqliteProjectStore::deleteFindings(qint64 reportId)
{
    QSqlQuery query = newQuery();
    query.prepare(QStringLiteral("DELETE FROM findings WHERE report_id = :report"));
    query.bindValue(QStringLiteral(":report"), reportId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    return true;
}

bool SqliteProjectStore::carryOverReview(qint64 previousId, qint64 reportId, AddResult *result)
{
    // Corrections: a corrected cell whose extracted value is the same in the new
    // version was read the same way, so the reviewer's value still applies. Where
    // the extraction changed, the new reading wins and the old version keeps its
    // correction for reference.
    QSqlQuery query = newQuery();
    query.prepare(QStringLiteral(
        "SELECT k.table_key, k.row_key, k.column_key, o.value FROM cells o"
        " JOIN cells n ON n.report_id = :new AND n.key_id = o.key_id JOIN cell_keys k ON k.id = o.key_id"
        " WHERE o.report_id = :old AND o.value IS NOT o.extracted AND n.extracted IS o.extracted"));
    query.bindValue(QStringLiteral(":new"), reportId);
    query.bindValue(QStringLiteral(":old"), previousId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    std::vector<CellValueChange> carried;
    while (query.next()) {
        carried.push_back({query.value(0).toString() + u'/' + query.value(1).toString() + u'/'
                               + query.value(2).toString(),
                           toDecimal(query.value(3))});
    }
    query.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CellValueChange &change : carried) {
        if (!writeCellValue(reportId, change.cellKey, change.value, now))
            return false;
        result->carriedCells.append(change.cellKey);
    }

    // Review statuses: the same finding (identity) over cells that were read the
    // same way is the same question, already answered.
    query.prepare(QStringLiteral(
        "SELECT k.table_key || '/' || k.row_key || '/' || k.column_key FROM cells o"
        " JOIN cells n ON n.report_id = :new AND n.key_id = o.key_id JOIN cell_keys k ON k.id = o.key_id"
        " WHERE o.report_id = :old AND n.extracted IS NOT o.extracted"));
    query.bindValue(QStringLiteral(":new"), reportId);
    query.bindValue(QStringLiteral(":old"), previousId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    QSet<QString> changedCells;
    while (query.next())
        changedCells.insert(query.value(0).toString());
    query.finish();

    const auto oldFindings = findings(previousId);
    const auto newFindings = findings(reportId);
    if (!oldFindings || !newFindings)
        return false;
    QHash<QString, const Finding *> reviewed;
    for (const Finding &finding : *oldFindings) {
        if (finding.status != ReviewStatus::Open || !finding.note.isEmpty())
            reviewed.insert(finding.identity(), &finding);
    }
    query.prepare(QStringLiteral("UPDATE findings SET status = :status, note = :note WHERE id = :id"));
    for (const Finding &finding : *newFindings) {
        const Finding *old = reviewed.value(finding.identity());
        if (!old)
            continue;
        const bool cellsUnchanged = std::none_of(finding.cells.cbegin(), finding.cells.cend(),
                                                 [&](const QString &key) { return changedCells.contains(key); });
        if (!cellsUnchanged)
            continue;
        query.bindValue(QStringLiteral(":status"), reviewStatusName(old->status));
        query.bindValue(QStringLiteral(":note"), nonNull(old->note));
        query.bindValue(QStringLiteral(":id"), finding.id);
        if (!query.exec()) {
            setDatabaseError(query.lastError());
            return false;
        }
    }
    return true;
}

bool SqliteProjectStore::writeCellValue(qint64 reportId, const QString &cellKey, const std::optional<Decimal> &value,
                                        const QDateTime &when)
{
    const auto parts = splitKey(cellKey);
    QSqlQuery query = newQuery();
    query.prepare(QStringLiteral("SELECT key_id, value FROM cells WHERE report_id = :report AND key_id ="
                                 " (SELECT id FROM cell_keys WHERE table_key = :table AND row_key = :row"
                                 "  AND column_key = :column)"));
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":table"), parts ? parts->table : QString());
    query.bindValue(QStringLiteral(":row"), parts ? parts->row : QString());
    query.bindValue(QStringLiteral(":column"), parts ? parts->column : QString());
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    if (!query.next()) {
        m_errorKind = Error::Other;
        m_error = tr("The report %1 has no cell %2.").arg(reportId).arg(cellKey);
        return false;
    }
    const qint64 keyId = query.value(0).toLongLong();
    const std::optional<Decimal> oldValue = toDecimal(query.value(1));
    query.finish();
    // Compare as text: "1.50" and "1.5" are the same number but a different cell value.
    const QVariant oldText = fromDecimal(oldValue);
    const QVariant newText = fromDecimal(value);
    if (oldText == newText)
        return true;

    query.prepare(QStringLiteral("UPDATE cells SET value = :value WHERE report_id = :report AND key_id = :key"));
    query.bindValue(QStringLiteral(":value"), newText);
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":key"), keyId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO edits (report_id, key_id, old_value, new_value, edited_at)"
                                 " VALUES (:report, :key, :old, :new, :time)"));
    query.bindValue(QStringLiteral(":report"), reportId);
    query.bindValue(QStringLiteral(":key"), keyId);
    query.bindValue(QStringLiteral(":old"), oldText);
    query.bindValue(QStringLiteral(":new"), newText);
    query.bindValue(QStringLiteral(":time"), fromTime(when));
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    return true;
}

std::optional<std::vector<ReportSummary>> SqliteProjectStore::reports(Listing listing) const
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlQuery query = newQuery();
    // Two fixed statements; nothing from outside is spliced in.
    const QString all = QStringLiteral(
        "SELECT r.id, r.file_name, r.path, r.content_hash, r.agency, r.year, r.format, r.imported_at,"
        " r.version, r.supersedes,"
        " (SELECT MAX(n.id) FROM reports n WHERE n.supersedes = r.id),"
        " (SELECT COUNT(*) FROM findings f WHERE f.report_id = r.id),"
        // The open findings' and the corrected cells' own indexes have what these count:
        // without the hints SQLite reads every finding and every cell of the report (by the
        // cells' primary key) to look at its status or values.
        " (SELECT COUNT(*) FROM findings f INDEXED BY findings_open WHERE f.report_id = r.id AND f.status = 'open'),"
        " (SELECT COUNT(*) FROM findings f INDEXED BY findings_open WHERE f.report_id = r.id AND f.status = 'open'"
        "  AND f.severity = 'error'),"
        " (SELECT COUNT(*) FROM cells c INDEXED BY cells_corrected WHERE c.report_id = r.id"
        "  AND c.value IS NOT c.extracted)"
        " FROM reports r");
    const QString current = all + u" WHERE NOT EXISTS (SELECT 1 FROM reports n WHERE n.supersedes = r.id)";
    const QString order = QStringLiteral(" ORDER BY r.file_name, r.version, r.id");
    if (!query.exec((listing == Listing::Current ? current : all) + order)) {
        setDatabaseError(query.lastError());
        return std::nullopt;
    }
    std::vector<ReportSummary> list;
    while (query.next()) {
        ReportSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.fileName = query.value(1).toString();
        summary.path = query.value(2).toString();
        summary.contentHash = query.value(3).toString().toLatin1();
        summary.agency = query.value(4).toString();
        summary.year = query.value(5).toInt();
        summary.format = query.value(6).toString();
        summary.importedAt = toTime(query.value(7).toString());
        summary.version = query.value(8).toInt();
        summary.supersedes = query.value(9).toLongLong();
        summary.supersededBy = query.value(10).toLongLong();
        summary.findingCount = query.value(11).toInt();
        summary.openFindingCount = query.value(12).toInt();
        summary.openErrorCount = query.value(13).toInt();
        summary.correctedCellCount = query.value(14).toInt();
        list.push_back(summary);
    }
    return list;
}

std::optional<qint64> SqliteProjectStore::currentReportOf(const QString &agency, int year, qint64 excludeId) const
{
    if (!ensureOpen())
        return std::nullopt;
    // One indexed lookup (reports_agency_year): an import asks this twice per
    // report, so it must not grow with the project.
    QSqlQuery &query = statement(QStringLiteral(
        "SELECT MAX(r.id) FROM reports r WHERE r.agency = :agency AND r.year = :year AND r.id != :exclude"
        " AND NOT EXISTS (SELECT 1 FROM reports n WHERE n.supersedes = r.id)"));
    const FinishOnExit finished(query);
    query.bindValue(QStringLiteral(":agency"), nonNull(agency));
    query.bindValue(QStringLiteral(":year"), year);
    query.bindValue(QStringLiteral(":exclude"), excludeId);
    if (!query.exec() || !query.next()) {
        setDatabaseError(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::unique_ptr<Report> SqliteProjectStore::loadReport(qint64 reportId, Content content) const
{
    const bool everything = content == Content::Everything;
    auto report = loadReportRow(reportId, everything);
    if (!report || !loadCells(*report, content) || (everything && !loadSectionsAndFigures(*report)))
        return nullptr;
    return report;
}

std::optional<WriteMark> SqliteProjectStore::writeMark() const
{
    if (!ensureOpen())
        return std::nullopt;
    // SQLite's own counters, without a query through Qt (an import asks twice a
    // report): commits by other connections, and rows this one changed.
    sqlite3 *db = sqliteHandle(database());
    sqlite3_stmt *statement = nullptr;
    if (!db || sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &statement, nullptr) != SQLITE_OK) {
        setDatabaseError(sqliteLastError(db));
        return std::nullopt;
    }
    std::optional<WriteMark> mark;
    if (sqlite3_step(statement) == SQLITE_ROW)
        mark = WriteMark{sqlite3_column_int64(statement, 0), sqlite3_total_changes64(db)};
    else
        setDatabaseError(sqliteLastError(db));
    sqlite3_finalize(statement);
    return mark;
}

std::unique_ptr<Report> SqliteProjectStore::loadReportRow(qint64 reportId, bool withText) const
{
    if (!ensureOpen()) {
        return nullptr;
    }
    // Two fixed statements; the text is most of a row and often not needed.
    QSqlQuery &query = statement(
        withText ? QStringLiteral("SELECT file_name, path, content_hash, agency, year, format, t2_format, t3_format,"
                                  " encoding, source_kind, imported_at, text, notes FROM reports WHERE id = :id")
                 : QStringLiteral("SELECT file_name, path, content_hash, agency, year, format, t2_format, t3_format,"
                                  " encoding, source_kind, imported_at FROM reports WHERE id = :id"));
    const FinishOnExit finished(query);
    query.bindValue(QStringLiteral(":id"), reportId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return nullptr;
    }
    if (!query.next()) {
        m_errorKind = Error::Other;
        m_error = tr("The project %1 has no report %2.").arg(m_location).arg(reportId);
        return nullptr;
    }
    auto report = std::make_unique<Report>();
    report->id = reportId;
    report->fileName = query.value(0).toString();
    report->path = query.value(1).toString();
    report->contentHash = query.value(2).toString().toLatin1();
    report->agency = query.value(3).toString();
    report->year = query.value(4).toInt();
    report->format = query.value(5).toString();
    report->t2Format = query.value(6).toString();
    report->t3Format = query.value(7).toString();
    report->encoding = query.value(8).toString();
    report->sourceKind = query.value(9).toString();
    report->importedAt = toTime(query.value(10).toString());
    if (withText) {
        report->text = query.value(11).toString();
        report->notes = toList(query.value(12).toString());
    }
    return report;
}

bool SqliteProjectStore::loadCells(Report &report, Content content) const
{
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    if (!schema)
        return true; // pre2019: no cells
    SqliteCellStatements *cells = cellStatements();
    if (!cells)
        return false;
    if (!cells->read(report.id, *schema, content, report.cells)) {
        setDatabaseError(cells->lastError());
        return false;
    }
    return true;
}

bool SqliteProjectStore::loadSectionsAndFigures(Report &report) const
{
    QSqlQuery query = newQuery();
    query.prepare(QStringLiteral("SELECT number, heading, span_offset, span_length FROM sections"
                                 " WHERE report_id = :report ORDER BY rowid"));
    query.bindValue(QStringLiteral(":report"), report.id);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    while (query.next()) {
        report.sections.push_back({query.value(0).toInt(), query.value(1).toString(),
                                   {query.value(2).toLongLong(), query.value(3).toLongLong()}});
    }
    query.prepare(QStringLiteral("SELECT cell_key, value, quote, span_offset, span_length FROM figures"
                                 " WHERE report_id = :report ORDER BY rowid"));
    query.bindValue(QStringLiteral(":report"), report.id);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    while (query.next()) {
        report.figures.push_back({query.value(0).toString(),
                                  Decimal::fromString(query.value(1).toString()).value_or(Decimal()),
                                  query.value(2).toString(),
                                  {query.value(3).toLongLong(), query.value(4).toLongLong()}});
    }
    return true;
}

std::optional<std::vector<Finding>> SqliteProjectStore::findings(qint64 reportId) const
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlQuery &query =
        statement(u"SELECT " + findingColumnsSql() + u" FROM findings WHERE report_id = :report ORDER BY id");
    const FinishOnExit finished(query);
    query.bindValue(QStringLiteral(":report"), reportId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return std::nullopt;
    }
    std::vector<Finding> list;
    while (query.next())
        list.push_back(findingAt(query));
    return list;
}

bool SqliteProjectStore::replaceFindings(qint64 reportId, const std::vector<Finding> &newFindings)
{
    if (!ensureOpen()) {
        return false;
    }
    SqliteTransaction transaction = writeTransaction();
    if (!begin(transaction))
        return false;
    const auto stored = findings(reportId);
    if (!stored)
        return false;
    QHash<QString, Finding> reviewed;
    for (const Finding &finding : *stored)
        reviewed.insert(finding.identity(), finding);
    std::vector<Finding> merged = newFindings;
    for (Finding &finding : merged) {
        const auto it = reviewed.constFind(finding.identity());
        if (it != reviewed.constEnd()) {
            finding.status = it->status;
            finding.note = it->note;
        }
    }
    return deleteFindings(reportId) && insertFindings(reportId, merged) && commit(transaction);
}

bool SqliteProjectStore::setCellValue(qint64 reportId, const QString &cellKey, const std::optional<Decimal> &value)
{
    if (!ensureOpen()) {
        return false;
    }
    SqliteTransaction transaction = writeTransaction();
    return begin(transaction) && writeCellValue(reportId, cellKey, value, QDateTime::currentDateTimeUtc())
        && commit(transaction);
}

bool SqliteProjectStore::setFindingReview(qint64 findingId, ReviewStatus status, const QString &note)
{
    if (!ensureOpen()) {
        return false;
    }
    QSqlQuery query = newQuery();
    query.prepare(QStringLiteral("UPDATE findings SET status = :status, note = :note WHERE id = :id"));
    query.bindValue(QStringLiteral(":status"), reviewStatusName(status));
    query.bindValue(QStringLiteral(":note"), nonNull(note));
    query.bindValue(QStringLiteral(":id"), findingId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_errorKind = Error::Other;
        m_error = tr("The project %1 has no finding %2.").arg(m_location).arg(findingId);
        return false;
    }
    return true;
}

bool SqliteProjectStore::saveReview(qint64 reportId, const std::vector<CellValueChange> &changes,
                                    const std::vector<Finding> &reviewedFindings)
{
    return saveReviews({ReportReview{reportId, changes, reviewedFindings}});
}

bool SqliteProjectStore::writeReview(const ReportReview &review, const QDateTime &when)
{
    for (const CellValueChange &change : review.changes) {
        if (!writeCellValue(review.reportId, change.cellKey, change.value, when))
            return false;
    }
    return deleteFindings(review.reportId) && insertFindings(review.reportId, review.findings);
}

bool SqliteProjectStore::saveReviews(const std::vector<ReportReview> &reviews)
{
    if (!ensureOpen()) {
        return false;
    }
    SqliteTransaction transaction = writeTransaction();
    if (!begin(transaction))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ReportReview &review : reviews) {
        if (!writeReview(review, now))
            return false; // the transaction rolls back when it goes out of scope
    }
    return commit(transaction);
}

std::optional<std::vector<CellEdit>> SqliteProjectStore::edits(qint64 reportId) const
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlQuery query = newQuery();
    query.prepare(QStringLiteral(
        "SELECT e.id, k.table_key, k.row_key, k.column_key, e.old_value, e.new_value, e.edited_at"
        " FROM edits e JOIN cell_keys k ON k.id = e.key_id WHERE e.report_id = :report ORDER BY e.id"));
    query.bindValue(QStringLiteral(":report"), reportId);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return std::nullopt;
    }
    std::vector<CellEdit> list;
    while (query.next()) {
        CellEdit edit;
        edit.id = query.value(0).toLongLong();
        edit.reportId = reportId;
        edit.cellKey = query.value(1).toString() + u'/' + query.value(2).toString() + u'/' + query.value(3).toString();
        edit.oldValue = toDecimal(query.value(4));
        edit.newValue = toDecimal(query.value(5));
        edit.editedAt = toTime(query.value(6).toString());
        list.push_back(edit);
    }
    return list;
}

std::optional<std::vector<ReportCellValue>> SqliteProjectStore::cellValues(const QString &cellKey) const
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    const auto parts = splitKey(cellKey);
    std::vector<ReportCellValue> list;
    if (!parts)
        return list;
    QSqlQuery query = newQuery();
    // Report by report through the cells' primary key (report_id, key_id): the key alone has no index.
    query.prepare(QStringLiteral(
        "SELECT r.id, c.value FROM reports r CROSS JOIN cells c ON c.report_id = r.id AND c.key_id ="
        " (SELECT id FROM cell_keys WHERE table_key = :table AND row_key = :row AND column_key = :column)"
        " WHERE NOT EXISTS (SELECT 1 FROM reports n WHERE n.supersedes = r.id) ORDER BY r.id"));
    query.bindValue(QStringLiteral(":table"), parts->table);
    query.bindValue(QStringLiteral(":row"), parts->row);
    query.bindValue(QStringLiteral(":column"), parts->column);
    if (!query.exec()) {
        setDatabaseError(query.lastError());
        return std::nullopt;
    }
    while (query.next())
        list.push_back({query.value(0).toLongLong(), toDecimal(query.value(1))});
    return list;
}

std::optional<std::map<QString, int>> SqliteProjectStore::openFindingCounts() const
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query = newQuery();
    if (!query.exec(QStringLiteral(
            // The superseded reports are listed once, not looked up for each finding.
            "SELECT f.check_id, COUNT(*) FROM findings f WHERE f.status = 'open'"
            " AND f.report_id NOT IN (SELECT supersedes FROM reports WHERE supersedes IS NOT NULL)"
            " GROUP BY f.check_id"))) {
        setDatabaseError(query.lastError());
        return std::nullopt;
    }
    std::map<QString, int> counts;
    while (query.next())
        counts.emplace(query.value(0).toString(), query.value(1).toInt());
    return counts;
}
