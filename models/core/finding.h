// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"

#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace mr {

// One item a finding is about: where it points and how a person reads it ("numpy 1.26.4 →
// 2.1.1"). The label carries the item's state, so a finding's fingerprint changes when an item
// changes (an accepted finding comes back as new).
struct FindingItem
{
    Anchor anchor;
    QString label;
    bool operator==(const FindingItem &) const = default;
};

// How many item labels a finding's message names; all of them are in `items`.
inline constexpr int kMessageItemLimit = 20;
// The most items a finding carries (a manifest can have millions of rows without a hash); the
// rest are counted in Finding::omittedItems.
inline constexpr qsizetype kFindingItemCap = 10000;

// One observation a rule made about a package. Rules live with the pane whose core computes
// what they look at; the overview, the reports and the command line only list findings.
struct Finding
{
    enum class Severity { Info, Warning, Error };

    QString ruleId; // stable, dotted: "package.section-missing", "code.not-committed", ...
    Severity severity = Severity::Info;
    QString pane;    // "package", "code", "dataset", "environment", "results", "review"
    Anchor item;     // what it points at (Anchor::package() when the whole pane)
    QString message; // one sentence for a person
    // Every item the finding is about (empty: the finding is about `item` alone). `item` is the
    // first of them, so views that jump to one place keep working.
    QList<FindingItem> items;
    // Items left out of `items` by a rule that bounds them (kFindingItemCap); counted in the
    // message's "and N more" and as "items_omitted" in JSON.
    qsizetype omittedItems = 0;

    // Set by mr::applyPolicy (models/findings) from the team policy and the review's suppressions.
    bool accepted = false; // a reviewer accepted it: shown, but not counted as open
    bool reopened = false; // it was accepted, but its items changed since
    QString acceptedReason, acceptedBy, acceptedAt;

    static QString severityName(Severity s); // "info", "warning", "error"
    static bool severityFromName(const QString &name, Severity *out);
    bool operator==(const Finding &) const = default;

    // `items`, or `item` alone (with the message as its label) when the rule named none.
    QList<FindingItem> allItems() const;
    // Identity of what the finding says: rule id plus every item's key and label (order-free),
    // SHA-256 hex, first 16 characters. A suppression matches on this.
    QString fingerprint() const;
};

using Findings = QList<Finding>;

// Most severe first, then by pane and rule: the order every view and report uses.
void sortFindings(Findings &findings);
int countFindings(const Findings &findings, Finding::Severity severity);
// The same, leaving out accepted findings: what counts toward submit requirements.
int countOpenFindings(const Findings &findings, Finding::Severity severity);

// A finding about `items`: the message is "<summary>: <label>, <label>, ..." naming up to
// kMessageItemLimit items ("... and N more"); `item` is the first item's anchor.
// `omitted` counts items a rule left out (see kFindingItemCap).
Finding itemsFinding(const QString &ruleId, Finding::Severity severity, const QString &pane,
                     const QString &summary, const QList<FindingItem> &items, qsizetype omitted = 0);
// "a, b, c and 3 more": the labels of the first `limit` items, plus `omitted` in the count.
QString itemsText(const QList<FindingItem> &items, int limit = kMessageItemLimit, qsizetype omitted = 0);

// {"rule", "severity", "pane", "item", "items": [anchor + "label"], "fingerprint", "message",
// and "accepted": {"reason", "by", "at"} when accepted, "reopened": true when reopened}.
void to_json(nlohmann::json &j, const Finding &f);
void to_json(nlohmann::json &j, const FindingItem &i);

} // namespace mr
