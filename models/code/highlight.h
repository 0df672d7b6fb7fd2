// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"

namespace mr::code {

// Syntax highlighting through KSyntaxHighlighting (KF6 flavour, MODELREVIEW_HAVE_KSH). In the
// flavour without it these compile to "not available" and empty results.
bool highlightingAvailable();

// The syntax definition's name for a file ("Python", "C++", ...); empty when none matches.
QString syntaxNameFor(const QString &path);

// Highlights a whole file's text once (so constructs spanning hunks, such as multi-line strings,
// stay right) and returns one list of spans per line; callers project them onto diff lines by
// line number. Spans styled as errors are dropped. The theme is KSyntaxHighlighting's default
// light or dark theme. Thread-safe: calls are serialised around the one shared Repository.
QList<LineStyles> highlightLines(const QString &path, const QStringList &lines, bool darkTheme);

} // namespace mr::code
