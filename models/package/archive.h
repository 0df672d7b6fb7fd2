// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QString>

#include <atomic>
#include <functional>

namespace mr {

// Both limits are checked on the bytes actually decoded while writing (headers may lie); the
// smaller one applies. A value <= 0 switches that limit off.
struct ExtractLimits
{
    qint64 maxTotalBytes = qint64(20) << 30;
    double maxExpansionRatio = 200.0; // total uncompressed bytes / archive file size
};

struct ExtractResult
{
    bool ok = false;
    Diagnostic error; // file = the archive; where = the entry refused; message = why
    qint64 bytes = 0; // bytes written
    int entries = 0;  // entries extracted
};

// True for the archive kinds a package may come as: .zip, .tar, .tar.gz/.tgz, .tar.zst
// (decided by content, falling back to the name).
bool isPackageArchive(const QString &path);

// Extracts `archive` into the existing empty folder `destination` with libarchive, refusing
// absolute paths, `..` escapes, links pointing outside, device files, FIFOs and sockets, and
// archives expanding past the limits. On refusal returns ok=false naming the entry; what was
// extracted stays inside `destination` (the caller removes it). Never writes elsewhere.
// `progress(done, total)` reports compressed bytes consumed of the archive's size.
ExtractResult extractArchive(const QString &archive, const QString &destination,
                             const ExtractLimits &limits = {}, const std::atomic_bool *cancel = nullptr,
                             const std::function<void(qint64, qint64)> &progress = {});

} // namespace mr
