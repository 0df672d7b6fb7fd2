// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/results/resultsanalysis.h"

#include <QImage>
#include <QList>
#include <QString>

namespace mr::results {

// One plotted metric: the rerun's deviation from the claim in units of the metric's tolerance,
// so that metrics on different scales share one axis and the tolerance band is always [-1, 1].
struct ChartEntry
{
    QString name;
    QString slice; // dotted prefix ("" for top-level metrics)
    QString leaf;
    double claimed = 0;
    double bound = 0;      // the tolerance bound (absolute units)
    bool hasRerun = false; // the rerun is a number other than NaN
    double rerun = 0;
    double deviation = 0; // (rerun - claimed) / bound, clamped to [-range, range]
    bool clamped = false; // the true deviation lies outside the axis
    Status status = Status::Differs;
};

// The metrics the charts plot, grouped by slice in name order: every metric whose claimed value
// is a finite number. The axis spans [-range, range], range in [2, 6].
struct ChartLayout
{
    QList<ChartEntry> entries;
    double range = 2;
    QStringList slices; // in order of first appearance
};

ChartLayout chartLayout(const ResultsAnalysis &analysis);
// The same with at most `maxRows` entries: those furthest from their claims (a missing or
// non-numeric rerun counts as furthest), in their usual order; the axis still spans every
// metric's deviation. `plotted` (optional) gets how many metrics could be plotted. Linear in
// the rows, and entries are built only for the ones kept.
ChartLayout chartLayout(const ResultsAnalysis &analysis, qsizetype maxRows, qsizetype *plotted);

// Keeps at most `maxRows` entries of `layout`: those furthest from their claims (a missing or
// non-numeric rerun counts as furthest), in their usual order. Returns how many there were, so
// that a view can say "showing 50 of 1,000,000". A chart of every metric took 60 s and 10 GB
// for 2 x 125k metrics.
qsizetype keepFurthest(ChartLayout *layout, qsizetype maxRows);

// "Showing N of M metrics: those furthest from their claims." (empty when nothing was left out)
QString chartBoundNote(qsizetype shown, qsizetype plotted);

// The report figure, drawn with QPainter on a QImage (no widgets): one row per metric grouped
// under slice headings, the tolerance band, the claim (hollow diamond) and the rerun (shape by
// status). Needs a QGuiApplication for fonts; returns a null image without one, or when there
// is nothing to plot.
QImage renderResultsChart(const ResultsAnalysis &analysis, int width = 900);

} // namespace mr::results
