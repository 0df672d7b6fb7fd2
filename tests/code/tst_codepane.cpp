// SPDX-License-Identifier: Apache-2.0
#include "gitfixture.h"
#include "models/code/highlight.h"
#include "widgets/code/codepane.h"
#include "widgets/code/diffview.h"
#include "widgets/code/filelistmodel.h"

#include "models/core/settings.h"
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace mr;

namespace {

QByteArray lines(int count, int changedEvery = 0, const QByteArray &changedText = "changed")
{
    QByteArray out;
    for (int i = 1; i <= count; ++i) {
        if (changedEvery > 0 && i % changedEvery == 0)
            out +=
                "value_" + QByteArray::number(i) + " = " + changedText + "(" + QByteArray::number(i) + ")\n";
        else
            out += "value_" + QByteArray::number(i) + " = compute(" + QByteArray::number(i) + ")\n";
    }
    return out;
}

} // namespace

class TestCodePane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Package> m_package;

    std::shared_ptr<Package> makePackage(const QString &repo, const QString &base, const QString &head)
    {
        auto p = std::make_shared<Package>();
        p->rootPath = m_dir.path();
        p->name = QStringLiteral("fixture");
        p->code.provided = true;
        p->code.repository = QStringLiteral("repo.git");
        p->code.repositoryPath = repo;
        p->code.base = base;
        p->code.head = head;
        return p;
    }

    // Opens the package and waits for the list with counts and the first file's diff.
    bool open(CodePane &pane, const PackagePtr &package)
    {
        QSignalSpy ready(&pane, &CodePane::fileListReady);
        QSignalSpy shown(&pane, &CodePane::patchShown);
        pane.setPackage(package);
        return ready.wait(20000) && (shown.size() > 0 || shown.wait(20000));
    }

    void screenshot(QWidget &w, const QString &name)
    {
        w.grab().save(QStringLiteral(MR_BINARY_DIR "/code-pane-%1.png").arg(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A fresh settings store for every run (mr::openSettings honours this variable).
        qputenv("MODELREVIEW_SETTINGS_DIR", m_dir.filePath(QStringLiteral("settings")).toLocal8Bit());
        const QString repo = m_dir.filePath(QStringLiteral("repo.git"));
        GitFixture fx(repo);
        fx.write(QStringLiteral("a.py"), lines(40));
        fx.write(QStringLiteral("b.txt"), "one\ntwo\n");
        const QString base = fx.commit(QStringLiteral("base"));
        QByteArray a = lines(40);
        a.replace("value_5 = compute(5)", "value_5 = compute(5) + 1");
        a.replace("value_30 = compute(30)\nvalue_31 = compute(31)",
                  "value_30 = compute(300)\nvalue_31 = compute(310)");
        fx.write(QStringLiteral("a.py"), a);
        fx.write(QStringLiteral("b.txt"), "one\nTWO\n");
        fx.write(QStringLiteral("c.txt"), "new\n");
        const QString head = fx.commit(QStringLiteral("head"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        m_package = makePackage(repo, base, head);
    }

    void fileListModel()
    {
        CodePane pane;
        // Watching from the start: the reset with the file list, then dataChanged with counts.
        QAbstractItemModelTester tester(pane.fileModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(open(pane, m_package));
        pane.setViewedKeys({pane.fileModel()->files().first().viewedKey()});
        QCOMPARE(pane.fileModel()->viewedCount(), 1);
        QCOMPARE(pane.fileModel()->rowCount(), 3);
        const QModelIndex added = pane.fileModel()->index(0, CodeFileListModel::AddedColumn);
        QCOMPARE(added.data().toString(), QStringLiteral("3"));
        QCOMPARE(pane.fileModel()->index(2, CodeFileListModel::StatusColumn).data().toString(),
                 QStringLiteral("A"));
        auto *totals = pane.findChild<QLabel *>(QStringLiteral("codeTotals"));
        QVERIFY(totals->text().contains(QStringLiteral("3 files, +5 −4")));
        // The filter box narrows the list through the proxy.
        auto *filter = pane.findChild<QLineEdit *>(QStringLiteral("codeFilter"));
        filter->setText(QStringLiteral(".txt"));
        auto *table = pane.findChild<QAbstractItemView *>(QStringLiteral("codeFileList"));
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(pane.findings().isEmpty());
    }

    void navigateHunksAndComment()
    {
        CodePane pane;
        pane.resize(1100, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(open(pane, m_package));
        QCOMPARE(pane.currentPath(), QStringLiteral("a.py"));
        auto *view = pane.findChild<DiffView *>(QStringLiteral("codeDiffView"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->hunkCount(), 2);
        if (code::highlightingAvailable()) {
            QSignalSpy highlighted(&pane, &CodePane::highlightingApplied);
            QVERIFY(view->hasStyles() || highlighted.wait(10000));
            QVERIFY(view->hasStyles());
        }
        view->setFocus();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->currentHunk(), 0);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->currentHunk(), 1);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(view->currentHunk(), 0);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->currentHunk(), 1);
        // The cursor is on the first changed line of hunk 2 (new line 30); extend by one line.
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        const DiffView::Selection sel = view->selection();
        QCOMPARE(sel.side, Anchor::Side::New);
        QCOMPARE(sel.first, 30);
        QCOMPARE(sel.last, 31);
        screenshot(pane, QStringLiteral("side-by-side"));

        QSignalSpy comment(&pane, &Pane::commentRequested);
        QVERIFY(pane.commentOnCurrentItem()); // the window's comment key calls this
        QCOMPARE(comment.size(), 1);
        const auto anchor = comment.first().at(0).value<Anchor>();
        const QString quoted = comment.first().at(1).toString();
        QCOMPARE(anchor.kind, Anchor::Kind::CodeLines);
        QCOMPARE(anchor.path, QStringLiteral("a.py"));
        QCOMPARE(anchor.firstLine, 30);
        QCOMPARE(anchor.lastLine, 31);
        const QStringList expected{QStringLiteral("value_30 = compute(300)"),
                                   QStringLiteral("value_31 = compute(310)")};
        QCOMPARE(quoted, expected.join(QLatin1Char('\n')));
        QCOMPARE(anchor.fingerprint, Anchor::fingerprintOf(expected));
        QCOMPARE(pane.anchoredText(anchor), quoted);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier); // copy the selected lines
        QCOMPARE(QGuiApplication::clipboard()->text(), quoted);

        // Markers: the same anchor is current; one with a stale fingerprint is outdated.
        Anchor stale = anchor;
        stale.firstLine = stale.lastLine = 5;
        stale.fingerprint = Anchor::fingerprintOf({QStringLiteral("value_5 = compute(5)")});
        pane.setCommentMarkers({CommentMarker{anchor, 1, false, true}, CommentMarker{stale, 1, true, true}});
        QCOMPARE(view->markers().size(), 2);
        QVERIFY(!view->markers().at(0).outdated);
        QVERIFY(view->markers().at(1).outdated);

        // Old side: Left switches sides; line 30 of the old file is selected.
        QTest::keyClick(view, Qt::Key_Left); // the cursor row (line 31) on the old side
        QCOMPARE(view->selection().side, Anchor::Side::Old);
        QCOMPARE(view->selection().first, 31);

        // Unified mode keeps the selection's lines and is remembered.
        pane.findChild<QToolButton *>(QStringLiteral("codeUnifiedToggle"))->click();
        QCOMPARE(view->mode(), DiffView::Mode::Unified);
        QCOMPARE(view->selection().first, 31);
        screenshot(pane, QStringLiteral("unified"));
        QCOMPARE(openSettings()->value(QStringLiteral("code/unifiedDiff")).toBool(), true);
        CodePane second;
        QCOMPARE(second.diffView()->mode(), DiffView::Mode::Unified);
        pane.setUnified(false);
        QCOMPARE(CodePane().diffView()->mode(), DiffView::Mode::SideBySide);
    }

    void revealAnchor()
    {
        CodePane pane;
        pane.resize(900, 500);
        QVERIFY(open(pane, m_package));
        QSignalSpy shown(&pane, &CodePane::patchShown);
        const Anchor a = Anchor::codeLines(QStringLiteral("b.txt"), Anchor::Side::New, 2, 2, QString());
        QVERIFY(pane.reveal(a));
        QVERIFY(shown.wait(10000));
        QCOMPARE(pane.currentPath(), QStringLiteral("b.txt"));
        QCOMPARE(pane.diffView()->selection().first, 2);
        QCOMPARE(pane.anchoredText(a), QStringLiteral("TWO"));
        QVERIFY(!pane.reveal(Anchor::metric(QStringLiteral("accuracy"))));
    }

    void viewedMarks()
    {
        CodePane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(open(pane, m_package));
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QSignalSpy toggled(&pane, &Pane::viewedToggled);
        QSignalSpy checklist(&pane, &Pane::checklistSuggested);
        auto *view = pane.diffView();
        view->setFocus();
        QSignalSpy shown(&pane, &CodePane::patchShown);
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
            if (i < 2) {
                QTest::keyClick(view, Qt::Key_PageDown, Qt::AltModifier);
                QVERIFY(shown.wait(10000));
            }
        }
        QCOMPARE(toggled.size(), 3);
        QSet<QString> keys;
        for (const QList<QVariant> &args : toggled) {
            QVERIFY(args.at(1).toBool());
            keys.insert(args.at(0).toString());
        }
        QCOMPARE(keys.size(), 3);
        QCOMPARE(checklist.size(), 1);
        QCOMPARE(checklist.first().at(0).toString(), QStringLiteral("code_read"));
        QCOMPARE(checklist.first().at(1).toBool(), true);

        // Reopening restores the marks from the review's keys.
        CodePane again;
        QVERIFY(open(again, m_package));
        again.setViewedKeys(keys);
        QCOMPARE(again.fileModel()->viewedCount(), 3);
        QCOMPARE(
            again.fileModel()->index(0, CodeFileListModel::ViewedColumn).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));
        // Unchecking through the model (the check box) reports the key.
        QSignalSpy untoggled(&again, &Pane::viewedToggled);
        QVERIFY(again.fileModel()->setData(again.fileModel()->index(1, CodeFileListModel::ViewedColumn),
                                           Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(untoggled.size(), 1);
        QCOMPARE(untoggled.first().at(1).toBool(), false);
    }

    // Banner for repository findings; per-file notes and placeholders for binary, non-UTF-8 and
    // mode-only changes.
    void notesAndPlaceholders()
    {
        const QString repo = m_dir.filePath(QStringLiteral("notes"));
        GitFixture fx(repo, false);
        fx.write(QStringLiteral("data.bin"), QByteArray("\x00\x01bin", 5));
        fx.write(QStringLiteral("latin1.txt"), "caf\xe9\n");
        fx.write(QStringLiteral("run.sh"), "echo\n");
        const QString base = fx.commit(QStringLiteral("base"));
        fx.write(QStringLiteral("data.bin"), QByteArray("\x00\x02bin!", 6));
        fx.write(QStringLiteral("latin1.txt"), "caf\xe9 cr\xe8me\n");
        fx.write(QStringLiteral("run.sh"), "echo\n", GIT_FILEMODE_BLOB_EXECUTABLE);
        const QString head = fx.commit(QStringLiteral("head"));
        fx.checkout();
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        QFile local(repo + QStringLiteral("/notes.txt")); // untracked: only on this laptop
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write("local\n");
        local.close();

        CodePane pane;
        pane.resize(1000, 500);
        pane.show();
        QVERIFY(open(pane, makePackage(repo, base, head)));
        auto *banner = pane.findChild<QLabel *>(QStringLiteral("codeBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("uncommitted")));
        QCOMPARE(pane.findings().size(), 1);
        QCOMPARE(pane.findings().first().ruleId, QStringLiteral("code.not-committed"));

        auto *placeholder = pane.findChild<QLabel *>(QStringLiteral("codePlaceholder"));
        auto *note = pane.findChild<QLabel *>(QStringLiteral("codeFileNote"));
        QCOMPARE(pane.currentPath(), QStringLiteral("data.bin"));
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().startsWith(QStringLiteral("Binary file")));
        QVERIFY(placeholder->text().contains(QStringLiteral("5 bytes")));
        QVERIFY(placeholder->text().contains(QStringLiteral("6 bytes")));
        screenshot(pane, QStringLiteral("binary"));

        QSignalSpy shown(&pane, &CodePane::patchShown);
        QVERIFY(pane.selectFile(QStringLiteral("latin1.txt")));
        QVERIFY(shown.wait(10000));
        QVERIFY(pane.diffView()->isVisible());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("Latin-1")));
        QCOMPARE(pane.diffView()->patch().newText.lines.first(), QStringLiteral("caf\u00e9 cr\u00e8me"));
        screenshot(pane, QStringLiteral("latin1"));

        QVERIFY(pane.selectFile(QStringLiteral("run.sh")));
        QVERIFY(shown.wait(10000));
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("only the file mode changed")));
        QVERIFY(note->text().contains(QStringLiteral("100644 → 100755")));
    }

    void failurePlaceholder()
    {
        CodePane pane;
        QSignalSpy ready(&pane, &CodePane::fileListReady);
        pane.setPackage(
            makePackage(m_dir.filePath(QStringLiteral("missing")), QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(ready.wait(10000));
        auto *placeholder = pane.findChild<QLabel *>(QStringLiteral("codePlaceholder"));
        QVERIFY(placeholder->isVisibleTo(&pane));
        QVERIFY(placeholder->text().startsWith(QStringLiteral("Failed: ")));
        QCOMPARE(pane.findings().size(), 1);
        QCOMPARE(pane.findings().first().ruleId, QStringLiteral("code.repository-missing"));
        pane.setPackage(nullptr);
        QCOMPARE(placeholder->text(), QStringLiteral("No package"));
        QVERIFY(pane.findings().isEmpty());
    }

    // A 50,000-line file with 5,000 changed lines: opens and pages through without laying out
    // more than the viewport (the figure is printed, not asserted: timing belongs to the bench).
    void largeFileScrolls()
    {
        const QString repo = m_dir.filePath(QStringLiteral("large.git"));
        GitFixture fx(repo);
        fx.write(QStringLiteral("big.py"), lines(50000));
        const QString base = fx.commit(QStringLiteral("base"));
        fx.write(QStringLiteral("big.py"), lines(50000, 10));
        const QString head = fx.commit(QStringLiteral("head"));
        QVERIFY(fx.ok());
        CodePane pane;
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(open(pane, makePackage(repo, base, head)));
        DiffView *view = pane.diffView();
        QCOMPARE(view->hunkCount(), 5000); // a change every 10 lines; 3 context lines do not merge them
        const int collapsed = view->rowCount();
        QVERIFY(collapsed < 50000);
        view->expandAll(); // every hidden line between hunks revealed: 50,000 lines + 5,000 headers
        QCOMPARE(view->rowCount(), 55000);
        QElapsedTimer timer;
        timer.start();
        QScrollBar *bar = view->verticalScrollBar();
        for (int i = 0; i < 200; ++i) {
            bar->setValue(bar->maximum() * i / 200);
            view->viewport()->repaint();
        }
        qInfo("200 repaints across a 50,000-line diff: %lld ms", timer.elapsed());
        screenshot(pane, QStringLiteral("large"));
        QVERIFY(bar->value() > 0);
    }
};

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"
