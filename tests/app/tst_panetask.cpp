// SPDX-License-Identifier: Apache-2.0
// PaneTask's contract as the GUI thread sees it: a job is running until its finished callback has
// run, even when the worker has already returned; a superseded or abandoned job never calls back.
#include "widgets/common/panetask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace mr;

class TestPaneTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runningUntilFinishedIsDelivered()
    {
        QObject owner;
        PaneTask<int> task(&owner);
        int finishedCalls = 0;
        bool runningInsideCallback = true;
        task.onFinished = [&](const QFuture<int> &f) {
            ++finishedCalls;
            runningInsideCallback = task.isRunning();
            QCOMPARE(f.result(), 42);
        };
        QVERIFY(!task.isRunning());
        QFuture<int> future = QtConcurrent::run([] { return 42; });
        task.start(future);
        future.waitForFinished(); // the worker is done; its finished event is not yet delivered
        QVERIFY(future.isFinished());
        QVERIFY2(task.isRunning(), "running until the GUI thread has taken the result");
        QCOMPARE(finishedCalls, 0);
        QTRY_COMPARE(finishedCalls, 1);
        QVERIFY(!task.isRunning());
        QVERIFY2(!runningInsideCallback, "the finished callback sees the job as ended");
    }

    void abandonedJobNeverCallsBack()
    {
        QObject owner;
        PaneTask<int> task(&owner);
        std::atomic<int> ran{0};
        int finishedCalls = 0;
        task.onFinished = [&](const QFuture<int> &) { ++finishedCalls; };
        QSemaphore started;
        QSemaphore release;
        QFuture<int> first = QtConcurrent::run([&] {
            started.release();
            release.acquire();
            ++ran;
            return 1;
        });
        task.start(first);
        started.acquire(); // the worker is under way, so it finishes on its own after abandon()
        QVERIFY(task.isRunning());
        task.abandon();
        QVERIFY(!task.isRunning());
        release.release();
        first.waitForFinished();
        QTest::qWait(50);
        QCOMPARE(finishedCalls, 0);
        QCOMPARE(ran.load(), 1);
    }

    void supersededJobNeverCallsBack()
    {
        QObject owner;
        PaneTask<int> task(&owner);
        QList<int> delivered;
        task.onFinished = [&](const QFuture<int> &f) { delivered.append(f.result()); };
        QFuture<int> first = QtConcurrent::run([] { return 1; });
        task.start(first);
        first.waitForFinished();
        QFuture<int> second = QtConcurrent::run([] { return 2; });
        task.start(second); // before the first's finished event is processed
        QTRY_COMPARE(delivered.size(), 1);
        QTest::qWait(50);
        QCOMPARE(delivered, QList<int>{2});
        QVERIFY(!task.isRunning());
    }

    void canceledJobStillEnds()
    {
        QObject owner;
        PaneTask<int> task(&owner);
        bool canceled = false;
        int calls = 0;
        task.onFinished = [&](const QFuture<int> &f) {
            ++calls;
            canceled = f.isCanceled();
        };
        QSemaphore started;
        QFuture<int> f = QtConcurrent::run([&started](QPromise<int> &promise) {
            started.release();
            while (!promise.isCanceled())
                QThread::msleep(1);
        });
        task.start(f);
        started.acquire();
        task.cancel();
        QVERIFY(task.isRunning());
        QTRY_COMPARE(calls, 1);
        QVERIFY(canceled);
        QVERIFY(!task.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPaneTask)
#include "tst_panetask.moc"
