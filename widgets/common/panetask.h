// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>

namespace mr {

// The one pattern for a pane's long work. The work is written once in models/ against QPromise
// (progress, cancel, results; runSync() in models/core/async.h is its synchronous wrapper); the
// pane starts it with QtConcurrent::run and hands the future to a PaneTask, which
//  - watches it on the GUI thread and calls back with results, progress and the end;
//  - guards by generation: start() and abandon() supersede the current job, whose callbacks
//    never run afterwards, so a late result of an earlier package never reaches the pane;
//  - cancels without blocking: the GUI thread never waits for a worker (workers own copies or
//    shared pointers of what they read, so a superseded job may finish on its own).
// finished runs for a canceled job too (check future.isCanceled()) so the pane can say so.
// isRunning() is the GUI thread's view: true from start() until finished has been called (or the
// job abandoned), never false while the worker is done but its finished callback still queued.
// Reading the future's own state instead left a window in which a pane said "not loading" yet
// had not taken the results, so an action started then was silently refused.
template<typename T> class PaneTask
{
public:
    explicit PaneTask(QObject *owner) : m_owner(owner) {}
    ~PaneTask() { abandon(); }
    PaneTask(const PaneTask &) = delete;
    PaneTask &operator=(const PaneTask &) = delete;

    std::function<void(const QFuture<T> &future)> onFinished;
    std::function<void(const QFuture<T> &future, int begin, int end)> onResults;
    std::function<void(int value, int maximum)> onProgress;

    void start(QFuture<T> future)
    {
        abandon();
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<T>(m_owner);
        m_watcher = watcher;
        m_running = true;
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner, [this, watcher, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            if (onFinished)
                onFinished(watcher->future());
        });
        QObject::connect(watcher, &QFutureWatcherBase::resultsReadyAt, m_owner,
                         [this, watcher, generation](int begin, int end) {
                             if (generation == m_generation && onResults)
                                 onResults(watcher->future(), begin, end);
                         });
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, m_owner,
                         [this, watcher, generation](int value) {
                             if (generation == m_generation && onProgress)
                                 onProgress(value, watcher->progressMaximum());
                         });
        watcher->setFuture(future);
    }

    // Asks the current job to stop; its finished callback still runs (canceled).
    void cancel()
    {
        if (m_watcher)
            m_watcher->future().cancel();
    }

    // Cancels and forgets the current job: none of its callbacks run any more.
    void abandon()
    {
        ++m_generation;
        m_running = false;
        if (QFutureWatcher<T> *w = m_watcher.data()) {
            w->disconnect();
            w->future().cancel();
            w->deleteLater(); // never waits for the worker
        }
        m_watcher.clear();
    }

    bool isRunning() const { return m_running; }
    QFuture<T> future() const { return m_watcher ? m_watcher->future() : QFuture<T>(); }
    // Incremented by every start() and abandon(); for tests and for work that outlives a job.
    quint64 generation() const { return m_generation; }

private:
    QObject *m_owner;
    QPointer<QFutureWatcher<T>> m_watcher;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace mr
