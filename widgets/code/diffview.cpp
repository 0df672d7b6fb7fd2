// SPDX-License-Identifier: Apache-2.0
#include "widgets/code/diffview.h"
#include "widgets/common/fixedfont.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QtMath>

#include <vector>

namespace mr {

using code::Line;

namespace {

constexpr int kGapStep = 20;

} // namespace

DiffView::DiffView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(systemFixedPitchFont());
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(false);
    updateMetrics();
}

void DiffView::clear()
{
    setPatch({});
}

void DiffView::setPatch(const code::FilePatch &patch)
{
    m_patch = patch;
    m_oldStyles.clear();
    m_newStyles.clear();
    m_gaps.clear();
    int prevOldEnd = 0, prevNewEnd = 0;
    for (const code::Hunk &h : m_patch.hunks) {
        const int oldFirst = h.oldLines > 0 ? h.oldStart : h.oldStart + 1;
        const int newFirst = h.newLines > 0 ? h.newStart : h.newStart + 1;
        m_gaps.append(Gap{prevOldEnd + 1, oldFirst - 1, newFirst - oldFirst});
        prevOldEnd = h.oldLines > 0 ? h.oldStart + h.oldLines - 1 : h.oldStart;
        prevNewEnd = h.newLines > 0 ? h.newStart + h.newLines - 1 : h.newStart;
    }
    if (!m_patch.hunks.isEmpty())
        m_gaps.append(Gap{prevOldEnd + 1, int(m_patch.oldText.lines.size()), prevNewEnd - prevOldEnd});
    for (Gap &g : m_gaps)
        if (g.hidden() == 1)
            g.shownTop = 1; // an expander would take the same room as the line itself
    m_maxColumns = 0;
    for (const QStringList *lines : {&m_patch.oldText.lines, &m_patch.newText.lines})
        for (const QString &l : *lines)
            m_maxColumns =
                qMax(m_maxColumns, int(l.size()) + int(l.count(QLatin1Char('\t'))) * (kTabWidth - 1));
    m_cursor = m_anchorRow = -1;
    rebuildRows();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    Q_EMIT selectionChanged();
}

void DiffView::setStyles(const QList<code::LineStyles> &oldStyles, const QList<code::LineStyles> &newStyles)
{
    m_oldStyles = oldStyles;
    m_newStyles = newStyles;
    viewport()->update();
}

void DiffView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const Selection sel = selection();
    m_mode = mode;
    rebuildRows();
    if (sel.isValid())
        selectLines(sel.side, sel.first, sel.last);
}

void DiffView::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    viewport()->update();
}

void DiffView::rebuildRows()
{
    m_rows.clear();
    m_hunkRows.clear();
    for (int h = 0; h < m_patch.hunks.size(); ++h) {
        appendGapRows(h);
        m_hunkRows.append(int(m_rows.size()));
        Row header;
        header.kind = Row::Kind::HunkHeader;
        header.index = h;
        m_rows.append(header);
        appendHunkRows(h);
    }
    if (!m_gaps.isEmpty())
        appendGapRows(int(m_gaps.size()) - 1);
    updateMetrics();
    updateScrollBars();
    viewport()->update();
}

void DiffView::appendGapRows(int gapIndex)
{
    const Gap &g = m_gaps.at(gapIndex);
    if (g.oldLast < g.oldFirst)
        return;
    auto contextRow = [&](int oldLine) {
        Row r;
        r.oldLine = oldLine;
        r.newLine = oldLine + g.delta;
        r.index = gapIndex;
        m_rows.append(r);
    };
    for (int l = g.oldFirst; l < g.oldFirst + g.shownTop && l <= g.oldLast; ++l)
        contextRow(l);
    if (g.hidden() > 0) {
        Row r;
        r.kind = Row::Kind::Gap;
        r.index = gapIndex;
        m_rows.append(r);
    }
    for (int l = qMax(g.oldFirst + g.shownTop, g.oldLast - g.shownBottom + 1); l <= g.oldLast; ++l)
        contextRow(l);
}

