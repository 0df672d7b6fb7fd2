// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"
#include "models/core/paneids.h"
#include "models/dataset/datasetfindings.h"
#include "models/dataset/verifier.h"
#include "models/environment/environmentreport.h"
#include "models/package/package.h"
#include "models/results/resultsanalysis.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace mr::session {

// One run of the dataset verification: when, by whom, and what it found.
struct VerificationRun
{
    QDateTime started;  // UTC
    QDateTime finished; // UTC; invalid while it runs
    Person by;          // the reviewer at the time (may be empty: no identity set)
    dataset::VerifyTotals totals;
    // The statuses (shared with the pane's table; read-only once the run has finished).
    std::shared_ptr<const dataset::Verification> verification;
};

// What the reviewer's panes hold for the package under review, as plain values: each pane
// publishes its live results here as it computes them, and the report, the approval summary
// and the gate read them from here instead of recomputing (so a report says what the reviewer
// saw: their verification run, their tolerance, their comparison). A value is absent until its
// pane has computed it; readers fall back to the headless computation then. Copying is cheap
// (heavy data is shared and immutable) so a copy can be handed to a worker thread.
struct SessionState
{
    PackagePtr package;

    std::optional<code::FileList> codeFiles;

    std::optional<dataset::DatasetData> dataset;
    std::optional<VerificationRun> verification; // the last run (complete or canceled)

    std::optional<environment::LoadedEnvironments> environments;
    QString development, reference; // the pair the reviewer compares (empty: the default pair)

    std::optional<results::ResultsAnalysis> results; // with the reviewer's default tolerance

    QSet<QString> viewed; // the Code pane's viewed marks (blob ids)

    // The sections whose pane could not load them (package errors or a failed pane load),
    // with the reason: "code" -> "repository not found".
    QMap<PaneId, QString> failedSections;

    // True when the panes compared at least one metric (claimed and rerun both numbers).
    bool metricsCompared() const;
};

// The session's live state with change notification, owned by the window (one per open
// package). Widgets write into it; everything else reads state() (a value).
class SessionModel : public QObject
{
    Q_OBJECT
public:
    explicit SessionModel(QObject *parent = nullptr);

    const SessionState &state() const { return m_state; }

    // Starts over for another package (null: none open).
    void setPackage(const PackagePtr &package);
    PackagePtr package() const { return m_state.package; }

    // The reviewer recorded with verification runs.
    void setReviewer(const Person &person) { m_reviewer = person; }

    void setCodeFiles(const code::FileList &files);
    void setDataset(const dataset::DatasetData &data);
    void verificationStarted(const std::shared_ptr<const dataset::Verification> &verification);
    void verificationFinished(const std::shared_ptr<const dataset::Verification> &verification);
    void setEnvironments(const environment::LoadedEnvironments &loaded);
    void setEnvironmentPair(const QString &development, const QString &reference);
    void setResults(const results::ResultsAnalysis &analysis);
    void setViewed(const QSet<QString> &viewed);
    void setSectionFailed(PaneId pane, const QString &reason); // empty reason: loaded fine

Q_SIGNALS:
    void changed(mr::PaneId pane);

private:
    SessionState m_state;
    Person m_reviewer;
    QDateTime m_verifyStarted;
};

} // namespace mr::session
