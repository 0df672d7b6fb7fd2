// SPDX-License-Identifier: Apache-2.0
// The GUI side: double-clicking a finding about several items lists them and jumps to each;
// accepting a finding records the suppression in the review and the list marks it accepted
// with reason and author.
#include "app/findingspolicy.h"
#include "models/findings/applypolicy.h"
#include "models/review/reviewfile.h"
#include "models/review/reviewsession.h"
#include "widgets/common/findingitemsdialog.h"
#include "widgets/common/findingsmodel.h"
#include "widgets/common/overviewpane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;

namespace {
Findings sample()
{
    QList<FindingItem> items;
    for (const char *name : {"numpy", "pillow", "requests"})
        items.append(
            {Anchor::environmentPackage(QStringLiteral("development..reference"), QLatin1String(name)),
             QStringLiteral("%1 1.0 \u2192 2.0").arg(QLatin1String(name))});
    return {findings::majorDriftFinding(QStringLiteral("development..reference"), items, false),
            Finding{QStringLiteral("dataset.total-size"), Finding::Severity::Warning,
                    QStringLiteral("dataset"), Anchor::package(), QStringLiteral("sizes differ")}};
}

int rowOf(const Findings &f, const QString &rule)
{
    for (int i = 0; i < f.size(); ++i)
        if (f.at(i).ruleId == rule)
            return i;
    return -1;
}
} // namespace

class TestFindingsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsSound();
    void doubleClickListsItemsAndJumps();
    void acceptMarksFinding();
    void acceptedSavedAndMerged();
};

void TestFindingsGui::modelIsSound()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(findings::applyPolicy(sample(), {}));
    QCOMPARE(model.rowCount(), 2);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsGui::doubleClickListsItemsAndJumps()
{
    OverviewPane pane;
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const Findings f = findings::applyPolicy(sample(), {});
    pane.setFindings(f);
    auto *view = pane.findChild<QTableView *>(QStringLiteral("overviewFindings"));
    QVERIFY(view);
    QSignalSpy spy(&pane, &OverviewPane::findingActivated);

    // One item: a double-click jumps straight to it.
    const int single = rowOf(f, QStringLiteral("dataset.total-size"));
    Q_EMIT view->activated(view->model()->index(single, 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<Finding>().ruleId, QStringLiteral("dataset.total-size"));

    // Several: the list opens, and each item jumps.
    const int multi = rowOf(f, QStringLiteral("environment.major-drift"));
    const QModelIndex index = view->model()->index(multi, FindingsModel::MessageColumn);
    view->scrollTo(index);
    QTRY_VERIFY(view->visualRect(index).isValid() &&
                view->viewport()->rect().contains(view->visualRect(index).center()));
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 0);
    auto *list = pane.findChild<QListWidget *>(QStringLiteral("findingItems"));
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(1)->text(), QStringLiteral("pillow 1.0 \u2192 2.0"));
    pane.grab().save(QStringLiteral("/tmp/policy-overview.png"));
    list->window()->grab().save(QStringLiteral("/tmp/policy-items.png"));
    for (int i = 0; i < list->count(); ++i)
        Q_EMIT list->itemActivated(list->item(i));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<Finding>().item.path, QStringLiteral("requests"));
    QCOMPARE(spy.at(2).at(0).value<Finding>().item.kind, Anchor::Kind::EnvironmentPackage);
}

