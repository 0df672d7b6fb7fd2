// SPDX-License-Identifier: Apache-2.0
#include "app/mainwindow.h"
#include "app/packagecontroller.h"
#include "app/reviewintegration.h"
#include "models/package/digest.h"
#include "models/review/reviewsession.h"
#include "widgets/common/banner.h"
#include "widgets/common/pane.h"
#include "widgets/review/reviewersettings.h"

#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mr;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startPage();
    void opensExample();
    void malformedPackageShowsBanner();
    void sectionErrorKeepsPackageOpen();
    void layoutPersists();
    void reviewRoundTripThroughWindow();

private:
    static bool waitLoaded(MainWindow &w);
    QString m_example;
};

void TestMainWindow::initTestCase()
{
    m_example = QStringLiteral(MR_EXAMPLE_DIR);
    QVERIFY2(QFile::exists(m_example + QStringLiteral("/model-package.json")), qPrintable(m_example));
    qputenv("MODELREVIEW_EXAMPLE", m_example.toLocal8Bit());
}

bool TestMainWindow::waitLoaded(MainWindow &w)
{
    QSignalSpy digest(w.controller(), &PackageController::digestFinished);
    return digest.wait(60000) || w.controller()->digestReady();
}

void TestMainWindow::startPage()
{
    MainWindow w;
    w.show();
    auto *start = w.findChild<QWidget *>(QStringLiteral("startPage"));
    QVERIFY(start);
    QVERIFY(start->isVisible());
    QVERIFY(w.findChild<QWidget *>(QStringLiteral("startExample"))->isEnabled());
    // Four panes as docks, all visible side by side.
    for (const char *name : {"codeDock", "datasetDock", "environmentDock", "resultsDock"}) {
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(name));
        QVERIFY2(dock, name);
        QVERIFY(dock->isVisible());
        QVERIFY(!dock->isFloating());
    }
}

void TestMainWindow::opensExample()
{
    MainWindow w;
    w.resize(1920, 1080);
    w.show();
    QSignalSpy loaded(w.controller(), &PackageController::loaded);
    w.openPath(m_example);
    QVERIFY(loaded.wait(30000));
    QVERIFY(waitLoaded(w));
    const PackagePtr pkg = w.package();
    QVERIFY(pkg);
    auto *name = w.findChild<QLabel *>(QStringLiteral("overviewName"));
    QVERIFY(name->isVisible());
    QVERIFY(name->text().contains(pkg->name));
    const DigestResult expected = computeDigestSync(pkg->rootPath);
    QVERIFY(expected.ok);
    QTRY_VERIFY_WITH_TIMEOUT(
        w.findChild<QLabel *>(QStringLiteral("overviewDigest"))->text().contains(expected.digest), 30000);
    // Every section of the example is provided and without errors.
    auto *sections = w.findChild<QTreeWidget *>(QStringLiteral("overviewSections"));
    QCOMPARE(sections->topLevelItemCount(), 5);
    for (int i = 0; i < sections->topLevelItemCount(); ++i)
        QVERIFY2(!sections->topLevelItem(i)->text(1).contains(QLatin1String("not provided")),
                 qPrintable(sections->topLevelItem(i)->text(0)));
    // The recent list remembers it.
    auto *recent = w.findChild<QListWidget *>(QStringLiteral("startRecent"));
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), pkg->sourcePath);
    // All four panes and the review fit side by side on a 1920x1080 screen.
    QTest::qWait(200);
    const std::initializer_list<const char *> dockNames = {"codeDock", "datasetDock", "environmentDock",
                                                           "resultsDock", "reviewDockWidget"};
    for (const char *dockName : dockNames) {
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(dockName));
        QVERIFY2(dock, dockName);
        qInfo("%s: %s, %s, %d px wide, needs at least %d", dockName, dock->isVisible() ? "visible" : "hidden",
              dock->isFloating() ? "floating" : "docked", dock->width(), dock->minimumSizeHint().width());
        if (qEnvironmentVariableIsSet("MR_DEBUG_WIDTHS")) {
            for (QWidget *c : dock->findChildren<QWidget *>()) {
                if (c->isVisible() && c->minimumSizeHint().width() > 150)
                    qInfo("   %s %s %d", c->metaObject()->className(), qPrintable(c->objectName()),
                          c->minimumSizeHint().width());
            }
        }
    }
    for (const char *dockName : dockNames) {
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(dockName));
        QVERIFY2(dock->isVisible() && dock->width() >= 200, dockName);
    }
    QVERIFY2(w.width() <= 1920, qPrintable(QString::number(w.width())));
    QCOMPARE(w.panes().size(), 4);
    if (qEnvironmentVariableIsSet("MR_SCREENSHOT_DIR")) {
        QTest::qWait(3000);
        w.grab().save(qEnvironmentVariable("MR_SCREENSHOT_DIR") + QStringLiteral("/mainwindow.png"));
    }
    auto *findings = w.findChild<QTableView *>(QStringLiteral("overviewFindings"));
    QVERIFY(findings->model()->rowCount() > 0); // the example is built to have findings
}

