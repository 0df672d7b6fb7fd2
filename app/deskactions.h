// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace mr {

class Pane;
class ReviewIntegration;

// The window-wide review keys: one "comment on the current item" key for every pane, next and
// previous unresolved comment, and the keyboard shortcut sheet (F1 or ?). Gerrit's key set is
// the model: one key per intent, the same everywhere.
class DeskActions : public QObject
{
    Q_OBJECT
public:
    DeskActions(QMainWindow *window, const QList<Pane *> &panes, ReviewIntegration *review);

    QAction *commentAction() const { return m_comment; }
    QAction *nextCommentAction() const { return m_nextComment; }
    QAction *previousCommentAction() const { return m_previousComment; }
    QAction *shortcutsAction() const { return m_shortcuts; }

    // Comments on the current item of the active pane (the one holding the keyboard focus, else
    // the one that held it last); false with a status message when nothing is selected.
    bool commentOnCurrentItem();
    // Selects the next (delta > 0) or previous unresolved comment in the Review dock's order,
    // wrapping around, and reveals what it is about; false when none is open.
    bool stepUnresolved(int delta);
    void showShortcuts();

Q_SIGNALS:
    void revealRequested(const mr::Anchor &anchor);
    void statusMessage(const QString &text);

private:
    Pane *activePane() const;

    QMainWindow *m_window;
    QList<Pane *> m_panes;
    ReviewIntegration *m_review;
    QPointer<Pane> m_lastActive;
    QAction *m_comment;
    QAction *m_nextComment;
    QAction *m_previousComment;
    QAction *m_shortcuts;
};

} // namespace mr
