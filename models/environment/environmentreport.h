// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/sectionreport.h"
#include "models/environment/comparison.h"
#include "models/environment/environment.h"
#include "models/environment/pythonimports.h"
#include "models/package/package.h"

#include <QFuture>
#include <QPromise>

#include <atomic>

namespace mr::environment {

// Everything the Environment pane shows, read from one package.
struct LoadedEnvironments
{
    QList<Environment> environments; // in the order the package lists them
    QString development;             // the default pair
    QString reference;
    ImportScan imports; // the head revision's third-party imports (ok=false: not scanned)

    const Environment *find(const QString &name) const;
    // The default pair's comparison; empty rows when either side is missing or unreadable.
    Comparison defaultComparison() const;
};

// Reads every environment file and scans the code's imports. Synchronous; safe on any thread.
LoadedEnvironments loadEnvironments(const mr::Package &package, const std::atomic_bool *cancel = nullptr);
// The same as a QtConcurrent task with progress (one step per file, one for the imports) and cancel.
void loadEnvironmentsTask(QPromise<LoadedEnvironments> &promise, const mr::PackagePtr &package);

// The rules: local paths, editable installs, unpinned requirements, Python/OS/architecture and
// GPU stack differences, imports missing from an environment, unreadable files. Rule ids are
// "environment.*"; items are Anchor::environmentPackage(comparison.pair(), key).
Findings environmentFindings(const LoadedEnvironments &loaded, const Comparison &comparison);

// The `environments` JSON section object for a comparison (see docs/environment-format.md).
nlohmann::json comparisonJson(const LoadedEnvironments &loaded, const Comparison &comparison);

// The pane contract: JSON, Markdown and HTML for the default pair, and the findings.
mr::SectionReport buildSectionReport(const mr::Package &package);
// The same for environments already loaded and the pair the reviewer chose (a provided section).
mr::SectionReport sectionReportFrom(const LoadedEnvironments &loaded, const Comparison &comparison);

} // namespace mr::environment
