// SPDX-License-Identifier: Apache-2.0
#include "models/code/diffrows.h"

namespace mr::code {

QList<DiffGap> diffGaps(const FilePatch &patch)
{
    QList<DiffGap> gaps;
    int prevOldEnd = 0, prevNewEnd = 0;
    for (const Hunk &h : patch.hunks) {
        // A hunk with no lines on a side names the line before it (git's convention).
        const int oldFirst = h.oldLines > 0 ? h.oldStart : h.oldStart + 1;
        const int newFirst = h.newLines > 0 ? h.newStart : h.newStart + 1;
        gaps.append(DiffGap{prevOldEnd + 1, oldFirst - 1, newFirst - oldFirst});
        prevOldEnd = h.oldLines > 0 ? h.oldStart + h.oldLines - 1 : h.oldStart;
        prevNewEnd = h.newLines > 0 ? h.newStart + h.newLines - 1 : h.newStart;
    }
    if (!patch.hunks.isEmpty())
        gaps.append(DiffGap{prevOldEnd + 1, int(patch.oldText.lines.size()), prevNewEnd - prevOldEnd});
    for (DiffGap &g : gaps)
        if (g.hidden() == 1)
            g.shownTop = 1;
    return gaps;
}

void expandGap(QList<DiffGap> &gaps, int index, bool all, int step)
{
    if (index < 0 || index >= gaps.size())
        return;
    DiffGap &g = gaps[index];
    const int hidden = g.hidden();
    const bool first = index == 0, last = index == gaps.size() - 1;
    if (all || hidden <= 2 * step)
        g.shownTop += hidden;
    else if (first)
        g.shownBottom += step; // before the first hunk: reveal towards the hunk
    else if (last)
        g.shownTop += step; // after the last hunk: reveal below it
    else {
        g.shownTop += step;
        g.shownBottom += step;
    }
}

void expandAllGaps(QList<DiffGap> &gaps)
{
    for (DiffGap &g : gaps)
        g.shownTop += g.hidden();
}

namespace {

void appendGapRows(QList<DiffRow> &rows, const QList<DiffGap> &gaps, int gapIndex)
{
    const DiffGap &g = gaps.at(gapIndex);
    if (g.oldLast < g.oldFirst)
        return;
    auto contextRow = [&](int oldLine) {
        DiffRow r;
        r.oldLine = oldLine;
        r.newLine = oldLine + g.delta;
        r.index = gapIndex;
        rows.append(r);
    };
    for (int l = g.oldFirst; l < g.oldFirst + g.shownTop && l <= g.oldLast; ++l)
        contextRow(l);
    if (g.hidden() > 0) {
        DiffRow r;
        r.kind = DiffRow::Kind::Gap;
        r.index = gapIndex;
        rows.append(r);
    }
    for (int l = qMax(g.oldFirst + g.shownTop, g.oldLast - g.shownBottom + 1); l <= g.oldLast; ++l)
        contextRow(l);
}

void appendHunkRows(QList<DiffRow> &rows, const FilePatch &patch, int hunkIndex, DiffLayout layout)
{
    const QList<Line> &lines = patch.hunks.at(hunkIndex).lines;
    const int n = int(lines.size());
    auto rowFor = [&](const Line *oldRef, const Line *newRef, Line::Type type) {
        DiffRow r;
        r.oldRef = oldRef;
        r.newRef = newRef;
        r.oldLine = oldRef ? oldRef->oldLine : 0;
        r.newLine = newRef ? newRef->newLine : 0;
        r.type = type;
        r.index = hunkIndex;
        rows.append(r);
    };
    if (layout == DiffLayout::Unified) {
        for (const Line &l : lines)
            rowFor(l.type == Line::Type::Added ? nullptr : &l, l.type == Line::Type::Removed ? nullptr : &l,
                   l.type);
        return;
    }
    int i = 0;
    while (i < n) {
        if (lines[i].type == Line::Type::Context) {
            rowFor(&lines[i], &lines[i], Line::Type::Context);
            ++i;
            continue;
        }
        const int removedBegin = i;
        while (i < n && lines[i].type == Line::Type::Removed)
            ++i;
        const int addedBegin = i;
        while (i < n && lines[i].type == Line::Type::Added)
            ++i;
        const int removed = addedBegin - removedBegin, added = i - addedBegin;
        for (int k = 0; k < qMax(removed, added); ++k)
            rowFor(k < removed ? &lines[removedBegin + k] : nullptr,
                   k < added ? &lines[addedBegin + k] : nullptr,
                   k < removed ? Line::Type::Removed : Line::Type::Added);
    }
}

} // namespace

DiffRows buildDiffRows(const FilePatch &patch, const QList<DiffGap> &gaps, DiffLayout layout)
{
    DiffRows out;
    const bool haveGaps = gaps.size() == patch.hunks.size() + 1;
    for (int h = 0; h < patch.hunks.size(); ++h) {
        if (haveGaps)
            appendGapRows(out.rows, gaps, h);
        out.hunkRows.append(int(out.rows.size()));
        DiffRow header;
        header.kind = DiffRow::Kind::HunkHeader;
        header.index = h;
        out.rows.append(header);
        appendHunkRows(out.rows, patch, h, layout);
    }
    if (haveGaps)
        appendGapRows(out.rows, gaps, int(gaps.size()) - 1);
    bool inBlock = false;
    for (int r = 0; r < out.rows.size(); ++r) {
        const bool change = out.rows.at(r).isChange();
        if (change && !inBlock)
            out.blockRows.append(r);
        inBlock = change;
    }
    return out;
}

} // namespace mr::code
