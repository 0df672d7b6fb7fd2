// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/comment.h"
#include "models/review/decision.h"

#include <QList>
#include <QSet>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace mr::review {

inline constexpr const char *kReviewFormatV1 = "modelreview.review/v1";

// The decisions of an earlier package's review, kept when the review was carried forward
// (`previous_reviews`). History only: they never count for this package's gate.
struct PreviousReview
{
    QString digest; // the earlier package's digest
    QString version;
    QList<Decision> decisions;
    bool operator==(const PreviousReview &) const = default;
};

// Everything a review file holds, as a value. The rules of a review live here so that the
// GUI, the reports and the gate apply the same ones.
struct ReviewDocument
{
    QString packageName; // identity of the package when last saved (informative)
    QString packageVersion;
    QString packageDigest;                 // digest the review was last saved against
    QList<Person> reviewers;               // everyone who added to this review, in order of first change
    QList<Comment> comments;               // in creation order
    QList<Decision> decisions;             // history, oldest first; the last one is the current decision
    Checklist checklist;                   // keyed by checklistSteps()
    QSet<QString> viewed;                  // Code pane's viewed keys
    QList<PreviousReview> previousReviews; // oldest first; never used by gateStatus()
    nlohmann::json extra = nlohmann::json::object(); // unknown top-level keys, kept on save

    // Lookup by id; null when absent.
    const Comment *comment(const QString &id) const;
    Comment *comment(const QString &id);
    int indexOf(const QString &id) const;

    std::optional<Decision> currentDecision() const;
    QList<Comment> openBlockers() const;
    // Adds `person` to the reviewers unless already present (matched by email, else name).
    void noteReviewer(const Person &person);

    // The decision rules. `error` names every open blocker when approval is refused, and says
    // a reason is required for the other verdicts. Nothing is changed when false is returned.
    bool canDecide(Decision::Verdict verdict, const QString &reason, QString *error) const;
    bool decide(const Decision &decision, QString *error);

    // Comments whose anchored content changed: `currentText` returns the content at an anchor
    // now, or an empty string when unknown (unknown is never outdated).
    QSet<QString> outdatedComments(const std::function<QString(const Anchor &)> &currentText) const;
};

// Where a gate or report stands, computed by one function for the CLI, the GUI and reports.
struct GateStatus
{
    enum class Result { Approved, NotReviewed, ChangesRequested, Rejected, StaleDigest, OpenBlockers };
    Result result = Result::NotReviewed;
    QString message; // one sentence naming the reason
    bool passed() const { return result == Result::Approved; }
};
GateStatus gateStatus(const ReviewDocument &document, const QString &currentDigest);

} // namespace mr::review