void DiffView::appendHunkRows(int hunkIndex)
{
    const QList<Line> &lines = m_patch.hunks.at(hunkIndex).lines;
    const int n = int(lines.size());
    auto rowFor = [&](const Line *oldRef, const Line *newRef, Line::Type type) {
        Row r;
        r.oldRef = oldRef;
        r.newRef = newRef;
        r.oldLine = oldRef ? oldRef->oldLine : 0;
        r.newLine = newRef ? newRef->newLine : 0;
        r.type = type;
        r.index = hunkIndex;
        m_rows.append(r);
    };
    if (m_mode == Mode::Unified) {
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

void DiffView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_rowHeight = fm.lineSpacing() + 2;
    m_ascent = fm.ascent() + 1;
    m_advance = qMax<qreal>(1, QFontMetricsF(font()).horizontalAdvance(QLatin1Char('m')));
    m_charWidth = qMax(1, qCeil(m_advance));
    int maxLine = 1;
    for (const code::SideText *t : {&m_patch.oldText, &m_patch.newText})
        maxLine = qMax(maxLine, int(t->lines.size()));
    m_numberWidth = fm.horizontalAdvance(QString::number(maxLine)) + m_charWidth;
}

void DiffView::updateScrollBars()
{
    const int visible = qMax(1, viewport()->height() / m_rowHeight);
    verticalScrollBar()->setRange(0, qMax(0, int(m_rows.size()) - visible + 1));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int textWidth = textAreaWidth();
    horizontalScrollBar()->setRange(0, qMax(0, qCeil((m_maxColumns + 2) * m_advance) - textWidth));
    horizontalScrollBar()->setPageStep(qMax(1, textWidth));
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

int DiffView::textLeft() const
{
    return m_mode == Mode::Unified ? kMarkerWidth + 2 * m_numberWidth + 3 * m_charWidth
                                   : kMarkerWidth + m_numberWidth + m_charWidth;
}

int DiffView::textAreaWidth() const
{
    const int side = m_mode == Mode::Unified ? viewport()->width() : viewport()->width() / 2;
    return qMax(0, side - textLeft());
}

int DiffView::visibleColumns() const
{
    return int(textAreaWidth() / m_advance);
}

void DiffView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DiffView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Columns only line up (and 100 of them only fit) in a fixed-pitch face; setFont()
        // re-enters here once with the fallback, which then passes.
        if (const QFont fixed = fixedPitchFont(font()); fixed != font())
            return setFont(fixed);
        updateMetrics();
        updateScrollBars();
    }
}

int DiffView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int DiffView::rowAt(int y) const
{
    const int row = firstVisibleRow() + y / m_rowHeight;
    return row >= 0 && row < m_rows.size() ? row : -1;
}

Anchor::Side DiffView::sideAt(const Row &row, int x) const
{
    if (m_mode == Mode::SideBySide)
        return x < viewport()->width() / 2 ? Anchor::Side::Old : Anchor::Side::New;
    return row.newLine == 0 ? Anchor::Side::Old : Anchor::Side::New;
}

int DiffView::lineOn(const Row &row, Anchor::Side side) const
{
    return side == Anchor::Side::Old ? row.oldLine : row.newLine;
}

QString DiffView::rowText(const Row &row, Anchor::Side side) const
{
    const int line = lineOn(row, side);
    const QStringList &lines = side == Anchor::Side::Old ? m_patch.oldText.lines : m_patch.newText.lines;
    return line > 0 && line <= lines.size() ? lines.at(line - 1) : QString();
}

DiffView::Selection DiffView::selection() const
{
    Selection sel;
    sel.side = m_side;
    if (m_cursor < 0 || m_anchorRow < 0)
        return sel;
    const int r0 = qMin(m_cursor, m_anchorRow), r1 = qMax(m_cursor, m_anchorRow);
    for (int r = r0; r <= r1 && r < m_rows.size(); ++r) {
        const int line = lineOn(m_rows.at(r), m_side);
        if (line <= 0)
            continue;
        sel.first = sel.first == 0 ? line : qMin(sel.first, line);
        sel.last = qMax(sel.last, line);
    }
    return sel;
}

