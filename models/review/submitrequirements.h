// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace mr::review {

// What must hold before a package may be approved. A value type, independent of where it comes
// from (the reviewer's settings, a file given to `gate --requirements`, later a team policy).
// JSON: {"no_failed_sections": true, "no_open_blockers": true, "dataset_verified": false,
//        "no_error_findings": false, "checklist_complete": false}; a missing key keeps its
// default, an unknown key is an error (a typo must not silently weaken a requirement).
struct SubmitRequirements
{
    enum class Rule { NoFailedSections, NoOpenBlockers, DatasetVerified, NoErrorFindings, ChecklistComplete };

    bool noFailedSections = true; // every section the package provides loaded
    bool noOpenBlockers = true;   // (always enforced by the review itself as well)
    bool datasetVerified = false; // a complete verification found no problem
    bool noErrorFindings = false; // no finding of severity error
    bool checklistComplete = false;

    bool required(Rule rule) const;
    void setRequired(Rule rule, bool on);

    static const QList<Rule> &allRules();
    static QString ruleKey(Rule rule);   // "no_failed_sections", ...
    static QString ruleTitle(Rule rule); // "No section failed to load", ... (translated)

    bool operator==(const SubmitRequirements &) const = default;
};

void to_json(nlohmann::json &j, const SubmitRequirements &r);
// Throws std::invalid_argument naming an unknown key, nlohmann::json::exception on a wrong type.
void from_json(const nlohmann::json &j, SubmitRequirements &r);

// Reads a requirements file; nullopt with `error` (file:line:column where known) on failure.
std::optional<SubmitRequirements> readSubmitRequirements(const QString &path, Diagnostic *error);

// The reviewer's own requirements (settings); the defaults when none are saved or they are
// unreadable.
SubmitRequirements storedSubmitRequirements();
void storeSubmitRequirements(const SubmitRequirements &requirements);

// What is known about the review when it is about to be approved. Gathered by the window from
// the session (models/session) and the review, or by `gate` from a headless analysis.
struct ApprovalFacts
{
    QStringList failedSections; // "Code: repository not found"
    QStringList openBlockers;   // comment titles or anchors
    QStringList errorFindings;  // finding messages of severity error
    QStringList untickedSteps;  // checklist step titles
    bool datasetProvided = false;
    bool datasetVerified = false; // a complete run without problems
    QString datasetState;         // "not verified", "verification canceled", "3 problems", ""
};

// One line of the approval summary.
struct ApprovalCheck
{
    SubmitRequirements::Rule rule;
    QString title; // the rule's title
    bool required = false;
    bool met = false;
    QStringList details; // what is wrong (empty when met)
};

QList<ApprovalCheck> evaluateApproval(const SubmitRequirements &requirements, const ApprovalFacts &facts);
// True when every required check is met.
bool approvalAllowed(const QList<ApprovalCheck> &checks);
// "No section failed to load: Code: repository not found" for each required check not met.
QStringList approvalRefusals(const QList<ApprovalCheck> &checks);

} // namespace mr::review
