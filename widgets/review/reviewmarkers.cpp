// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/reviewmarkers.h"

namespace mr::review {

QList<CommentMarker> commentMarkers(const ReviewSession &session, const QString &pane)
{
    QList<CommentMarker> out;
    for (const MarkerData &m : session.markers(pane))
        out << CommentMarker{m.anchor, m.count, m.blocker, m.open};
    return out;
}

} // namespace mr::review
