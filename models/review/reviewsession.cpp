// SPDX-License-Identifier: Apache-2.0
#include "models/review/reviewsession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUndoCommand>

#include <QCoreApplication>
#include <algorithm>

namespace mr::review {

// One undoable change of one comment: the comment before and after (nullopt: absent).
class CommentCommand : public QUndoCommand
{
public:
    CommentCommand(ReviewSession *session, const QString &id, int index, std::optional<Comment> before,
                   std::optional<Comment> after, const QString &text)
        : QUndoCommand(text), m_session(session), m_id(id), m_index(index), m_before(std::move(before)),
          m_after(std::move(after))
    {}
    void redo() override { m_session->applyComment(m_id, m_index, m_after); }
    void undo() override { m_session->applyComment(m_id, m_index, m_before); }

private:
    ReviewSession *m_session;
    QString m_id;
    int m_index;
    std::optional<Comment> m_before, m_after;
};

ReviewSession::ReviewSession(QObject *parent) : QObject(parent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(); });
}

ReviewSession::~ReviewSession()
{
    if (m_dirty)
        save();
}

ReviewLoadResult ReviewSession::open(const QString &path)
{
    if (m_dirty)
        save();
    ReviewLoadResult r = loadReviewFile(path);
    m_undo.clear();
    m_document = r.document;
    m_path = path;
    m_diskHash = r.status == ReviewLoadResult::Status::Missing ? QByteArray() : r.fileHash;
    m_dirty = false;
    m_touched.clear();
    m_deleted.clear();
    m_touchedSteps.clear();
    m_ownDecisions = 0;
    m_ownSuppressions.clear();
    const bool wasReadOnly = m_readOnly;
    m_readOnly = r.readOnly();
    m_readOnlyReason = r.message();
    refreshOutdated();
    if (wasReadOnly != m_readOnly)
        Q_EMIT readOnlyChanged(m_readOnly);
    Q_EMIT commentsChanged();
    Q_EMIT decisionChanged();
    Q_EMIT checklistChanged();
    Q_EMIT viewedChanged();
    Q_EMIT changed();
    return r;
}

ReviewLoadResult ReviewSession::openForPackage(const Package &package)
{
    ReviewLoadResult r = open(defaultReviewPath(package));
    m_package = package;
    m_package->extraction.reset(); // only paths are needed; never keep an extraction alive
    m_package->document = nlohmann::json();
    setPackageIdentity(package.name, package.version);
    return r;
}

void ReviewSession::openUnsaved(const ReviewDocument &document)
{
    if (m_dirty)
        save();
    m_undo.clear();
    m_document = document;
    m_path.clear();
    m_diskHash.clear();
    m_dirty = false;
    const bool wasReadOnly = m_readOnly;
    m_readOnly = false;
    m_readOnlyReason.clear();
    refreshOutdated();
    if (wasReadOnly)
        Q_EMIT readOnlyChanged(false);
    Q_EMIT commentsChanged();
    Q_EMIT decisionChanged();
    Q_EMIT checklistChanged();
    Q_EMIT viewedChanged();
    Q_EMIT changed();
}

void ReviewSession::setPackageIdentity(const QString &name, const QString &version)
{
    m_document.packageName = name;
    m_document.packageVersion = version;
}

void ReviewSession::setCurrentDigest(const QString &digest)
{
    if (m_digest == digest)
        return;
    m_digest = digest;
    Q_EMIT decisionChanged();
    Q_EMIT changed();
}

void ReviewSession::setReviewer(const Person &person)
{
    m_reviewer = person;
}

bool ReviewSession::isMine(const Comment &comment) const
{
    return samePerson(comment.author, m_reviewer);
}

bool ReviewSession::canEdit(const QString &id) const
{
    const Comment *c = m_document.comment(id);
    return c && !m_readOnly && isMine(*c);
}

