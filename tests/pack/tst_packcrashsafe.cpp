// SPDX-License-Identifier: Apache-2.0
// Crash-safe `pack` output, proved by killing (issue 15 §4): a forked writer packs a working
// copy and is killed with SIGKILL at a random point, again and again; after every kill OUT is
// either absent or the whole package, byte for byte what an undisturbed run writes, for each
// kind of output. (carry-review writes its review with saveReviewFile(), which tst_crashsafe
// kills 1,000 times per path; its row is in tests/interdiff/tst_carrycrashsafe.cpp.)
#include "killharness.h"
#include "packfixture.h"

#include "models/pack/pack.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;

namespace {

// Every file below `dir`, by relative path, with its bytes (the outputs here are small).
QMap<QString, QByteArray> contents(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), packfixture::readAll(path));
    }
    return out;
}

pack::PackOptions optionsFor(const QString &source, const QString &out)
{
    pack::PackOptions o;
    o.source = source;
    o.out = out;
    o.sourceDateEpoch = 1700000000; // the same bytes on every run
    o.jobs = 1;
    return o;
}

} // namespace

class TestPackCrashSafe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;

    // The first kill window: a pack of the small project took 20-50 ms on 2 loaded cores (the
    // harness adapts it from there, so kills land both mid-write and after the rename).
    static constexpr int kMaxDelayUs = 30000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("project"));
        QCOMPARE(packfixture::makePlainProject(m_source), QString());
    }

    void killedPacks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("suiteRounds");
        // Modest counts: each round packs a small project, and the suite shares 2 cores.
        QTest::newRow("folder") << QStringLiteral("out") << 150;
        QTest::newRow("tar.gz") << QStringLiteral("out.tar.gz") << 150;
        QTest::newRow("zip") << QStringLiteral("out.zip") << 150;
    }

    void killedPacks()
    {
        QFETCH(QString, name);
        QFETCH(int, suiteRounds);
        const int rounds = test::killRounds(suiteRounds);
        const bool folder = pack::outputKindFor(name) == pack::OutputKind::Folder;

        // What an undisturbed run writes (the plan is deterministic: SOURCE_DATE_EPOCH).
        const QString expectedDir = m_dir.filePath(QStringLiteral("expected-") + name);
        QVERIFY(QDir().mkpath(expectedDir));
        const pack::PackPlan expectedPlan =
            pack::planPack(optionsFor(m_source, expectedDir + QLatin1Char('/') + name));
        QVERIFY2(expectedPlan.ok, qPrintable(expectedPlan.error));
        const pack::PackResult written = pack::writePackSync(expectedPlan);
        QVERIFY2(written.ok, qPrintable(written.error));
        const QString expectedOut = expectedDir + QLatin1Char('/') + name;
        const QMap<QString, QByteArray> expectedTree =
            folder ? contents(expectedOut) : QMap<QString, QByteArray>{};
        const QByteArray expectedBytes = folder ? QByteArray() : packfixture::readAll(expectedOut);
        QVERIFY(folder ? !expectedTree.isEmpty() : !expectedBytes.isEmpty());

        // OUT in a folder of its own, emptied before each round (killed writers leave their
        // temporary siblings there).
        const QString outDir = m_dir.filePath(QStringLiteral("kill-") + name);
        QVERIFY(QDir().mkpath(outDir));
        const QString out = outDir + QLatin1Char('/') + name;
        const pack::PackPlan plan = pack::planPack(optionsFor(m_source, out));
        QVERIFY2(plan.ok, qPrintable(plan.error));

        int absent = 0, whole = 0, leftovers = 0;
        test::KillCase c;
        // The harness reads this file; the judge looks at the whole output.
        c.path = folder ? out + QStringLiteral("/model-package.json") : out;
        c.reset = [&] {
            leftovers +=
                int(QDir(outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size());
            QDir(outDir).removeRecursively();
            QDir().mkpath(outDir);
        };
        c.writeForever = [&plan](const std::function<void()> &ready) {
            ready();
            pack::writePackSync(plan);
            for (;;)
                ::pause(); // done: the kill finds the finished package
        };
        c.judge = [&](const QByteArray &bytes, QString *why) {
            if (!QFileInfo::exists(out) && !QFileInfo(out).isSymLink()) {
                ++absent;
                return true;
            }
            const bool ok = folder ? contents(out) == expectedTree : bytes == expectedBytes;
            if (!ok) {
                *why = QStringLiteral("%1 exists but is not the whole package (%2)")
                           .arg(name, folder ? QStringLiteral("%1 files").arg(contents(out).size())
                                             : QStringLiteral("%1 bytes of %2")
                                                   .arg(bytes.size())
                                                   .arg(expectedBytes.size()));
                return false;
            }
            ++whole;
            return true;
        };
        const quint32 seed = QRandomGenerator::global()->generate();
        const test::KillOutcome outcome = test::runKillRounds(c, rounds, kMaxDelayUs, seed);
        QVERIFY2(outcome.firstFailure.isEmpty(), qPrintable(outcome.firstFailure));
        QCOMPARE(outcome.wholeStates, rounds);
        // Kills landed both mid-write (absent) and after the rename (whole).
        QVERIFY2(absent > 0 && whole > 0,
                 qPrintable(QStringLiteral("absent %1, whole %2").arg(absent).arg(whole)));
        qInfo("%s: %d kills, %d found OUT absent, %d whole; kill window %d us; %d temporary siblings left "
              "by killed writers",
              qPrintable(name), outcome.rounds, absent, whole, outcome.finalMaxDelayUs, leftovers);
    }
};

QTEST_GUILESS_MAIN(TestPackCrashSafe)
#include "tst_packcrashsafe.moc"
