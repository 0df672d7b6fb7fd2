// SPDX-License-Identifier: Apache-2.0
// Crash-safe `carry-review` output, proved by killing (issue 15 §4): a forked writer carries
// v1's review to v2 and writes the new review file (what `modelreview carry-review -o` does),
// again and again, and is killed with SIGKILL at random points. After every kill the file is
// the review that was there before or a whole carried review, never a part of one.
#include "../review/killharness.h"
#include "carryscenario.h"

#include "models/interdiff/carryreview.h"
#include "models/package/digest.h"
#include "models/package/loader.h"
#include "models/review/reviewfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mr;

class TestCarryCrashSafe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedCarries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString p1 = dir.filePath(QStringLiteral("v1")), p2 = dir.filePath(QStringLiteral("v2"));
        QCOMPARE(test::writePackage(p1, test::version1()), QString());
        QCOMPARE(test::writePackage(p2, test::version2()), QString());
        const PackagePtr v1 = loadPackageSync(p1).package, v2 = loadPackageSync(p2).package;
        QVERIFY(v1 && v2);
        // The digests are given, so that the writer does no hashing of its own.
        const QString d1 = computeDigestSync(p1).digest, d2 = computeDigestSync(p2).digest;
        QVERIFY(d1.startsWith(QLatin1String("sha256:")) && d2.startsWith(QLatin1String("sha256:")));
        const review::ReviewDocument previous = test::review1(d1);

        // The output starts as an older review of v2 (what -o --force replaces).
        const QString out = dir.filePath(QStringLiteral("v2.review.json"));
        review::ReviewDocument older;
        older.packageDigest = d2;
        QString error;
        QVERIFY2(review::saveReviewFile(older, out, &error), qPrintable(error));

        int olderFound = 0, carriedFound = 0;
        test::KillCase c;
        c.path = out;
        c.writeForever = [&](const std::function<void()> &ready) {
            ready();
            for (;;) {
                const interdiff::CarryOutcome carried = interdiff::carrySync(v1, v2, previous, {d1, d2});
                QString ignored;
                if (carried.ok())
                    review::saveReviewFile(carried.document, out, &ignored);
            }
        };
        c.judge = [&](const QByteArray &bytes, QString *why) {
            const review::ReviewLoadResult r = review::parseReview(bytes, QStringLiteral("v2.review.json"));
            if (r.status != review::ReviewLoadResult::Status::Ok) {
                *why = r.error.toString();
                return false;
            }
            if (r.document.packageDigest == older.packageDigest && r.document.comments.isEmpty()) {
                ++olderFound;
                return true;
            }
            // A whole carried review: v2's digest and every comment of v1's review.
            if (r.document.packageDigest != d2 || r.document.comments.size() != previous.comments.size()) {
                *why =
                    QStringLiteral("a review that is neither the old one nor the carried one (%1 comments)")
                        .arg(r.document.comments.size());
                return false;
            }
            ++carriedFound;
            return true;
        };
        c.reset = [&] {
            QString ignored;
            review::saveReviewFile(older, out, &ignored);
        };
        const int rounds = test::killRounds(150); // modest: the suite shares 2 cores
        const quint32 seed = QRandomGenerator::global()->generate();
        const test::KillOutcome outcome = test::runKillRounds(c, rounds, 4000, seed);
        QVERIFY2(outcome.firstFailure.isEmpty(), qPrintable(outcome.firstFailure));
        QCOMPARE(outcome.wholeStates, rounds);
        QVERIFY2(olderFound > 0 && carriedFound > 0,
                 qPrintable(QStringLiteral("old %1, carried %2").arg(olderFound).arg(carriedFound)));
        qInfo("carry-review: %d kills, %d found the old review, %d a whole carried one; first save %lld us, "
              "kill window %d us",
              outcome.rounds, olderFound, carriedFound, outcome.firstSaveUs, outcome.finalMaxDelayUs);
    }
};

QTEST_GUILESS_MAIN(TestCarryCrashSafe)
#include "tst_carrycrashsafe.moc"
