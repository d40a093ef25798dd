// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

/**
 * Copies a project's WAL into its file on a thread and a connection of its
 * own, while a batch goes on being written.
 *
 * A checkpoint syncs the WAL and then the file. Run by the connection that
 * writes, it holds the writer up for each sync: perf sched, import of 3,000
 * reports, 345 ms of the storing thread waiting in fdatasync under
 * sqlite3WalCheckpoint, time in which it stores nothing and, on a 2-core
 * machine, a core idles. Asked after each commit, this one copies what the
 * commit added while the writer fills the next; once it has copied all of
 * the WAL, the writer's next commit starts the WAL over from its beginning.
 * The writer keeps its own checkpoint for a WAL grown past its limit, should
 * this one fall behind.
 *
 * Best effort: a checkpoint that cannot run (another one running, a reader
 * on an older snapshot) leaves the WAL to the next one or to the writer.
 * Used from one thread (the writer's); the checkpoints run on another.
 */
class SqliteCheckpointer final
{
public:
    /// For the database file at path (as SQLite names it: sqlite3_db_filename()).
    explicit SqliteCheckpointer(std::string path);
    /// stop()
    ~SqliteCheckpointer();
    Q_DISABLE_COPY_MOVE(SqliteCheckpointer)

    /// Asks for a checkpoint of what is committed now; returns at once. The
    /// thread starts with the first request.
    void request();
    /// Returns once no checkpoint is asked for or running.
    void waitUntilIdle();
    /// Lets a running checkpoint finish, drops one asked for, and ends the thread.
    void stop();
    /// Checkpoints run to completion so far.
    int completed() const;

private:
    void run();

    const std::string m_path;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false; ///< guarded by m_mutex, like the two below
    bool m_running = false;
    bool m_stopping = false;
    int m_completed = 0;
};
