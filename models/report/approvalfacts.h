// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/report/analysis.h"
#include "models/review/reviewdocument.h"
#include "models/review/submitrequirements.h"
#include "models/session/sessionstate.h"

namespace mr::report {

// The facts an approval is judged on (review::evaluateApproval), from the two places that know
// them: the reviewer's live session (the GUI) and a headless analysis (`gate`). Both name a
// failed section the same way: "Code: <reason>".

review::ApprovalFacts approvalFacts(const session::SessionState &state, const review::ReviewDocument &review,
                                    const Findings &findings);

review::ApprovalFacts approvalFacts(const Analysis &analysis, const review::ReviewDocument &review);

// The sections of a headless analysis that failed to load, by pane, with the reason: package
// errors in the section, the code diff's error, an unreadable manifest.
QMap<PaneId, QString> failedSections(const Analysis &analysis);

} // namespace mr::report
