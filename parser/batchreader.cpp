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
    // The calling thread is one of the threads: it reads a file itself
    // whenever the next one to hand over is not ready, so whether storing is
    // slow or quick, every core is busy and none is shared by three threads.
    const int workers = threads - 1;
    const int ahead = AheadPerThread * threads;

    std::vector<ReadOutcome> results(std::size_t(paths.size()));
    std::vector<char> ready(results.size(), 0);
    QMutex mutex;
    QWaitCondition readyChanged;    // a file was read, or a worker ended
    QWaitCondition consumedChanged; // the consumer took one, or stopped
    int next = 0;     // the next file to read, guarded by mutex
    int handed = 0;   // files handed to consume, guarded by mutex
    qint64 waitingBytes = 0; // text of the reports read and not handed yet, guarded by mutex
    bool stop = false;
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const auto textBytes = [](const ReadOutcome &outcome) {
        return outcome.report ? qint64(outcome.report->text.size()) * qint64(sizeof(QChar)) : 0;
    };
    const auto mayReadAhead = [&] { return next < handed + ahead && waitingBytes < MaxAheadBytes; };
    // Reads the next file, the mutex held by locker on entry and on return.
    const auto readNext = [&](QMutexLocker<QMutex> &locker) {
        const int index = next++;
        locker.unlock();
        ReadOutcome outcome = ReportFileReader::read(paths[index]);
        locker.relock();
        waitingBytes += textBytes(outcome);
        results[std::size_t(index)] = std::move(outcome);
        ready[std::size_t(index)] = 1;
        readyChanged.wakeAll();
    };

    auto worker = [&] {
        QMutexLocker locker(&mutex);
        for (;;) {
            while (!stop && next < total && !mayReadAhead())
                consumedChanged.wait(&mutex);
            if (stop || next >= total || cancelled())
                break;
            readNext(locker);
        }
    };

    QThreadPool pool; // an own pool: a caller that itself runs on the global pool must not wait for its threads
    pool.setMaxThreadCount(std::max(1, workers));
    for (int i = 0; i < workers; ++i)
        pool.start(worker);

    QMutexLocker locker(&mutex);
    while (handed < total && !cancelled()) {
        if (!ready[std::size_t(handed)]) {
            if (next < total && mayReadAhead())
                readNext(locker);
            else
                readyChanged.wait(&mutex); // a worker reads the file awaited
            continue;
        }
        ReadOutcome outcome = std::move(results[std::size_t(handed)]);
        waitingBytes -= textBytes(outcome);
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
