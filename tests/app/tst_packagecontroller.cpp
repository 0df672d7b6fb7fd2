// SPDX-License-Identifier: Apache-2.0
// PackageController in the one pattern for long work: a load or digest superseded by another
// open, a close or the controller's end never calls back, and nothing waits on the GUI thread.
#include "app/packagecontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace mr;

class TestPackageController : public QObject
{
    Q_OBJECT
    QString m_example;

private Q_SLOTS:
    void initTestCase()
    {
        m_example = QStringLiteral(MR_EXAMPLE_DIR);
        QVERIFY2(QFile::exists(m_example + QStringLiteral("/model-package.json")), qPrintable(m_example));
    }

    void cleanup()
    {
        // Abandoned workers finish on their own; let them before the next test.
        QThreadPool::globalInstance()->waitForDone();
    }

    void opensAndDigests()
    {
        PackageController c;
        QSignalSpy loaded(&c, &PackageController::loaded);
        QSignalSpy digest(&c, &PackageController::digestFinished);
        c.open(m_example);
        QVERIFY(c.busy());
        QVERIFY(digest.wait(60000));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(c.package());
        QVERIFY(c.digestReady());
        QVERIFY(c.digest().ok);
        QVERIFY(c.digest().digest.startsWith(QLatin1String("sha256:")));
        QVERIFY(!c.busy());
    }

    // The first open's result, ready or not, is never delivered once the second open started.
    void supersededLoadNeverArrives()
    {
        QTemporaryDir tmp;
        const QString missing = tmp.filePath(QStringLiteral("no-such-package"));
        PackageController c;
        QSignalSpy started(&c, &PackageController::loadingStarted);
        QSignalSpy loaded(&c, &PackageController::loaded);
        QSignalSpy failed(&c, &PackageController::failed);
        c.open(m_example);
        c.open(missing);
        QVERIFY(failed.wait(60000));
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(100); // any queued callback of the first job would run now
        QCOMPARE(started.count(), 2);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), missing);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!c.package());
    }

    // Closing while the digest runs: no digest arrives for the closed package.
    void closeAbandonsTheDigest()
    {
        PackageController c;
        QSignalSpy loaded(&c, &PackageController::loaded);
        QSignalSpy digest(&c, &PackageController::digestFinished);
        QSignalSpy closed(&c, &PackageController::closed);
        c.open(m_example);
        QVERIFY(loaded.wait(60000));
        c.close(); // the digest has just been started
        QCOMPARE(closed.count(), 1);
        QVERIFY(!c.busy());
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(100);
        QCOMPARE(digest.count(), 0);
        QVERIFY(!c.package());
        QVERIFY(!c.digestReady());
    }

    // A controller destroyed mid-load neither blocks nor hears from its worker afterwards.
    void destroyedWhileLoading()
    {
        auto *c = new PackageController;
        bool called = false;
        connect(c, &PackageController::loaded, this, [&called] { called = true; });
        c->open(m_example);
        delete c;
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestPackageController)
#include "tst_packagecontroller.moc"