bool ReviewSession::checkWritable(QString *error) const
{
    if (!m_readOnly)
        return true;
    if (error)
        *error = m_readOnlyReason.isEmpty()
                     ? QCoreApplication::translate("mr::Review", "The review is read-only.")
                     : m_readOnlyReason;
    return false;
}

void ReviewSession::markDirty()
{
    m_dirty = true;
    if (!m_path.isEmpty() && !m_readOnly)
        m_autosave.start();
    Q_EMIT changed();
}

void ReviewSession::applyComment(const QString &id, int index, const std::optional<Comment> &value)
{
    const int at = m_document.indexOf(id);
    if (value) {
        if (at >= 0)
            m_document.comments[at] = *value;
        else
            m_document.comments.insert(std::clamp<qsizetype>(index, 0, m_document.comments.size()), *value);
        m_deleted.remove(id);
    } else if (at >= 0) {
        m_document.comments.removeAt(at);
        m_deleted.insert(id);
    }
    m_touched.insert(id);
    m_document.noteReviewer(m_reviewer);
    if (value && m_provider) {
        if (value->isOutdated(m_provider(value->anchor)))
            m_outdated.insert(id);
        else
            m_outdated.remove(id);
    }
    Q_EMIT commentsChanged();
    markDirty();
}

bool ReviewSession::pushCommentChange(const QString &id, const std::optional<Comment> &after,
                                      const QString &text, QString *error)
{
    if (!checkWritable(error))
        return false;
    const int index = m_document.indexOf(id);
    std::optional<Comment> before;
    if (index >= 0)
        before = m_document.comments.at(index);
    m_undo.push(new CommentCommand(this, id, index < 0 ? int(m_document.comments.size()) : index, before,
                                   after, text));
    return true;
}

QString ReviewSession::addComment(const Anchor &anchor, const QString &body, Comment::Kind kind,
                                  const QString &quoted, QString *error)
{
    if (body.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("mr::Review", "A comment needs some text.");
        return {};
    }
    Comment c;
    c.id = Comment::newId();
    c.author = m_reviewer;
    c.time = QDateTime::currentDateTimeUtc();
    c.body = body;
    c.kind = kind;
    c.anchor = anchor;
    c.quoted = quoted;
    c.fingerprint = Comment::fingerprintFor(anchor, quoted);
    if (!pushCommentChange(c.id, c,
                           QCoreApplication::translate("mr::Review", "Add comment on %1").arg(anchor.label()),
                           error))
        return {};
    return c.id;
}

static bool findFail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool ReviewSession::editComment(const QString &id, const QString &body, QString *error)
{
    const Comment *c = m_document.comment(id);
    if (!c)
        return findFail(error, QCoreApplication::translate("mr::Review", "No such comment."));
    if (!m_readOnly && !isMine(*c))
        return findFail(error, QCoreApplication::translate("mr::Review", "Only %1 can edit this comment.")
                                   .arg(personLabel(c->author)));
    if (body.trimmed().isEmpty())
        return findFail(error, QCoreApplication::translate("mr::Review", "A comment needs some text."));
    Comment after = *c;
    after.body = body;
    after.edited = QDateTime::currentDateTimeUtc();
    return pushCommentChange(id, after, QCoreApplication::translate("mr::Review", "Edit comment"), error);
}

bool ReviewSession::setCommentKind(const QString &id, Comment::Kind kind, QString *error)
{
    const Comment *c = m_document.comment(id);
    if (!c)
        return findFail(error, QCoreApplication::translate("mr::Review", "No such comment."));
    if (c->kind == kind)
        return true;
    Comment after = *c;
    after.kind = kind;
    after.edited = QDateTime::currentDateTimeUtc();
    return pushCommentChange(
        id, after,
        QCoreApplication::translate("mr::Review", "Mark comment as %1").arg(Comment::kindName(kind)), error);
}

