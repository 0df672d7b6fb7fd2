// SPDX-License-Identifier: Apache-2.0
// The deliberate approval offscreen: the summary dialog, refusals by the submit requirements,
// messages that clear when their cause goes, and the question before a typed comment is lost.
#include "models/core/settings.h"
#include "widgets/review/approvaldialog.h"
#include "widgets/review/commenteditor.h"
#include "widgets/review/decisionpanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace mr;
using namespace mr::review;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(MR_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name);
}

// Runs `answer` on the next modal dialog once it shows.
template<typename F> void onModal(QObject *context, F answer)
{
    QTimer::singleShot(0, context, [answer] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        answer(QApplication::activeModalWidget());
    });
}

} // namespace

class TestApprovalDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    const QString m_digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('d'));

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MODELREVIEW_SETTINGS_DIR"))
            qputenv("MODELREVIEW_SETTINGS_DIR", m_settingsDir.path().toLocal8Bit());
        openSettings()->clear();
    }

    void summaryLists_data()
    {
        QTest::addColumn<bool>("failedSection");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("failed section refuses") << true << false;
        QTest::newRow("open points only") << false << true;
    }
    void summaryLists()
    {
        QFETCH(bool, failedSection);
        QFETCH(bool, allowed);
        ApprovalFacts facts;
        if (failedSection)
            facts.failedSections << QStringLiteral("Code: cannot open the repository code/repo.git");
        facts.errorFindings << QStringLiteral("train.csv: hash mismatch");
        facts.untickedSteps << QStringLiteral("Code read") << QStringLiteral("Dataset verified");
        facts.datasetProvided = true;
        facts.datasetState = QStringLiteral("not verified in this session");
        ApprovalDialog dialog(evaluateApproval(SubmitRequirements(), facts));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.allowed(), allowed);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("approvalChecks"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), SubmitRequirements::allRules().size());
        QStringList details;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
                details << tree->topLevelItem(i)->child(c)->text(0);
        QVERIFY(details.contains(QStringLiteral("train.csv: hash mismatch")));
        QVERIFY(details.contains(QStringLiteral("Code read")));
        QVERIFY(details.contains(QStringLiteral("not verified in this session")));
        QCOMPARE(details.contains(QStringLiteral("Code: cannot open the repository code/repo.git")),
                 failedSection);
        QCOMPARE(bool(dialog.findChild<QPushButton *>(QStringLiteral("approvalConfirm"))), allowed);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("approvalCancel")));
        screenshot(&dialog, failedSection ? QStringLiteral("approval-refused.png")
                                          : QStringLiteral("approval-confirm.png"));
    }

    void panelAsksAndClearsRefusal()
    {
        ReviewSession session;
        session.openUnsaved();
        session.setReviewer({QStringLiteral("Ada"), QStringLiteral("ada@example.org")});
        session.setCurrentDigest(m_digest);
        DecisionPanel panel;
        panel.setSession(&session);
        ApprovalFacts facts;
        facts.failedSections << QStringLiteral("Dataset: manifest.jsonl:3:1: unexpected end");
        panel.setApprovalChecks([&facts] { return evaluateApproval(SubmitRequirements(), facts); });
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *approve = panel.findChild<QPushButton *>(QStringLiteral("approveButton"));
        auto *message = panel.findChild<QLabel *>(QStringLiteral("decisionMessage"));

        // Refused: the dialog offers only Close, and the panel says why.
        bool sawRefusal = false;
        onModal(this, [&sawRefusal](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("approvalDialog"));
            sawRefusal = !modal->findChild<QPushButton *>(QStringLiteral("approvalConfirm"));
            modal->findChild<QPushButton *>(QStringLiteral("approvalCancel"))->click();
        });
        approve->click();
        QVERIFY(sawRefusal);
        QVERIFY(!session.document().currentDecision());
        QVERIFY(message->text().contains(QStringLiteral("Dataset: manifest.jsonl:3:1")));

        // The cause goes: the message goes with it.
        facts.failedSections.clear();
        panel.revalidate();
        QVERIFY(message->text().isEmpty());

        // Cancel in the confirmation: nothing decided.
        onModal(this, [](QWidget *modal) {
            QVERIFY(modal->findChild<QPushButton *>(QStringLiteral("approvalConfirm")));
            modal->findChild<QPushButton *>(QStringLiteral("approvalCancel"))->click();
        });
        approve->click();
        QVERIFY(!session.document().currentDecision());

        // Confirmed: approved.
        onModal(this, [](QWidget *modal) {
            modal->findChild<QPushButton *>(QStringLiteral("approvalConfirm"))->click();
        });
        approve->click();
        QVERIFY(session.document().currentDecision());
        QCOMPARE(session.document().currentDecision()->verdict, Decision::Verdict::Approve);
    }

    void blockerMessageClearsWhenResolved()
    {
        ReviewSession session;
        session.openUnsaved();
        session.setReviewer({QStringLiteral("Ada"), QStringLiteral("ada@example.org")});
        session.setCurrentDigest(m_digest);
        const QString id =
            session.addComment(Anchor::package(), QStringLiteral("leak"), Comment::Kind::Blocker);
        QVERIFY(!id.isEmpty());
        DecisionPanel panel;
        panel.setSession(&session);
        panel.findChild<QPushButton *>(QStringLiteral("approveButton"))
            ->click(); // no checks set: refused by the review
        auto *message = panel.findChild<QLabel *>(QStringLiteral("decisionMessage"));
        QVERIFY(!message->text().isEmpty());
        QVERIFY(session.setCommentState(id, Comment::State::Resolved));
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
    }

    void typedCommentNotDiscardedSilently()
    {
        CommentEditorDialog editor(CommentEditorDialog::Mode::NewComment, Anchor::package(), QString());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("commentBody"))
            ->setPlainText(QStringLiteral("half a thought"));
        // Escape asks; Keep Editing keeps the dialog and the text.
        onModal(this, [](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("discardCommentQuestion"));
            screenshot(modal, QStringLiteral("discard-comment.png"));
            modal->findChild<QPushButton *>(QStringLiteral("keepEditingButton"))->click();
        });
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.body(), QStringLiteral("half a thought"));
        // Discard closes it.
        onModal(this, [](QWidget *modal) {
            modal->findChild<QPushButton *>(QStringLiteral("discardCommentButton"))->click();
        });
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        // An empty editor closes without asking.
        CommentEditorDialog empty(CommentEditorDialog::Mode::NewComment, Anchor::package(), QString());
        empty.show();
        QTest::keyClick(&empty, Qt::Key_Escape);
        QVERIFY(!empty.isVisible());
    }
};

QTEST_MAIN(TestApprovalDialog)
#include "tst_approvaldialog.moc"