void TestMainWindow::malformedPackageShowsBanner()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("model-package.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"modelreview.package/v1\",\n  \"name\": \"x\"\n  \"version\": \"1\"\n}");
    f.close();
    MainWindow w;
    w.show();
    QSignalSpy failed(w.controller(), &PackageController::failed);
    w.openPath(dir.path());
    QVERIFY(failed.wait(10000));
    auto *banner = w.findChild<Banner *>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    QVERIFY2(banner->text().contains(QLatin1String("model-package.json:4:")), qPrintable(banner->text()));
    QVERIFY(w.findChild<QWidget *>(QStringLiteral("startPage"))->isVisible());
    QVERIFY(!w.package());
}

void TestMainWindow::sectionErrorKeepsPackageOpen()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("model-package.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "modelreview.package/v1", "name": "half", "version": "1",
               "dataset": {"manifest": "../../etc/passwd"}})");
    f.close();
    MainWindow w;
    w.show();
    QSignalSpy loaded(w.controller(), &PackageController::loaded);
    w.openPath(dir.path());
    QVERIFY(loaded.wait(10000));
    auto *banner = w.findChild<Banner *>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Warning);
    QVERIFY(banner->text().contains(QLatin1String("leaves the package")));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("overviewName"))->text().contains(QLatin1String("half")));
}

void TestMainWindow::layoutPersists()
{
    {
        MainWindow w;
        w.show();
        w.findChild<QDockWidget *>(QStringLiteral("resultsDock"))->hide();
        w.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("resultsDock"))->isVisible());
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("codeDock"))->isVisible());
    again.findChild<QDockWidget *>(QStringLiteral("resultsDock"))->show();
    again.close();
}

void TestMainWindow::reviewRoundTripThroughWindow()
{
    // A copy of the example, so that the review file lands beside it in a temporary folder.
    QTemporaryDir dir;
    const QString pkgPath = dir.filePath(QStringLiteral("churn"));
    QVERIFY(QDir().mkpath(pkgPath));
    QDirIterator it(m_example, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = pkgPath + QLatin1Char('/') + QDir(m_example).relativeFilePath(src);
        if (it.fileInfo().isDir())
            QVERIFY(QDir().mkpath(dst));
        else
            QVERIFY(QFile::copy(src, dst));
    }
    review::storeReviewer({QStringLiteral("R. Viewer"), QStringLiteral("r@example.org")});
    QString digest;
    {
        MainWindow w;
        w.show();
        w.openPath(pkgPath);
        QVERIFY(waitLoaded(w));
        digest = w.controller()->digest().digest;
        review::ReviewSession *session = w.review()->session();
        QCOMPARE(session->currentDigest(), digest);
        QString error;
        const QString id =
            session->addComment(Anchor::metric(QStringLiteral("test.recall")),
                                QStringLiteral("Recall dropped"), review::Comment::Kind::Blocker, {}, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(!session->decide(review::Decision::Verdict::Approve, {}, &error));
        QVERIFY2(error.contains(QLatin1String("Recall dropped")) ||
                     error.contains(QLatin1String("test.recall")),
                 qPrintable(error));
        QVERIFY(session->setCommentState(id, review::Comment::State::Resolved, &error));
        QVERIFY2(session->decide(review::Decision::Verdict::Approve, {}, &error), qPrintable(error));
        w.close(); // saves the review
    }
    const QString reviewPath = pkgPath + QStringLiteral(".review.json");
    QVERIFY(QFile::exists(reviewPath));                                      // beside the package
    QVERIFY(!QFile::exists(pkgPath + QStringLiteral("/churn.review.json"))); // never inside
    MainWindow again;
    again.show();
    again.openPath(pkgPath);
    QVERIFY(waitLoaded(again));
    QCOMPARE(again.controller()->digest().digest, digest); // the review file did not change the digest
    const review::ReviewSession *session = again.review()->session();
    QCOMPARE(session->document().comments.size(), 1);
    QCOMPARE(session->document().comments.first().state, review::Comment::State::Resolved);
    QCOMPARE(session->status().result, review::GateStatus::Result::Approved);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
