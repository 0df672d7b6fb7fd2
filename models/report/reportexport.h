// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/report/analysis.h"
#include "models/report/reportoptions.h"
#include "models/review/reviewdocument.h"

#include <QString>

namespace mr::report {

enum class Format { Html, Pdf, Markdown, Json };
QString formatName(Format format);                        // "html", "pdf", "md", "json"
bool formatFromName(const QString &name, Format *format); // also accepts "markdown"
QString formatSuffix(Format format);                      // ".html", ".pdf", ".md", ".json"

// The reports (docs/report-format.md). Each holds the package identity and digest, the
// reviewers, the decision with its reason and whether it is stale, the checklist, the
// findings, every comment with its anchor and anchored content, and each section's report.
// Every text from the package or a reviewer is escaped. `review` may be null.

// One self-contained HTML file: inline style, images as data: URIs, no external resource
// (a Content-Security-Policy forbids any).
QString htmlReport(const Analysis &analysis, const review::ReviewDocument *review,
                   const ReportOptions &options = {});
// Markdown that pastes into a pull request: tables, fenced code, blockquoted comments.
QString markdownReport(const Analysis &analysis, const review::ReviewDocument *review,
                       const ReportOptions &options = {});
// PDF through QTextDocument and QPdfWriter (needs a QGuiApplication; offscreen is enough).
bool writePdfReport(const Analysis &analysis, const review::ReviewDocument *review, const QString &path,
                    QString *error, const ReportOptions &options = {});
// Any format, written atomically to `path`.
bool writeReport(Format format, const Analysis &analysis, const review::ReviewDocument *review,
                 const QString &path, QString *error, const ReportOptions &options = {});

// Code lines as an escaped HTML fragment, highlighted when possible (see ReportOptions).
QString codeLinesHtml(const QString &path, const QStringList &lines, const ReportOptions &options);

} // namespace mr::report
