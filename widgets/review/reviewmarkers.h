// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/reviewsession.h"
#include "widgets/common/pane.h"

namespace mr::review {

// The markers for one pane ("code", "dataset", "environment", "results"), ready for
// Pane::setCommentMarkers(). The window calls it for each pane on ReviewSession::commentsChanged.
QList<CommentMarker> commentMarkers(const ReviewSession &session, const QString &pane);

} // namespace mr::review
