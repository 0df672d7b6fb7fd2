// SPDX-License-Identifier: Apache-2.0
// The reviewer's desk: room for the work (focus mode, first-start proportions, Reset Layout,
// floating panes on screen) and keys that work (no shortcut bound twice where both could fire,
// one comment key in every pane, unresolved-comment navigation, the shortcut sheet).
#include "app/deskactions.h"
#include "app/desklayout.h"
#include "app/mainwindow.h"
#include "app/packagecontroller.h"
#include "app/reviewintegration.h"
#include "app/shortcutsheet.h"
#include "models/core/settings.h"
#include "models/review/reviewsession.h"
#include "widgets/code/codepane.h"
#include "widgets/code/diffview.h"
#include "widgets/common/pane.h"
#include "widgets/review/reviewdock.h"
#include "widgets/review/reviewersettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mr;

namespace {

const char *const kPaneDocks[] = {"codeDock", "datasetDock", "environmentDock", "resultsDock"};

// Where a shortcut can fire: the whole window, or a widget (with its children or alone).
struct Scope
{
    bool window = false;
    QList<QWidget *> widgets;
    bool children = false;
};

Scope scopeOf(QAction *action, QWidget *window)
{
    Scope s;
    switch (action->shortcutContext()) {
    case Qt::WindowShortcut:
    case Qt::ApplicationShortcut: s.window = true; return s;
    case Qt::WidgetWithChildrenShortcut: s.children = true; break;
    case Qt::WidgetShortcut: break;
    }
    for (QObject *o : action->associatedObjects())
        if (auto *w = qobject_cast<QWidget *>(o); w && !qobject_cast<QMenu *>(w) && w->window() == window)
            s.widgets << w;
    return s;
}

bool covers(const Scope &a, QWidget *w)
{
    for (QWidget *x : a.widgets)
        if (x == w || (a.children && x->isAncestorOf(w)))
            return true;
    return false;
}

bool overlap(const Scope &a, const Scope &b)
{
    if (a.window || b.window)
        return (a.window || !a.widgets.isEmpty()) && (b.window || !b.widgets.isEmpty());
    for (QWidget *w : b.widgets)
        if (covers(a, w))
            return true;
    for (QWidget *w : a.widgets)
        if (covers(b, w))
            return true;
    return false;
}

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shortcutsAreUniqueWithinContext();
    void shortcutSheetFromActions();
    void commentKeyInEveryPane();
    void unresolvedCommentNavigation();
    void focusPaneGivesCodeRoom();
    void firstStartProportions();
    void resetLayoutRestoresEverything();
    void floatingPaneRestoredOnScreen();
    void darkPalette();

private:
    bool openPackage(MainWindow &w);
    QTemporaryDir m_dir;
    QString m_package;
};

void TestDesk::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    // A copy of the example: the review file is written beside the package.
    const QString example = QStringLiteral(MR_EXAMPLE_DIR);
    QVERIFY(QFile::exists(example + QStringLiteral("/model-package.json")));
    m_package = m_dir.filePath(QStringLiteral("churn"));
    QVERIFY(QDir().mkpath(m_package));
    QDirIterator it(example, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = m_package + QLatin1Char('/') + QDir(example).relativeFilePath(src);
        if (it.fileInfo().isDir())
            QVERIFY(QDir().mkpath(dst));
        else
            QVERIFY(QFile::copy(src, dst));
    }
    review::storeReviewer({QStringLiteral("R. Viewer"), QStringLiteral("r@example.org")});
}

void TestDesk::init()
{
    auto settings = openSettings();
    settings->remove(QStringLiteral("window"));
}

bool TestDesk::openPackage(MainWindow &w)
{
    QSignalSpy digest(w.controller(), &PackageController::digestFinished);
    w.openPath(m_package);
    return (digest.wait(60000) || w.controller()->digestReady()) && w.package();
}

