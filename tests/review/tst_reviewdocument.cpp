// SPDX-License-Identifier: Apache-2.0
#include "models/review/reviewdocument.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr;
using namespace mr::review;

// Anchors, fingerprints, outdated detection and the decision rules.
class TestReviewDocument : public QObject
{
    Q_OBJECT

    static Comment makeComment(const QString &id, Comment::Kind kind, Comment::State state)
    {
        Comment c;
        c.id = id;
        c.author = Person{QStringLiteral("Ada"), QStringLiteral("ada@example.org")};
        c.body = QStringLiteral("body of %1").arg(id);
        c.kind = kind;
        c.state = state;
        c.anchor = Anchor::metric(QStringLiteral("accuracy"));
        return c;
    }

private Q_SLOTS:
    void fingerprint_data()
    {
        QTest::addColumn<QStringList>("original");
        QTest::addColumn<QStringList>("now");
        QTest::addColumn<bool>("outdated");
        QTest::newRow("same") << QStringList{"a = 1", "b = 2"} << QStringList{"a = 1", "b = 2"} << false;
        QTest::newRow("trailing space ignored")
            << QStringList{"a = 1", "b = 2"} << QStringList{"a = 1  ", "b = 2\t"} << false;
        QTest::newRow("one character")
            << QStringList{"a = 1", "b = 2"} << QStringList{"a = 1", "b = 3"} << true;
        QTest::newRow("line added") << QStringList{"a = 1"} << QStringList{"a = 1", ""} << true;
        QTest::newRow("leading space counts") << QStringList{"x"} << QStringList{" x"} << true;
    }
    void fingerprint()
    {
        QFETCH(QStringList, original);
        QFETCH(QStringList, now);
        QFETCH(bool, outdated);
        const Anchor a = Anchor::codeLines(QStringLiteral("train.py"), Anchor::Side::New, 3, 4,
                                           Anchor::fingerprintOf(original));
        Comment c;
        c.anchor = a;
        c.fingerprint = Comment::fingerprintFor(a, original.join(QLatin1Char('\n')));
        QCOMPARE(c.fingerprint, a.fingerprint);
        QCOMPARE(c.isOutdated(now.join(QLatin1Char('\n'))), outdated);
        QVERIFY(!c.isOutdated(QString())); // unknown content is never outdated
    }

    void fingerprintFromQuote()
    {
        // Anchors without their own fingerprint take one from the quoted content.
        const Anchor a =
            Anchor::environmentPackage(QStringLiteral("development..reference"), QStringLiteral("numpy"));
        QVERIFY(Comment::fingerprintFor(a, QString()).isEmpty());
        const QString fp = Comment::fingerprintFor(a, QStringLiteral("numpy 1.26.4 / 1.26.4"));
        QCOMPARE(fp.size(), 16);
        Comment c;
        c.anchor = a;
        c.fingerprint = fp;
        QVERIFY(!c.isOutdated(QStringLiteral("numpy 1.26.4 / 1.26.4")));
        QVERIFY(c.isOutdated(QStringLiteral("numpy 1.26.4 / 2.0.0")));
    }

    void outdatedComments()
    {
        ReviewDocument doc;
        Comment a = makeComment(QStringLiteral("a"), Comment::Kind::Note, Comment::State::Open);
        a.anchor =
            Anchor::codeLines(QStringLiteral("f.py"), Anchor::Side::New, 1, 1, Anchor::fingerprintOf({"x"}));
        a.fingerprint = a.anchor.fingerprint;
        Comment b = a;
        b.id = QStringLiteral("b");
        b.anchor =
            Anchor::codeLines(QStringLiteral("g.py"), Anchor::Side::New, 1, 1, Anchor::fingerprintOf({"y"}));
        b.fingerprint = b.anchor.fingerprint;
        Comment c =
            makeComment(QStringLiteral("c"), Comment::Kind::Note, Comment::State::Open); // no fingerprint
        doc.comments << a << b << c;
        const auto provider = [](const Anchor &an) {
            if (an.path == QLatin1String("f.py"))
                return QStringLiteral("x");
            if (an.path == QLatin1String("g.py"))
                return QStringLiteral("y changed");
            return QStringLiteral("anything");
        };
        QCOMPARE(doc.outdatedComments(provider), QSet<QString>{QStringLiteral("b")});
        QVERIFY(doc.outdatedComments({}).isEmpty());
    }