QString DiffView::selectedText() const
{
    const Selection sel = selection();
    if (!sel.isValid())
        return {};
    const QStringList &lines = sel.side == Anchor::Side::Old ? m_patch.oldText.lines : m_patch.newText.lines;
    return lines.mid(sel.first - 1, sel.last - sel.first + 1).join(QLatin1Char('\n'));
}

bool DiffView::selectLines(Anchor::Side side, int first, int last)
{
    auto find = [&](int line) {
        for (int r = 0; r < m_rows.size(); ++r)
            if (m_rows.at(r).kind == Row::Kind::Text && lineOn(m_rows.at(r), side) == line)
                return r;
        return -1;
    };
    int a = find(first), b = find(last);
    if (a < 0 || b < 0) {
        expandAll();
        a = find(first);
        b = find(last);
    }
    if (a < 0 || b < 0)
        return false;
    m_side = side;
    m_anchorRow = a;
    m_cursor = b;
    ensureRowVisible(a, true);
    viewport()->update();
    Q_EMIT selectionChanged();
    return true;
}

void DiffView::expandAll()
{
    for (Gap &g : m_gaps)
        g.shownTop += g.hidden();
    rebuildRows();
}

void DiffView::expandGap(int gapIndex, bool all)
{
    Gap &g = m_gaps[gapIndex];
    const int hidden = g.hidden();
    const bool first = gapIndex == 0, last = gapIndex == m_gaps.size() - 1;
    if (all || hidden <= 2 * kGapStep)
        g.shownTop += hidden;
    else if (first)
        g.shownBottom += kGapStep; // before the first hunk: reveal towards the hunk
    else if (last)
        g.shownTop += kGapStep; // after the last hunk: reveal below it
    else {
        g.shownTop += kGapStep;
        g.shownBottom += kGapStep;
    }
    const Selection sel = selection();
    const int scroll = verticalScrollBar()->value();
    rebuildRows();
    m_cursor = m_anchorRow = -1;
    if (sel.isValid())
        selectLines(sel.side, sel.first, sel.last);
    verticalScrollBar()->setValue(scroll);
}

int DiffView::currentHunk() const
{
    int current = -1;
    for (int h = 0; h < m_hunkRows.size() && m_hunkRows.at(h) <= m_cursor; ++h)
        current = h;
    return current;
}

static bool isChange(const Line *oldRef, const Line *newRef)
{
    return (oldRef && oldRef->type == Line::Type::Removed) || (newRef && newRef->type == Line::Type::Added);
}

bool DiffView::nextHunk()
{
    const int target = currentHunk() + 1;
    if (target >= m_hunkRows.size())
        return false;
    int row = m_hunkRows.at(target) + 1;
    for (int r = row; r < m_rows.size() && m_rows.at(r).kind == Row::Kind::Text; ++r)
        if (isChange(m_rows.at(r).oldRef, m_rows.at(r).newRef)) {
            row = r;
            break;
        }
    Anchor::Side side = m_side;
    if (lineOn(m_rows.at(row), side) == 0)
        side = side == Anchor::Side::Old ? Anchor::Side::New : Anchor::Side::Old;
    setCursor(row, side, false);
    ensureRowVisible(row, true);
    return true;
}

bool DiffView::previousHunk()
{
    int current = currentHunk();
    if (current < 0)
        return false;
    int firstChange = m_hunkRows.at(current) + 1;
    while (firstChange < m_rows.size() && m_rows.at(firstChange).kind == Row::Kind::Text &&
           !isChange(m_rows.at(firstChange).oldRef, m_rows.at(firstChange).newRef))
        ++firstChange;
    const int target = m_cursor > firstChange ? current : current - 1;
    if (target < 0)
        return false;
    m_cursor = m_hunkRows.at(target) - 1; // nextHunk from just before the target's header
    return nextHunk();
}

