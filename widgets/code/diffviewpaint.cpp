// SPDX-License-Identifier: Apache-2.0
// Painting of DiffView: only the rows inside the viewport, and within a row only the columns
// that are visible, so the cost of a frame does not depend on the size of the diff.
#include "widgets/code/diffview.h"

#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

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
    c.markerOpen = dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x2f, 0x81, 0xf7);
    c.markerBlocker = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xd7, 0x3a, 0x49);
    c.markerClosed = dark ? QColor(0x6e, 0x76, 0x81) : QColor(0x8b, 0x94, 0x9e);
    c.markerOutdated = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0xbf, 0x87, 0x00);
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

static void paintMarker(QPainter &p, const Colours &c, const DiffView::Marker *m, int x, int y, int height,
                        int width)
{
    if (!m)
        return;
    const QColor colour = m->outdated  ? c.markerOutdated
                          : m->blocker ? c.markerBlocker
                          : m->open    ? c.markerOpen
                                       : c.markerClosed;
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
    paintMarker(p, c, markerAt(side, line), x, y, m_rowHeight, kMarkerWidth);
    p.setPen(c.dimText);
    p.drawText(QRect(x + kMarkerWidth, y, m_numberWidth, m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
               QString::number(line));
    const int textX = x + textLeft();
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
    paintMarker(p, c, markerAt(side, lineOn(row, side)), 0, y, m_rowHeight, kMarkerWidth);
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
    const int textX = textLeft();
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
    const int hs = horizontalScrollBar()->value();
    // Every character but a combining mark takes at least one column, so a prefix this long
    // covers the visible part; a minified 1 MB line costs no more than a short one.
    qsizetype limit = qMin<qsizetype>(text.size(), qsizetype((hs + width) / m_advance) + 256);
    if (limit < text.size() && limit > 0 && text.at(limit - 1).isHighSurrogate())
        ++limit;
    // One layout per line, with the real advances of every glyph (tabs, fallback fonts for
    // wide characters, combining marks, surrogate pairs, bold spans); the change highlights and
    // the syntax colours are both placed from it, so they cannot drift from the glyphs.
    QTextLayout layout(limit == text.size() ? text : text.left(limit), font(), viewport());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(Qt::LeftToRight);
    option.setTabStopDistance(kTabWidth * m_advance);
    option.setFlags(QTextOption::IncludeTrailingSpaces);
    layout.setTextOption(option);
    if (styles && !styles->isEmpty()) {
        QList<QTextLayout::FormatRange> formats;
        formats.reserve(styles->size());
        for (const code::StyleSpan &span : *styles) {
            const int start = qBound(0, span.start, int(limit));
            const int end = qBound(start, span.start + span.length, int(limit));
            if (end == start)
                continue;
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = end - start;
            if (span.color)
                range.format.setForeground(QColor::fromRgba(span.color));
            if (span.bold)
                range.format.setFontWeight(QFont::Bold);
            if (span.italic)
                range.format.setFontItalic(true);
            formats.append(range);
        }
        layout.setFormats(formats);
    }
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(1e6);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();

    p.save();
    p.setClipRect(x, y, width, m_rowHeight);
    const qreal origin = x - hs;
    if (changed) {
        for (const code::TextRange &r : *changed) {
            const int s = qBound(0, r.start, int(limit)), e = qBound(0, r.start + r.length, int(limit));
            if (e <= s)
                continue;
            const qreal x0 = line.cursorToX(s), x1 = line.cursorToX(e);
            p.fillRect(QRectF(origin + qMin(x0, x1), y, qAbs(x1 - x0), m_rowHeight), changedBg);
        }
    }
    p.setPen(palette().color(QPalette::Text));
    // The baseline stays where the row's font puts it even when a fallback font for a wide
    // character makes this line's ascent larger.
    layout.draw(&p, QPointF(origin, y + m_ascent - line.ascent()));
    p.restore();
}

} // namespace mr
