// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/interdiff/interdiff.h"
#include "models/review/carry.h"
#include "models/review/reviewdocument.h"

#include <QFuture>
#include <QPromise>

namespace mr::interdiff {

// How each anchor of the previous package lands in this one, from an interdiff:
//  - code lines: through the previous head -> this head diff (old-side anchors: base -> base),
//    per file and following renames, by Gerrit's mapping (review::mapLines); a deleted file
//    is gone;
//  - dataset entries: by path, and through a rename when the content hash is unchanged;
//  - environment rows: by normalised name, in the same pair (else in this version's default
//    pair, then moved);
//  - metrics: by name; outdated when the claimed value, the rerun value or the status changed.
// A pane this version lacks makes its anchors gone; a pane that could not be compared leaves
// them in place, outdated (the content cannot be confirmed). The resolver shares the
// interdiff's data and may be called from any one thread.
review::AnchorResolver anchorResolver(const Interdiff &interdiff);

struct CarryOptions
{
    QString beforeDigest, nowDigest; // computed when empty
};

struct CarryOutcome
{
    review::ReviewDocument document; // the new review (nothing is written)
    Interdiff interdiff;
    QString error; // non-empty: nothing could be carried (a digest could not be computed)
    bool ok() const { return error.isEmpty(); }
};

// The long operation behind `carry-review` and File > Carry Review From Previous Package:
// digests, interdiff, then review::carryReview. Progress in percent, cancel honoured.
void computeCarry(QPromise<CarryOutcome> &promise, const PackagePtr &before, const PackagePtr &now,
                  const review::ReviewDocument &previous, const CarryOptions &options = {});
CarryOutcome carrySync(const PackagePtr &before, const PackagePtr &now,
                       const review::ReviewDocument &previous, const CarryOptions &options = {});

// How many carried comments have each status (for messages): "3 current, 1 moved, ...".
QString carrySummary(const review::ReviewDocument &document);

} // namespace mr::interdiff
