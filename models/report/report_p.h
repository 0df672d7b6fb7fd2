// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/paneids.h"
#include "models/report/jsonreport.h"
#include "models/report/reportexport.h"

// Shared by the HTML, PDF and Markdown writers (not installed, not part of the API).
namespace mr::report::detail {

enum class ImageMode { DataUri, Resource };
QString htmlDocument(const Analysis &analysis, const review::ReviewDocument *review,
                     const ReportOptions &options, ImageMode images);
QString resourceName(const SectionReport &section); // "mr-image:<id>" for ImageMode::Resource

QString paneTitle(const QString &pane); // "Package", "Code", ...
QStringList paneOrder();                // package, code, dataset, environment, results
QString timeText(const QDateTime &t);   // "2026-01-02 03:04 UTC"; "" when invalid

// Every item a finding names, as a person reads it (reportfindings.cpp).
QStringList findingItemLabels(const Finding &finding);
QString findingItemsHtml(const Finding &finding); // escaped, one item per line
// " (accepted by X: reason)", " (reopened: ...)" or "" (not escaped).
QString findingStateText(const Finding &finding);
// Reviewer Markdown as an HTML fragment: raw HTML in it is shown as text, links keep only
// http, https and mailto targets.
QString markdownHtml(const QString &markdown);
// The anchored lines of a code comment with `options.codeContextLines` around them, numbered,
// the anchored ones marked; empty when the file's text is unknown.
QString codeContextHtml(const Anchor &anchor, const ReportOptions &options);
// The "Review session" part (verification run, tolerance, pair, viewed files, failed
// sections) from Analysis::session; empty for a headless analysis.
QString sessionHtml(const nlohmann::json &session);
QString sessionMarkdown(const nlohmann::json &session);

} // namespace mr::report::detail
