// SPDX-License-Identifier: Apache-2.0
// Diff rows (models/code/diffrows.h) built from hand-made patches: no widget, no git.
#include "models/code/diffrows.h"

#include <QTest>

using namespace mr::code;

namespace {

Line line(Line::Type type, int oldLine, int newLine, const QString &text)
{
    Line l;
    l.type = type;
    l.oldLine = oldLine;
    l.newLine = newLine;
    l.text = text;
    return l;
}

QStringList numbered(int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << QStringLiteral("line %1").arg(i);
    return out;
}

// A 40-line file with one hunk at old 10..14 / new 10..14: line 11 and 12 replaced by one line,
// line 13 kept, a line added after it.
FilePatch middleHunk()
{
    FilePatch p;
    p.oldText.lines = numbered(40);
    p.oldText.exists = true;
    p.newText.lines = numbered(40);
    p.newText.exists = true;
    Hunk h;
    h.oldStart = 10;
    h.oldLines = 5;
    h.newStart = 10;
    h.newLines = 5;
    h.lines = {line(Line::Type::Context, 10, 10, QStringLiteral("line 10")),
               line(Line::Type::Removed, 11, 0, QStringLiteral("line 11")),
               line(Line::Type::Removed, 12, 0, QStringLiteral("line 12")),
               line(Line::Type::Added, 0, 11, QStringLiteral("line eleven")),
               line(Line::Type::Context, 13, 12, QStringLiteral("line 13")),
               line(Line::Type::Added, 0, 13, QStringLiteral("new")),
               line(Line::Type::Context, 14, 14, QStringLiteral("line 14"))};
    p.hunks = {h};
    return p;
}

QString describe(const DiffRows &rows)
{
    QStringList out;
    for (const DiffRow &r : rows.rows) {
        switch (r.kind) {
        case DiffRow::Kind::HunkHeader: out << QStringLiteral("@%1").arg(r.index); break;
        case DiffRow::Kind::Gap: out << QStringLiteral("…"); break;
        case DiffRow::Kind::Text: out << QStringLiteral("%1|%2").arg(r.oldLine).arg(r.newLine); break;
        }
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestDiffRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyPatch()
    {
        const FilePatch p;
        QVERIFY(diffGaps(p).isEmpty());
        const DiffRows rows = buildDiffRows(p, {}, DiffLayout::SideBySide);
        QVERIFY(rows.rows.isEmpty());
        QVERIFY(rows.hunkRows.isEmpty());
        QVERIFY(rows.blockRows.isEmpty());
    }

    void gapsAroundHunk()
    {
        const FilePatch p = middleHunk();
        const QList<DiffGap> gaps = diffGaps(p);
        QCOMPARE(gaps.size(), 2);
        QCOMPARE(gaps.at(0).oldFirst, 1);
        QCOMPARE(gaps.at(0).oldLast, 9);
        QCOMPARE(gaps.at(0).delta, 0);
        QCOMPARE(gaps.at(1).oldFirst, 15);
        QCOMPARE(gaps.at(1).oldLast, 40);
        QCOMPARE(gaps.at(1).hidden(), 26);
    }

    void layouts_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("blocks");
        // Side by side: removed 11 pairs with added 11, removed 12 stands alone; one block per
        // run of changes.
        QTest::newRow("side-by-side")
            << int(DiffLayout::SideBySide) << QStringLiteral("… @0 10|10 11|11 12|0 13|12 0|13 14|14 …") << 2;
        QTest::newRow("unified") << int(DiffLayout::Unified)
                                 << QStringLiteral("… @0 10|10 11|0 12|0 0|11 13|12 0|13 14|14 …") << 2;
    }

    void layouts()
    {
        QFETCH(int, layout);
        QFETCH(QString, expected);
        QFETCH(int, blocks);
        const FilePatch p = middleHunk();
        const DiffRows rows = buildDiffRows(p, diffGaps(p), DiffLayout(layout));
        QCOMPARE(describe(rows), expected);
        QCOMPARE(rows.hunkRows, QList<int>{1});
        QCOMPARE(rows.blockRows.size(), blocks);
        for (int r : rows.blockRows) {
            QVERIFY(rows.rows.at(r).isChange());
            QVERIFY(!rows.rows.at(r - 1).isChange());
        }
        // Rows point into the patch: the texts are the patch's own lines.
        const DiffRow &paired = rows.rows.at(3);
        QVERIFY(paired.oldRef);
        QCOMPARE(paired.oldRef->text, QStringLiteral("line 11"));
    }

    void expandSteps()
    {
        const FilePatch p = middleHunk();
        QList<DiffGap> gaps = diffGaps(p);
        // The gap after the last hunk reveals downwards from the hunk, a step at a time.
        expandGap(gaps, 1, false, 5);
        QCOMPARE(gaps.at(1).shownTop, 5);
        QCOMPARE(gaps.at(1).hidden(), 21);
        DiffRows rows = buildDiffRows(p, gaps, DiffLayout::SideBySide);
        QCOMPARE(rows.rows.last().kind, DiffRow::Kind::Gap);
        QCOMPARE(rows.rows.at(rows.rows.size() - 2).oldLine, 19);
        // A gap no larger than two steps opens whole.
        QList<DiffGap> small = diffGaps(p);
        expandGap(small, 1, false, 20);
        QCOMPARE(small.at(1).hidden(), 0);
        // The first gap reveals towards the hunk (from its bottom); small gaps open whole.
        expandGap(gaps, 0, false, 4);
        QCOMPARE(gaps.at(0).shownBottom, 4);
        expandGap(gaps, 0, false, 20);
        QCOMPARE(gaps.at(0).hidden(), 0);
        expandGap(gaps, 7, true); // out of range: ignored
        expandAllGaps(gaps);
        rows = buildDiffRows(p, gaps, DiffLayout::SideBySide);
        for (const DiffRow &r : rows.rows)
            QVERIFY(r.kind != DiffRow::Kind::Gap);
        QCOMPARE(rows.rows.first().oldLine, 1);
        QCOMPARE(rows.rows.last().oldLine, 40);
        QCOMPARE(rows.rows.last().newLine, 40);
    }

    void singleHiddenLineStartsShown()
    {
        FilePatch p = middleHunk();
        p.oldText.lines = numbered(15);
        p.newText.lines = numbered(15);
        const QList<DiffGap> gaps = diffGaps(p);
        QCOMPARE(gaps.at(1).oldFirst, 15);
        QCOMPARE(gaps.at(1).hidden(), 0);
        const DiffRows rows = buildDiffRows(p, gaps, DiffLayout::SideBySide);
        QCOMPARE(rows.rows.last().kind, DiffRow::Kind::Text);
        QCOMPARE(rows.rows.last().oldLine, 15);
    }

    void gapsNotMatchingArePassedOver()
    {
        // Gaps computed for another patch must not index out of range.
        const FilePatch p = middleHunk();
        const DiffRows rows = buildDiffRows(p, {DiffGap{}}, DiffLayout::SideBySide);
        QCOMPARE(rows.rows.first().kind, DiffRow::Kind::HunkHeader);
        QCOMPARE(rows.rows.size(), 7);
    }
};

QTEST_APPLESS_MAIN(TestDiffRows)
#include "tst_diffrows.moc"
