// SPDX-License-Identifier: Apache-2.0
#include "models/review/submitrequirements.h"

#include "models/core/jsonutil.h"
#include "models/core/settings.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace mr::review {

namespace {
const char *const kSettingsKey = "review/submitRequirements";

bool SubmitRequirements::*member(SubmitRequirements::Rule rule)
{
    using R = SubmitRequirements::Rule;
    switch (rule) {
    case R::NoFailedSections: return &SubmitRequirements::noFailedSections;
    case R::NoOpenBlockers: return &SubmitRequirements::noOpenBlockers;
    case R::DatasetVerified: return &SubmitRequirements::datasetVerified;
    case R::NoErrorFindings: return &SubmitRequirements::noErrorFindings;
    case R::ChecklistComplete: return &SubmitRequirements::checklistComplete;
    }
    return &SubmitRequirements::noFailedSections;
}
} // namespace

bool SubmitRequirements::required(Rule rule) const
{
    return this->*member(rule);
}

void SubmitRequirements::setRequired(Rule rule, bool on)
{
    this->*member(rule) = on;
}

const QList<SubmitRequirements::Rule> &SubmitRequirements::allRules()
{
    static const QList<Rule> rules{Rule::NoFailedSections, Rule::NoOpenBlockers, Rule::DatasetVerified,
                                   Rule::NoErrorFindings, Rule::ChecklistComplete};
    return rules;
}

QString SubmitRequirements::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::NoFailedSections: return QStringLiteral("no_failed_sections");
    case Rule::NoOpenBlockers: return QStringLiteral("no_open_blockers");
    case Rule::DatasetVerified: return QStringLiteral("dataset_verified");
    case Rule::NoErrorFindings: return QStringLiteral("no_error_findings");
    case Rule::ChecklistComplete: return QStringLiteral("checklist_complete");
    }
    return {};
}

QString SubmitRequirements::ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::NoFailedSections:
        return QCoreApplication::translate("mr::Approval", "No section failed to load");
    case Rule::NoOpenBlockers: return QCoreApplication::translate("mr::Approval", "No open blockers");
    case Rule::DatasetVerified: return QCoreApplication::translate("mr::Approval", "Dataset verified");
    case Rule::NoErrorFindings: return QCoreApplication::translate("mr::Approval", "No error findings");
    case Rule::ChecklistComplete:
        return QCoreApplication::translate("mr::Approval", "Every checklist step ticked");
    }
    return {};
}

void to_json(nlohmann::json &j, const SubmitRequirements &r)
{
    j = nlohmann::json::object();
    for (SubmitRequirements::Rule rule : SubmitRequirements::allRules())
        j[SubmitRequirements::ruleKey(rule).toStdString()] = r.required(rule);
}

void from_json(const nlohmann::json &j, SubmitRequirements &r)
{
    if (!j.is_object())
        throw std::invalid_argument("submit requirements must be a JSON object");
    r = SubmitRequirements();
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool known = false;
        for (SubmitRequirements::Rule rule : SubmitRequirements::allRules()) {
            if (SubmitRequirements::ruleKey(rule).toStdString() == it.key()) {
                if (!it.value().is_boolean())
                    throw std::invalid_argument("\"" + it.key() + "\" must be true or false");
                r.setRequired(rule, it.value().get<bool>());
                known = true;
            }
        }
        if (!known)
            throw std::invalid_argument("unknown requirement \"" + it.key() + "\"");
    }
}

std::optional<SubmitRequirements> readSubmitRequirements(const QString &path, Diagnostic *error)
{
    const std::optional<nlohmann::json> j = readJsonFile(path, path, error);
    if (!j)
        return std::nullopt;
    try {
        return j->get<SubmitRequirements>();
    } catch (const std::exception &e) {
        if (error)
            *error = Diagnostic{path, 0, 0, QString(), QString::fromUtf8(e.what())};
        return std::nullopt;
    }
}

SubmitRequirements storedSubmitRequirements()
{
    const QByteArray text = openSettings()->value(QLatin1String(kSettingsKey)).toByteArray();
    if (text.isEmpty())
        return {};
    Diagnostic error;
    const std::optional<nlohmann::json> j = parseJson(text, QStringLiteral("settings"), &error);
    try {
        return j ? j->get<SubmitRequirements>() : SubmitRequirements();
    } catch (const std::exception &) {
        return {};
    }
}

void storeSubmitRequirements(const SubmitRequirements &requirements)
{
    const std::string text = nlohmann::json(requirements).dump();
    openSettings()->setValue(QLatin1String(kSettingsKey), QByteArray::fromStdString(text));
}

QList<ApprovalCheck> evaluateApproval(const SubmitRequirements &requirements, const ApprovalFacts &facts)
{
    using R = SubmitRequirements::Rule;
    QList<ApprovalCheck> out;
    for (R rule : SubmitRequirements::allRules()) {
        ApprovalCheck c{rule, SubmitRequirements::ruleTitle(rule), requirements.required(rule), true, {}};
        switch (rule) {
        case R::NoFailedSections: c.details = facts.failedSections; break;
        case R::NoOpenBlockers: c.details = facts.openBlockers; break;
        case R::DatasetVerified:
            if (facts.datasetProvided && !facts.datasetVerified)
                c.details << (facts.datasetState.isEmpty()
                                  ? QCoreApplication::translate("mr::Approval", "not verified")
                                  : facts.datasetState);
            break;
        case R::NoErrorFindings: c.details = facts.errorFindings; break;
        case R::ChecklistComplete: c.details = facts.untickedSteps; break;
        }
        c.met = c.details.isEmpty();
        out << c;
    }
    return out;
}

bool approvalAllowed(const QList<ApprovalCheck> &checks)
{
    for (const ApprovalCheck &c : checks)
        if (c.required && !c.met)
            return false;
    return true;
}

QStringList approvalRefusals(const QList<ApprovalCheck> &checks)
{
    QStringList out;
    for (const ApprovalCheck &c : checks)
        if (c.required && !c.met)
            out << QStringLiteral("%1: %2").arg(c.title, c.details.join(QStringLiteral("; ")));
    return out;
}

} // namespace mr::review
