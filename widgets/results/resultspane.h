// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/results/resultsanalysis.h"
#include "widgets/common/pane.h"

#include "widgets/common/panetask.h"

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTreeView;

namespace mr {

class ResultsChartView;
class ResultsFilterModel;
class ResultsTreeModel;

// The Results pane: claimed against rerun metrics as a tree grouped by slice (sortable,
// filterable by status and text), the chart, the provenance of the rerun, and the problems
// found in the results input. Reading files and resolving git revisions runs off the GUI
// thread; changing the default tolerance only re-runs the (fast) comparison.
//
// Object names for tests: resultsPane, resultsPlaceholder, resultsTree, resultsFilter,
// resultsStatusFilter, resultsDefaultAbs, resultsDefaultRel, resultsSummary, resultsChart,
// resultsProvenance, resultsDiagnostics.
class ResultsPane : public Pane
{
    Q_OBJECT
public:
    explicit ResultsPane(QWidget *parent = nullptr);
    ~ResultsPane() override;

    void setPackage(const PackagePtr &package) override;
    bool reveal(const Anchor &anchor) override;
    void setCommentMarkers(const QList<CommentMarker> &markers) override;
    Findings findings() const override;
    QString anchoredText(const Anchor &anchor) const override;
    QList<QAction *> menuActions() const override;

    const results::ResultsAnalysis &analysis() const { return m_analysis; }
    results::DefaultTolerance defaultTolerance() const { return m_defaults; }
    void setDefaultTolerance(const results::DefaultTolerance &defaults);
    // "Loading", "No package", "No results section" or empty when the table shows.
    QString placeholderText() const;

Q_SIGNALS:
    // The analysis was (re)computed: after loading, or after the default tolerance changed.
    void analysisChanged();

private:
    void showPlaceholder(const QString &text);
    void loaded();
    void recompute();
    void updateProvenance();
    void updateFilter();
    void commentOnCurrent();
    QString currentMetric() const;

    PackagePtr m_package;
    results::ResultsInput m_input;
    results::ResultsAnalysis m_analysis;
    results::DefaultTolerance m_defaults;
    PaneTask<results::ResultsInput> m_task{this};

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTreeView *m_tree = nullptr;
    ResultsTreeModel *m_model = nullptr;
    ResultsFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QDoubleSpinBox *m_defaultAbs = nullptr;
    QDoubleSpinBox *m_defaultRel = nullptr;
    QLabel *m_summary = nullptr;
    ResultsChartView *m_chart = nullptr;
    QGroupBox *m_provenanceBox = nullptr;
    QFormLayout *m_provenanceForm = nullptr;
    QListWidget *m_diagnostics = nullptr;
    QAction *m_commentAction = nullptr;
};

} // namespace mr
