// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlitecheckpointer.h"

#include <sqlite3.h>

SqliteCheckpointer::SqliteCheckpointer(std::string path)
    : m_path(std::move(path))
{
}

SqliteCheckpointer::~SqliteCheckpointer()
{
    stop();
}

void SqliteCheckpointer::request()
{
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return;
    m_requested = true;
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_changed.notify_all();
}

void SqliteCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_thread.joinable() || m_stopping || (!m_requested && !m_running); });
}

void SqliteCheckpointer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_requested = false;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    m_stopping = false; // a later request() starts it again
}

int SqliteCheckpointer::completed() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

void SqliteCheckpointer::run()
{
    sqlite3 *db = nullptr;
    // Read-write (a checkpoint writes the file), never creating it: the writer made it.
    // A connection learns that the file is in WAL mode from its first read: until
    // then a checkpoint does nothing.
    const bool opened = sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) == SQLITE_OK;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        m_running = true;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, without waiting for or blocking the
        // writer. SQLITE_BUSY (another checkpoint running) leaves the frames to the next one.
        const bool done = opened
            && sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK;
        lock.lock();
        m_running = false;
        m_completed += done ? 1 : 0;
        m_changed.notify_all();
    }
    lock.unlock();
    // Not the last connection (the writer's is open): closing it leaves the WAL as it is.
    sqlite3_close(db);
}
