// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"
#include "models/pack/pack.h"

namespace mr::pack {

struct PackPreview
{
    bool ok = false;
    QString error;
    Findings findings; // as `inspect` would show them for the package the plan writes
};

// The findings of the package `plan` would write, found by writing it as a folder into a private
// temporary folder (removed on return) and analysing that. Data files are not read: the
// manifest lists them with their sizes and a placeholder digest, so the preview stays quick for
// large data. Synchronous: the GUI runs it on a worker.
PackPreview previewPack(const PackPlan &plan);

} // namespace mr::pack
