// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"
#include "models/dataset/baselinediff.h"
#include "models/dataset/manifestreader.h"
#include "models/dataset/verifier.h"
#include "models/package/package.h"

#include <memory>

namespace mr::dataset {

// The dataset section loaded: manifest, baseline and their diff. What the report, the command
// line and the pane (which builds it asynchronously) share.
struct DatasetData
{
    bool provided = false;       // the package has a usable dataset section
    ManifestLoadResult manifest; // manifest.ok() false when not given or unreadable
    ManifestLoadResult baseline; // idem for the baseline
    bool baselineGiven = false;
    BaselineDiff diff; // valid when both loaded
};

// Loads manifest and baseline of the package's dataset section and diffs them (synchronous).
DatasetData loadDataset(const Package &package, const ReadOptions &options = {});

// The section's displayed name of a manifest path, "<package>/data/manifest.jsonl".
QString datasetDisplayName(const Package &package, const QString &relative);

// Rule ids "dataset.*". Per-entry findings (mismatch, missing, unlisted) are listed for the
// first `perRuleCap` entries and summed up in one more finding beyond that.
Findings datasetFindings(const Package &package, const DatasetData &data,
                         const Verification *verification = nullptr, int perRuleCap = 20);

} // namespace mr::dataset
