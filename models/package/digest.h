// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QFuture>
#include <QPromise>
#include <QString>

namespace mr {

struct DigestResult
{
    bool ok = false;
    QString digest; // "sha256:<64 hex>"
    Diagnostic error;
    int files = 0;
    qint64 bytes = 0;
};

// The package digest: SHA-256 over the canonical listing of every regular file below `root`
// (sorted by relative path in UTF-8 byte order; one line "<path>\0<size>\0<sha256 hex>\n" per
// file; symbolic links listed with their target instead of content; files ending in
// ".review.json" at the top level excluded). Files are hashed in parallel on `threads` threads
// (0: as many as cores). Progress is reported in bytes hashed.
void computeDigest(QPromise<DigestResult> &promise, const QString &root, int threads = 0);
DigestResult computeDigestSync(const QString &root, int threads = 0);

} // namespace mr
