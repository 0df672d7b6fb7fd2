// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace mr::report {

// How a report is assembled beyond the analysis and the review.
struct ReportOptions
{
    // The content at an anchor now (the GUI passes its panes' anchoredText()); empty or unset:
    // the report shows what the comment quoted when it was written.
    std::function<QString(const Anchor &)> anchoredText;
    // Code lines as an HTML fragment with every character escaped, highlighted (used by HTML
    // and PDF). Unset: the code pane's highlighter where the flavour has KSyntaxHighlighting,
    // else plain escaped text.
    std::function<QString(const QString &path, const QStringList &lines)> highlightHtml;
    // The whole text of the side a code comment is anchored to (the GUI passes the session's
    // file list; called on the exporting thread). Unset or empty: no context is shown beyond the
    // anchored lines.
    std::function<QStringList(const Anchor &)> codeFileLines;
    int codeContextLines = 3; // lines shown above and below the anchored ones
    QString reviewPath;       // shown in the report when a review is given
    QDateTime generated;      // shown in the report; invalid: now
};

} // namespace mr::report
