// SPDX-License-Identifier: Apache-2.0
// Carrying a review forward: Gerrit's line mapping, every status of every anchor kind through
// real v1/v2/v3 packages (git fixtures made with libgit2), history, and two carries in a row.
#include "carryscenario.h"

#include "models/interdiff/carryreview.h"
#include "models/package/digest.h"
#include "models/package/loader.h"
#include "models/review/carry.h"
#include "models/review/reviewfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using review::Carried;
using Status = review::Carried::Status;

class TestCarry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mapLines_data();
    void mapLines();
    void statuses_data();
    void statuses();
    void movedAnchorsPointAtTheSameText();
    void commentsKeepIdsStateReplies();
    void decisionsBecomeHistory();
    void neverWritesEitherPackage();
    void twoCarriesInARow();
    void roundTripThroughTheFile();
    void hostileCarriedKeys_data();
    void hostileCarriedKeys();

private:
    QTemporaryDir m_dir;
    PackagePtr m_v1, m_v2, m_v3;
    QString m_digest1;
    review::ReviewDocument m_carried; // v1's review carried to v2
    const review::Comment *find(const QString &id) const { return m_carried.comment(id); }
};

void TestCarry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString p1 = m_dir.filePath(QStringLiteral("v1")), p2 = m_dir.filePath(QStringLiteral("v2")),
                  p3 = m_dir.filePath(QStringLiteral("v3"));
    QCOMPARE(test::writePackage(p1, test::version1()), QString());
    QCOMPARE(test::writePackage(p2, test::version2()), QString());
    QCOMPARE(test::writePackage(p3, test::version3()), QString());
    m_v1 = loadPackageSync(p1).package;
    m_v2 = loadPackageSync(p2).package;
    m_v3 = loadPackageSync(p3).package;
    QVERIFY(m_v1 && m_v2 && m_v3);
    m_digest1 = computeDigestSync(p1).digest;
    QVERIFY(m_digest1.startsWith(QLatin1String("sha256:")));
    const interdiff::CarryOutcome out = interdiff::carrySync(m_v1, m_v2, test::review1(m_digest1));
    QVERIFY2(out.ok(), qPrintable(out.error));
    QVERIFY2(out.interdiff.code.compared, qPrintable(out.interdiff.code.error));
    m_carried = out.document;
}

void TestCarry::mapLines_data()
{
    QTest::addColumn<QList<review::LineHunk>>("hunks");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("newFirst");
    QTest::addColumn<int>("newLast");
    using H = review::LineHunk;
    QTest::newRow("no change") << QList<H>{} << 5 << 6 << int(Status::Current) << 5 << 6;
    QTest::newRow("line inserted above") << QList<H>{{1, 0, 2, 1}} << 5 << 6 << int(Status::Moved) << 6 << 7;
    QTest::newRow("inserted right above") << QList<H>{{4, 0, 5, 2}} << 5 << 6 << int(Status::Moved) << 7 << 8;
    QTest::newRow("inserted right below")
        << QList<H>{{6, 0, 7, 1}} << 5 << 6 << int(Status::Current) << 5 << 6;
    QTest::newRow("lines deleted above") << QList<H>{{1, 2, 0, 0}} << 5 << 6 << int(Status::Moved) << 3 << 4;
    QTest::newRow("edit inside") << QList<H>{{6, 1, 6, 1}} << 5 << 7 << int(Status::Outdated) << 5 << 7;
    QTest::newRow("insert inside") << QList<H>{{5, 0, 6, 1}} << 5 << 7 << int(Status::Outdated) << 5 << 8;
    QTest::newRow("edit overlapping the start")
        << QList<H>{{3, 3, 3, 1}} << 5 << 7 << int(Status::Outdated) << 3 << 5;
    QTest::newRow("anchored lines deleted")
        << QList<H>{{5, 2, 4, 0}} << 5 << 6 << int(Status::Outdated) << 4 << 4;
    QTest::newRow("edit below") << QList<H>{{9, 1, 9, 3}} << 5 << 6 << int(Status::Current) << 5 << 6;
    QTest::newRow("shifts add up") << QList<H>{{1, 0, 2, 2}, {2, 1, 4, 0}, {3, 0, 5, 3}} << 10 << 10
                                   << int(Status::Moved) << 14 << 14;
}

