// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importworker.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "models/storage/sqliteprojectstore.h"
#include "parser/parserfilesource.h"

ImportWorker::ImportWorker(const QString &projectPath, const QStringList &paths, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_paths(paths)
    , m_watcher(new QFutureWatcher<ImportSummary>(this))
{
    connect(m_watcher, &QFutureWatcher<ImportSummary>::finished, this, &ImportWorker::onFinished);
}

ImportWorker::~ImportWorker()
{
    // The task refers to this object: it must end before the members go.
    m_cancel = true;
    m_watcher->waitForFinished();
}

void ImportWorker::start()
{
    if (m_started)
        return;
    m_started = true;
    m_watcher->setFuture(QtConcurrent::run([this] {
        SqliteProjectStore store;
        if (!store.open(m_projectPath)) {
            ImportSummary summary;
            summary.project = m_projectPath;
            summary.failures.append(store.errorString());
            return summary;
        }
        const ParserFileSource files;
        ImportSession session(store, files);
        session.setCancelFlag(&m_cancel);
        // Emitted from the pool thread: receivers in the GUI thread get it queued.
        session.setProgress([this](int done, int total, const QString &path) {
            emit progressChanged(done, total, path);
        });
        return session.run(m_paths);
    }));
}

void ImportWorker::cancel()
{
    m_cancel = true;
}

bool ImportWorker::isRunning() const
{
    return m_started && !m_finished;
}

void ImportWorker::onFinished()
{
    m_summary = m_watcher->result();
    m_finished = true;
    emit finished();
}
