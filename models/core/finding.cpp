// SPDX-License-Identifier: Apache-2.0
#include "models/core/finding.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mr {

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

bool Finding::severityFromName(const QString &name, Severity *out)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

void sortFindings(Findings &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.pane != b.pane)
            return a.pane < b.pane;
        return a.ruleId < b.ruleId;
    });
}

int countFindings(const Findings &findings, Finding::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

void to_json(nlohmann::json &j, const Finding &f)
{
    j = nlohmann::json{{"rule", f.ruleId.toStdString()},
                       {"severity", Finding::severityName(f.severity).toStdString()},
                       {"pane", f.pane.toStdString()},
                       {"item", f.item},
                       {"message", f.message.toStdString()}};
}

} // namespace mr