bool ReviewSession::setCommentState(const QString &id, Comment::State state, QString *error)
{
    const Comment *c = m_document.comment(id);
    if (!c)
        return findFail(error, QCoreApplication::translate("mr::Review", "No such comment."));
    if (c->state == state)
        return true;
    Comment after = *c;
    after.state = state;
    after.resolvedBy = state == Comment::State::Resolved ? m_reviewer : Person();
    after.edited = QDateTime::currentDateTimeUtc();
    return pushCommentChange(id, after,
                             state == Comment::State::Resolved
                                 ? QCoreApplication::translate("mr::Review", "Resolve comment")
                                 : QCoreApplication::translate("mr::Review", "Reopen comment"),
                             error);
}

bool ReviewSession::deleteComment(const QString &id, QString *error)
{
    const Comment *c = m_document.comment(id);
    if (!c)
        return findFail(error, QCoreApplication::translate("mr::Review", "No such comment."));
    if (!m_readOnly && !isMine(*c))
        return findFail(error, QCoreApplication::translate("mr::Review", "Only %1 can delete this comment.")
                                   .arg(personLabel(c->author)));
    return pushCommentChange(id, std::nullopt, QCoreApplication::translate("mr::Review", "Delete comment"),
                             error);
}

QString ReviewSession::addReply(const QString &commentId, const QString &body, QString *error)
{
    const Comment *c = m_document.comment(commentId);
    if (!c) {
        findFail(error, QCoreApplication::translate("mr::Review", "No such comment."));
        return {};
    }
    if (body.trimmed().isEmpty()) {
        findFail(error, QCoreApplication::translate("mr::Review", "A reply needs some text."));
        return {};
    }
    Comment after = *c;
    Reply r{Comment::newId(), m_reviewer, QDateTime::currentDateTimeUtc(), body};
    after.replies << r;
    if (!pushCommentChange(commentId, after, QStringLiteral("Reply"), error))
        return {};
    return r.id;
}

bool ReviewSession::decide(Decision::Verdict verdict, const QString &reason, QString *error)
{
    if (!checkWritable(error))
        return false;
    Decision d;
    d.verdict = verdict;
    d.reason = reason.trimmed();
    d.time = QDateTime::currentDateTimeUtc();
    d.reviewer = m_reviewer;
    d.digest = m_digest;
    if (verdict == Decision::Verdict::Approve && m_digest.isEmpty())
        return findFail(error, QCoreApplication::translate(
                                   "mr::Review", "Cannot approve before the package digest is known."));
    if (!m_document.decide(d, error))
        return false;
    ++m_ownDecisions;
    Q_EMIT decisionChanged();
    markDirty();
    return true;
}

bool ReviewSession::isDecisionStale() const
{
    const auto d = m_document.currentDecision();
    return d && d->isStale(m_digest);
}

void ReviewSession::setChecklistTicked(const QString &step, bool ticked)
{
    if (m_readOnly)
        return;
    ChecklistEntry &e = m_document.checklist[step];
    if (e.ticked == ticked && e.time.isValid())
        return;
    e.ticked = ticked;
    e.by = m_reviewer;
    e.time = QDateTime::currentDateTimeUtc();
    m_touchedSteps.insert(step);
    m_document.noteReviewer(m_reviewer);
    Q_EMIT checklistChanged();
    markDirty();
}

void ReviewSession::suggestChecklist(const QString &step, bool satisfied)
{
    ChecklistEntry &e = m_document.checklist[step];
    const auto s =
        satisfied ? ChecklistEntry::Suggestion::Satisfied : ChecklistEntry::Suggestion::NotSatisfied;
    if (e.suggestion == s)
        return;
    e.suggestion = s;
    Q_EMIT checklistChanged(); // a suggestion is not saved: no dirty flag
}

void ReviewSession::setViewed(const QString &key, bool viewed)
{
    if (m_readOnly || m_document.viewed.contains(key) == viewed)
        return;
    if (viewed)
        m_document.viewed.insert(key);
    else
        m_document.viewed.remove(key);
    Q_EMIT viewedChanged();
    markDirty();
}

