// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/package.h"

#include <QFuture>
#include <QPromise>

namespace mr {

struct LoadOptions
{
    qint64 maxExtractedBytes = qint64(20) << 30; // archives: refuse past this total
    double maxExpansionRatio = 200.0;            // archives: refuse past this ratio
};

struct LoadResult
{
    PackagePtr package; // null when the package cannot be opened at all
    Diagnostic error;   // why, naming the file and place
    bool ok() const { return package != nullptr; }
};

// Opens a package folder or archive. Never writes into the package. Sections with problems
// carry their own errors; only an unreadable or invalid model-package.json (or archive) fails
// the whole load. Progress is reported in percent (archives extract with progress).
void loadPackage(QPromise<LoadResult> &promise, const QString &path, const LoadOptions &options = {});
LoadResult loadPackageSync(const QString &path, const LoadOptions &options = {});

// Parses model-package.json text (exposed for table tests): fills identity and sections of
// `pkg`, whose rootPath must be set. Returns false with `error` set when the file is invalid.
bool parsePackageDocument(const QByteArray &data, Package &pkg, Diagnostic *error);

} // namespace mr
