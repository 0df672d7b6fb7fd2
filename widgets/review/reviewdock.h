// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/reviewsession.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace mr::review {

class CommentTreeModel;
class DecisionPanel;

// The Review dock's content: every comment grouped by pane with filters (open, blockers,
// mine), the selected comment rendered with its thread, its actions (reply, edit, resolve,
// delete, kind), and the decision panel. Activating a comment asks the window to reveal its
// anchor. All edits go through the ReviewSession (undoable, autosaved).
class ReviewDock : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewDock(QWidget *parent = nullptr);

    void setSession(ReviewSession *session);
    ReviewSession *session() const { return m_session; }
    DecisionPanel *decisionPanel() const { return m_decision; }
    CommentTreeModel *model() const { return m_model; }
    // Undo and redo of comment edits, for the window's Edit menu.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // Makes sure the session knows who is reviewing: from settings, else asks once (modal)
    // and stores the answer. False when the user cancels.
    bool ensureReviewer();

    QString currentCommentId() const;
    bool selectComment(const QString &id);

public Q_SLOTS:
    // Opens the comment editor for `anchor` (connected to each pane's commentRequested).
    void addComment(const mr::Anchor &anchor, const QString &quoted);
    void replyToCurrent();
    void editCurrent();
    void toggleResolvedCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void revealRequested(const mr::Anchor &anchor);

private:
    void updateFilter();
    void updateDetail();
    void updateReadOnly();
    void showError(const QString &message);

    QPointer<ReviewSession> m_session;
    CommentTreeModel *m_model;
    QTreeView *m_tree;
    QTextBrowser *m_detail;
    QCheckBox *m_filterOpen;
    QCheckBox *m_filterBlockers;
    QCheckBox *m_filterMine;
    QComboBox *m_carriedFilter; // by carried status (re-review)
    QLabel *m_banner;
    QLabel *m_error;
    QPushButton *m_reply;
    QPushButton *m_edit;
    QPushButton *m_resolve;
    QPushButton *m_delete;
    QComboBox *m_kind;
    DecisionPanel *m_decision;
    QAction *m_undo;
    QAction *m_redo;
    QString m_current;
    bool m_resetting = false;
};

} // namespace mr::review
