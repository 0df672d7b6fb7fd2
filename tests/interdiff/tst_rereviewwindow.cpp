// SPDX-License-Identifier: Apache-2.0
// Re-review in the main window: the offer to carry a sibling's review, the carried comments in
// the Review dock (status, filter, old quote against new text) and the panes' "Since" toggles.
#include "carryscenario.h"

#include "app/mainwindow.h"
#include "app/packagecontroller.h"
#include "app/rereview.h"
#include "app/reviewintegration.h"
#include "models/package/digest.h"
#include "models/review/reviewfile.h"
#include "models/review/reviewsession.h"
#include "widgets/interdiff/interdiffmodel.h"
#include "widgets/review/commenttreemodel.h"
#include "widgets/review/reviewdock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace mr;

class TestReReviewWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void interdiffModel_data();
    void interdiffModel();
    void offerCarriesSiblingReview();
    void reopeningComparesWithPrevious();

private:
    static int countComments(QAbstractItemModel *model);
    QTemporaryDir m_dir;
    QString m_v1, m_v2;
};

void TestReReviewWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_v1 = m_dir.filePath(QStringLiteral("churn-1.0.0"));
    m_v2 = m_dir.filePath(QStringLiteral("churn-2.0.0"));
    QCOMPARE(test::writePackage(m_v1, test::version1()), QString());
    QCOMPARE(test::writePackage(m_v2, test::version2()), QString());
    QString error;
    QVERIFY(review::saveReviewFile(test::review1(computeDigestSync(m_v1).digest),
                                   review::defaultReviewPath(m_v1), &error));
}

int TestReReviewWindow::countComments(QAbstractItemModel *model)
{
    int n = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        n += model->rowCount(model->index(g, 0));
    return n;
}

void TestReReviewWindow::interdiffModel_data()
{
    QTest::addColumn<QString>("pane");
    QTest::addColumn<int>("rows");
    QTest::newRow("code") << QStringLiteral("code") << 5;
    QTest::newRow("dataset") << QStringLiteral("dataset") << 4;
    QTest::newRow("environment") << QStringLiteral("environment") << 5; // 2 + 2 rows, staging removed
    QTest::newRow("results") << QStringLiteral("results") << 3;
}

void TestReReviewWindow::interdiffModel()
{
    QFETCH(QString, pane);
    const PackagePtr v1 = loadPackageSync(m_v1).package, v2 = loadPackageSync(m_v2).package;
    QVERIFY(v1 && v2);
    InterdiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInterdiff(interdiff::interdiffSync(v1, v2), pane);
    QTEST(model.rowCount(), "rows");
    QVERIFY(!model.summary().isEmpty());
    QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
}

