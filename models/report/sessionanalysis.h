// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/report/analysis.h"
#include "models/report/reportexport.h"
#include "models/session/sessionstate.h"

#include <QPromise>

namespace mr::report {

// The analysis of what the reviewer's session holds: each section from the values its pane
// published (the dataset with the last verification run, the results with the reviewer's
// tolerance, the environments with the chosen pair, the code file list), computed headlessly
// only where a pane has published nothing yet. `session` in the result records the run, the
// tolerance, the pair and the viewed marks. Progress: one step per section; cancelable between
// sections (a canceled run adds no result). Runs on any thread.
void analyzeSession(QPromise<Analysis> &promise, const session::SessionState &state,
                    const DigestResult &digest);
Analysis analyzeSessionSync(const session::SessionState &state, const DigestResult &digest);

struct ExportResult
{
    bool ok = false;
    QString path;
    QString error;
};

// Analyses the session and writes the report to `path` atomically (the GUI's Export Report,
// run off the GUI thread). Progress: the digest, one step per section, the writing. Canceled
// before the writing: nothing is written and no result is added. `options.anchoredText` is
// called on the worker thread: pass values, never widgets.
void exportSession(QPromise<ExportResult> &promise, const session::SessionState &state,
                   const DigestResult &digest, const review::ReviewDocument &review, Format format,
                   const QString &path, const ReportOptions &options = {});

// Reads the text of the side a code comment is anchored to from the file list's repository (for
// ReportOptions::codeFileLines; safe on any thread).
std::function<QStringList(const Anchor &)> codeFileLinesFrom(const code::FileList &files);

// The `session` object alone (see docs/report-format.md).
nlohmann::json sessionJson(const session::SessionState &state);

} // namespace mr::report
