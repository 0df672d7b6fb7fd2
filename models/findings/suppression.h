// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/core/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace mr::findings {

// A reviewer accepted a finding with a reason, like a lint baseline entry. Keyed on the rule id
// and the finding's fingerprint (Finding::fingerprint(), over its items): when the items change
// (numpy moves to another version) the fingerprint changes and the finding is open again.
struct Suppression
{
    QString ruleId;
    QString fingerprint;
    QStringList itemKeys; // Anchor::key() of the items when accepted: recognises a reopened finding
    QString reason;       // required, never empty
    QString by;           // "Name <email>"
    QString at;           // ISO 8601 UTC
    QString label;        // the finding's message when accepted (for a person reading the file)

    static Suppression forFinding(const Finding &finding, const QString &reason, const QString &by,
                                  const QString &at);
    bool operator==(const Suppression &) const = default;
};
using Suppressions = QList<Suppression>;

// The review file's top-level "suppressions" key (docs/review-format.md).
inline constexpr const char *kSuppressionsKey = "suppressions";

nlohmann::json suppressionsToJson(const Suppressions &suppressions);
// Reads the "suppressions" array of a review file's top level (absent: none). A malformed entry
// is an error naming suppressions[i] and the field, never skipped.
bool suppressionsFromJson(const nlohmann::json &reviewTopLevel, const QString &fileName, Suppressions *out,
                          Diagnostic *error);

} // namespace mr::findings
