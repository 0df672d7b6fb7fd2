// SPDX-License-Identifier: Apache-2.0
#include "app/desklayout.h"

#include "widgets/common/pane.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMouseEvent>
#include <QScreen>
#include <QTimer>

namespace mr {

namespace {
// A dock holds its pane directly or inside a frame (the re-review "Since" frame).
Pane *paneIn(QDockWidget *dock)
{
    QWidget *w = dock ? dock->widget() : nullptr;
    if (auto *pane = qobject_cast<Pane *>(w))
        return pane;
    return w ? w->findChild<Pane *>() : nullptr;
}
} // namespace

DeskLayout::DeskLayout(QMainWindow *window, const QList<QDockWidget *> &paneDocks, const QList<int> &widths,
                       QDockWidget *reviewDock, QWidget *overview)
    : QObject(window), m_window(window), m_paneDocks(paneDocks), m_widths(widths), m_reviewDock(reviewDock),
      m_overview(overview)
{
    setObjectName(QStringLiteral("deskLayout"));
    // The review runs the whole height on the right. In the corner's default (the bottom area's)
    // the review shared the overview's row, and its minimum height (comments, detail, decision)
    // held the panes below to about 35% of the window, whatever the proportions asked for.
    window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_focusAction = new QAction(tr("&Focus Pane"), window);
    m_focusAction->setObjectName(QStringLiteral("viewFocusPane"));
    m_focusAction->setCheckable(true);
    m_focusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_focusAction->setToolTip(tr("Give the current pane the whole window, or restore the layout "
                                 "(also: double-click a pane's title)"));
    m_overviewAction = new QAction(tr("Show &Overview"), window);
    m_overviewAction->setObjectName(QStringLiteral("viewShowOverview"));
    m_overviewAction->setCheckable(true);
    m_overviewAction->setChecked(true);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_resetAction = new QAction(tr("Reset &Layout"), window);
    m_resetAction->setObjectName(QStringLiteral("viewResetLayout"));
    window->addActions({m_focusAction, m_overviewAction, m_resetAction});

    connect(m_focusAction, &QAction::triggered, this, [this] {
        // The check state follows the mode, not the click.
        m_focusAction->setChecked(m_focused != nullptr);
        toggleFocus();
    });
    connect(m_overviewAction, &QAction::toggled, this, [this](bool shown) { setOverviewCollapsed(!shown); });
    connect(m_resetAction, &QAction::triggered, this, &DeskLayout::applyDefault);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (QDockWidget *dock = dockOf(now))
            m_lastActive = dock;
    });
    for (QDockWidget *dock : allDocks())
        dock->installEventFilter(this);
}

QList<QDockWidget *> DeskLayout::allDocks() const
{
    QList<QDockWidget *> docks = m_paneDocks;
    docks << m_reviewDock;
    return docks;
}

QDockWidget *DeskLayout::dockOf(const QWidget *widget) const
{
    for (QDockWidget *dock : allDocks())
        if (widget && (dock == widget || dock->isAncestorOf(widget)))
            return dock;
    return nullptr;
}

void DeskLayout::applyDefault()
{
    setFocusedDock(nullptr);
    for (QDockWidget *dock : allDocks()) {
        dock->setFloating(false);
        dock->show();
    }
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_paneDocks.first());
    for (int i = 1; i < m_paneDocks.size(); ++i)
        m_window->splitDockWidget(m_paneDocks.at(i - 1), m_paneDocks.at(i), Qt::Horizontal);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    m_overviewAction->setChecked(true);
    setOverviewCollapsed(false);
    applyProportions();
    // Sizes given before the window is laid out are relative to a stale geometry: apply again
    // once the event loop has laid it out.
    QTimer::singleShot(0, this, &DeskLayout::applyProportions);
}

void DeskLayout::applyProportions()
{
    const int height = m_window->height(), width = m_window->width();
    m_window->resizeDocks({m_paneDocks.first()}, {height * kPaneHeightPercent / 100}, Qt::Vertical);
    m_window->resizeDocks(m_paneDocks, m_widths, Qt::Horizontal);
    m_window->resizeDocks({m_reviewDock}, {width * 20 / 100}, Qt::Horizontal);
}

void DeskLayout::afterRestore()
{
    for (QDockWidget *dock : allDocks())
        if (dock->isFloating())
            keepOnScreen(dock);
}

void DeskLayout::keepOnScreen(QDockWidget *dock)
{
    const QRect frame = dock->frameGeometry();
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect visible = screen->availableGeometry().intersected(frame);
        // Enough of it to grab the title bar and see what it is.
        if (visible.width() >= qMin(frame.width(), 120) && visible.height() >= qMin(frame.height(), 60) &&
            screen->availableGeometry().contains(QPoint(visible.left() + 1, frame.top() + 1)))
            return;
    }
    const QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    QRect target(QPoint(0, 0), dock->size().boundedTo(area.size() * 9 / 10));
    target.moveCenter(area.center());
    dock->setGeometry(target);
}

QDockWidget *DeskLayout::focusedDock() const
{
    return m_focused;
}

QByteArray DeskLayout::state(int version) const
{
    return m_focused ? m_beforeFocus : m_window->saveState(version);
}

bool DeskLayout::isOverviewCollapsed() const
{
    return !m_overviewAction->isChecked();
}

void DeskLayout::setOverviewCollapsed(bool collapsed)
{
    m_overview->setVisible(!collapsed && !m_focused);
}

void DeskLayout::toggleFocus()
{
    if (m_focused) {
        setFocusedDock(nullptr);
        return;
    }
    QDockWidget *dock = dockOf(QApplication::focusWidget());
    if (!dock)
        dock = m_lastActive;
    if (!dock)
        dock = m_paneDocks.first();
    setFocusedDock(dock);
}

void DeskLayout::setFocusedDock(QDockWidget *dock)
{
    if (dock == m_focused)
        return;
    if (m_focused) { // leave focus mode (or switch docks) from the saved layout
        if (auto *pane = paneIn(m_focused))
            pane->setMaximized(false);
        m_focused = nullptr;
        // The overview first: the saved sizes were taken with it in place.
        m_overview->setVisible(m_overviewAction->isChecked());
        m_window->restoreState(m_beforeFocus);
    }
    if (dock) {
        m_beforeFocus = m_window->saveState();
        m_focused = dock;
        for (QDockWidget *other : allDocks())
            if (other != dock)
                other->hide();
        dock->setFloating(false);
        dock->show();
        dock->raise();
        m_overview->hide();
        if (auto *pane = paneIn(dock))
            pane->setMaximized(true);
        if (!dock->isAncestorOf(QApplication::focusWidget()) && dock->widget())
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
    }
    m_focusAction->setChecked(m_focused != nullptr);
    Q_EMIT focusChanged(m_focused);
}

bool DeskLayout::eventFilter(QObject *watched, QEvent *event)
{
    // A double-click on a dock's title toggles focus mode (instead of floating the dock: the
    // title bar's button and dragging still do that).
    if (event->type() == QEvent::MouseButtonDblClick) {
        auto *dock = qobject_cast<QDockWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (dock && dock->widget() && mouse->button() == Qt::LeftButton &&
            mouse->position().y() < dock->widget()->geometry().top()) {
            setFocusedDock(m_focused == dock ? nullptr : dock);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mr
