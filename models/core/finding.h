// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"

#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace mr {

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

    static QString severityName(Severity s); // "info", "warning", "error"
    static bool severityFromName(const QString &name, Severity *out);
    bool operator==(const Finding &) const = default;
};

using Findings = QList<Finding>;

// Most severe first, then by pane and rule: the order every view and report uses.
void sortFindings(Findings &findings);
int countFindings(const Findings &findings, Finding::Severity severity);

void to_json(nlohmann::json &j, const Finding &f);

} // namespace mr
