// SPDX-License-Identifier: Apache-2.0
// Navigation by change block: a run of adjacent changed rows (removed, added or both), which is
// what a reviewer reads as one change. A hunk may hold several blocks separated by context.
#include "widgets/code/diffview.h"

namespace mr {

bool DiffView::isChangeRow(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind != Row::Kind::Text)
        return false;
    const Row &r = m_rows.at(row);
    return (r.oldRef && r.oldRef->type == code::Line::Type::Removed) ||
           (r.newRef && r.newRef->type == code::Line::Type::Added);
}

bool DiffView::isChangeBlockStart(int row) const
{
    return isChangeRow(row) && !isChangeRow(row - 1);
}

void DiffView::moveToChange(int row)
{
    Anchor::Side side = m_side;
    if (lineOn(m_rows.at(row), side) == 0) // a pure addition or removal: the side that has it
        side = side == Anchor::Side::Old ? Anchor::Side::New : Anchor::Side::Old;
    setCursor(row, side, false);
    ensureRowVisible(row, true);
}

int DiffView::changeBlockCount() const
{
    int count = 0;
    for (int r = 0; r < m_rows.size(); ++r)
        count += isChangeBlockStart(r) ? 1 : 0;
    return count;
}

bool DiffView::nextChange()
{
    for (int r = qMax(0, m_cursor + 1); r < m_rows.size(); ++r)
        if (isChangeBlockStart(r)) {
            moveToChange(r);
            return true;
        }
    return false;
}

bool DiffView::previousChange()
{
    // Inside a block, the block's own start comes first (as in Meld and Gerrit).
    for (int r = qMin(m_cursor, int(m_rows.size())) - 1; r >= 0; --r)
        if (isChangeBlockStart(r)) {
            moveToChange(r);
            return true;
        }
    return false;
}

} // namespace mr
