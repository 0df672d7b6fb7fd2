// SPDX-License-Identifier: Apache-2.0
#include "app/deskactions.h"

#include "app/reviewintegration.h"
#include "app/shortcutsheet.h"
#include "widgets/common/pane.h"
#include "widgets/review/commenttreemodel.h"
#include "widgets/review/reviewdock.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>

namespace mr {

using review::CommentTreeModel;

DeskActions::DeskActions(QMainWindow *window, const QList<Pane *> &panes, ReviewIntegration *review)
    : QObject(window), m_window(window), m_panes(panes), m_review(review)
{
    setObjectName(QStringLiteral("deskActions"));
    auto make = [window](const QString &text, const QList<QKeySequence> &keys, const char *name) {
        auto *a = new QAction(text, window);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        // Window-wide: the same key from every pane, so no pane may bind it again.
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
        return a;
    };
    m_comment = make(tr("&Comment on the Current Item…"), {QKeySequence(Qt::CTRL | Qt::Key_M)},
                     "reviewCommentCurrent");
    m_nextComment = make(tr("&Next Unresolved Comment"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)},
                         "reviewNextUnresolved");
    m_previousComment = make(tr("Pre&vious Unresolved Comment"),
                             {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up)}, "reviewPreviousUnresolved");
    // F1 everywhere; "?" as in Gerrit, which a text field still types (it overrides shortcuts
    // for the characters it accepts).
    m_shortcuts = make(tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)},
                       "helpKeyboardShortcuts");
    connect(m_comment, &QAction::triggered, this, &DeskActions::commentOnCurrentItem);
    connect(m_nextComment, &QAction::triggered, this, [this] { stepUnresolved(+1); });
    connect(m_previousComment, &QAction::triggered, this, [this] { stepUnresolved(-1); });
    connect(m_shortcuts, &QAction::triggered, this, &DeskActions::showShortcuts);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (Pane *pane : std::as_const(m_panes))
            if (now && pane->isAncestorOf(now))
                m_lastActive = pane;
    });
}

Pane *DeskActions::activePane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (Pane *pane : m_panes)
        if (focus && (pane == focus || pane->isAncestorOf(focus)))
            return pane;
    return m_lastActive;
}

bool DeskActions::commentOnCurrentItem()
{
    if (Pane *pane = activePane(); pane && pane->isVisible() && pane->commentOnCurrentItem())
        return true;
    Q_EMIT statusMessage(tr("Select an item in a pane to comment on it (lines of a diff, a dataset entry, "
                            "an environment row or a metric)."));
    return false;
}

bool DeskActions::stepUnresolved(int delta)
{
    review::ReviewDock *dock = m_review->reviewDock();
    const CommentTreeModel *model = dock->model();
    QStringList open; // in the dock's order: pane groups, then the comments of each
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int c = 0; c < model->rowCount(group); ++c) {
            const QModelIndex index = model->index(c, 0, group);
            if (index.data(CommentTreeModel::OpenRole).toBool())
                open << index.data(CommentTreeModel::CommentIdRole).toString();
        }
    }
    if (open.isEmpty()) {
        Q_EMIT statusMessage(tr("No unresolved comments."));
        return false;
    }
    const int current = int(open.indexOf(dock->currentCommentId()));
    int next = current < 0 ? (delta > 0 ? 0 : int(open.size()) - 1) : current + (delta > 0 ? 1 : -1);
    next = (next + int(open.size())) % int(open.size());
    const QString id = open.at(next);
    dock->selectComment(id);
    const QModelIndex index = model->indexOfComment(id);
    Q_EMIT statusMessage(tr("Unresolved comment %1 of %2").arg(next + 1).arg(open.size()));
    Q_EMIT revealRequested(index.data(CommentTreeModel::AnchorRole).value<Anchor>());
    return true;
}

void DeskActions::showShortcuts()
{
    auto *sheet = m_window->findChild<ShortcutSheet *>();
    if (!sheet)
        sheet = new ShortcutSheet(m_window);
    sheet->refresh();
    sheet->show();
    sheet->raise();
    sheet->activateWindow();
}

} // namespace mr
