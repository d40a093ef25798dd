// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/projectstore.h"
#include "models/storage/sqlitebulkinsert.h"

#include <QHash>
#include <QSqlError>

#include <unordered_map>
#include <vector>

class FormatSchema;
class QSqlDatabase;
struct Cell;
struct sqlite3;
struct sqlite3_stmt;

/**
 * What runs for every cell: storing a report's cells (fifty rows a statement,
 * SqliteBulkInsert) and reading them back. At ten thousand reports that is two
 * million rows each way, and through QSqlQuery every value is wrapped in a
 * QVariant, bound by name and cached row by row, which costs as much again as
 * SQLite's own work (README, Benchmark). Both go straight to SQLite's C API on
 * the Qt connection's own handle, so they share its transactions; of the rest
 * of the store only the findings do too. The columns and conversions are those of
 * SqliteRows. A cell row names its key by its id in cell_keys (schema version
 * 7): registerKeys() makes sure every key of every format has one, once per
 * connection, so that storing a report never adds a key inside its own
 * transaction (a rollback would leave the ids remembered here pointing at
 * nothing).
 *
 * Valid while the connection is open: reset() before it closes (SQLite
 * refuses to close a connection with statements still prepared).
 */
class SqliteCellStatements final
{
public:
    SqliteCellStatements() = default;
    ~SqliteCellStatements();
    Q_DISABLE_COPY_MOVE(SqliteCellStatements)

    /// Takes the SQLite handle of db (QSQLITE); false when it has none.
    bool attach(const QSqlDatabase &db);
    /// Finalizes the statements and forgets the handle.
    void reset();
    bool isAttached() const { return m_db != nullptr; }
    /// Reads cell_keys and adds the keys of ReportSchema's formats it lacks (in a
    /// transaction of its own: call it outside any other).
    bool registerKeys();

    /// Inserts cells (one per key of schema, in its order) for reportId.
    bool insert(qint64 reportId, const FormatSchema &schema, const std::vector<Cell> &cells);
    /// Reads reportId's cells into cells (sized to schema's keys): the columns content asks for.
    bool read(qint64 reportId, const FormatSchema &schema, ProjectStore::Content content,
              std::vector<Cell> &cells);

    /// The error of the last failed call, with SQLite's extended code as its native code.
    QSqlError lastError() const { return m_error; }

private:
    /// A format's keys as ids of cell_keys, and back.
    struct KeyIds
    {
        std::vector<qint64> ofIndex;
        QHash<qint64, int> indexOf;
    };
    const KeyIds *keyIds(const FormatSchema &schema);
    bool loadKeys();
    bool exec(const char *sql);
    sqlite3_stmt *prepared(sqlite3_stmt *&slot, const char *sql);
    bool fail();
    bool fail(const QString &message);

    sqlite3 *m_db = nullptr;
    SqliteBulkInsert m_insert{"cells",
                              {"report_id", "key_id", "extracted", "value", "raw", "unit", "status", "span_offset",
                               "span_length", "candidates"}};
    sqlite3_stmt *m_readValues = nullptr;
    sqlite3_stmt *m_readCells = nullptr;
    sqlite3_stmt *m_readEverything = nullptr;
    QHash<QString, qint64> m_keyIdOf; ///< cell_keys: "table/row/column" -> id
    std::unordered_map<const FormatSchema *, KeyIds> m_schemaKeys;
    QSqlError m_error;
};
