// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/commenteditor.h"
#include "widgets/review/commenttreemodel.h"
#include "widgets/review/decisionpanel.h"
#include "widgets/review/identitydialog.h"
#include "widgets/review/reviewdock.h"
#include "widgets/review/reviewersettings.h"
#include "widgets/review/reviewmarkers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace mr;
using namespace mr::review;

// The Review dock offscreen: comment, block, refused approval, resolve, approve, reopen.
class TestReviewDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    const QString m_digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));

    // Fills and accepts the comment editor the dock opened.
    static void answerEditor(ReviewDock &dock, const QString &body, Comment::Kind kind)
    {
        auto *editor = dock.findChild<CommentEditorDialog *>(QStringLiteral("commentEditor"));
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->findChild<QPlainTextEdit *>(QStringLiteral("commentBody"))->setPlainText(body);
        auto *kindBox = editor->findChild<QComboBox *>(QStringLiteral("commentKind"));
        kindBox->setCurrentIndex(kindBox->findData(int(kind)));
        auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dock.findChild<CommentEditorDialog *>(QStringLiteral("commentEditor")));
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = QStringLiteral(MR_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        w->grab().save(dir + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MODELREVIEW_SETTINGS_DIR"))
            qputenv("MODELREVIEW_SETTINGS_DIR", m_settingsDir.path().toLocal8Bit());
        openSettings()->clear();
    }

    // The Comment column starts widest and whatever widths the reviewer sets survive a
    // restart (they used to collapse the Comment column to about 30 px).
    void columnWidthsSurviveRestart()
    {
        openSettings()->remove(QStringLiteral("review/commentColumns"));
        int authorWidth = 0;
        {
            ReviewDock dock;
            dock.resize(380, 600);
            dock.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dock));
            auto *tree = dock.findChild<QTreeView *>(QStringLiteral("commentTree"));
            QHeaderView *header = tree->header();
            for (int c = CommentTreeModel::KindColumn; c < CommentTreeModel::ColumnCount; ++c)
                QVERIFY(header->sectionSize(CommentTreeModel::LabelColumn) > header->sectionSize(c));
            QVERIFY(header->sectionSize(CommentTreeModel::LabelColumn) >= 150);
            header->resizeSection(CommentTreeModel::LabelColumn, 260);
            header->resizeSection(CommentTreeModel::AuthorColumn, 77);
            authorWidth = header->sectionSize(CommentTreeModel::AuthorColumn);
        }
        ReviewDock again;
        again.resize(380, 600);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QHeaderView *header = again.findChild<QTreeView *>(QStringLiteral("commentTree"))->header();
        QCOMPARE(header->sectionSize(CommentTreeModel::LabelColumn), 260);
        QCOMPARE(header->sectionSize(CommentTreeModel::AuthorColumn), authorWidth);
    }

    void identityAskedOnce()
    {
        openSettings()->clear();
        ReviewSession session;
        session.openUnsaved();
        ReviewDock dock;
        dock.setSession(&session);
        int asked = 0;
        QTimer::singleShot(0, this, [&asked] {
            auto *dialog = qobject_cast<IdentityDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            ++asked;
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            dialog->findChild<QLineEdit *>(QStringLiteral("reviewerName"))
                ->setText(QStringLiteral("Ada Lovelace"));
            dialog->findChild<QLineEdit *>(QStringLiteral("reviewerEmail"))
                ->setText(QStringLiteral("not an email"));
            QVERIFY(!ok->isEnabled());
            dialog->findChild<QLineEdit *>(QStringLiteral("reviewerEmail"))
                ->setText(QStringLiteral("ada@example.org"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QVERIFY(dock.ensureReviewer());
        QCOMPARE(asked, 1);
        QCOMPARE(session.reviewer().email, QStringLiteral("ada@example.org"));
        QCOMPARE(storedReviewer().name, QStringLiteral("Ada Lovelace"));
        // A second session takes it from settings without asking.
        ReviewSession second;
        second.openUnsaved();
        dock.setSession(&second);
        QVERIFY(dock.ensureReviewer());
        QCOMPARE(second.reviewer().name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(asked, 1);
    }

    void commentBlockApproveReopen()
    {
        storeReviewer({QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org")});
        const QString path = m_dir.filePath(QStringLiteral("pkg.review.json"));
        const Anchor lines = Anchor::codeLines(QStringLiteral("src/train.py"), Anchor::Side::New, 3, 4,
                                               Anchor::fingerprintOf({"x = 1", "y = 2"}));
        QString blockerId;
        {
            ReviewSession session;
            session.open(path);
            session.setCurrentDigest(m_digest);
            ReviewDock dock;
            dock.resize(700, 820);
            dock.setSession(&session);
            dock.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dock));
            QAbstractItemModelTester tester(dock.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

            dock.addComment(lines, QStringLiteral("x = 1\ny = 2"));
            answerEditor(dock, QStringLiteral("<script>alert(1)</script> leaks **test** data"),
                         Comment::Kind::Note);
            QCOMPARE(session.document().comments.size(), 1);
            blockerId = session.document().comments.first().id;
            QCOMPARE(session.document().comments.first().author.name, QStringLiteral("Ada Lovelace"));
            QCOMPARE(dock.currentCommentId(), blockerId);

            auto *tree = dock.findChild<QTreeView *>(QStringLiteral("commentTree"));
            QCOMPARE(tree->model()->rowCount(), 1);
            QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Code (1)"));
            // Rendered, with the hostile text shown as text.
            auto *detail = dock.findChild<QTextBrowser *>(QStringLiteral("commentDetail"));
            QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
            QVERIFY(!detail->toPlainText().contains(QStringLiteral("**test**"))); // Markdown rendered
            QVERIFY(detail->toPlainText().contains(QStringLiteral("y = 2")));

            // Mark it blocker with the kind selector.
            auto *kind = dock.findChild<QComboBox *>(QStringLiteral("kindSelector"));
            QVERIFY(kind->isEnabled());
            kind->setCurrentIndex(kind->findData(int(Comment::Kind::Blocker)));
            Q_EMIT kind->activated(kind->currentIndex());
            QCOMPARE(session.document().comment(blockerId)->kind, Comment::Kind::Blocker);
            QCOMPARE(commentMarkers(session, QStringLiteral("code")).size(), 1);
            QVERIFY(commentMarkers(session, QStringLiteral("code")).first().blocker);

            // Approve is refused and the refusal names the blocker.
            auto *approve = dock.findChild<QPushButton *>(QStringLiteral("approveButton"));
            auto *message = dock.findChild<QLabel *>(QStringLiteral("decisionMessage"));
            QTest::mouseClick(approve, Qt::LeftButton);
            QVERIFY2(message->text().contains(QStringLiteral("leaks")), qPrintable(message->text()));
            QVERIFY(message->text().contains(QStringLiteral("src/train.py:3-4")));
            QVERIFY(session.document().decisions.isEmpty());
            screenshot(&dock, QStringLiteral("reviewdock-refused.png"));

            // Request changes needs a reason.
            auto *changes = dock.findChild<QPushButton *>(QStringLiteral("requestChangesButton"));
            QTest::mouseClick(changes, Qt::LeftButton);
            QVERIFY(message->text().contains(QStringLiteral("reason")));
            QVERIFY(session.document().decisions.isEmpty());

            // Activation reveals the anchor.
            QSignalSpy reveal(&dock, &ReviewDock::revealRequested);
            tree->setFocus();
            QTest::keyClick(tree, Qt::Key_Return);
            QCOMPARE(reveal.count(), 1);
            QCOMPARE(reveal.first().first().value<Anchor>(), lines);

            // Resolve, then approve.
            auto *resolve = dock.findChild<QPushButton *>(QStringLiteral("resolveButton"));
            QTest::mouseClick(resolve, Qt::LeftButton);
            QCOMPARE(session.document().comment(blockerId)->state, Comment::State::Resolved);
            QCOMPARE(resolve->text(), QStringLiteral("Re&open"));
            // Undo and redo the resolution through the dock's actions.
            dock.undoAction()->trigger();
            QCOMPARE(session.document().comment(blockerId)->state, Comment::State::Open);
            dock.redoAction()->trigger();
            QCOMPARE(session.document().comment(blockerId)->state, Comment::State::Resolved);

            dock.findChild<QCheckBox *>(QStringLiteral("checklist_code_read"))->click();
            QTest::mouseClick(approve, Qt::LeftButton);
            QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
            QCOMPARE(session.document().currentDecision()->verdict, Decision::Verdict::Approve);
            QVERIFY(dock.findChild<QLabel *>(QStringLiteral("decisionStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Approved")));
            QVERIFY(!dock.findChild<QLabel *>(QStringLiteral("decisionStale"))->isVisible());
            session.setCurrentDigest(QStringLiteral("sha256:changed"));
            QVERIFY(dock.findChild<QLabel *>(QStringLiteral("decisionStale"))->isVisible());
            session.setCurrentDigest(m_digest);

            // A reply, then filters.
            dock.replyToCurrent();
            answerEditor(dock, QStringLiteral("fixed in head"), Comment::Kind::Note);
            QCOMPARE(session.document().comment(blockerId)->replies.size(), 1);
            dock.addComment(Anchor::metric(QStringLiteral("auc")), QStringLiteral("auc 0.91 / 0.90"));
            answerEditor(dock, QStringLiteral("within tolerance"), Comment::Kind::Note);
            QCOMPARE(tree->model()->rowCount(), 2);
            dock.findChild<QCheckBox *>(QStringLiteral("filterOpen"))->click();
            QCOMPARE(tree->model()->rowCount(), 1);
            QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Results (1)"));
            dock.findChild<QCheckBox *>(QStringLiteral("filterOpen"))->click();
            dock.findChild<QCheckBox *>(QStringLiteral("filterBlockers"))->click();
            QCOMPARE(tree->model()->rowCount(), 1);
            QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Code (1)"));
            dock.findChild<QCheckBox *>(QStringLiteral("filterBlockers"))->click();
            dock.findChild<QCheckBox *>(QStringLiteral("filterMine"))->click();
            QCOMPARE(tree->model()->rowCount(), 2);
            dock.findChild<QCheckBox *>(QStringLiteral("filterMine"))->click();
            QVERIFY(dock.selectComment(blockerId));
            QTest::qWait(50);
            screenshot(&dock, QStringLiteral("reviewdock.png"));
        } // closing saves

        // Reopen: everything is back.
        ReviewSession session;
        QCOMPARE(int(session.open(path).status), int(ReviewLoadResult::Status::Ok));
        session.setCurrentDigest(m_digest);
        ReviewDock dock;
        dock.setSession(&session);
        const Comment *c = session.document().comment(blockerId);
        QVERIFY(c);
        QCOMPARE(c->kind, Comment::Kind::Blocker);
        QCOMPARE(c->state, Comment::State::Resolved);
        QCOMPARE(c->anchor, lines);
        QCOMPARE(c->replies.size(), 1);
        QCOMPARE(session.document().comments.size(), 2);
        QCOMPARE(session.document().currentDecision()->verdict, Decision::Verdict::Approve);
        QVERIFY(session.status().passed());
        QVERIFY(dock.findChild<QCheckBox *>(QStringLiteral("checklist_code_read"))->isChecked());
        QVERIFY(dock.findChild<QLabel *>(QStringLiteral("decisionStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Approved")));
        QVERIFY(dock.selectComment(blockerId));
        QCOMPARE(dock.findChild<QTreeView *>(QStringLiteral("commentTree"))->model()->rowCount(), 2);
    }

    void readOnlyBanner()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.review.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"modelreview.review/v9\"}");
        f.close();
        ReviewSession session;
        session.open(path);
        ReviewDock dock;
        dock.setSession(&session);
        dock.show();
        auto *banner = dock.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("newer version")));
        QVERIFY(!dock.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
        dock.addComment(Anchor::package(), QString());
        QVERIFY(!dock.findChild<CommentEditorDialog *>(QStringLiteral("commentEditor")));
        QVERIFY(dock.findChild<QLabel *>(QStringLiteral("reviewError"))->isVisible());
    }
};

QTEST_MAIN(TestReviewDock)
#include "tst_reviewdock.moc"
