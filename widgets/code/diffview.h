// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"
#include "models/code/diffrows.h"
#include "models/core/anchor.h"

#include <QAbstractScrollArea>

namespace mr {

// A painted diff view: side by side (aligned rows, one scroll position for both sides, so
// scrolling is synchronised by construction) or unified. Only the rows in the viewport are laid
// out and painted, so a 50,000-line diff opens and scrolls like a short one. Rows between hunks
// are collapsed into expanders that reveal hidden context from the whole file text.
class DiffView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Mode { SideBySide, Unified };

    struct Marker
    {
        Anchor::Side side = Anchor::Side::New;
        int first = 0, last = 0;
        int count = 0;
        bool blocker = false, open = false, outdated = false;
        QString label;
    };

    struct Selection
    {
        Anchor::Side side = Anchor::Side::New;
        int first = 0, last = 0; // line numbers on that side; 0 when nothing is selected
        bool isValid() const { return first > 0 && last >= first; }
    };

    explicit DiffView(QWidget *parent = nullptr);

    void setPatch(const code::FilePatch &patch);
    const code::FilePatch &patch() const { return m_patch; }
    void clear();
    // Syntax colours for each side's whole file, projected onto rows by line number.
    void setStyles(const QList<code::LineStyles> &oldStyles, const QList<code::LineStyles> &newStyles);
    bool hasStyles() const { return !m_oldStyles.isEmpty() || !m_newStyles.isEmpty(); }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }

    int rowCount() const { return int(m_rows.size()); }
    int hunkCount() const { return int(m_patch.hunks.size()); }
    int currentHunk() const; // hunk holding the cursor, -1 before the first
    bool nextHunk();
    bool previousHunk();
    int cursorRow() const { return m_cursor; }

    Selection selection() const;
    // The selected lines' text on the selected side, joined by newlines.
    QString selectedText() const;
    // Selects lines on one side and scrolls them into view (reveal, tests); false if absent.
    bool selectLines(Anchor::Side side, int first, int last);
    // Reveals every hidden line of every gap.
    void expandAll();

Q_SIGNALS:
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kTabWidth = 4;
    static constexpr int kMarkerWidth = 6;
    using Row = code::DiffRow; // rows are built in models/code (diffrows.h)
    using Gap = code::DiffGap;

    void rebuildRows();
    void updateScrollBars();
    void updateMetrics();
    int rowHeight() const { return m_rowHeight; }
    int firstVisibleRow() const;
    int rowAt(int y) const;
    Anchor::Side sideAt(const Row &row, int x) const;
    int lineOn(const Row &row, Anchor::Side side) const;
    void setCursor(int row, Anchor::Side side, bool extend);
    void ensureRowVisible(int row, bool nearTop = false);
    void expandGap(int gapIndex, bool all);
    void paintRow(QPainter &p, const Row &row, int rowIndex, int y);
    void paintSide(QPainter &p, const Row &row, Anchor::Side side, int x, int width, int y, bool selected);
    void paintUnified(QPainter &p, const Row &row, int y, bool selected);
    void paintText(QPainter &p, const QString &text, const code::LineStyles *styles,
                   const QList<code::TextRange> *changed, const QColor &changedBg, int x, int y, int width);
    const Marker *markerAt(Anchor::Side side, int line) const;
    QString rowText(const Row &row, Anchor::Side side) const;

    code::FilePatch m_patch;
    QList<code::LineStyles> m_oldStyles, m_newStyles;
    QList<Gap> m_gaps; // m_gaps[i] precedes hunk i; the last one follows the last hunk
    QList<Row> m_rows;
    QList<int> m_hunkRows; // row index of each hunk's header
    QList<Marker> m_markers;
    Mode m_mode = Mode::SideBySide;
    int m_rowHeight = 16, m_charWidth = 8, m_ascent = 12, m_numberWidth = 40, m_maxColumns = 0;
    int m_cursor = -1, m_anchorRow = -1;
    Anchor::Side m_side = Anchor::Side::New;
};

} // namespace mr
