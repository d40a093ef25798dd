// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/importsession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

/**
 * Runs an ImportSession off the GUI thread, on its own connection to the
 * project file (a store belongs to the thread that opened it), so that the
 * window stays responsive. Progress and the end arrive as signals on the
 * worker's thread. Destroying a running worker cancels it and waits for it.
 */
class ImportWorker final : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &projectPath, const QStringList &paths, QObject *parent = nullptr);
    ~ImportWorker() override;
    Q_DISABLE_COPY_MOVE(ImportWorker)

    /// Starts once; later calls do nothing.
    void start();
    /// Asks the import to stop; finished() follows. What was stored stays.
    void cancel();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    bool isCancelRequested() const { return m_cancel.load(); }
    /// Valid after finished(). A project that could not be opened is one failure naming it.
    const ImportSummary &summary() const { return m_summary; }

signals:
    void progressChanged(int done, int total, const QString &path);
    void finished();

private:
    void onFinished();

    QString m_projectPath;
    QStringList m_paths;
    std::atomic_bool m_cancel{false};
    QFutureWatcher<ImportSummary> *m_watcher = nullptr;
    ImportSummary m_summary;
    bool m_started = false;
    bool m_finished = false;
};