void TestDesk::shortcutsAreUniqueWithinContext()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    struct Binding
    {
        QAction *action;
        QKeySequence key;
        Scope scope;
    };
    QList<Binding> bindings;
    const QList<QAction *> actions = w.findChildren<QAction *>();
    for (QAction *a : actions)
        for (const QKeySequence &k : a->shortcuts())
            if (!k.isEmpty())
                bindings.append({a, k, scopeOf(a, &w)});
    QVERIFY2(bindings.size() >= 15, qPrintable(QString::number(bindings.size())));
    QStringList clashes;
    for (int i = 0; i < bindings.size(); ++i)
        for (int j = i + 1; j < bindings.size(); ++j) {
            const Binding &a = bindings.at(i), &b = bindings.at(j);
            if (a.action != b.action && a.key == b.key && overlap(a.scope, b.scope))
                clashes << QStringLiteral("%1: \"%2\" and \"%3\"")
                               .arg(a.key.toString(), a.action->text(), b.action->text());
        }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestDesk::shortcutSheetFromActions()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // "?" typed into a text field is text, not the sheet.
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("codeFilter"));
    QVERIFY(filter);
    w.findChild<QDockWidget *>(QStringLiteral("codeDock"))->raise();
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Question, Qt::NoModifier);
    QCOMPARE(filter->text(), QStringLiteral("?"));
    auto *sheet = w.findChild<ShortcutSheet *>();
    QVERIFY(!sheet || !sheet->isVisible());
    // F1 from anywhere opens it.
    QTest::keyClick(filter, Qt::Key_F1);
    sheet = w.findChild<ShortcutSheet *>();
    QVERIFY(sheet);
    QTRY_VERIFY(sheet->isVisible());
    auto *tree = sheet->findChild<QTreeWidget *>(QStringLiteral("shortcutTree"));
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (!tree->topLevelItem(i)->text(1).isEmpty())
            rows << tree->topLevelItem(i)->text(0) + QLatin1Char('=') + tree->topLevelItem(i)->text(1);
    // Every action with a key is listed with its keys, and nothing else.
    int withKeys = 0;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        ++withKeys;
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        bool found = false;
        for (const QString &r : rows)
            found = found || (r.startsWith(text + QLatin1Char('=')) && r.contains(keys));
        QVERIFY2(found, qPrintable(text + QLatin1Char(' ') + keys));
    }
    QCOMPARE(rows.size(), withKeys);
    QVERIFY(rows.contains(QStringLiteral("Comment on the Current Item…=Ctrl+M")));
    QVERIFY(rows.contains(QStringLiteral("Keyboard Shortcuts=F1, ?")));
    sheet->grab().save(QStringLiteral(MR_BINARY_DIR "/desk-shortcut-sheet.png"));
}

void TestDesk::commentKeyInEveryPane()
{
    MainWindow w;
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *code = w.findChild<CodePane *>();
    QSignalSpy shown(code, &CodePane::patchShown);
    QVERIFY(openPackage(w));
    QVERIFY(shown.size() > 0 || shown.wait(20000));
    struct Case
    {
        const char *dock;
        const char *view;
        Anchor::Kind kind;
    };
    const Case cases[] = {{"codeDock", "codeDiffView", Anchor::Kind::CodeLines},
                          {"datasetDock", "datasetTable", Anchor::Kind::DatasetEntry},
                          {"environmentDock", "environmentTable", Anchor::Kind::EnvironmentPackage},
                          {"resultsDock", "resultsTree", Anchor::Kind::Metric}};
    for (const Case &c : cases) {
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(c.dock));
        auto *pane = dock->findChild<Pane *>(); // inside the re-review "Since" frame
        QWidget *view = dock->findChild<QWidget *>(QString::fromLatin1(c.view));
        QVERIFY2(view, c.view);
        if (auto *diff = qobject_cast<DiffView *>(view)) {
            QVERIFY(diff->nextChange());
        } else {
            auto *items = qobject_cast<QAbstractItemView *>(view);
            QTRY_VERIFY_WITH_TIMEOUT(items->model()->rowCount() > 0, 20000);
            QModelIndex first = items->model()->index(0, 0);
            while (items->model()->rowCount(first) > 0) // a group row: its first item
                first = items->model()->index(0, 0, first);
            items->setCurrentIndex(first);
        }
        view->setFocus();
        QSignalSpy requested(pane, &Pane::commentRequested);
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
        QVERIFY2(requested.size() == 1, c.dock);
        QCOMPARE(requested.first().at(0).value<Anchor>().kind, c.kind);
        for (QDialog *d : w.findChildren<QDialog *>())
            if (d->isVisible())
                d->reject();
    }
}

