// SPDX-License-Identifier: Apache-2.0
// The diff view places change highlights from the same text layout that draws the glyphs: a
// grab of the view must show each highlight band over exactly the changed characters, whatever
// precedes them on the line (tabs, wide characters from a fallback font, combining marks,
// surrogate pairs) and however far right they are.
#include "widgets/code/diffview.h"
#include "widgets/common/fixedfont.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace mr;

namespace {

code::FilePatch onePairPatch(const QString &oldText, const QString &newText, code::TextRange changed)
{
    code::FilePatch patch;
    patch.file.path = QStringLiteral("src/evaluate.py");
    patch.oldText.exists = patch.newText.exists = true;
    patch.oldText.lines = {oldText};
    patch.newText.lines = {newText};
    code::Hunk hunk;
    hunk.oldStart = hunk.newStart = 1;
    hunk.oldLines = hunk.newLines = 1;
    code::Line removed;
    removed.type = code::Line::Type::Removed;
    removed.oldLine = 1;
    removed.text = oldText;
    code::Line added;
    added.type = code::Line::Type::Added;
    added.newLine = 1;
    added.text = newText;
    added.changed = {changed};
    hunk.lines = {removed, added};
    patch.hunks = {hunk};
    return patch;
}

int distance(QRgb a, QRgb b)
{
    return qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b));
}

} // namespace