findings::Suppressions ReviewSession::suppressions() const
{
    findings::Suppressions out;
    Diagnostic error;
    if (!findings::suppressionsFromJson(m_document.extra, m_path, &out, &error))
        qWarning("%s", qPrintable(error.toString())); // kept as written; the CLI refuses the file
    return out;
}

bool ReviewSession::acceptFinding(const findings::Suppression &suppression, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_readOnly)
        return refuse(tr("The review is read-only: %1").arg(m_readOnlyReason));
    if (suppression.reason.trimmed().isEmpty())
        return refuse(tr("Accepting a finding needs a reason."));
    Diagnostic bad;
    findings::Suppressions list;
    if (!findings::suppressionsFromJson(m_document.extra, m_path, &list, &bad))
        return refuse(tr("The review file's suppressions cannot be read: %1").arg(bad.toString()));
    auto same = [&](const findings::Suppression &s) {
        return s.ruleId == suppression.ruleId && s.fingerprint == suppression.fingerprint;
    };
    list.removeIf(same);
    list.append(suppression);
    m_ownSuppressions.removeIf(same);
    m_ownSuppressions.append(suppression);
    m_document.extra[findings::kSuppressionsKey] = findings::suppressionsToJson(list);
    Q_EMIT suppressionsChanged();
    markDirty();
    return true;
}

void ReviewSession::setAnchoredTextProvider(std::function<QString(const Anchor &)> provider)
{
    m_provider = std::move(provider);
    refreshOutdated();
}

void ReviewSession::refreshOutdated()
{
    const QSet<QString> now = m_document.outdatedComments(m_provider);
    if (now == m_outdated)
        return;
    m_outdated = now;
    Q_EMIT outdatedChanged();
}

QList<MarkerData> ReviewSession::markers(const QString &pane) const
{
    QList<MarkerData> out;
    QHash<QString, int> byKey;
    for (const Comment &c : m_document.comments) {
        if (c.anchor.pane() != pane)
            continue;
        const QString key = c.anchor.key();
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, int(out.size()));
            out.append(MarkerData{c.anchor, 0, false, false});
        }
        MarkerData &m = out[*it];
        ++m.count;
        m.blocker = m.blocker || c.isOpenBlocker();
        m.open = m.open || c.isOpen();
    }
    return out;
}

void ReviewSession::setAutosaveDelay(int milliseconds)
{
    m_autosave.setInterval(milliseconds);
}

