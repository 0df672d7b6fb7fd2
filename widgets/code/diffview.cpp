// SPDX-License-Identifier: Apache-2.0
#include "widgets/code/diffview.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <vector>

namespace mr {

using code::Line;

namespace {

constexpr int kGapStep = 20;

} // namespace

DiffView::DiffView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
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
    m_gaps = code::diffGaps(m_patch);
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
    code::DiffRows rows = code::buildDiffRows(
        m_patch, m_gaps, m_mode == Mode::Unified ? code::DiffLayout::Unified : code::DiffLayout::SideBySide);
    m_rows = std::move(rows.rows);
    m_hunkRows = std::move(rows.hunkRows);
    updateMetrics();
    updateScrollBars();
    viewport()->update();
}

void DiffView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_rowHeight = fm.lineSpacing() + 2;
    m_ascent = fm.ascent() + 1;
    m_charWidth = qMax(1, fm.horizontalAdvance(QLatin1Char('m')));
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
    const int gutter = kMarkerWidth + m_numberWidth * (m_mode == Mode::Unified ? 2 : 1) + 2 * m_charWidth;
    const int textWidth = (m_mode == Mode::Unified ? viewport()->width() : viewport()->width() / 2) - gutter;
    horizontalScrollBar()->setRange(0, qMax(0, (m_maxColumns + 2) * m_charWidth - textWidth));
    horizontalScrollBar()->setPageStep(qMax(1, textWidth));
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
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
    code::expandAllGaps(m_gaps);
    rebuildRows();
}

void DiffView::expandGap(int gapIndex, bool all)
{
    code::expandGap(m_gaps, gapIndex, all, kGapStep);
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

bool DiffView::nextHunk()
{
    const int target = currentHunk() + 1;
    if (target >= m_hunkRows.size())
        return false;
    int row = m_hunkRows.at(target) + 1;
    for (int r = row; r < m_rows.size() && m_rows.at(r).kind == Row::Kind::Text; ++r)
        if (m_rows.at(r).isChange()) {
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
           !m_rows.at(firstChange).isChange())
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
