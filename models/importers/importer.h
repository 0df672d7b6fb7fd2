// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/importers/sourcekind.h"
#include "models/package/loader.h"

#include <QFuture>
#include <QPromise>
#include <QStringList>

namespace mr::importers {

struct ImportOptions
{
    LoadOptions load;  // archives (ModelReview packages)
    QString base;      // code base revision; empty: head's parent (or the package's own base)
    QStringList rerun; // rerun results files (JSON, YAML or CSV) added to the results section
};

// Opens any source `recognise()` knows as an mr::Package: a ModelReview package through
// loadPackage(), the others through their importer. Never writes into the source. A whole
// mlruns/ folder is not one package: it fails with a message listing how to choose a run
// (see listMlflowRuns). Progress in percent; cancel honoured between steps.
void openSource(QPromise<LoadResult> &promise, const QString &path, const ImportOptions &options = {});
LoadResult openSourceSync(const QString &path, const ImportOptions &options = {});

// One run of an MLflow file store, for the chooser and the command line's list.
struct MlflowRunInfo
{
    QString experimentId, experimentName;
    QString runId, runName;
    QString status;       // "FINISHED", "FAILED", ... (MLflow's names)
    qint64 startTime = 0; // ms since the epoch, 0 when unknown
    QString path;         // absolute run folder
};

// The runs of an mlruns/ folder (or of one experiment folder), newest first. Experiments and
// runs whose meta.yaml cannot be read are left out with a diagnostic.
QList<MlflowRunInfo> listMlflowRuns(const QString &storePath, Diagnostics *diagnostics = nullptr);

} // namespace mr::importers
