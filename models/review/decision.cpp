// SPDX-License-Identifier: Apache-2.0
#include "models/review/decision.h"
#include "models/review/comment.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <stdexcept>

namespace mr::review {

QString Decision::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Approve: return QStringLiteral("approve");
    case Verdict::RequestChanges: return QStringLiteral("request_changes");
    case Verdict::Reject: return QStringLiteral("reject");
    }
    return {};
}

QString Decision::verdictTitle(Verdict v)
{
    switch (v) {
    case Verdict::Approve: return QStringLiteral("Approved");
    case Verdict::RequestChanges: return QCoreApplication::translate("mr::Review", "Changes requested");
    case Verdict::Reject: return QStringLiteral("Rejected");
    }
    return {};
}

bool Decision::verdictFromName(const QString &name, Verdict *out)
{
    for (Verdict v : {Verdict::Approve, Verdict::RequestChanges, Verdict::Reject}) {
        if (verdictName(v) == name) {
            *out = v;
            return true;
        }
    }
    return false;
}

bool Decision::operator==(const Decision &o) const
{
    return verdict == o.verdict && reason == o.reason && time == o.time &&
           equalPerson(reviewer, o.reviewer) && digest == o.digest;
}

bool ChecklistEntry::operator==(const ChecklistEntry &o) const
{
    return ticked == o.ticked && equalPerson(by, o.by) && time == o.time && suggestion == o.suggestion;
}

void to_json(nlohmann::json &j, const Decision &d)
{
    j = nlohmann::json::object();
    j["verdict"] = Decision::verdictName(d.verdict).toStdString();
    j["reason"] = d.reason.toStdString();
    j["time"] = timeToJson(d.time);
    to_json(j["reviewer"], d.reviewer);
    j["digest"] = d.digest.toStdString();
}

void from_json(const nlohmann::json &j, Decision &d)
{
    d = Decision();
    if (!Decision::verdictFromName(QString::fromStdString(j.at("verdict").get<std::string>()), &d.verdict))
        throw std::invalid_argument("decision \"verdict\" must be approve, request_changes or reject");
    d.reason = QString::fromStdString(j.value("reason", std::string()));
    d.time = timeFromJson(j, "time");
    personFromJson(j.at("reviewer"), d.reviewer);
    d.digest = QString::fromStdString(j.at("digest").get<std::string>());
}

const QStringList &checklistSteps()
{
    static const QStringList steps = [] {
        QStringList out;
        for (ChecklistStep step : allChecklistSteps())
            out << checklistKey(step);
        return out;
    }();
    return steps;
}

QString checklistTitle(const QString &step)
{
    const std::optional<ChecklistStep> id = checklistFromKey(step);
    return id ? checklistStepTitle(*id) : step;
}

} // namespace mr::review
