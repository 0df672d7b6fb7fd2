// SPDX-License-Identifier: Apache-2.0
#include "models/review/carry.h"

#include <algorithm>

namespace mr::review {

namespace {

int oldEnd(const LineHunk &h)
{
    return h.oldStart + h.oldLines - 1; // last old line the hunk replaces (oldStart - 1 for insertions)
}

// Whether the hunk replaces or inserts lines inside [first, last]. An insertion after line
// `last` or before `first` (after first - 1) leaves the range whole.
bool touches(const LineHunk &h, int first, int last)
{
    if (h.oldLines == 0)
        return h.oldStart >= first && h.oldStart < last;
    return h.oldStart <= last && oldEnd(h) >= first;
}

// The new line nearest to old line `line`, knowing the shift of the hunks wholly before it.
int nearest(const QList<LineHunk> &hunks, int line)
{
    int shift = 0;
    for (const LineHunk &h : hunks) {
        if (h.oldLines == 0 ? h.oldStart >= line : h.oldStart > line)
            break;
        if (h.oldLines > 0 && line <= oldEnd(h)) // inside a replaced block: its first new line
            return std::max(1, h.newStart);
        shift += h.newLines - h.oldLines;
    }
    return std::max(1, line + shift);
}

} // namespace

LineMapping mapLines(const QList<LineHunk> &hunks, int first, int last)
{
    LineMapping out;
    if (last < first)
        last = first;
    int shift = 0;
    bool overlapped = false;
    for (const LineHunk &h : hunks) {
        if (touches(h, first, last)) {
            overlapped = true;
            break;
        }
        const bool before = h.oldLines == 0 ? h.oldStart < first : oldEnd(h) < first;
        if (!before)
            break;
        shift += h.newLines - h.oldLines;
    }
    if (!overlapped) {
        out.status = shift == 0 ? Carried::Status::Current : Carried::Status::Moved;
        out.firstLine = first + shift;
        out.lastLine = last + shift;
        return out;
    }
    out.status = Carried::Status::Outdated;
    out.firstLine = nearest(hunks, first);
    out.lastLine = std::max(out.firstLine, nearest(hunks, last));
    return out;
}

ReviewDocument carryReview(const ReviewDocument &previous, const PackageIdentity &from,
                           const PackageIdentity &to, const AnchorResolver &resolve)
{
    ReviewDocument out;
    out.packageName = to.name;
    out.packageVersion = to.version;
    out.packageDigest = to.digest;
    out.reviewers = previous.reviewers;
    out.viewed = previous.viewed;
    out.extra = previous.extra;
    out.previousReviews = previous.previousReviews;
    out.previousReviews << PreviousReview{from.digest, from.version, previous.decisions};
    // The checklist starts fresh: every step unticked.
    for (const QString &step : checklistSteps())
        out.checklist.insert(step, ChecklistEntry());

    out.comments.reserve(previous.comments.size());
    for (const Comment &old : previous.comments) {
        Comment c = old;
        Resolution r = resolve ? resolve(old.anchor) : Resolution{Carried::Status::Gone, Anchor::package()};
        if (old.anchor.kind == Anchor::Kind::Package) // the package goes on: always current
            r = Resolution{Carried::Status::Current, old.anchor};
        // Already outdated or gone earlier: the quote still differs from the package.
        if (old.carried && (old.carried->status == Carried::Status::Outdated ||
                            old.carried->status == Carried::Status::Gone)) {
            if (r.status == Carried::Status::Current || r.status == Carried::Status::Moved)
                r.status = old.carried->status;
        }
        if (r.status == Carried::Status::Gone)
            r.anchor = Anchor::package();
        Carried carried;
        carried.fromDigest = from.digest;
        carried.fromVersion = from.version;
        carried.originalAnchor = old.anchor;
        carried.status = r.status;
        c.anchor = r.anchor;
        c.carried = carried;
        out.comments << c;
    }
    return out;
}

} // namespace mr::review