void TestDesk::unresolvedCommentNavigation()
{
    MainWindow w;
    w.show();
    QVERIFY(openPackage(w));
    review::ReviewSession *session = w.review()->session();
    QString error;
    const QString a = session->addComment(Anchor::metric(QStringLiteral("m.a")), QStringLiteral("first"),
                                          review::Comment::Kind::Issue, {}, &error);
    QVERIFY2(!a.isEmpty(), qPrintable(error));
    const QString b = session->addComment(Anchor::metric(QStringLiteral("m.b")), QStringLiteral("resolved"),
                                          review::Comment::Kind::Note, {}, &error);
    const QString c =
        session->addComment(Anchor::datasetEntry(QStringLiteral("data/x.csv")), QStringLiteral("third"),
                            review::Comment::Kind::Blocker, {}, &error);
    QVERIFY(session->setCommentState(b, review::Comment::State::Resolved, &error));
    review::ReviewDock *dock = w.review()->reviewDock();
    DeskActions *keys = w.deskActions();
    QSignalSpy reveal(keys, &DeskActions::revealRequested);
    QVERIFY(keys->nextCommentAction()->isEnabled());
    QStringList visited;
    for (int i = 0; i < 3; ++i) {
        keys->nextCommentAction()->trigger();
        visited << dock->currentCommentId();
    }
    // Both open comments in the dock's order, the resolved one skipped, then around again.
    QCOMPARE(visited.size(), 3);
    QVERIFY(!visited.contains(b));
    QCOMPARE(QSet<QString>(visited.begin(), visited.begin() + 2), (QSet<QString>{a, c}));
    QCOMPARE(visited.at(2), visited.at(0));
    QCOMPARE(reveal.size(), 3);
    keys->previousCommentAction()->trigger();
    QCOMPARE(dock->currentCommentId(), visited.at(1));
    const Anchor revealed = reveal.last().at(0).value<Anchor>();
    QCOMPARE(revealed.key(), (visited.at(1) == a ? Anchor::metric(QStringLiteral("m.a"))
                                                 : Anchor::datasetEntry(QStringLiteral("data/x.csv")))
                                 .key());
    // Leave the copy as it was for the other tests.
    for (const QString &id : {a, b, c})
        QVERIFY(session->deleteComment(id, &error));
}