class TestDiffViewText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void fontIsFixedPitch()
    {
        DiffView view;
        QVERIFY(QFontInfo(view.font()).fixedPitch());
        bool anyFixed = false;
        for (const QString &family : QFontDatabase::families())
            anyFixed = anyFixed || QFontDatabase::isFixedPitch(family);
        if (!anyFixed)
            QSKIP("no fixed-pitch font installed");
        // A proportional request (what font matching gives under some locales) is replaced.
        QFont proportional(QStringLiteral("DejaVu Sans"), 11);
        proportional.setFixedPitch(false);
        if (QFontInfo(proportional).fixedPitch())
            QSKIP("no proportional font installed to request");
        QVERIFY(QFontInfo(fixedPitchFont(proportional)).fixedPitch());
        QCOMPARE(fixedPitchFont(proportional).pointSize(), 11);
        view.setFont(proportional);
        QVERIFY(QFontInfo(view.font()).fixedPitch());
    }

    // One hunk with three change blocks separated by context: Next Change stops at each block
    // (where hunk navigation would stop once), Previous Change walks back.
    void changeBlocks()
    {
        code::FilePatch patch;
        patch.file.path = QStringLiteral("train.py");
        patch.oldText.exists = patch.newText.exists = true;
        code::Hunk hunk;
        hunk.oldStart = hunk.newStart = 1;
        auto add = [&](code::Line::Type type, const QString &text) {
            code::Line l;
            l.type = type;
            l.text = text;
            if (type != code::Line::Type::Added) {
                patch.oldText.lines << text;
                l.oldLine = int(patch.oldText.lines.size());
            }
            if (type != code::Line::Type::Removed) {
                patch.newText.lines << text;
                l.newLine = int(patch.newText.lines.size());
            }
            hunk.lines << l;
        };
        using T = code::Line::Type;
        add(T::Context, QStringLiteral("a"));
        add(T::Removed, QStringLiteral("b"));
        add(T::Added, QStringLiteral("B"));
        add(T::Context, QStringLiteral("c"));
        add(T::Added, QStringLiteral("d1"));
        add(T::Added, QStringLiteral("d2"));
        add(T::Context, QStringLiteral("e"));
        add(T::Removed, QStringLiteral("f"));
        hunk.oldLines = int(patch.oldText.lines.size());
        hunk.newLines = int(patch.newText.lines.size());
        patch.hunks = {hunk};
        for (bool unified : {false, true}) {
            DiffView view;
            view.resize(800, 400);
            view.setMode(unified ? DiffView::Mode::Unified : DiffView::Mode::SideBySide);
            view.setPatch(patch);
            QCOMPARE(view.hunkCount(), 1);
            QCOMPARE(view.changeBlockCount(), 3);
            QVERIFY(view.nextChange());
            QCOMPARE(view.selection().first, 2); // old line 2 "b" (or new line 2 "B")
            QVERIFY(view.nextChange());
            QCOMPARE(view.selection().side, Anchor::Side::New); // an addition: the new side
            QCOMPARE(view.selection().first, 4);
            QVERIFY(view.nextChange());
            QCOMPARE(view.selection().side, Anchor::Side::Old); // a removal: the old side
            QCOMPARE(view.selection().first, 5);
            QVERIFY(!view.nextChange());
            QVERIFY(view.previousChange());
            QCOMPARE(view.selection().first, 4);
            QVERIFY(view.previousChange());
            QCOMPARE(view.selection().first, 2);
            QVERIFY(!view.previousChange());
        }
    }

    void highlightCoversChange_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("unified");
        const QString prefix40 = QStringLiteral("    return evaluate(frame, model, cfg, y");
        QTest::newRow("column 40") << prefix40 << false;
        QTest::newRow("column 40 unified") << prefix40 << true;
        QTest::newRow("after tabs") << QStringLiteral("\t\tif x:\tpass") << false;
        QTest::newRow("wide") << QStringLiteral("name = \u540d\u524d\u6f22\u5b57\uff21") << false;
        QTest::newRow("combining") << QStringLiteral("cafe\u0301 nai\u0308ve re\u0301sume\u0301") << false;
        QTest::newRow("surrogate pair") << QStringLiteral("x = \U0001D400\U0001D401 + \U0001F600") << false;
        QTest::newRow("everything unified")
            << QStringLiteral("\t\u6f22e\u0301\t\U0001D400 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10") << true;
    }

    // The new line is `prefix + " MW z"`, with "MW" marked as changed. In the grab, the band of
    // the changed-word colour must hold the ink of "M" and "W", be as wide as "MW" is in the
    // font, and keep clear of the prefix's ink on the left and of "z" on the right.
    void highlightCoversChange()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, unified);
        const QString changed = QStringLiteral("MW");
        const QString text = prefix + QLatin1Char(' ') + changed + QStringLiteral(" z");
        DiffView view;
        view.resize(1600, 160);
        view.setMode(unified ? DiffView::Mode::Unified : DiffView::Mode::SideBySide);
        view.setPatch(onePairPatch(QStringLiteral("z"), text, {int(prefix.size()) + 1, int(changed.size())}));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb addedBg = qRgb(0xe6, 0xff, 0xec), addedWord = qRgb(0xab, 0xf2, 0xbc);

        // The added row: its first pixel line on the right edge has the added background.
        const int probeX = image.width() - 3;
        int top = -1;
        for (int y = 0; y < image.height() && top < 0; ++y)
            if (image.pixel(probeX, y) == addedBg)
                top = y;
        QVERIFY2(top >= 0, "no added row found");
        int bottom = top;
        while (bottom + 1 < image.height() && image.pixel(probeX, bottom + 1) == addedBg)
            ++bottom;

        // The band: where the top pixel line has the changed-word colour (no glyph reaches it).
        const int from = unified ? 0 : image.width() / 2 + 1;
        int b0 = -1, b1 = -1;
        for (int x = from; x < image.width(); ++x) {
            if (image.pixel(x, top) == addedWord) {
                if (b0 < 0)
                    b0 = x;
                b1 = x + 1;
            }
        }
        QVERIFY2(b0 >= 0, "no highlight drawn");
        for (int x = b0; x < b1; ++x)
            QVERIFY2(image.pixel(x, top) == addedWord, "the highlight is not one band");

        auto inkAt = [&](int x) {
            for (int y = top; y <= bottom; ++y) {
                const QRgb c = image.pixel(x, y);
                if (distance(c, addedBg) > 90 && distance(c, addedWord) > 90)
                    return true;
            }
            return false;
        };
        bool inkInside = false;
        for (int x = b0; x < b1; ++x)
            inkInside = inkInside || inkAt(x);
        QVERIFY2(inkInside, "the changed characters are not drawn inside the highlight");
        const int margin = 2;
        for (int x = b0 - margin; x < b0; ++x)
            QVERIFY2(!inkAt(x),
                     qPrintable(QStringLiteral("ink at %1, left of the band at %2").arg(x).arg(b0)));
        for (int x = b1; x < b1 + margin; ++x)
            QVERIFY2(!inkAt(x),
                     qPrintable(QStringLiteral("ink at %1, right of the band ending %2").arg(x).arg(b1)));
        bool prefixInk = false, zInk = false;
        for (int x = from; x < b0 - margin; ++x)
            prefixInk = prefixInk || inkAt(x);
        for (int x = b1 + margin; x < image.width() - 1; ++x)
            zInk = zInk || inkAt(x);
        QVERIFY(prefixInk);
        const qreal width = QFontMetricsF(view.font()).horizontalAdvance(changed);
        QVERIFY2(qAbs((b1 - b0) - width) <= 1.5,
                 qPrintable(QStringLiteral("band %1 px, \"MW\" is %2 px").arg(b1 - b0).arg(width)));
        QVERIFY2(zInk, "the character after the change is not drawn");
        image.save(QStringLiteral(MR_BINARY_DIR "/diffviewtext-%1.png")
                       .arg(QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('-'))));
    }
};

QTEST_MAIN(TestDiffViewText)
#include "tst_diffviewtext.moc"