void TestCarry::mapLines()
{
    QFETCH(QList<review::LineHunk>, hunks);
    QFETCH(int, first);
    QFETCH(int, last);
    const review::LineMapping m = review::mapLines(hunks, first, last);
    QTEST(int(m.status), "status");
    QTEST(m.firstLine, "newFirst");
    QTEST(m.lastLine, "newLast");
}

void TestCarry::statuses_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path"); // the anchor's path after carrying ("" for the package)
    const QList<std::tuple<const char *, Status, const char *>> cases = {
        {"code-moved-insert-above", Status::Moved, "a.py"},
        {"code-outdated-edit-inside", Status::Outdated, "b.py"},
        {"code-outdated-insert-inside", Status::Outdated, "b.py"},
        {"code-moved-below-edit", Status::Moved, "b.py"},
        {"code-current-above-edit", Status::Current, "b.py"},
        {"code-current-untouched", Status::Current, "c.py"},
        {"code-moved-rename", Status::Moved, "new.py"},
        {"code-gone-deleted", Status::Gone, ""},
        {"code-current-base-side", Status::Current, "a.py"},
        {"dataset-current", Status::Current, "keep.csv"},
        {"dataset-moved", Status::Moved, "ren2.csv"},
        {"dataset-outdated", Status::Outdated, "mod.csv"},
        {"dataset-gone", Status::Gone, ""},
        {"environment-current", Status::Current, "numpy"},
        {"environment-moved", Status::Moved, "numpy"},
        {"environment-outdated", Status::Outdated, "pandas"},
        {"environment-gone", Status::Gone, ""},
        {"metric-current", Status::Current, "acc"},
        {"metric-outdated-claimed", Status::Outdated, "auc"},
        {"metric-outdated-rerun", Status::Outdated, "f1"},
        {"metric-gone", Status::Gone, ""},
        {"package-current", Status::Current, ""},
    };
    for (const auto &[id, status, path] : cases)
        QTest::newRow(id) << QString::fromLatin1(id) << int(status) << QString::fromLatin1(path);
}

void TestCarry::statuses()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QString, path);
    const review::Comment *c = find(id);
    QVERIFY(c);
    QVERIFY(c->carried);
    QCOMPARE(Carried::statusName(c->carried->status), Carried::statusName(Status(status)));
    QCOMPARE(c->anchor.path, path);
    if (Status(status) == Status::Gone)
        QCOMPARE(c->anchor.kind, Anchor::Kind::Package);
    else
        QCOMPARE(c->anchor.kind, c->carried->originalAnchor.kind);
    QCOMPARE(c->carried->fromVersion, QStringLiteral("1.0.0"));
    QCOMPARE(c->carried->fromDigest, m_digest1);
    const review::ReviewDocument review1 = test::review1(m_digest1);
    const review::Comment *original = review1.comment(id);
    QVERIFY(original);
    QCOMPARE(c->carried->originalAnchor, original->anchor);
    QCOMPARE(c->quoted, original->quoted); // an outdated comment keeps its old quote
}

