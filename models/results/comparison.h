// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/package.h"
#include "models/results/metricvalue.h"

#include <QString>

#include <limits>

namespace mr::results {

enum class Status {
    WithinTolerance,
    BetterThanClaimed,
    WorseThanClaimed,
    Differs,
    MissingInRerun,
    MissingInClaim
};

QString statusName(Status s);  // "within_tolerance", ... (the JSON and CLI spelling)
QString statusLabel(Status s); // "Within tolerance", ... (for people)
// The same in running text ("8 within tolerance"): not the label lower-cased, which is wrong in
// languages that capitalise nouns.
QString statusPhrase(Status s);
bool statusFromName(const QString &name, Status *out);
QString betterName(MetricSpec::Better b); // "higher", "lower", "unknown"

// The tolerance used when a metric declares none (in the package or in a results file). Never
// exact: the bound is max(abs, rel * |claimed|).
struct DefaultTolerance
{
    double abs = 1e-3;
    double rel = 1e-2;
    bool operator==(const DefaultTolerance &) const = default;
};

// The reviewer's chosen default, persisted in the application settings (GUI only: the command
// line always uses the documented DefaultTolerance{} so that CI results do not depend on a
// user's settings). Invalid or negative stored values fall back to the documented default.
DefaultTolerance loadDefaultTolerance();
void saveDefaultTolerance(const DefaultTolerance &defaults);

// Where a metric's tolerance came from.
enum class ToleranceSource { Package, ResultsFile, Default };
QString toleranceSourceName(ToleranceSource s); // "package", "results_file", "default"

// The tolerance that applied to one metric, and the resulting bound on |rerun - claimed|.
struct EffectiveTolerance
{
    double abs = -1;  // < 0 when not part of the rule
    double rel = -1;  // < 0 when not part of the rule
    double bound = 0; // max(abs, rel * |claimed|) over the parts given; may be NaN
    ToleranceSource source = ToleranceSource::Default;
    // Only a relative tolerance was declared but the claimed value is zero (or not finite), so
    // the default absolute tolerance stood in for it.
    bool absFromDefault = false;

    QString display() const; // "±0.009 (rel 1%, default)", C locale
    // For a person: numbers in `locale` ("±0,009 (rel 1 %, default)" in German).
    QString display(const QLocale &locale) const;
};

// The comparison rule (documented in docs/results-format.md):
//  - both finite numbers: within_tolerance when |rerun - claimed| <= bound (inclusive, with a
//    few ulps of slack for decimal rounding); otherwise better/worse by direction, or differs
//    when the direction is unknown;
//  - equal infinities: within_tolerance; one infinite side: outside any tolerance (direction
//    decides, -inf < finite < +inf);
//  - NaN on either side: differs (no tolerance and no direction can say which is better);
//  - non-numbers (strings, booleans, null) or a number against a non-number: within_tolerance
//    when identical, else differs;
//  - a side missing: missing_in_rerun / missing_in_claim.
struct Comparison
{
    Status status = Status::Differs;
    double absDiff = std::numeric_limits<double>::quiet_NaN(); // rerun - claimed (signed)
    double relDiff = std::numeric_limits<double>::quiet_NaN(); // (rerun - claimed) / |claimed|
};

EffectiveTolerance effectiveTolerance(const MetricSpec &declared, ToleranceSource declaredSource,
                                      const MetricValue &claimed, const DefaultTolerance &defaults);
Comparison compareValues(const MetricValue &claimed, const MetricValue &rerun, MetricSpec::Better better,
                         const EffectiveTolerance &tolerance);

} // namespace mr::results
