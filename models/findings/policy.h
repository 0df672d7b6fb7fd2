// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/core/finding.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace mr::findings {

// A team's findings policy (.modelreview-policy.json or .toml, see docs/findings.md). A
// default-constructed Policy is the built-in one: every rule at its documented severity.
struct Policy
{
    struct RuleSetting
    {
        bool off = false;
        Finding::Severity severity = Finding::Severity::Warning; // when !off
        bool operator==(const RuleSetting &) const = default;
    };

    QString source;                    // absolute path of the file; empty for the built-in policy
    QString digest;                    // SHA-256 of the file's bytes (hex, first 16); empty when built in
    QHash<QString, RuleSetting> rules; // by rule id
    QStringList criticalPackages;      // extra critical packages, normalised (PEP 503)
    // The submit requirements, passed through unread to the review's approval and `gate`
    // (null when the policy sets none).
    nlohmann::json submitRequirements;

    bool isBuiltin() const { return source.isEmpty(); }
    // "built-in defaults" or "<path> (sha256 <digest>)": what reports and inspect print.
    QString describe() const;
    // {"source": path|null, "digest", "rules": {id: severity|"off"}, "critical_packages",
    //  "submit_requirements"}
    nlohmann::json toJson() const;
};

struct PolicyLoadResult
{
    std::optional<Policy> policy; // set when ok
    Diagnostic error;             // file:line:column of the first problem
    bool ok() const { return policy.has_value(); }
};

inline constexpr const char *kPolicyJsonName = ".modelreview-policy.json";
inline constexpr const char *kPolicyTomlName = ".modelreview-policy.toml";

// Parses a policy file (JSON or TOML by suffix; .toml is TOML, everything else JSON). Unknown
// keys, unknown rule ids, bad severities and bad package names are errors located at the
// offending key, never ignored.
PolicyLoadResult loadPolicyFile(const QString &path);
PolicyLoadResult parsePolicy(const QByteArray &data, const QString &fileName, bool toml);

// The policy that applies to a package: `explicitPath` when given (a missing file is an
// error); else the policy file beside the package (in the folder holding the package folder or
// archive); else the one in the user's configuration folder (userPolicyDirectory()); else the
// built-in policy. Both a .json and a .toml in one folder is an error (which one is meant?).
PolicyLoadResult findPolicy(const QString &packagePath, const QString &explicitPath = {});

// $MODELREVIEW_SETTINGS_DIR when set (tests), else <generic config>/ModelReview.
QString userPolicyDirectory();

} // namespace mr::findings
