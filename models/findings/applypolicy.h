// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"
#include "models/findings/policy.h"
#include "models/findings/suppression.h"

namespace mr::findings {

// The one function that turns what the rules found into what a reviewer sees, shared by every
// command (through mr::report::analyze and the report exporters) and the GUI (the main
// window's findings list). In order:
//  1. items of environment.major-drift naming a policy critical package move to
//     environment.major-drift-critical (the built-in critical set is applied by the rule);
//  2. each rule the policy names is dropped ("off") or set to the policy's severity;
//  3. a finding matching a suppression (rule id and fingerprint) is marked accepted with its
//     reason and author; one whose rule matches and whose items overlap a suppression's but
//     whose fingerprint differs is marked reopened;
//  4. the result is sorted (sortFindings).
// Applying it twice gives the same result.
Findings applyPolicy(Findings findings, const Policy &policy, const Suppressions &suppressions = {});

// The environment.major-drift (or -critical) finding for `items` of one environment pair
// ("development..reference"); the rule and applyPolicy() build it the same way.
Finding majorDriftFinding(const QString &pair, const QList<FindingItem> &items, bool critical);

} // namespace mr::findings