    void approveRefusedByOpenBlocker()
    {
        ReviewDocument doc;
        Comment blocker = makeComment(QStringLiteral("b1"), Comment::Kind::Blocker, Comment::State::Open);
        blocker.body = QStringLiteral("Leaks the test set\nmore text");
        doc.comments << makeComment(QStringLiteral("n"), Comment::Kind::Note, Comment::State::Open) << blocker
                     << makeComment(QStringLiteral("r"), Comment::Kind::Blocker, Comment::State::Resolved);
        QCOMPARE(doc.openBlockers().size(), 1);
        QString error;
        Decision d;
        d.digest = QStringLiteral("sha256:aa");
        QVERIFY(!doc.decide(d, &error));
        QVERIFY2(error.contains(QStringLiteral("Leaks the test set")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("accuracy")));
        QVERIFY(!error.contains(QStringLiteral("more text")));
        QVERIFY(doc.decisions.isEmpty());
        // Requesting changes is allowed with a blocker open.
        d.verdict = Decision::Verdict::RequestChanges;
        d.reason = QStringLiteral("see blocker");
        QVERIFY(doc.decide(d, &error));
        doc.comments[1].state = Comment::State::Resolved;
        d.verdict = Decision::Verdict::Approve;
        d.reason.clear();
        QVERIFY2(doc.decide(d, &error), qPrintable(error));
        QCOMPARE(doc.decisions.size(), 2);
        QCOMPARE(doc.currentDecision()->verdict, Decision::Verdict::Approve);
    }

    void reasonRequired_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("approve without reason") << int(Decision::Verdict::Approve) << QString() << true;
        QTest::newRow("changes without reason")
            << int(Decision::Verdict::RequestChanges) << QString() << false;
        QTest::newRow("changes blank reason")
            << int(Decision::Verdict::RequestChanges) << QStringLiteral("  \n") << false;
        QTest::newRow("changes with reason")
            << int(Decision::Verdict::RequestChanges) << QStringLiteral("fix") << true;
        QTest::newRow("reject without reason") << int(Decision::Verdict::Reject) << QString() << false;
        QTest::newRow("reject with reason") << int(Decision::Verdict::Reject) << QStringLiteral("no") << true;
    }
    void reasonRequired()
    {
        QFETCH(int, verdict);
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        ReviewDocument doc;
        QString error;
        QCOMPARE(doc.canDecide(Decision::Verdict(verdict), reason, &error), accepted);
        QCOMPARE(error.contains(QStringLiteral("reason")), !accepted);
    }

    void gate_data()
    {
        QTest::addColumn<int>("verdict"); // -1: no decision
        QTest::addColumn<QString>("decidedDigest");
        QTest::addColumn<bool>("openBlocker");
        QTest::addColumn<int>("result");
        const QString cur = QStringLiteral("sha256:current");
        QTest::newRow("none") << -1 << cur << false << int(GateStatus::Result::NotReviewed);
        QTest::newRow("approved") << int(Decision::Verdict::Approve) << cur << false
                                  << int(GateStatus::Result::Approved);
        QTest::newRow("stale") << int(Decision::Verdict::Approve) << QStringLiteral("sha256:old") << false
                               << int(GateStatus::Result::StaleDigest);
        QTest::newRow("blocker after approval")
            << int(Decision::Verdict::Approve) << cur << true << int(GateStatus::Result::OpenBlockers);
        QTest::newRow("changes") << int(Decision::Verdict::RequestChanges) << cur << false
                                 << int(GateStatus::Result::ChangesRequested);
        QTest::newRow("rejected") << int(Decision::Verdict::Reject) << cur << false
                                  << int(GateStatus::Result::Rejected);
    }
    void gate()
    {
        QFETCH(int, verdict);
        QFETCH(QString, decidedDigest);
        QFETCH(bool, openBlocker);
        QFETCH(int, result);
        ReviewDocument doc;
        if (verdict >= 0)
            doc.decisions << Decision{Decision::Verdict(verdict), QStringLiteral("because"),
                                      QDateTime::currentDateTimeUtc(), Person{QStringLiteral("Ada"), {}},
                                      decidedDigest};
        if (openBlocker) // added after the decision, e.g. by a second reviewer
            doc.comments << makeComment(QStringLiteral("x"), Comment::Kind::Blocker, Comment::State::Open);
        const GateStatus s = gateStatus(doc, QStringLiteral("sha256:current"));
        QCOMPARE(int(s.result), result);
        QCOMPARE(s.passed(), result == int(GateStatus::Result::Approved));
        QVERIFY(!s.message.isEmpty());
    }

    void staleDecision()
    {
        Decision d;
        d.digest = QStringLiteral("sha256:a");
        QVERIFY(!d.isStale(QStringLiteral("sha256:a")));
        QVERIFY(d.isStale(QStringLiteral("sha256:b")));
        QVERIFY(!d.isStale(QString())); // digest not computed yet
    }

    void reviewers()
    {
        ReviewDocument doc;
        doc.noteReviewer({QStringLiteral("Ada"), QStringLiteral("ada@example.org")});
        doc.noteReviewer({QStringLiteral("Ada L."), QStringLiteral("ADA@example.org")});
        doc.noteReviewer({QStringLiteral("Bob"), QString()});
        doc.noteReviewer({QStringLiteral("Bob"), QString()});
        doc.noteReviewer({});
        QCOMPARE(doc.reviewers.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewDocument)
#include "tst_reviewdocument.moc"
