// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/paneids.h"
#include "models/package/package.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace mr::review {

// A reviewer's verdict on one exact package, named by its digest.
struct Decision
{
    enum class Verdict { Approve, RequestChanges, Reject };

    Verdict verdict = Verdict::Approve;
    QString reason; // required for RequestChanges and Reject
    QDateTime time; // UTC
    Person reviewer;
    QString digest; // "sha256:<hex>" of the package the decision was made on

    // Stale: made on a package whose digest differs from `currentDigest` (unknown: not stale).
    bool isStale(const QString &currentDigest) const
    {
        return !currentDigest.isEmpty() && digest != currentDigest;
    }

    static QString verdictName(Verdict v);  // "approve", "request_changes", "reject"
    static QString verdictTitle(Verdict v); // "Approved", "Changes requested", "Rejected"
    static bool verdictFromName(const QString &name, Verdict *out);

    bool operator==(const Decision &other) const;
};

void to_json(nlohmann::json &j, const Decision &d);
void from_json(const nlohmann::json &j, Decision &d);

// One step of the review checklist. A pane may suggest whether the step is satisfied; only
// the reviewer ticks it.
struct ChecklistEntry
{
    enum class Suggestion { None, Satisfied, NotSatisfied };

    bool ticked = false;
    Person by; // who last ticked or unticked it
    QDateTime time;
    Suggestion suggestion = Suggestion::None; // not saved: recomputed by the panes each session

    bool operator==(const ChecklistEntry &other) const;
};

// The fixed steps' keys in display order (models/core/paneids.h names them).
const QStringList &checklistSteps();
QString checklistTitle(const QString &step);

using Checklist = QMap<QString, ChecklistEntry>;

} // namespace mr::review