void TestDesk::focusPaneGivesCodeRoom()
{
    MainWindow w;
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *code = w.findChild<CodePane *>();
    QSignalSpy shown(code, &CodePane::patchShown);
    QVERIFY(openPackage(w));
    QVERIFY(shown.size() > 0 || shown.wait(20000));
    QTest::qWait(100);
    auto *codeDock = w.findChild<QDockWidget *>(QStringLiteral("codeDock"));
    auto *central = w.centralWidget();
    const QSize before = codeDock->size();
    QVERIFY(central->isVisible());
    DiffView *view = code->diffView();
    qInfo("Code pane before focus: %d x %d, %d columns per side", before.width(), before.height(),
          view->visibleColumns());

    view->setFocus();
    w.deskLayout()->focusAction()->trigger();
    QTest::qWait(100);
    QCOMPARE(w.deskLayout()->focusedDock(), codeDock);
    QVERIFY(w.deskLayout()->focusAction()->isChecked());
    QVERIFY(!central->isVisible());
    for (const char *name : kPaneDocks)
        if (qstrcmp(name, "codeDock") != 0)
            QVERIFY2(!w.findChild<QDockWidget *>(QString::fromLatin1(name))->isVisible(), name);
    QVERIFY(!w.review()->dock()->isVisible());
    QVERIFY2(codeDock->width() >= w.width() - 20, qPrintable(QString::number(codeDock->width())));
    QVERIFY2(codeDock->height() >= w.height() * 85 / 100, qPrintable(QString::number(codeDock->height())));
    qInfo("Code pane focused: %d x %d, %d columns per side", codeDock->width(), codeDock->height(),
          view->visibleColumns());
    QVERIFY2(view->visibleColumns() >= 100, qPrintable(QString::number(view->visibleColumns())));
    w.grab().save(QStringLiteral(MR_BINARY_DIR "/desk-focus-code.png"));

    // The same key restores the layout as it was.
    w.deskLayout()->focusAction()->trigger();
    QTest::qWait(100);
    QVERIFY(!w.deskLayout()->focusedDock());
    QVERIFY(central->isVisible());
    for (const char *name : kPaneDocks)
        QVERIFY2(w.findChild<QDockWidget *>(QString::fromLatin1(name))->isVisible(), name);
    QVERIFY(w.review()->dock()->isVisible());
    const QString sizes = QStringLiteral("%1x%2 before, %3x%4 after")
                              .arg(before.width())
                              .arg(before.height())
                              .arg(codeDock->width())
                              .arg(codeDock->height());
    QVERIFY2(qAbs(codeDock->width() - before.width()) <= 4, qPrintable(sizes));
    QVERIFY2(qAbs(codeDock->height() - before.height()) <= 4, qPrintable(sizes));

    // A double-click on the title bar does the same (instead of floating the dock).
    const QPoint title(codeDock->width() / 2, codeDock->widget()->geometry().top() / 2);
    QTest::mouseDClick(codeDock, Qt::LeftButton, Qt::NoModifier, title);
    QTest::qWait(50);
    QCOMPARE(w.deskLayout()->focusedDock(), codeDock);
    QVERIFY(!codeDock->isFloating());
    QTest::mouseDClick(codeDock, Qt::LeftButton, Qt::NoModifier, title);
    QTest::qWait(50);
    QVERIFY(!w.deskLayout()->focusedDock());
    QVERIFY(!codeDock->isFloating());
    // Closing in focus mode saves the layout from before it.
    w.deskLayout()->setFocusedDock(codeDock);
    w.close();
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    for (const char *name : kPaneDocks)
        QVERIFY2(again.findChild<QDockWidget *>(QString::fromLatin1(name))->isVisible(), name);
}

void TestDesk::firstStartProportions()
{
    MainWindow w;
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openPackage(w));
    QTest::qWait(200);
    for (const char *name : kPaneDocks) {
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(name));
        QVERIFY2(dock->height() >= w.height() * 60 / 100, qPrintable(QStringLiteral("%1: %2 of %3")
                                                                         .arg(QString::fromLatin1(name))
                                                                         .arg(dock->height())
                                                                         .arg(w.height())));
    }
    // The overview's content does not hold the splitter: it can give up nearly all its room.
    QVERIFY2(w.centralWidget()->minimumSizeHint().height() < 120,
             qPrintable(QString::number(w.centralWidget()->minimumSizeHint().height())));
    // Collapsing the overview gives its room to the panes.
    w.deskLayout()->overviewAction()->trigger();
    QTest::qWait(50);
    QVERIFY(!w.centralWidget()->isVisible());
    QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("codeDock"))->height() >= w.height() * 85 / 100);
    w.deskLayout()->overviewAction()->trigger();
    QVERIFY(w.centralWidget()->isVisible());
    w.grab().save(QStringLiteral(MR_BINARY_DIR "/desk-first-start.png"));
}

void TestDesk::resetLayoutRestoresEverything()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *results = w.findChild<QDockWidget *>(QStringLiteral("resultsDock"));
    auto *dataset = w.findChild<QDockWidget *>(QStringLiteral("datasetDock"));
    auto *code = w.findChild<QDockWidget *>(QStringLiteral("codeDock"));
    results->hide();
    dataset->setFloating(true);
    w.review()->dock()->hide();
    w.removeDockWidget(code);
    w.addDockWidget(Qt::LeftDockWidgetArea, code);
    code->show();
    w.deskLayout()->overviewAction()->trigger();
    QVERIFY(!w.centralWidget()->isVisible());
    w.deskLayout()->resetAction()->trigger();
    QTest::qWait(100);
    QVERIFY(w.centralWidget()->isVisible());
    QVERIFY(w.deskLayout()->overviewAction()->isChecked());
    int previousX = -1;
    for (const char *name : kPaneDocks) {
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(name));
        QVERIFY2(dock->isVisible() && !dock->isFloating(), name);
        QCOMPARE(w.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        QVERIFY2(dock->x() > previousX, name); // left to right in the default order
        previousX = dock->x();
        QVERIFY2(dock->height() >= w.height() * 60 / 100, name);
    }
    QVERIFY(w.review()->dock()->isVisible());
    QCOMPARE(w.dockWidgetArea(w.review()->dock()), Qt::RightDockWidgetArea);
}

