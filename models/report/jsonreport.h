// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/report/analysis.h"
#include "models/report/reportoptions.h"
#include "models/review/reviewdocument.h"

#include <nlohmann/json.hpp>

namespace mr::report {

// The JSON document shared by `modelreview report --format json` and `inspect --json`
// (docs/report-format.md). Top-level keys in this order: format, generated, package, sections,
// findings, then one key per section report (code, dataset, environments, results), then
// review (null when no review is given).
nlohmann::ordered_json jsonDocument(const Analysis &analysis, const review::ReviewDocument *review,
                                    const ReportOptions &options = {});

// The `review` object alone.
nlohmann::ordered_json reviewJson(const review::ReviewDocument &review, const QString &currentDigest,
                                  const ReportOptions &options = {});

// Findings of the review rules: open blockers (error), a rejection (error), changes requested
// or a stale decision (warning), no decision or outdated comments (info).
Findings reviewFindings(const review::ReviewDocument &review, const QString &currentDigest,
                        const ReportOptions &options = {});

// The package findings, the sections' findings and (with a review) the review's, sorted.
Findings allFindings(const Analysis &analysis, const review::ReviewDocument *review,
                     const ReportOptions &options = {});

// The analysis's digest when it was computed, else empty.
QString currentDigest(const Analysis &analysis);

// "approved", "not_reviewed", "changes_requested", "rejected", "stale_digest", "open_blockers".
QString gateResultName(review::GateStatus::Result result);

// What a report shows as a comment's anchored content.
struct AnchoredContent
{
    QString text;   // the lines or item text; empty when nothing is known
    QString source; // "current" (from ReportOptions::anchoredText), "quoted" (as written), ""
    bool outdated = false;
};
AnchoredContent anchoredContent(const review::Comment &comment, const ReportOptions &options);

} // namespace mr::report
