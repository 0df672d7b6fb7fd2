// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/dataset/datasetfindings.h"
#include "models/package/package.h"

#include <QList>
#include <QString>

#include <memory>

namespace mr::dataset {

// What the worker computes once the manifest is in: its index and duplicates, the baseline and
// the diff, the folder tree.
struct PaneAnalysis
{
    std::vector<qsizetype> duplicates;
    Diagnostics duplicateDiagnostics;
    ManifestLoadResult baseline;
    bool baselineGiven = false;
    BaselineDiff diff;
    struct Folder
    {
        QString path;
        qint64 files = 0;
        qint64 bytes = 0;
    };
    QList<Folder> folders; // sorted by path; every ancestor present
};

// Runs on a worker once the manifest is loaded: builds its index (the only part of `manifest`
// it writes; the view keeps reading the columns meanwhile), loads the baseline and diffs.
std::shared_ptr<PaneAnalysis> analyse(const std::shared_ptr<Manifest> &manifest, const PackagePtr &package);

} // namespace mr::dataset
