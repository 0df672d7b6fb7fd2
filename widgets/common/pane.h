// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"
#include "models/core/finding.h"
#include "models/core/paneids.h"
#include "models/package/package.h"

#include <QAction>
#include <QSet>
#include <QWidget>

namespace mr {

namespace session {
class SessionModel;
}

// What a pane needs to know about comments to draw its markers.
struct CommentMarker
{
    Anchor anchor;
    int count = 0;        // comments (with replies not counted) on this anchor
    bool blocker = false; // any open blocker among them
    bool open = false;    // any open comment among them
};

// The contract between the main window and each pane (Code, Dataset, Environment, Results).
// A pane renders its section of the package; it never writes into the package, never parses
// the review file, and never talks to another pane. The window routes comments and state.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Which pane this is (set once by the window's pane registry).
    PaneId paneId() const { return m_paneId; }
    void setPaneId(PaneId id) { m_paneId = id; }
    // Where the pane publishes its live results (verification, tolerance, pair, ...) for the
    // report and the approval; may be null (a pane tested alone).
    void setSessionModel(session::SessionModel *model) { m_sessionModel = model; }
    session::SessionModel *sessionModel() const { return m_sessionModel; }

    // Shows the package (null clears the pane). Long work must start off the GUI thread here.
    virtual void setPackage(const PackagePtr &package) = 0;
    // Scrolls to and selects the anchored item; false if this pane does not have it.
    virtual bool reveal(const Anchor &anchor)
    {
        Q_UNUSED(anchor);
        return false;
    }
    // Markers for commented items, replacing the previous set.
    virtual void setCommentMarkers(const QList<CommentMarker> &markers) { Q_UNUSED(markers); }
    // Pane-specific persisted review state (for example the Code pane's viewed blob ids).
    virtual void setViewedKeys(const QSet<QString> &keys) { Q_UNUSED(keys); }
    // Findings computed so far by this pane's rules.
    virtual Findings findings() const { return {}; }
    // Returns the current content at an anchor, for outdated detection (code fingerprints) and
    // for quoting; empty when unknown.
    virtual QString anchoredText(const Anchor &anchor) const
    {
        Q_UNUSED(anchor);
        return {};
    }
    // Actions the window puts in its menus (with their shortcuts shown there), for example the
    // Code pane's next/previous hunk. Owned by the pane.
    virtual QList<QAction *> menuActions() const { return {}; }

Q_SIGNALS:
    // The user asked to comment on an item; `quoted` is the anchored content for context.
    void commentRequested(const mr::Anchor &anchor, const QString &quoted);
    void findingsChanged();
    // A checklist step this pane can judge (a key of mr::ChecklistStep, models/core/paneids.h).
    void checklistSuggested(const QString &step, bool satisfied);
    void viewedToggled(const QString &key, bool viewed);
    void statusMessage(const QString &message);

private:
    PaneId m_paneId = PaneId::Package;
    session::SessionModel *m_sessionModel = nullptr;
};

} // namespace mr