void TestReReviewWindow::offerCarriesSiblingReview()
{
    MainWindow w;
    w.resize(1600, 900);
    w.show();
    QSignalSpy digest(w.controller(), &PackageController::digestFinished);
    w.openPath(m_v2);
    QVERIFY(digest.wait(60000));
    QTRY_VERIFY(w.rereview()->offer());
    QMessageBox *offer = w.rereview()->offer();
    QCOMPARE(offer->objectName(), QStringLiteral("carryOffer"));
    QVERIFY(offer->text().contains(QLatin1String("1.0.0")));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("carryReviewAction"))->isEnabled());
    QSignalSpy carried(w.rereview(), &ReReview::carryFinished);
    QSignalSpy messages(w.rereview(), &ReReview::message);
    offer->button(QMessageBox::Yes)->click();
    QVERIFY(carried.wait(60000));
    QVERIFY2(
        carried.first().first().toBool(),
        qPrintable(messages.isEmpty() ? QStringLiteral("canceled") : messages.first().first().toString()));
    QVERIFY(QFileInfo::exists(review::defaultReviewPath(m_v2)));
    QCOMPARE(w.review()->session()->document().comments.size(), 22);

    auto *dock = w.review()->reviewDock();
    QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(countComments(dock->model()), 22);
    auto *filter = dock->findChild<QComboBox *>(QStringLiteral("carriedFilter"));
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(QStringLiteral("outdated")));
    QCOMPARE(countComments(dock->model()), 6);
    filter->setCurrentIndex(filter->findData(QStringLiteral("gone")));
    QCOMPARE(countComments(dock->model()), 4);
    const QModelIndex first = dock->model()->index(0, 0);
    QCOMPARE(dock->model()->index(0, 0, first).data(review::CommentTreeModel::CarriedRole).toString(),
             QStringLiteral("gone"));
    filter->setCurrentIndex(0);
    QCOMPARE(countComments(dock->model()), 22);

    // An outdated code comment shows the text it was written on against the text there now.
    const review::Comment *outdated =
        w.review()->session()->document().comment(QStringLiteral("code-outdated-edit-inside"));
    QVERIFY(outdated);
    const Anchor anchor = outdated->anchor;
    // The Code pane knows the new text once its file list has loaded.
    QTRY_VERIFY_WITH_TIMEOUT(!w.review()->session()->anchoredText(anchor).isEmpty(), 30000);
    QVERIFY(dock->selectComment(QStringLiteral("code-current-untouched")));
    QVERIFY(dock->selectComment(QStringLiteral("code-outdated-edit-inside")));
    auto *detail = dock->findChild<QTextBrowser *>(QStringLiteral("commentDetail"));
    QVERIFY2(detail->toPlainText().contains(QLatin1String("b line 4 EDITED")),
             qPrintable(detail->toPlainText()));
    QVERIFY(detail->toPlainText().contains(QLatin1String("Then (version 1.0.0)")));
    QVERIFY(detail->toPlainText().contains(QLatin1String("outdated")));
    dock->resize(620, 1100);
    dock->grab().save(QStringLiteral("/tmp/rereview-dock.png"));

    // Every pane has its "Since 1.0.0" toggle; the Code pane's shows the diff from v1's head.
    for (const char *pane : {"code", "dataset", "environment", "results"}) {
        auto *toggle = w.findChild<QToolButton *>(QStringLiteral("sinceToggle_%1").arg(QLatin1String(pane)));
        QVERIFY2(toggle && toggle->isEnabled(), pane);
        QCOMPARE(toggle->text(), QStringLiteral("Since 1.0.0"));
        toggle->setChecked(true);
        auto *table = w.findChild<QTableView *>(QStringLiteral("sinceTable_%1").arg(QLatin1String(pane)));
        QVERIFY(table && table->isVisible());
        QVERIFY(table->model()->rowCount() > 0);
    }
    auto *codeTable = w.findChild<QTableView *>(QStringLiteral("sinceTable_code"));
    codeTable->setCurrentIndex(codeTable->model()->index(
        codeTable->model()
            ->match(codeTable->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("b.py"))
            .value(0)
            .row(),
        0));
    auto *patch = w.findChild<QPlainTextEdit *>(QStringLiteral("sincePatch"));
    QVERIFY(patch->toPlainText().contains(QLatin1String("+b line 4 EDITED")));
    QVERIFY(patch->toPlainText().contains(QLatin1String("-b line 4")));
    w.grab().save(QStringLiteral("/tmp/rereview-window.png"));
    w.findChild<QToolButton *>(QStringLiteral("sinceToggle_code"))->setChecked(false);
    QVERIFY(!codeTable->isVisible());
}

void TestReReviewWindow::reopeningComparesWithPrevious()
{
    MainWindow w;
    w.show();
    QSignalSpy compared(w.rereview(), &ReReview::comparisonReady);
    w.openPath(m_v2);
    QVERIFY(compared.wait(60000));
    QVERIFY(!w.rereview()->offer()); // the package has its own review now
    auto *toggle = w.findChild<QToolButton *>(QStringLiteral("sinceToggle_results"));
    QVERIFY(toggle->isEnabled());
    QCOMPARE(w.findChild<QTableView *>(QStringLiteral("sinceTable_results"))->model()->rowCount(), 3);
    w.closePackage();
    QVERIFY(!w.findChild<QToolButton *>(QStringLiteral("sinceToggle_results"))->isVisible());
}

QTEST_MAIN(TestReReviewWindow)
#include "tst_rereviewwindow.moc"
