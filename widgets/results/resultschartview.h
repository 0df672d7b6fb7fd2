// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/results/resultschart.h"

#include <QChartView>

namespace mr {

// Claimed against rerun per metric (Qt Charts), on the shared layout of models/results: one row
// per metric grouped by slice, x = (rerun - claimed) / tolerance, the band is ±1. Series names
// are stable ("Claimed", "Rerun", "Tolerance band") so that tests and tools can find them.
class ResultsChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ResultsChartView(QWidget *parent = nullptr);

    void setAnalysis(const results::ResultsAnalysis &analysis);
    const results::ChartLayout &layout() const { return m_layout; }
    // Metrics the chart could plot; layout() holds at most kMaxRows of them.
    qsizetype plottedCount() const { return m_plotted; }
    static constexpr qsizetype kMaxRows = 50;

Q_SIGNALS:
    void metricClicked(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Chart, axes, legend and band take their colours from the widget's palette (dark mode).
    void applyPalette();
    void showTip(const QPointF &point, bool state);
    int entryAt(const QPointF &point) const;

    results::ChartLayout m_layout;
    qsizetype m_plotted = 0;
};

} // namespace mr