void ReviewSession::mergeFromDisk()
{
    QFile file(m_path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    if (QCryptographicHash::hash(data, QCryptographicHash::Sha256) == m_diskHash)
        return;
    const ReviewLoadResult theirs = parseReview(data, m_path);
    if (theirs.status != ReviewLoadResult::Status::Ok)
        return; // save() refuses to overwrite it below
    ReviewDocument merged = theirs.document;
    for (const Comment &c : std::as_const(m_document.comments)) {
        if (!m_touched.contains(c.id))
            continue;
        const int at = merged.indexOf(c.id);
        if (at >= 0)
            merged.comments[at] = c;
        else
            merged.comments << c;
    }
    for (const QString &id : std::as_const(m_deleted)) {
        const int at = merged.indexOf(id);
        if (at >= 0)
            merged.comments.removeAt(at);
    }
    for (qsizetype i = m_document.decisions.size() - m_ownDecisions; i < m_document.decisions.size(); ++i)
        merged.decisions << m_document.decisions.at(i);
    std::stable_sort(merged.decisions.begin(), merged.decisions.end(),
                     [](const Decision &a, const Decision &b) { return a.time < b.time; });
    for (const Person &p : std::as_const(m_document.reviewers))
        merged.noteReviewer(p);
    for (const QString &step : std::as_const(m_touchedSteps))
        merged.checklist[step] = m_document.checklist.value(step);
    for (auto it = m_document.checklist.cbegin(); it != m_document.checklist.cend(); ++it)
        merged.checklist[it.key()].suggestion = it.value().suggestion;
    merged.viewed.unite(m_document.viewed);
    if (!m_ownSuppressions.isEmpty()) {
        // Theirs first, then ours (replacing theirs for the same rule and fingerprint).
        findings::Suppressions list;
        Diagnostic bad;
        findings::suppressionsFromJson(merged.extra, m_path, &list, &bad);
        for (const findings::Suppression &own : std::as_const(m_ownSuppressions)) {
            list.removeIf([&](const findings::Suppression &s) {
                return s.ruleId == own.ruleId && s.fingerprint == own.fingerprint;
            });
            list.append(own);
        }
        merged.extra[findings::kSuppressionsKey] = findings::suppressionsToJson(list);
    }
    m_document = merged;
    m_ownDecisions = 0;
    m_ownSuppressions.clear();
    m_undo.clear(); // positions in the old document no longer apply
    refreshOutdated();
    Q_EMIT commentsChanged();
    Q_EMIT decisionChanged();
    Q_EMIT checklistChanged();
}

bool ReviewSession::save(QString *error)
{
    m_autosave.stop();
    if (m_readOnly)
        return checkWritable(error);
    if (m_path.isEmpty())
        return findFail(error, QCoreApplication::translate(
                                   "mr::Review", "The review has no file yet: choose where to save it."));
    if (!m_dirty)
        return true;
    mergeFromDisk();
    const ReviewLoadResult onDisk = loadReviewFile(m_path);
    if (onDisk.readOnly()) {
        // Someone replaced the file with something we cannot read: never overwrite it.
        m_readOnly = true;
        m_readOnlyReason = onDisk.message();
        Q_EMIT readOnlyChanged(true);
        Q_EMIT saveFailed(m_readOnlyReason);
        return checkWritable(error);
    }
    m_document.packageDigest = m_digest.isEmpty() ? m_document.packageDigest : m_digest;
    QString why;
    if (!saveReviewFile(m_document, m_path, &why)) {
        Q_EMIT saveFailed(why);
        return findFail(error, why);
    }
    m_diskHash = QCryptographicHash::hash(serializeReview(m_document), QCryptographicHash::Sha256);
    m_dirty = false;
    m_touched.clear();
    m_deleted.clear();
    m_touchedSteps.clear();
    m_ownDecisions = 0;
    m_ownSuppressions.clear();
    Q_EMIT saved(m_path);
    return true;
}

bool ReviewSession::saveAs(const QString &path, QString *error)
{
    if (m_readOnly && QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return findFail(error, QCoreApplication::translate(
                                   "mr::Review", "%1 cannot be read by this version; it is not overwritten. "
                                                 "Choose another file.")
                                   .arg(path));
    if (m_package && isInsidePackage(path, *m_package))
        return findFail(error, QCoreApplication::translate(
                                   "mr::Review", "%1 is inside the package; the package is never written to. "
                                                 "Choose a path outside it.")
                                   .arg(path));
    m_document.packageDigest = m_digest.isEmpty() ? m_document.packageDigest : m_digest;
    QString why;
    if (!saveReviewFile(m_document, path, &why)) {
        Q_EMIT saveFailed(why);
        return findFail(error, why);
    }
    m_path = path;
    m_diskHash = QCryptographicHash::hash(serializeReview(m_document), QCryptographicHash::Sha256);
    m_dirty = false;
    m_touched.clear();
    m_deleted.clear();
    m_touchedSteps.clear();
    m_ownDecisions = 0;
    m_ownSuppressions.clear();
    if (m_readOnly) {
        m_readOnly = false;
        m_readOnlyReason.clear();
        Q_EMIT readOnlyChanged(false);
    }
    Q_EMIT saved(m_path);
    return true;
}

} // namespace mr::review