void TestCarry::movedAnchorsPointAtTheSameText()
{
    const test::PackageVersion v2 = test::version2();
    auto text = [&](const Anchor &a) {
        const QList<QByteArray> lines = v2.headFiles.value(a.path).split('\n');
        QStringList out;
        for (int i = a.firstLine; i <= a.lastLine; ++i)
            out << QString::fromUtf8(lines.value(i - 1));
        return out.join(QLatin1Char('\n'));
    };
    for (const char *id : {"code-moved-insert-above", "code-moved-below-edit", "code-moved-rename",
                           "code-current-above-edit", "code-current-untouched"}) {
        const review::Comment *c = find(QString::fromLatin1(id));
        QVERIFY(c);
        QCOMPARE(text(c->anchor), c->quoted);
        QCOMPARE(Anchor::fingerprintOf(c->quoted.split(QLatin1Char('\n'))), c->anchor.fingerprint);
    }
    const review::Comment *moved = find(QStringLiteral("code-moved-insert-above"));
    QCOMPARE(moved->anchor.firstLine, 16);
    QCOMPARE(moved->anchor.lastLine, 17);
    const review::Comment *below = find(QStringLiteral("code-moved-below-edit"));
    QCOMPARE(below->anchor.firstLine, 9);
    // Outdated: the anchor stays at the nearest place, the text there differs from the quote.
    const review::Comment *edited = find(QStringLiteral("code-outdated-edit-inside"));
    QCOMPARE(edited->anchor.firstLine, 3);
    QVERIFY(text(edited->anchor) != edited->quoted);
    QVERIFY(edited->isOutdated(text(edited->anchor)));
    const review::Comment *environment = find(QStringLiteral("environment-moved"));
    QCOMPARE(environment->anchor.environmentPair, QStringLiteral("development..reference"));
}

void TestCarry::commentsKeepIdsStateReplies()
{
    const review::ReviewDocument before = test::review1(m_digest1);
    QCOMPARE(m_carried.comments.size(), before.comments.size());
    for (int i = 0; i < before.comments.size(); ++i) {
        const review::Comment &b = before.comments.at(i), &n = m_carried.comments.at(i);
        QCOMPARE(n.id, b.id);
        QCOMPARE(n.state, b.state);
        QCOMPARE(n.kind, b.kind);
        QCOMPARE(n.body, b.body);
        QCOMPARE(n.replies, b.replies);
        QCOMPARE(n.author.email, b.author.email);
    }
    const review::Comment *resolved = find(QStringLiteral("code-outdated-edit-inside"));
    QCOMPARE(resolved->state, review::Comment::State::Resolved);
    QCOMPARE(resolved->replies.size(), 1);
    QCOMPARE(resolved->resolvedBy.name, QStringLiteral("Bob"));
}

void TestCarry::decisionsBecomeHistory()
{
    QVERIFY(m_carried.decisions.isEmpty());
    QCOMPARE(m_carried.previousReviews.size(), 1);
    QCOMPARE(m_carried.previousReviews.first().digest, m_digest1);
    QCOMPARE(m_carried.previousReviews.first().version, QStringLiteral("1.0.0"));
    QCOMPARE(m_carried.previousReviews.first().decisions, test::review1(m_digest1).decisions);
    for (const QString &step : review::checklistSteps())
        QVERIFY(!m_carried.checklist.value(step).ticked);
    const QString digest2 = computeDigestSync(m_v2->rootPath).digest;
    QCOMPARE(m_carried.packageDigest, digest2);
    QCOMPARE(m_carried.packageVersion, QStringLiteral("2.0.0"));
    // The gate needs a decision on v2's own digest, even when v1 was approved.
    review::ReviewDocument approvedBefore = test::review1(m_digest1);
    approvedBefore.decisions.first().verdict = review::Decision::Verdict::Approve;
    QVERIFY(review::gateStatus(approvedBefore, m_digest1).passed());
    const interdiff::CarryOutcome out = interdiff::carrySync(m_v1, m_v2, approvedBefore);
    QCOMPARE(review::gateStatus(out.document, digest2).result, review::GateStatus::Result::NotReviewed);
}

void TestCarry::neverWritesEitherPackage()
{
    const auto before1 = test::snapshotTree(m_v1->rootPath), before2 = test::snapshotTree(m_v2->rootPath);
    const interdiff::CarryOutcome out = interdiff::carrySync(m_v1, m_v2, test::review1(m_digest1));
    QVERIFY(out.ok());
    QCOMPARE(test::snapshotTree(m_v1->rootPath), before1);
    QCOMPARE(test::snapshotTree(m_v2->rootPath), before2);
    QVERIFY(!QFileInfo::exists(m_v2->rootPath + QStringLiteral("/code.git/objects/info/alternates")));
}

