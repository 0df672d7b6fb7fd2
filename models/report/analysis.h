// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/sectionreport.h"
#include "models/findings/policy.h"
#include "models/findings/suppression.h"
#include "models/package/digest.h"
#include "models/package/package.h"

#include <QList>

namespace mr::report {

// Everything the panes and the package rules say about one package, computed headlessly.
// The report exporters and `inspect --json` lay this out; they compute nothing themselves.
struct Analysis
{
    PackagePtr package;
    DigestResult digest;           // ok == false when it could not be computed
    Findings findings;             // package rules and every section's findings, sorted
    QList<SectionReport> sections; // code, dataset, environments, results
    // What the reviewer's session held (verification run, tolerance, pair, viewed marks), as
    // the report's "session" object; null for a headless analysis (sessionanalysis.h).
    nlohmann::json session;
    findings::Policy policy;             // the policy applied to `findings` (reports name it)
    findings::Suppressions suppressions; // applied when no review is given to the exporters
};

// Which sections this build can report: ids of the pane libraries linked in.
QStringList availableSections();

// Runs every available pane's buildSectionReport() and the package rules for a digest already
// computed (the command line draws progress while computing it; the GUI has it already).
// `policy` and `suppressions` go through findings::applyPolicy().
Analysis analyze(const PackagePtr &package, const DigestResult &digest, const findings::Policy &policy = {},
                 const findings::Suppressions &suppressions = {});
// The same, computing the digest first.
Analysis analyze(const PackagePtr &package, const findings::Policy &policy = {},
                 const findings::Suppressions &suppressions = {});

} // namespace mr::report
