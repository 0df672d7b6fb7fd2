// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/core/finding.h"
#include "models/package/package.h"
#include "models/results/comparison.h"
#include "models/results/provenance.h"
#include "models/results/resultsreader.h"

#include <QList>
#include <QString>

namespace mr::results {

// Everything read from disk for the Results pane: the slow part (files, git), done once per
// package, off the GUI thread in the widget.
struct ResultsInput
{
    bool sectionProvided = false;
    QList<ResultsFile> claimedFiles;
    QList<ResultsFile> rerunFiles;
    Provenance provenance;
    Findings provenanceFindings;
    Diagnostics diagnostics; // section errors from the loader, then reader and merge problems
};

ResultsInput loadResultsInput(const Package &package);

struct MetricRow
{
    QString name;
    MetricValue claimed;
    MetricValue rerun;
    MetricSpec::Better better = MetricSpec::Better::Unknown;
    EffectiveTolerance tolerance;
    Comparison comparison;

    Status status() const { return comparison.status; }
    // "test.by_region.eu" for "test.by_region.eu.roc_auc"; empty for a top-level name.
    QString slice() const;
    QString leaf() const;
};

// Findings per metric rule (worse, differs, missing) beyond which one finding gives the count of
// the rest (docs/results-format.md).
constexpr qsizetype kMaxFindingsPerRule = 1000;

struct ResultsAnalysis
{
    bool sectionProvided = false;
    bool hasRerun = false; // at least one rerun metric was read
    DefaultTolerance defaults;
    QList<MetricRow> rows; // sorted by name
    Provenance provenance;
    Diagnostics diagnostics;
    Findings findings;

    int count(Status s) const;
    // Metrics with a claimed and a rerun number (the ones a tolerance applies to).
    int comparedCount() const;
    // True when at least one metric was compared and every claimed one is within tolerance or
    // better.
    bool withinTolerance() const;
    const MetricRow *find(const QString &name) const;
};

// The fast part: statuses, tolerances and findings from what was read (re-run when the user
// changes the default tolerance).
ResultsAnalysis analyzeResults(const ResultsInput &input, const Package &package,
                               const DefaultTolerance &defaults);

// Convenience for headless callers: loadResultsInput + analyzeResults.
ResultsAnalysis analyzePackage(const Package &package, const DefaultTolerance &defaults = {});

QString sliceOf(const QString &metricName);

} // namespace mr::results