void DiffView::setCursor(int row, Anchor::Side side, bool extend)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_cursor = row;
    m_side = side;
    if (!extend || m_anchorRow < 0)
        m_anchorRow = row;
    ensureRowVisible(row);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void DiffView::ensureRowVisible(int row, bool nearTop)
{
    const int visible = qMax(1, viewport()->height() / m_rowHeight);
    QScrollBar *bar = verticalScrollBar();
    if (nearTop)
        bar->setValue(row - visible / 4);
    else if (row < bar->value())
        bar->setValue(row);
    else if (row >= bar->value() + visible)
        bar->setValue(row - visible + 1);
}

void DiffView::mousePressEvent(QMouseEvent *event)
{
    const int r = rowAt(int(event->position().y()));
    if (event->button() == Qt::RightButton && r >= 0 && m_rows.at(r).kind == Row::Kind::Text) {
        // A right click outside the selection selects the clicked line first (for the menu).
        const Anchor::Side side = sideAt(m_rows.at(r), int(event->position().x()));
        const int r0 = qMin(m_cursor, m_anchorRow), r1 = qMax(m_cursor, m_anchorRow);
        if (side != m_side || m_cursor < 0 || r < r0 || r > r1)
            setCursor(r, side, false);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    if (r < 0)
        return;
    const Row &row = m_rows.at(r);
    if (row.kind == Row::Kind::Gap)
        return expandGap(row.index, event->modifiers() & Qt::ShiftModifier);
    const Anchor::Side side = row.kind == Row::Kind::Text ? sideAt(row, int(event->position().x())) : m_side;
    setCursor(r, side, (event->modifiers() & Qt::ShiftModifier) && side == m_side);
}

void DiffView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    int r = rowAt(int(event->position().y()));
    if (event->position().y() < 0)
        r = qMax(0, firstVisibleRow() - 1);
    else if (r < 0)
        r = int(m_rows.size()) - 1;
    setCursor(r, m_side, true);
}

void DiffView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        if (const QString text = selectedText(); !text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const int page = qMax(1, viewport()->height() / m_rowHeight - 1);
    const int last = int(m_rows.size()) - 1;
    if (event->modifiers() & (Qt::AltModifier | Qt::ControlModifier))
        return QAbstractScrollArea::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Down: return setCursor(qMin(last, m_cursor + 1), m_side, extend);
    case Qt::Key_Up: return setCursor(qMax(0, m_cursor - 1), m_side, extend);
    case Qt::Key_PageDown: return setCursor(qMin(last, m_cursor + page), m_side, extend);
    case Qt::Key_PageUp: return setCursor(qMax(0, m_cursor - page), m_side, extend);
    case Qt::Key_Home: return setCursor(0, m_side, extend);
    case Qt::Key_End: return setCursor(last, m_side, extend);
    case Qt::Key_Left:
        if (m_mode == Mode::SideBySide && m_cursor >= 0)
            return setCursor(m_cursor, Anchor::Side::Old, false);
        break;
    case Qt::Key_Right:
        if (m_mode == Mode::SideBySide && m_cursor >= 0)
            return setCursor(m_cursor, Anchor::Side::New, false);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_cursor >= 0 && m_rows.at(m_cursor).kind == Row::Kind::Gap)
            return expandGap(m_rows.at(m_cursor).index, extend);
        break;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

const DiffView::Marker *DiffView::markerAt(Anchor::Side side, int line) const
{
    if (line <= 0)
        return nullptr;
    for (const Marker &m : m_markers)
        if (m.side == side && line >= m.first && line <= m.last)
            return &m;
    return nullptr;
}

bool DiffView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int r = rowAt(help->pos().y());
        QString tip;
        if (r >= 0) {
            const Row &row = m_rows.at(r);
            if (row.kind == Row::Kind::Gap)
                tip = tr("%n hidden line(s): click to show more, Shift+click to show all", nullptr,
                         m_gaps.at(row.index).hidden());
            else if (const Marker *m =
                         markerAt(sideAt(row, help->pos().x()), lineOn(row, sideAt(row, help->pos().x()))))
                tip = m->outdated ? tr("%1 (outdated: the lines changed since the comment)").arg(m->label)
                                  : m->label;
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace mr
