// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/batchreader.h"

#include <vector>

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

int BatchReader::readInOrder(const QStringList &paths, const Consumer &consume, const std::atomic_bool *cancel,
                             int maxThreads)
{
    const int total = int(paths.size());
    if (total == 0)
        return 0;
    const int threads = std::max(1, std::min(maxThreads > 0 ? maxThreads : QThread::idealThreadCount(), total));
    // Enough parsed reports waiting that no worker idles while one is stored, few enough to stay small.
    const int ahead = 4 * threads;

    std::vector<ReadOutcome> results(std::size_t(paths.size()));
    std::vector<char> ready(results.size(), 0);
    QMutex mutex;
    QWaitCondition readyChanged;    // a file was read, or a worker ended
    QWaitCondition consumedChanged; // the consumer took one, or stopped
    int next = 0;     // the next file a worker takes, guarded by mutex
    int handed = 0;   // files handed to consume, guarded by mutex
    int running = threads;
    bool stop = false;
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    auto worker = [&] {
        QMutexLocker locker(&mutex);
        for (;;) {
            while (!stop && next < total && next >= handed + ahead)
                consumedChanged.wait(&mutex);
            if (stop || next >= total || cancelled())
                break;
            const int index = next++;
            locker.unlock();
            ReadOutcome outcome = ReportFileReader::read(paths[index]);
            locker.relock();
            results[std::size_t(index)] = std::move(outcome);
            ready[std::size_t(index)] = 1;
            readyChanged.wakeAll();
        }
        --running;
        readyChanged.wakeAll();
    };

    QThreadPool pool; // an own pool, as in read()
    pool.setMaxThreadCount(threads);
    for (int i = 0; i < threads; ++i)
        pool.start(worker);

    QMutexLocker locker(&mutex);
    while (handed < total && !cancelled()) {
        if (!ready[std::size_t(handed)]) {
            if (running == 0)
                break; // cancelled: the workers stopped before this file
            readyChanged.wait(&mutex);
            continue;
        }
        ReadOutcome outcome = std::move(results[std::size_t(handed)]);
        ++handed;
        consumedChanged.wakeAll();
        locker.unlock();
        const bool more = consume(std::move(outcome));
        locker.relock();
        if (!more)
            break;
    }
    stop = true;
    consumedChanged.wakeAll();
    locker.unlock();
    pool.waitForDone();
    return handed;
}
