// SPDX-License-Identifier: Apache-2.0
#include "models/review/reviewsession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using namespace mr::review;

// The live session: undo and redo, autosave, read-only files, several reviewers, markers.
class TestReviewSession : public QObject
{
    Q_OBJECT

    const Person ada{QStringLiteral("Ada"), QStringLiteral("ada@example.org")};
    const Person bob{QStringLiteral("Bob"), QStringLiteral("bob@example.org")};
    const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('1'));

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void undoRedo()
    {
        ReviewSession s;
        s.openUnsaved();
        s.setReviewer(ada);
        QSignalSpy spy(&s, &ReviewSession::commentsChanged);
        const QString id = s.addComment(Anchor::package(), QStringLiteral("first"), Comment::Kind::Note);
        QVERIFY(!id.isEmpty());
        QVERIFY(s.editComment(id, QStringLiteral("second")));
        QVERIFY(s.setCommentKind(id, Comment::Kind::Blocker));
        QVERIFY(s.addReply(id, QStringLiteral("a reply")).size() > 0);
        QVERIFY(s.setCommentState(id, Comment::State::Resolved));
        QCOMPARE(s.document().comment(id)->resolvedBy.name, ada.name);
        QCOMPARE(s.undoStack()->count(), 5);
        QCOMPARE(spy.count(), 5);

        s.undoStack()->undo();
        QCOMPARE(s.document().comment(id)->state, Comment::State::Open);
        s.undoStack()->undo();
        QVERIFY(s.document().comment(id)->replies.isEmpty());
        s.undoStack()->undo();
        QCOMPARE(s.document().comment(id)->kind, Comment::Kind::Note);
        s.undoStack()->undo();
        QCOMPARE(s.document().comment(id)->body, QStringLiteral("first"));
        s.undoStack()->undo();
        QVERIFY(!s.document().comment(id));
        s.undoStack()->redo();
        s.undoStack()->redo();
        QCOMPARE(s.document().comment(id)->body, QStringLiteral("second"));

        QVERIFY(s.deleteComment(id));
        QVERIFY(!s.document().comment(id));
        s.undoStack()->undo();
        QCOMPARE(s.document().comment(id)->body, QStringLiteral("second"));
    }

    void onlyAuthorEdits()
    {
        ReviewSession s;
        s.openUnsaved();
        s.setReviewer(ada);
        const QString id = s.addComment(Anchor::package(), QStringLiteral("mine"), Comment::Kind::Issue);
        QVERIFY(s.canEdit(id));
        s.setReviewer(bob);
        QVERIFY(!s.canEdit(id));
        QString error;
        QVERIFY(!s.editComment(id, QStringLiteral("changed"), &error));
        QVERIFY(error.contains(QStringLiteral("Ada")));
        QVERIFY(!s.deleteComment(id, &error));
        QVERIFY(s.setCommentState(id, Comment::State::Resolved, &error)); // anyone resolves
        QVERIFY(!s.addReply(id, QStringLiteral("ok")).isEmpty());
        QVERIFY(
            s.addComment(Anchor::package(), QStringLiteral("  "), Comment::Kind::Note, {}, &error).isEmpty());
    }

    void decisionInSession()
    {
        ReviewSession s;
        s.openUnsaved();
        s.setReviewer(ada);
        QString error;
        QVERIFY(!s.decide(Decision::Verdict::Approve, {}, &error)); // digest not known yet
        s.setCurrentDigest(digest);
        const QString id = s.addComment(Anchor::metric(QStringLiteral("auc")), QStringLiteral("AUC dropped"),
                                        Comment::Kind::Blocker);
        QVERIFY(!s.decide(Decision::Verdict::Approve, {}, &error));
        QVERIFY(error.contains(QStringLiteral("AUC dropped")));
        QVERIFY(s.setCommentState(id, Comment::State::Resolved));
        QSignalSpy spy(&s, &ReviewSession::decisionChanged);
        QVERIFY2(s.decide(Decision::Verdict::Approve, {}, &error), qPrintable(error));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(s.document().currentDecision()->digest, digest);
        QVERIFY(s.status().passed());
        QVERIFY(!s.isDecisionStale());
        s.setCurrentDigest(QStringLiteral("sha256:other"));
        QVERIFY(s.isDecisionStale());
        QCOMPARE(int(s.status().result), int(GateStatus::Result::StaleDigest));
    }

    void autosaveAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.review.json"));
        QString id;
        {
            ReviewSession s;
            s.setAutosaveDelay(50);
            QCOMPARE(int(s.open(path).status), int(ReviewLoadResult::Status::Missing));
            s.setReviewer(ada);
            s.setCurrentDigest(digest);
            QSignalSpy saved(&s, &ReviewSession::saved);
            id = s.addComment(Anchor::datasetEntry(QStringLiteral("data/a.csv")), QStringLiteral("check"),
                              Comment::Kind::Issue, QStringLiteral("data/a.csv 12 bytes"));
            QVERIFY(s.isDirty());
            QVERIFY(!QFile::exists(path));
            QVERIFY(saved.wait(2000));
            QVERIFY(!s.isDirty());
            QVERIFY(QFile::exists(path));
            s.setChecklistTicked(QStringLiteral("code_read"), true);
            s.setViewed(QStringLiteral("blob:1"), true);
            // No wait: the destructor saves what the timer has not.
        }
        ReviewSession again;
        QCOMPARE(int(again.open(path).status), int(ReviewLoadResult::Status::Ok));
        QCOMPARE(again.document().comments.size(), 1);
        QCOMPARE(again.document().comment(id)->quoted, QStringLiteral("data/a.csv 12 bytes"));
        QVERIFY(again.document().checklist.value(QStringLiteral("code_read")).ticked);
        QVERIFY(again.document().viewed.contains(QStringLiteral("blob:1")));
        QCOMPARE(again.document().packageDigest, digest);
        QCOMPARE(again.document().reviewers.size(), 1);
    }

    void readOnlyFileNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("corrupt") << QByteArray("{\"format\": \"modelreview.review/v1\", \"comments\": [");
        QTest::newRow("newer") << QByteArray("{\"format\": \"modelreview.review/v7\", \"comments\": []}");
    }
    void readOnlyFileNeverOverwritten()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.review.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        {
            ReviewSession s;
            const ReviewLoadResult r = s.open(path);
            QVERIFY(r.readOnly());
            QVERIFY(s.isReadOnly());
            QVERIFY(s.readOnlyReason().contains(QStringLiteral("read-only")));
            s.setReviewer(ada);
            QString error;
            QVERIFY(s.addComment(Anchor::package(), QStringLiteral("x"), Comment::Kind::Note, {}, &error)
                        .isEmpty());
            QVERIFY(!error.isEmpty());
            QVERIFY(!s.decide(Decision::Verdict::Reject, QStringLiteral("r"), &error));
            QVERIFY(!s.save(&error));
            QVERIFY(!s.saveAs(path, &error));
            QCOMPARE(readAll(path), text);
            // The way out: save elsewhere and continue there.
            const QString other = dir.filePath(QStringLiteral("copy.review.json"));
            QSignalSpy ro(&s, &ReviewSession::readOnlyChanged);
            QVERIFY2(s.saveAs(other, &error), qPrintable(error));
            QCOMPARE(ro.count(), 1);
            QVERIFY(!s.isReadOnly());
            QVERIFY(!s.addComment(Anchor::package(), QStringLiteral("x"), Comment::Kind::Note).isEmpty());
        }
        QCOMPARE(readAll(path), text);
    }

    void fileDamagedWhileOpenIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.review.json"));
        ReviewSession s;
        s.open(path);
        s.setReviewer(ada);
        s.addComment(Anchor::package(), QStringLiteral("one"), Comment::Kind::Note);
        QVERIFY(s.save());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage");
        f.close();
        s.addComment(Anchor::package(), QStringLiteral("two"), Comment::Kind::Note);
        QSignalSpy failed(&s, &ReviewSession::saveFailed);
        QVERIFY(!s.save());
        QCOMPARE(failed.count(), 1);
        QVERIFY(s.isReadOnly());
        QCOMPARE(readAll(path), QByteArray("garbage"));
    }

    void reviewersOneAfterAnother()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.review.json"));
        {
            ReviewSession s;
            s.open(path);
            s.setReviewer(ada);
            s.setCurrentDigest(digest);
            s.addComment(Anchor::package(), QStringLiteral("from Ada"), Comment::Kind::Blocker);
            QVERIFY(s.decide(Decision::Verdict::RequestChanges, QStringLiteral("blocker")));
        }
        {
            ReviewSession s;
            s.open(path);
            s.setReviewer(bob);
            s.setCurrentDigest(digest);
            const QString blocker = s.document().comments.first().id;
            QVERIFY(s.setCommentState(blocker, Comment::State::Resolved));
            s.addComment(Anchor::metric(QStringLiteral("auc")), QStringLiteral("from Bob"),
                         Comment::Kind::Note);
            QVERIFY(s.decide(Decision::Verdict::Approve, {}));
        }
        const ReviewLoadResult r = loadReviewFile(path);
        QCOMPARE(r.document.reviewers.size(), 2);
        QCOMPARE(r.document.comments.size(), 2);
        QCOMPARE(r.document.comments.at(0).author.name, ada.name);
        QCOMPARE(r.document.comments.at(0).resolvedBy.name, bob.name);
        QCOMPARE(r.document.comments.at(1).author.name, bob.name);
        QCOMPARE(r.document.decisions.size(), 2);
        QCOMPARE(r.document.decisions.at(0).reviewer.name, ada.name);
        QCOMPARE(r.document.decisions.at(1).reviewer.name, bob.name);
        QVERIFY(gateStatus(r.document, digest).passed());
    }

    void concurrentReviewersMerge()
    {
        // Two sessions on one file: the second save keeps what the first wrote.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.review.json"));
        ReviewSession a, b;
        a.open(path);
        b.open(path);
        a.setReviewer(ada);
        b.setReviewer(bob);
        const QString ida = a.addComment(Anchor::package(), QStringLiteral("A"), Comment::Kind::Note);
        const QString idb = b.addComment(Anchor::package(), QStringLiteral("B"), Comment::Kind::Note);
        QVERIFY(a.save());
        QVERIFY(b.save());
        const ReviewLoadResult r = loadReviewFile(path);
        QCOMPARE(r.document.comments.size(), 2);
        QVERIFY(r.document.comment(ida));
        QVERIFY(r.document.comment(idb));
        QCOMPARE(b.document().comments.size(), 2);
    }

    void openForPackageRefusesInside()
    {
        QTemporaryDir dir;
        Package p;
        p.sourcePath = dir.filePath(QStringLiteral("pkg"));
        p.rootPath = p.sourcePath;
        p.name = QStringLiteral("churn");
        p.version = QStringLiteral("2");
        QVERIFY(QDir().mkpath(p.rootPath));
        ReviewSession s;
        QCOMPARE(int(s.openForPackage(p).status), int(ReviewLoadResult::Status::Missing));
        QCOMPARE(s.path(), dir.filePath(QStringLiteral("pkg.review.json")));
        s.setReviewer(ada);
        s.addComment(Anchor::package(), QStringLiteral("x"), Comment::Kind::Note);
        QString error;
        QVERIFY(!s.saveAs(dir.filePath(QStringLiteral("pkg/inside.review.json")), &error));
        QVERIFY(error.contains(QStringLiteral("inside the package")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pkg/inside.review.json"))));
        QVERIFY(s.save(&error));
        const ReviewLoadResult r = loadReviewFile(s.path());
        QCOMPARE(r.document.packageName, QStringLiteral("churn"));
        QCOMPARE(r.document.packageVersion, QStringLiteral("2"));
    }

    void markers()
    {
        ReviewSession s;
        s.openUnsaved();
        s.setReviewer(ada);
        const Anchor lines =
            Anchor::codeLines(QStringLiteral("f.py"), Anchor::Side::New, 1, 2, QStringLiteral("fp"));
        s.addComment(lines, QStringLiteral("a"), Comment::Kind::Note);
        const QString b = s.addComment(lines, QStringLiteral("b"), Comment::Kind::Blocker);
        s.addComment(Anchor::datasetEntry(QStringLiteral("x")), QStringLiteral("c"), Comment::Kind::Note);
        auto code = s.markers(QStringLiteral("code"));
        QCOMPARE(code.size(), 1);
        QCOMPARE(code.first().count, 2);
        QVERIFY(code.first().blocker);
        QVERIFY(code.first().open);
        s.setCommentState(b, Comment::State::Resolved);
        code = s.markers(QStringLiteral("code"));
        QVERIFY(!code.first().blocker);
        QCOMPARE(s.markers(QStringLiteral("dataset")).size(), 1);
        QVERIFY(s.markers(QStringLiteral("results")).isEmpty());
    }

    void outdatedFromProvider()
    {
        ReviewSession s;
        s.openUnsaved();
        s.setReviewer(ada);
        QString current = QStringLiteral("x = 1");
        const Anchor a = Anchor::codeLines(QStringLiteral("f.py"), Anchor::Side::New, 1, 1,
                                           Anchor::fingerprintOf({current}));
        const QString id = s.addComment(a, QStringLiteral("why 1?"), Comment::Kind::Issue, current);
        s.setAnchoredTextProvider([&current](const Anchor &) { return current; });
        QVERIFY(!s.isOutdated(id));
        current = QStringLiteral("x = 2");
        QSignalSpy spy(&s, &ReviewSession::outdatedChanged);
        s.refreshOutdated();
        QCOMPARE(spy.count(), 1);
        QVERIFY(s.isOutdated(id));
        QVERIFY(s.document().comment(id)); // outdated, not lost
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
