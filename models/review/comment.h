// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"
#include "models/package/package.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace mr::review {

// Where a comment carried forward from a previous package's review came from (see
// docs/review-format.md, "Carried comments"). Absent on comments written on this package.
struct Carried
{
    enum class Status { Current, Moved, Outdated, Gone };

    QString fromDigest;    // digest of the package the comment was carried from
    QString fromVersion;   // that package's version
    Anchor originalAnchor; // the anchor in that package
    Status status = Status::Current;

    static QString statusName(Status s); // "current", "moved", "outdated", "gone"
    static bool statusFromName(const QString &name, Status *out);
    bool operator==(const Carried &) const = default;
};

// A reply in a comment's thread. Replies carry no kind or state of their own.
struct Reply
{
    QString id;
    Person author;
    QDateTime time;
    QString body; // Markdown as typed; rendered by views, escaped by reports

    bool operator==(const Reply &other) const;
};

// A reviewer's comment on the package or on one item of a pane.
struct Comment
{
    enum class Kind { Note, Issue, Blocker };
    enum class State { Open, Resolved };

    QString id; // unique in the review file (a UUID without braces)
    Person author;
    QDateTime time;   // created, UTC
    QDateTime edited; // last edit of the body, kind or state; null when never edited
    QString body;     // Markdown as typed
    Kind kind = Kind::Note;
    State state = State::Open;
    Person resolvedBy; // who resolved it (empty while open)
    Anchor anchor;
    // Fingerprint of the anchored content when the comment was written: the anchor's own
    // fingerprint for code lines, else Anchor::fingerprintOf() of the quoted text (empty when
    // nothing was quoted, in which case the comment can never be outdated).
    QString fingerprint;
    QString quoted; // the anchored content as it was, for context in views and reports
    QList<Reply> replies;
    std::optional<Carried> carried; // set when carried forward from a previous package's review

    bool isOpen() const { return state == State::Open; }
    bool isOpenBlocker() const { return kind == Kind::Blocker && state == State::Open; }
    // True when `currentText` (the anchored content now) is known and no longer matches.
    bool isOutdated(const QString &currentText) const;

    static QString kindName(Kind k); // "note", "issue", "blocker"
    static bool kindFromName(const QString &name, Kind *out);
    static QString stateName(State s); // "open", "resolved"
    static bool stateFromName(const QString &name, State *out);
    static QString newId();
    // The fingerprint a comment stores for `anchor` when `quoted` was shown.
    static QString fingerprintFor(const Anchor &anchor, const QString &quoted);

    bool operator==(const Comment &other) const;
};

void to_json(nlohmann::json &j, const Reply &r);
void from_json(const nlohmann::json &j, Reply &r);
void to_json(nlohmann::json &j, const Comment &c);
// Throws nlohmann::json::exception or std::invalid_argument on bad input.
void from_json(const nlohmann::json &j, Comment &c);

// Person and time helpers shared by the review file and the reports.
void to_json(nlohmann::json &j, const Person &p);
void personFromJson(const nlohmann::json &j, Person &p);
std::string timeToJson(const QDateTime &t);
QDateTime timeFromJson(const nlohmann::json &j, const char *key);
QString personLabel(const Person &p);
bool samePerson(const Person &a, const Person &b); // by email (case-insensitive), else name
bool equalPerson(const Person &a,
                 const Person &b); // name and email equal // "Name <email>", or whichever part is known

} // namespace mr::review
