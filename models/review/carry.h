// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/reviewdocument.h"

#include <QList>
#include <QString>

#include <functional>

namespace mr::review {

// One hunk of a zero-context diff of one file: old lines [oldStart, oldStart + oldLines) became
// new lines [newStart, newStart + newLines). A pure insertion (oldLines == 0) goes after old
// line oldStart; a pure deletion (newLines == 0) leaves the new side after line newStart.
struct LineHunk
{
    int oldStart = 0, oldLines = 0, newStart = 0, newLines = 0;
    bool operator==(const LineHunk &) const = default;
};

struct LineMapping
{
    Carried::Status status = Carried::Status::Current; // Current, Moved or Outdated
    int firstLine = 0, lastLine = 0;                   // the range in the new file
};

// Gerrit's mapping of old lines [first, last] through `hunks` (sorted by oldStart, not
// overlapping): the line shifts of the hunks wholly before the range add up; a hunk touching
// the range (or an insertion strictly inside it) makes it Outdated, and the range then goes to
// the nearest place on the new side. Unshifted: Current; shifted: Moved.
LineMapping mapLines(const QList<LineHunk> &hunks, int first, int last);

// Where one anchor of the previous package lands in the new one: a status and the new anchor
// (ignored for Gone: a gone comment is attached to the package).
struct Resolution
{
    Carried::Status status = Carried::Status::Current;
    Anchor anchor;
};
using AnchorResolver = std::function<Resolution(const Anchor &)>;

struct PackageIdentity
{
    QString name, version, digest;
};

// Carries `previous` (the review of package `from`) forward to package `to`:
//  - every comment, open or resolved, keeps its id, author, state, body and replies, and gets a
//    `carried` record {from_digest, from_version, original_anchor, status} from `resolve`;
//    a comment already outdated or gone stays so (its quote still differs from the package);
//  - gone comments are attached to the package; outdated ones keep their old quote;
//  - the previous decisions go to `previousReviews` (after the ones it already held), never to
//    `decisions`; the checklist starts fresh; reviewers, viewed marks and unknown keys are kept.
ReviewDocument carryReview(const ReviewDocument &previous, const PackageIdentity &from,
                           const PackageIdentity &to, const AnchorResolver &resolve);

} // namespace mr::review
