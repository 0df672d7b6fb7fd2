// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace mr {

// The arrangement of the workbench window: the default layout (panes along the bottom with at
// least 60% of the height, the review on the right), Reset Layout, the collapsible overview and
// focus mode, in which one pane has the whole main area until it is toggled off again. Focus
// mode changes nothing that is saved: state() gives the layout as it was before it.
class DeskLayout : public QObject
{
    Q_OBJECT
public:
    // `paneDocks` in their default order, left to right; `overview` is the central area shown
    // above them (collapsed and in focus mode it is hidden and the docks take its room).
    // `widths`: the panes' relative shares of the bottom row (the pane registry's).
    DeskLayout(QMainWindow *window, const QList<QDockWidget *> &paneDocks, const QList<int> &widths,
               QDockWidget *reviewDock, QWidget *overview);

    QAction *focusAction() const { return m_focusAction; }
    QAction *overviewAction() const { return m_overviewAction; }
    QAction *resetAction() const { return m_resetAction; }

    // Panes at the bottom with kPaneHeightPercent of the height, every dock docked and visible,
    // the overview shown, focus mode off.
    void applyDefault();
    // After QMainWindow::restoreState(): floating docks that would open off every screen (a
    // monitor that is gone) are moved onto the window's screen.
    void afterRestore();
    // What to save: the layout before focus mode when it is on.
    QByteArray state(int version) const;
    bool isOverviewCollapsed() const;

    QDockWidget *focusedDock() const;
    // Gives `dock` the whole main area (null: leaves focus mode, restoring the layout).
    void setFocusedDock(QDockWidget *dock);
    // Focus mode on for the dock holding the keyboard focus (else the last one that did, else
    // the first pane), or off when it is on.
    void toggleFocus();

    static constexpr int kPaneHeightPercent = 66;

Q_SIGNALS:
    void focusChanged(QDockWidget *dock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyProportions();
    void setOverviewCollapsed(bool collapsed);
    void keepOnScreen(QDockWidget *dock);
    QDockWidget *dockOf(const QWidget *widget) const;
    QList<QDockWidget *> allDocks() const;

    QMainWindow *m_window;
    QList<QDockWidget *> m_paneDocks;
    QList<int> m_widths;
    QDockWidget *m_reviewDock;
    QWidget *m_overview;
    QAction *m_focusAction;
    QAction *m_overviewAction;
    QAction *m_resetAction;
    QPointer<QDockWidget> m_focused;
    QPointer<QDockWidget> m_lastActive;
    QByteArray m_beforeFocus;
};

} // namespace mr
