// SPDX-License-Identifier: Apache-2.0
#include "models/review/comment.h"

#include <QUuid>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace mr::review {

namespace {
QString str(const nlohmann::json &j, const char *key)
{
    return QString::fromStdString(j.at(key).get<std::string>());
}
QString optStr(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    return QString::fromStdString(it->get<std::string>());
}
} // namespace

QString Comment::kindName(Kind k)
{
    switch (k) {
    case Kind::Note: return QStringLiteral("note");
    case Kind::Issue: return QStringLiteral("issue");
    case Kind::Blocker: return QStringLiteral("blocker");
    }
    return {};
}

bool Comment::kindFromName(const QString &name, Kind *out)
{
    for (Kind k : {Kind::Note, Kind::Issue, Kind::Blocker}) {
        if (kindName(k) == name) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString Comment::stateName(State s)
{
    return s == State::Open ? QStringLiteral("open") : QStringLiteral("resolved");
}

bool Comment::stateFromName(const QString &name, State *out)
{
    if (name == QLatin1String("open"))
        *out = State::Open;
    else if (name == QLatin1String("resolved"))
        *out = State::Resolved;
    else
        return false;
    return true;
}

QString Comment::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Comment::fingerprintFor(const Anchor &anchor, const QString &quoted)
{
    if (!anchor.fingerprint.isEmpty())
        return anchor.fingerprint;
    if (quoted.isEmpty())
        return {};
    return Anchor::fingerprintOf(quoted.split(QLatin1Char('\n')));
}

QString Carried::statusName(Status s)
{
    switch (s) {
    case Status::Current: return QStringLiteral("current");
    case Status::Moved: return QStringLiteral("moved");
    case Status::Outdated: return QStringLiteral("outdated");
    case Status::Gone: return QStringLiteral("gone");
    }
    return {};
}

bool Carried::statusFromName(const QString &name, Status *out)
{
    for (Status s : {Status::Current, Status::Moved, Status::Outdated, Status::Gone}) {
        if (statusName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool Comment::isOutdated(const QString &currentText) const
{
    if (fingerprint.isEmpty() || currentText.isEmpty())
        return false;
    return Anchor::fingerprintOf(currentText.split(QLatin1Char('\n'))) != fingerprint;
}

bool equalPerson(const Person &a, const Person &b)
{
    return a.name == b.name && a.email == b.email;
}

bool samePerson(const Person &a, const Person &b)
{
    if (!a.email.isEmpty() || !b.email.isEmpty())
        return a.email.compare(b.email, Qt::CaseInsensitive) == 0;
    return a.name == b.name;
}

bool Reply::operator==(const Reply &o) const
{
    return id == o.id && equalPerson(author, o.author) && time == o.time && body == o.body;
}

bool Comment::operator==(const Comment &o) const
{
    return id == o.id && equalPerson(author, o.author) && time == o.time && edited == o.edited &&
           body == o.body && kind == o.kind && state == o.state && equalPerson(resolvedBy, o.resolvedBy) &&
           anchor == o.anchor && fingerprint == o.fingerprint && quoted == o.quoted && replies == o.replies &&
           carried == o.carried;
}

QString personLabel(const Person &p)
{
    if (p.name.isEmpty())
        return p.email.isEmpty() ? QStringLiteral("(unknown)") : p.email;
    return p.email.isEmpty() ? p.name : QStringLiteral("%1 <%2>").arg(p.name, p.email);
}

void to_json(nlohmann::json &j, const Person &p)
{
    j = nlohmann::json{{"name", p.name.toStdString()}, {"email", p.email.toStdString()}};
}

void personFromJson(const nlohmann::json &j, Person &p)
{
    if (!j.is_object())
        throw std::invalid_argument("a person must be an object with \"name\" and \"email\"");
    p.name = str(j, "name");
    p.email = optStr(j, "email");
}

std::string timeToJson(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate).toStdString() : std::string();
}

QDateTime timeFromJson(const nlohmann::json &j, const char *key)
{
    const QString text = optStr(j, key);
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        throw std::invalid_argument(std::string("\"") + key + "\" is not an ISO 8601 time");
    return t.toUTC();
}

void to_json(nlohmann::json &j, const Reply &r)
{
    j = nlohmann::json::object();
    j["id"] = r.id.toStdString();
    to_json(j["author"], r.author);
    j["time"] = timeToJson(r.time);
    j["body"] = r.body.toStdString();
}

void from_json(const nlohmann::json &j, Reply &r)
{
    r = Reply();
    r.id = str(j, "id");
    personFromJson(j.at("author"), r.author);
    r.time = timeFromJson(j, "time");
    r.body = str(j, "body");
}

void to_json(nlohmann::json &j, const Comment &c)
{
    j = nlohmann::json::object();
    j["id"] = c.id.toStdString();
    to_json(j["author"], c.author);
    j["time"] = timeToJson(c.time);
    if (c.edited.isValid())
        j["edited"] = timeToJson(c.edited);
    j["kind"] = Comment::kindName(c.kind).toStdString();
    j["state"] = Comment::stateName(c.state).toStdString();
    if (c.state == Comment::State::Resolved)
        to_json(j["resolved_by"], c.resolvedBy);
    j["anchor"] = c.anchor;
    j["fingerprint"] = c.fingerprint.toStdString();
    j["quoted"] = c.quoted.toStdString();
    j["body"] = c.body.toStdString();
    j["replies"] = nlohmann::json::array();
    for (const Reply &r : c.replies)
        j["replies"].push_back(r);
    if (c.carried) {
        nlohmann::json carried = nlohmann::json::object();
        carried["from_digest"] = c.carried->fromDigest.toStdString();
        carried["from_version"] = c.carried->fromVersion.toStdString();
        carried["original_anchor"] = c.carried->originalAnchor;
        carried["status"] = Carried::statusName(c.carried->status).toStdString();
        j["carried"] = carried;
    }
}

void from_json(const nlohmann::json &j, Comment &c)
{
    c = Comment();
    c.id = str(j, "id");
    if (c.id.isEmpty())
        throw std::invalid_argument("comment \"id\" is empty");
    personFromJson(j.at("author"), c.author);
    c.time = timeFromJson(j, "time");
    c.edited = timeFromJson(j, "edited");
    if (!Comment::kindFromName(str(j, "kind"), &c.kind))
        throw std::invalid_argument("comment \"kind\" must be note, issue or blocker");
    if (!Comment::stateFromName(str(j, "state"), &c.state))
        throw std::invalid_argument("comment \"state\" must be open or resolved");
    if (j.contains("resolved_by"))
        personFromJson(j.at("resolved_by"), c.resolvedBy);
    c.anchor = j.at("anchor").get<Anchor>();
    c.fingerprint = optStr(j, "fingerprint");
    c.quoted = optStr(j, "quoted");
    c.body = str(j, "body");
    if (j.contains("replies")) {
        for (const auto &r : j.at("replies"))
            c.replies << r.get<Reply>();
    }
    if (j.contains("carried") && !j.at("carried").is_null()) {
        const nlohmann::json &k = j.at("carried");
        if (!k.is_object())
            throw std::invalid_argument("comment \"carried\" must be an object");
        Carried carried;
        carried.fromDigest = optStr(k, "from_digest");
        carried.fromVersion = optStr(k, "from_version");
        if (k.contains("original_anchor"))
            carried.originalAnchor = k.at("original_anchor").get<Anchor>();
        if (!Carried::statusFromName(str(k, "status"), &carried.status))
            throw std::invalid_argument(
                "comment \"carried.status\" must be current, moved, outdated or gone");
        c.carried = carried;
    }
}

} // namespace mr::review