void TestDesk::floatingPaneRestoredOnScreen()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dataset = w.findChild<QDockWidget *>(QStringLiteral("datasetDock"));
        dataset->setFloating(true);
        dataset->setGeometry(40000, 30000, 500, 400); // a monitor that is no longer there
        QTest::qWait(50);
        w.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *dataset = again.findChild<QDockWidget *>(QStringLiteral("datasetDock"));
    QVERIFY(dataset->isFloating());
    QVERIFY(dataset->isVisible());
    bool onScreen = false;
    for (const QScreen *s : QGuiApplication::screens())
        onScreen = onScreen || s->availableGeometry().intersects(dataset->frameGeometry());
    QVERIFY2(onScreen, qPrintable(QStringLiteral("%1,%2").arg(dataset->x()).arg(dataset->y())));
}

namespace {

// Mean lightness (0-255) of an image and the share of its pixels that are bright.
struct Light
{
    double mean = 0, brightShare = 0;
};

Light lightOf(const QImage &image)
{
    Light l;
    qint64 sum = 0, bright = 0, n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const int v = QColor(image.pixel(x, y)).lightness();
            sum += v;
            bright += v > 200 ? 1 : 0;
            ++n;
        }
    if (n) {
        l.mean = double(sum) / double(n);
        l.brightShare = double(bright) / double(n);
    }
    return l;
}

QPalette makeDarkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x6f, 0x74));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x6f, 0x74));
    return p;
}

} // namespace

// Every pane follows a dark palette: the Results chart, the comment tree and the diff view
// included (the chart used to stay white).
void TestDesk::darkPalette()
{
    const QPalette light = QApplication::palette();
    QApplication::setPalette(makeDarkPalette());
    {
        MainWindow w;
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *code = w.findChild<CodePane *>();
        QSignalSpy shown(code, &CodePane::patchShown);
        QVERIFY(openPackage(w));
        QVERIFY(shown.size() > 0 || shown.wait(20000));
        QString error;
        const QString id = w.review()->session()->addComment(Anchor::package(), QStringLiteral("dark"),
                                                             review::Comment::Kind::Blocker, {}, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTest::qWait(1500); // the panes' background work (dataset, environments, results) lands
        QStringList report;
        auto check = [&](QWidget *widget, const char *name) {
            QVERIFY2(widget, name);
            const QImage image = widget->grab().toImage();
            const Light l = lightOf(image);
            report << QStringLiteral("%1: mean %2, bright %3%")
                          .arg(QString::fromLatin1(name))
                          .arg(l.mean, 0, 'f', 0)
                          .arg(l.brightShare * 100, 0, 'f', 1);
            image.save(QStringLiteral(MR_BINARY_DIR "/desk-dark-%1.png").arg(QString::fromLatin1(name)));
            QVERIFY2(l.mean < 90 && l.brightShare < 0.12, qPrintable(report.last()));
        };
        for (const char *name : kPaneDocks)
            check(w.findChild<QDockWidget *>(QString::fromLatin1(name))->widget(), name);
        check(w.review()->dock()->widget(), "reviewDock");
        check(w.findChild<QWidget *>(QStringLiteral("resultsChart")), "resultsChart");
        check(w.findChild<QWidget *>(QStringLiteral("commentTree")), "commentTree");
        check(code->diffView(), "codeDiffView");
        qInfo("%s", qPrintable(report.join(QStringLiteral("; "))));
        w.grab().save(QStringLiteral(MR_BINARY_DIR "/desk-dark.png"));
        QVERIFY(w.review()->session()->deleteComment(id, &error));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
