// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/findings/suppression.h"
#include "models/review/reviewfile.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace mr::review {

// What a pane needs for its markers; the widgets layer turns it into mr::CommentMarker.
struct MarkerData
{
    Anchor anchor;
    int count = 0;        // comments on this anchor (replies not counted)
    bool blocker = false; // any open blocker among them
    bool open = false;    // any open comment among them
};

// The live review of one package: the document, who is reviewing, undo for comment edits,
// and saving (a few seconds after each change, and on close). All edits go through here so
// that views, markers and the file stay in step. Read-only sessions (a damaged or newer file)
// refuse every edit and never write to the file they came from.
class ReviewSession : public QObject
{
    Q_OBJECT
public:
    explicit ReviewSession(QObject *parent = nullptr);
    ~ReviewSession() override; // saves pending changes

    // Opens the review file at `path` (a missing file starts an empty review there). Pending
    // changes of a previous file are saved first.
    ReviewLoadResult open(const QString &path);
    // Opens the review beside `package` (defaultReviewPath) and records its identity.
    ReviewLoadResult openForPackage(const Package &package);
    // Starts a review that is not saved anywhere (until saveAs()).
    void openUnsaved(const ReviewDocument &document = {});
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The package under review: its identity is written into the file, its digest binds
    // decisions and marks older ones stale. An empty digest means "not computed yet".
    void setPackageIdentity(const QString &name, const QString &version);
    void setCurrentDigest(const QString &digest);
    QString currentDigest() const { return m_digest; }

    void setReviewer(const Person &person);
    Person reviewer() const { return m_reviewer; }
    bool isMine(const Comment &comment) const;

    const ReviewDocument &document() const { return m_document; }
    QUndoStack *undoStack() { return &m_undo; }

    // Comment edits (undoable). Each returns false (or an empty id) with `error` set when the
    // session is read-only, the comment is unknown, or the reviewer may not edit it (only the
    // author edits or deletes a comment or reply; anyone may resolve or reopen).
    QString addComment(const Anchor &anchor, const QString &body, Comment::Kind kind,
                       const QString &quoted = {}, QString *error = nullptr);
    bool editComment(const QString &id, const QString &body, QString *error = nullptr);
    bool setCommentKind(const QString &id, Comment::Kind kind, QString *error = nullptr);
    bool setCommentState(const QString &id, Comment::State state, QString *error = nullptr);
    bool deleteComment(const QString &id, QString *error = nullptr);
    QString addReply(const QString &commentId, const QString &body, QString *error = nullptr);
    bool canEdit(const QString &id) const;

    // The decision (not undoable: a new decision replaces it). Refusals name open blockers.
    bool decide(Decision::Verdict verdict, const QString &reason, QString *error = nullptr);
    bool isDecisionStale() const;
    GateStatus status() const { return gateStatus(m_document, m_digest); }

    void setChecklistTicked(const QString &step, bool ticked);
    void suggestChecklist(const QString &step, bool satisfied);
    void setViewed(const QString &key, bool viewed);

    // Accepted findings: the review file's "suppressions" (models/findings/suppression.h).
    // acceptFinding() refuses an empty reason and a read-only session; accepting the same rule
    // and fingerprint again replaces the earlier entry. Emits suppressionsChanged().
    findings::Suppressions suppressions() const;
    bool acceptFinding(const findings::Suppression &suppression, QString *error = nullptr);

    // Outdated comments: `provider` returns the content at an anchor now (empty: unknown).
    void setAnchoredTextProvider(std::function<QString(const Anchor &)> provider);
    // The content at an anchor now, from the provider (empty: unknown or no provider).
    QString anchoredText(const Anchor &anchor) const { return m_provider ? m_provider(anchor) : QString(); }
    void refreshOutdated();
    bool isOutdated(const QString &commentId) const { return m_outdated.contains(commentId); }
    QSet<QString> outdated() const { return m_outdated; }

    // Markers for one pane ("package", "code", "dataset", "environment", "results").
    QList<MarkerData> markers(const QString &pane) const;

    bool isDirty() const { return m_dirty; }
    void setAutosaveDelay(int milliseconds);
    // Saves now when there are unsaved changes. A file changed by someone else since it was
    // read is merged first (their comments and decisions are kept, ours added).
    bool save(QString *error = nullptr);
    // Saves to another path and continues there (the way out of a read-only file). With a
    // package set through openForPackage(), a path inside the package is refused.
    bool saveAs(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void suppressionsChanged();
    void changed();
    void commentsChanged();
    void decisionChanged();
    void checklistChanged();
    void viewedChanged();
    void outdatedChanged();
    void readOnlyChanged(bool readOnly);
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    friend class CommentCommand;
    void applyComment(const QString &id, int index, const std::optional<Comment> &value);
    bool pushCommentChange(const QString &id, const std::optional<Comment> &after, const QString &text,
                           QString *error);
    bool checkWritable(QString *error) const;
    void markDirty();
    void mergeFromDisk();

    ReviewDocument m_document;
    QString m_path;
    QByteArray m_diskHash; // hash of the file as last read or written
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_dirty = false;
    QString m_digest;
    std::optional<Package> m_package; // for refusing review paths inside it
    Person m_reviewer;
    QUndoStack m_undo;
    QTimer m_autosave;
    std::function<QString(const Anchor &)> m_provider;
    QSet<QString> m_outdated;
    QSet<QString> m_touched; // comment ids changed in this session (win a merge)
    QSet<QString> m_deleted; // comment ids deleted in this session (not resurrected)
    QSet<QString> m_touchedSteps;
    findings::Suppressions m_ownSuppressions; // accepted in this session: kept when merging
    int m_ownDecisions = 0;                   // decisions added in this session (appended in a merge)
};

} // namespace mr::review
