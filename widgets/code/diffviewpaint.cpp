// SPDX-License-Identifier: Apache-2.0
// Painting of DiffView: only the rows inside the viewport, and within a row only the columns
// that are visible, so the cost of a frame does not depend on the size of the diff.
#include "widgets/code/diffview.h"

#include <QPainter>
#include <QScrollBar>

#include <vector>

namespace mr {

using code::Line;

namespace {

struct Colours
{
    QColor text, dimText, base, addedBg, addedWord, removedBg, removedWord, fillerBg, hunkBg, gapBg,
        selection, separator, markerOpen, markerBlocker, markerClosed, markerOutdated;
};

Colours coloursFor(const QPalette &pal)
{
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    Colours c;
    c.text = pal.color(QPalette::Text);
    c.dimText = pal.color(QPalette::PlaceholderText);
    c.base = pal.color(QPalette::Base);
    c.addedBg = dark ? QColor(0x12, 0x2d, 0x1e) : QColor(0xe6, 0xff, 0xec);
    c.addedWord = dark ? QColor(0x1d, 0x6b, 0x3a) : QColor(0xab, 0xf2, 0xbc);
    c.removedBg = dark ? QColor(0x3a, 0x17, 0x1c) : QColor(0xff, 0xeb, 0xe9);
    c.removedWord = dark ? QColor(0x8e, 0x24, 0x2c) : QColor(0xff, 0xc0, 0xc0);
    c.fillerBg = dark ? QColor(0x26, 0x28, 0x2c) : QColor(0xf3, 0xf4, 0xf6);
    c.hunkBg = dark ? QColor(0x1c, 0x2b, 0x41) : QColor(0xdd, 0xf4, 0xff);
    c.gapBg = pal.color(QPalette::AlternateBase);
    c.selection = pal.color(QPalette::Highlight);
    c.selection.setAlpha(70);
    c.separator = pal.color(QPalette::Mid);
    c.markerOpen = QColor(0x2f, 0x81, 0xf7);
    c.markerBlocker = QColor(0xd7, 0x3a, 0x49);
    c.markerClosed = QColor(0x8b, 0x94, 0x9e);
    c.markerOutdated = QColor(0xbf, 0x87, 0x00);
    return c;
}

} // namespace

void DiffView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const Colours c = coloursFor(palette());
    p.fillRect(viewport()->rect(), c.base);
    p.setFont(font());
    const int h = viewport()->height();
    int y = 0;
    for (int r = firstVisibleRow(); r < m_rows.size() && y < h; ++r, y += m_rowHeight) {
        const bool selected = m_cursor >= 0 && m_anchorRow >= 0 && r >= qMin(m_cursor, m_anchorRow) &&
                              r <= qMax(m_cursor, m_anchorRow);
        paintRow(p, m_rows.at(r), r, y);
        if (m_rows.at(r).kind != Row::Kind::Text)
            continue;
        if (m_mode == Mode::SideBySide) {
            const int half = viewport()->width() / 2;
            paintSide(p, m_rows.at(r), Anchor::Side::Old, 0, half, y,
                      selected && m_side == Anchor::Side::Old);
            paintSide(p, m_rows.at(r), Anchor::Side::New, half, viewport()->width() - half, y,
                      selected && m_side == Anchor::Side::New);
        } else {
            paintUnified(p, m_rows.at(r), y, selected);
        }
        if (r == m_cursor && hasFocus()) {
            const int half = viewport()->width() / 2;
            QRect box(0, y, viewport()->width() - 1, m_rowHeight - 1);
            if (m_mode == Mode::SideBySide)
                box = m_side == Anchor::Side::Old
                          ? QRect(0, y, half - 1, m_rowHeight - 1)
                          : QRect(half, y, viewport()->width() - half - 1, m_rowHeight - 1);
            p.setPen(QPen(palette().color(QPalette::Highlight), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
        }
    }
    if (m_mode == Mode::SideBySide && !m_rows.isEmpty()) {
        p.setPen(c.separator);
        const int half = viewport()->width() / 2;
        p.drawLine(half, 0, half, qMin(h, y));
    }
}

void DiffView::paintRow(QPainter &p, const Row &row, int rowIndex, int y)
{
    const Colours c = coloursFor(palette());
    const int w = viewport()->width();
    if (row.kind == Row::Kind::HunkHeader) {
        const code::Hunk &hunk = m_patch.hunks.at(row.index);
        p.fillRect(0, y, w, m_rowHeight, c.hunkBg);
        p.setPen(c.dimText);
        p.drawText(kMarkerWidth + m_charWidth, y + m_ascent,
                   QStringLiteral("@@ -%1,%2 +%3,%4 @@ %5")
                       .arg(hunk.oldStart)
                       .arg(hunk.oldLines)
                       .arg(hunk.newStart)
                       .arg(hunk.newLines)
                       .arg(hunk.header));
    } else if (row.kind == Row::Kind::Gap) {
        p.fillRect(0, y, w, m_rowHeight, c.gapBg);
        p.setPen(c.dimText);
        p.drawText(
            kMarkerWidth + m_charWidth, y + m_ascent,
            tr("⋯  %n hidden line(s): click or Enter to show", nullptr, m_gaps.at(row.index).hidden()));
    }
    if (row.kind != Row::Kind::Text && rowIndex == m_cursor && hasFocus()) {
        p.setPen(palette().color(QPalette::Highlight));
        p.setBrush(Qt::NoBrush);
        p.drawRect(0, y, w - 1, m_rowHeight - 1);
    }
}

static void paintMarker(QPainter &p, const DiffView::Marker *m, int x, int y, int height, int width)
{
    if (!m)
        return;
    QColor colour = m->outdated  ? QColor(0xbf, 0x87, 0x00)
                    : m->blocker ? QColor(0xd7, 0x3a, 0x49)
                    : m->open    ? QColor(0x2f, 0x81, 0xf7)
                                 : QColor(0x8b, 0x94, 0x9e);
    if (m->outdated) {
        p.fillRect(x + 1, y + 1, width - 2, height - 2, QBrush(colour, Qt::Dense4Pattern));
    } else {
        p.fillRect(x + 1, y, width - 2, height, colour);
    }
}

void DiffView::paintSide(QPainter &p, const Row &row, Anchor::Side side, int x, int width, int y,
                         bool selected)
{
    const Colours c = coloursFor(palette());
    const int line = lineOn(row, side);
    const Line *ref = side == Anchor::Side::Old ? row.oldRef : row.newRef;
    const Line::Type changeType = side == Anchor::Side::Old ? Line::Type::Removed : Line::Type::Added;
    const bool changed = ref && ref->type == changeType;
    const QColor bg = line == 0 ? c.fillerBg
                      : changed ? (side == Anchor::Side::Old ? c.removedBg : c.addedBg)
                                : c.base;
    p.fillRect(x, y, width, m_rowHeight, bg);
    if (line == 0)
        return;
    paintMarker(p, markerAt(side, line), x, y, m_rowHeight, kMarkerWidth);
    p.setPen(c.dimText);
    p.drawText(QRect(x + kMarkerWidth, y, m_numberWidth, m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
               QString::number(line));
    const int textX = x + kMarkerWidth + m_numberWidth + m_charWidth;
    const QList<code::LineStyles> &styles = side == Anchor::Side::Old ? m_oldStyles : m_newStyles;
    paintText(p, rowText(row, side), line <= styles.size() ? &styles.at(line - 1) : nullptr,
              changed ? &ref->changed : nullptr, side == Anchor::Side::Old ? c.removedWord : c.addedWord,
              textX, y, width - (textX - x));
    if (selected)
        p.fillRect(x, y, width, m_rowHeight, c.selection);
}

void DiffView::paintUnified(QPainter &p, const Row &row, int y, bool selected)
{
    const Colours c = coloursFor(palette());
    const int w = viewport()->width();
    const bool removed = row.type == Line::Type::Removed, added = row.type == Line::Type::Added;
    p.fillRect(0, y, w, m_rowHeight, removed ? c.removedBg : added ? c.addedBg : c.base);
    const Anchor::Side side = removed ? Anchor::Side::Old : Anchor::Side::New;
    paintMarker(p, markerAt(side, lineOn(row, side)), 0, y, m_rowHeight, kMarkerWidth);
    p.setPen(c.dimText);
    if (row.oldLine > 0)
        p.drawText(QRect(kMarkerWidth, y, m_numberWidth, m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(row.oldLine));
    if (row.newLine > 0)
        p.drawText(QRect(kMarkerWidth + m_numberWidth + m_charWidth / 2, y, m_numberWidth, m_rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(row.newLine));
    const int signX = kMarkerWidth + 2 * m_numberWidth + m_charWidth;
    p.setPen(c.text);
    p.drawText(signX, y + m_ascent,
               removed ? QStringLiteral("-")
               : added ? QStringLiteral("+")
                       : QStringLiteral(" "));
    const int textX = signX + 2 * m_charWidth;
    const Line *ref = removed ? row.oldRef : row.newRef;
    const QList<code::LineStyles> &styles = removed ? m_oldStyles : m_newStyles;
    const int line = lineOn(row, side);
    paintText(p, rowText(row, side), line > 0 && line <= styles.size() ? &styles.at(line - 1) : nullptr,
              (removed || added) && ref ? &ref->changed : nullptr, removed ? c.removedWord : c.addedWord,
              textX, y, w - textX);
    if (selected && lineOn(row, m_side) > 0)
        p.fillRect(0, y, w, m_rowHeight, c.selection);
}

void DiffView::paintText(QPainter &p, const QString &text, const code::LineStyles *styles,
                         const QList<code::TextRange> *changed, const QColor &changedBg, int x, int y,
                         int width)
{
    if (width <= 0)
        return;
    p.save();
    p.setClipRect(x, y, width, m_rowHeight);
    const int hs = horizontalScrollBar()->value();
    const int firstCol = hs / m_charWidth, lastCol = (hs + width) / m_charWidth + 1;
    // Columns of each character (tabs expanded), computed only up to the right edge.
    int n = int(text.size());
    std::vector<int> col(size_t(n) + 1);
    int c = 0;
    for (int i = 0; i < n; ++i) {
        col[size_t(i)] = c;
        c += text.at(i) == QLatin1Char('\t') ? kTabWidth - c % kTabWidth : 1;
        if (c > lastCol + kTabWidth) {
            n = i + 1;
            break;
        }
    }
    col[size_t(n)] = c;
    auto xOf = [&](int index) { return x + col[size_t(index)] * m_charWidth - hs; };
    if (changed) {
        for (const code::TextRange &r : *changed) {
            const int s = qBound(0, r.start, n), e = qBound(0, r.start + r.length, n);
            if (e > s)
                p.fillRect(xOf(s), y, xOf(e) - xOf(s), m_rowHeight, changedBg);
        }
    }
    std::vector<int> fmt(size_t(n), -1);
    if (styles)
        for (int k = 0; k < styles->size(); ++k) {
            const code::StyleSpan &s = styles->at(k);
            for (int i = qMax(0, s.start); i < qMin(n, s.start + s.length); ++i)
                fmt[size_t(i)] = k;
        }
    const QColor textColour = palette().color(QPalette::Text);
    QFont plain = font(), styled = font();
    int i = 0;
    while (i < n) {
        int j = i + 1;
        while (j < n && fmt[size_t(j)] == fmt[size_t(i)])
            ++j;
        if (col[size_t(j)] >= firstCol && col[size_t(i)] <= lastCol) {
            QString run;
            run.reserve(j - i);
            for (int k = i; k < j; ++k) {
                if (text.at(k) == QLatin1Char('\t'))
                    run += QString(col[size_t(k) + 1] - col[size_t(k)], QLatin1Char(' '));
                else
                    run += text.at(k);
            }
            const int f = fmt[size_t(i)];
            if (f >= 0) {
                const code::StyleSpan &s = styles->at(f);
                styled.setBold(s.bold);
                styled.setItalic(s.italic);
                p.setFont(styled);
                p.setPen(s.color ? QColor::fromRgba(s.color) : textColour);
            } else {
                p.setFont(plain);
                p.setPen(textColour);
            }
            p.drawText(xOf(i), y + m_ascent, run);
        }
        i = j;
    }
    p.restore();
}

} // namespace mr
