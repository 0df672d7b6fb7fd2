// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"

#include <QList>

namespace mr::code {

// The rows a diff view shows for one file patch, independent of any widget: hunk headers, text
// rows (side by side: a removed line paired with the added line at the same offset of its change
// block; unified: one row per line), and the unchanged lines between hunks, partly revealed
// around a collapsed expander row.

// The unchanged lines before hunk i (gap i) or after the last hunk (the last gap).
struct DiffGap
{
    int oldFirst = 1, oldLast = 0; // the old side's lines in the gap (inclusive)
    int delta = 0;                 // newLine = oldLine + delta inside the gap
    int shownTop = 0, shownBottom = 0;
    int hidden() const { return qMax(0, oldLast - oldFirst + 1 - shownTop - shownBottom); }
};

struct DiffRow
{
    enum class Kind { HunkHeader, Gap, Text };
    Kind kind = Kind::Text;
    int oldLine = 0, newLine = 0;          // 0: no line on that side
    const Line *oldRef = nullptr;          // removed/context line in a hunk (intra-line ranges)
    const Line *newRef = nullptr;          // added/context line in a hunk
    Line::Type type = Line::Type::Context; // unified layout: which line this row is
    int index = 0;                         // hunk (HunkHeader, Text in a hunk) or gap index

    // A removed or added line (not context, header or expander).
    bool isChange() const
    {
        return (oldRef && oldRef->type == Line::Type::Removed) ||
               (newRef && newRef->type == Line::Type::Added);
    }
};

enum class DiffLayout { SideBySide, Unified };

// The gaps of a patch: one before each hunk and one after the last (none without hunks). A gap
// of a single line starts revealed: an expander would take the same room as the line.
QList<DiffGap> diffGaps(const FilePatch &patch);

// Reveals part of gap `index` (`step` lines at each end that touches a hunk), or all of it.
void expandGap(QList<DiffGap> &gaps, int index, bool all, int step = 20);
void expandAllGaps(QList<DiffGap> &gaps);

struct DiffRows
{
    QList<DiffRow> rows;  // refs point into the FilePatch given to buildDiffRows: keep it alive
    QList<int> hunkRows;  // row index of each hunk's header
    QList<int> blockRows; // row index of the first row of each change block, in order
};

DiffRows buildDiffRows(const FilePatch &patch, const QList<DiffGap> &gaps, DiffLayout layout);

} // namespace mr::code