void TestCarry::twoCarriesInARow()
{
    const interdiff::CarryOutcome out = interdiff::carrySync(m_v2, m_v3, m_carried);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const review::ReviewDocument &v3 = out.document;
    QCOMPARE(v3.previousReviews.size(), 2);
    QCOMPARE(v3.previousReviews.at(0).version, QStringLiteral("1.0.0"));
    QCOMPARE(v3.previousReviews.at(1).version, QStringLiteral("2.0.0"));
    const review::Comment *moved = v3.comment(QStringLiteral("code-moved-insert-above"));
    QCOMPARE(moved->carried->status, Status::Moved);
    QCOMPARE(moved->carried->fromVersion, QStringLiteral("2.0.0"));
    QCOMPARE(moved->carried->originalAnchor.firstLine, 16);
    QCOMPARE(moved->anchor.firstLine, 17);
    QCOMPARE(moved->anchor.lastLine, 18);
    // b.py did not change from v2 to v3, but the comment's quote is still v1's text.
    QCOMPARE(v3.comment(QStringLiteral("code-outdated-edit-inside"))->carried->status, Status::Outdated);
    QCOMPARE(v3.comment(QStringLiteral("code-current-untouched"))->carried->status, Status::Current);
    QCOMPARE(v3.comment(QStringLiteral("dataset-gone"))->carried->status, Status::Gone);
    QCOMPARE(v3.comment(QStringLiteral("dataset-moved"))->carried->status, Status::Current);
    QCOMPARE(v3.comment(QStringLiteral("dataset-moved"))->anchor.path, QStringLiteral("ren2.csv"));
}

void TestCarry::roundTripThroughTheFile()
{
    const QByteArray text = review::serializeReview(m_carried);
    QVERIFY(text.contains("\"previous_reviews\""));
    QVERIFY(text.contains("\"original_anchor\""));
    QVERIFY(text.contains("\"format\": \"modelreview.review/v1\""));
    const review::ReviewLoadResult back = review::parseReview(text, QStringLiteral("v2.review.json"));
    QCOMPARE(back.status, review::ReviewLoadResult::Status::Ok);
    QCOMPARE(back.document.comments, m_carried.comments);
    QCOMPARE(back.document.previousReviews, m_carried.previousReviews);
    QVERIFY(!back.document.extra.contains("previous_reviews"));
}

void TestCarry::hostileCarriedKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    const QByteArray head = R"({"format": "modelreview.review/v1", )";
    const QByteArray comment = R"({"id": "x", "author": {"name": "A"}, "kind": "note", "state": "open",
        "anchor": {"kind": "package"}, "body": "b", "carried": )";
    QTest::newRow("carried not an object") << head + R"("comments": [)" + comment + "3}]}"
                                           << "comments[0]";
    QTest::newRow("unknown status") << head + R"("comments": [)" + comment + R"({"status": "lost"}}]})"
                                    << "comments[0]";
    QTest::newRow("status missing") << head + R"("comments": [)" + comment + R"({"from_digest": "x"}}]})"
                                    << "comments[0]";
    QTest::newRow("bad original anchor")
        << head + R"("comments": [)" + comment +
               R"({"status": "moved", "original_anchor": {"kind": "warp"}}}]})"
        << "comments[0]";
    QTest::newRow("previous review without digest") << head + R"("previous_reviews": [{"version": "1"}]})"
                                                    << "previous_reviews[0]";
    QTest::newRow("previous decision damaged")
        << head + R"("previous_reviews": [{"digest": "d", "decisions": [{"verdict": "maybe"}]}]})"
        << "previous_reviews[0]";
}

void TestCarry::hostileCarriedKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const review::ReviewLoadResult r = review::parseReview(json, QStringLiteral("bad.review.json"));
    QCOMPARE(r.status, review::ReviewLoadResult::Status::Corrupt);
    QCOMPARE(r.error.where, where);
    QCOMPARE(r.error.file, QStringLiteral("bad.review.json"));
}

QTEST_GUILESS_MAIN(TestCarry)
#include "tst_carry.moc"
