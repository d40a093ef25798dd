// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/batchreader.h"

#include <deque>

#include <QDir>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

std::vector<ReadOutcome> BatchReader::read(const QStringList &paths, const Progress &progress,
                                           const std::atomic_bool *cancel, int maxThreads)
{
    const int total = int(paths.size());
    std::vector<ReadOutcome> results(std::size_t(paths.size()));
    std::vector<char> started(results.size(), 0);
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    QMutex mutex;
    QWaitCondition changed;
    std::deque<int> finished; // indexes read but not yet reported, guarded by mutex
    int running = 0;          // workers still taking files, guarded by mutex
    std::atomic_int next{0};

    // Workers take the next file in input order until none is left; a slow
    // file then holds up one core, not the whole batch.
    auto worker = [&] {
        for (;;) {
            if (cancelled())
                break;
            const int index = next++;
            if (index >= total)
                break;
            started[std::size_t(index)] = 1;
            results[std::size_t(index)] = ReportFileReader::read(paths[index]);
            const QMutexLocker locker(&mutex);
            finished.push_back(index);
            changed.wakeAll();
        }
        const QMutexLocker locker(&mutex);
        --running;
        changed.wakeAll();
    };

    // An own pool: a caller that itself runs on the global pool must not
    // wait for threads it occupies.
    QThreadPool pool;
    const int threads = std::max(1, std::min(maxThreads > 0 ? maxThreads : QThread::idealThreadCount(), total));
    pool.setMaxThreadCount(threads);
    running = total > 0 ? threads : 0;
    for (int i = 0; i < running; ++i)
        pool.start(worker);

    int done = 0;
    QMutexLocker locker(&mutex);
    while (running > 0 || !finished.empty()) {
        if (finished.empty()) {
            changed.wait(&mutex);
            continue;
        }
        const int index = finished.front();
        finished.pop_front();
        ++done;
        locker.unlock();
        if (progress)
            progress(done, total, paths[index]);
        locker.relock();
    }
    locker.unlock();
    pool.waitForDone();

    for (std::size_t i = 0; i < results.size(); ++i) {
        if (!started[i]) {
            results[i].path = paths[qsizetype(i)];
            results[i].error = tr("%1 was not read: the import was cancelled").arg(QDir::toNativeSeparators(paths[qsizetype(i)]));
        }
    }
    return results;
}