void TestFindingsGui::acceptMarksFinding()
{
    QWidget window;
    review::ReviewSession session;
    session.openUnsaved();
    session.setReviewer(Person{QStringLiteral("Ada"), QStringLiteral("ada@example.org")});
    FindingsPolicy policy(&window, &session);
    QSignalSpy changed(&policy, &FindingsPolicy::changed);
    const Findings before = policy.apply(sample());
    const Finding drift = before.at(rowOf(before, QStringLiteral("environment.major-drift")));
    QVERIFY(!drift.accepted);
    QVERIFY(!session.acceptFinding(findings::Suppression::forFinding(drift, QStringLiteral(" "), {}, {})));
    QVERIFY(policy.accept(drift, QStringLiteral("pillow 2 is fine for us")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.suppressions().size(), 1);
    QVERIFY(session.isDirty());

    const Findings after = policy.apply(sample());
    const Finding accepted = after.at(rowOf(after, QStringLiteral("environment.major-drift")));
    QVERIFY(accepted.accepted);
    QCOMPARE(accepted.acceptedBy, QStringLiteral("Ada <ada@example.org>"));
    QCOMPARE(countOpenFindings(after, Finding::Severity::Warning), 1);

    OverviewPane pane;
    pane.resize(1000, 600);
    pane.setPolicyText(policy.describe());
    pane.setFindings(after);
    auto *view = pane.findChild<QTableView *>(QStringLiteral("overviewFindings"));
    const int row = rowOf(after, QStringLiteral("environment.major-drift"));
    QCOMPARE(view->model()->index(row, FindingsModel::SeverityColumn).data().toString(),
             QStringLiteral("Warning (accepted)"));
    QVERIFY(view->model()
                ->index(row, FindingsModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("accepted by Ada <ada@example.org>: pillow 2 is fine for us")));
    auto *totals = pane.findChild<QLabel *>(QStringLiteral("overviewFindingsTotals"));
    QVERIFY(totals);
    QVERIFY2(totals->text().contains(QStringLiteral("1 warning(s)")) &&
                 totals->text().contains(QStringLiteral("1 accepted")) &&
                 totals->text().contains(QStringLiteral("built-in defaults")),
             qPrintable(totals->text()));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.grab().save(QStringLiteral("/tmp/policy-accepted.png"));

    // The items change: open again.
    Findings moved = sample();
    moved[0].items[1].label = QStringLiteral("pillow 1.0 \u2192 3.0");
    const Findings reopened = policy.apply(moved);
    const Finding back = reopened.at(rowOf(reopened, QStringLiteral("environment.major-drift")));
    QVERIFY(!back.accepted && back.reopened);
}

void TestFindingsGui::acceptedSavedAndMerged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pkg.review.json"));
    const Findings f = findings::applyPolicy(sample(), {});
    review::ReviewSession session;
    session.open(path);
    session.setReviewer(Person{QStringLiteral("Ada"), QStringLiteral("ada@example.org")});
    QVERIFY(session.acceptFinding(
        findings::Suppression::forFinding(f.at(0), QStringLiteral("first"), QStringLiteral("Ada"), {})));
    QVERIFY(session.save());

    // Another reviewer accepts the other finding in the same file meanwhile.
    review::ReviewLoadResult theirs = review::loadReviewFile(path);
    QVERIFY(theirs.status == review::ReviewLoadResult::Status::Ok);
    findings::Suppressions list;
    Diagnostic error;
    QVERIFY(findings::suppressionsFromJson(theirs.document.extra, path, &list, &error));
    QCOMPARE(list.size(), 1);
    list.append(
        findings::Suppression::forFinding(f.at(1), QStringLiteral("second"), QStringLiteral("Bob"), {}));
    theirs.document.extra[findings::kSuppressionsKey] = findings::suppressionsToJson(list);
    QString why;
    QTest::qWait(20);
    QVERIFY2(review::saveReviewFile(theirs.document, path, &why), qPrintable(why));

    // Ours (a new reason for the first) and theirs are both kept.
    QVERIFY(session.acceptFinding(findings::Suppression::forFinding(f.at(0), QStringLiteral("first, again"),
                                                                    QStringLiteral("Ada"), {})));
    QVERIFY(session.save());
    const review::ReviewLoadResult back = review::loadReviewFile(path);
    QVERIFY(findings::suppressionsFromJson(back.document.extra, path, &list, &error));
    QCOMPARE(list.size(), 2);
    QStringList reasons;
    for (const findings::Suppression &s : list)
        reasons << s.reason;
    reasons.sort();
    QCOMPARE(reasons, (QStringList{QStringLiteral("first, again"), QStringLiteral("second")}));
    const Findings applied = findings::applyPolicy(sample(), {}, session.suppressions());
    QVERIFY(applied.at(0).accepted && applied.at(1).accepted);
}

QTEST_MAIN(TestFindingsGui)
#include "tst_findingsgui.moc"
