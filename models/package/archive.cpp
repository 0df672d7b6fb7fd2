// SPDX-License-Identifier: Apache-2.0
// PLACEHOLDER until the archive work lands: refuses every archive.
#include "models/package/archive.h"

namespace mr {
bool isPackageArchive(const QString &) { return false; }
ExtractResult extractArchive(const QString &archive, const QString &, const ExtractLimits &,
                             const std::atomic_bool *, const std::function<void(qint64, qint64)> &)
{
    ExtractResult r;
    r.error.file = archive;
    r.error.message = QStringLiteral("archives are not supported yet");
    return r;
}
} // namespace mr
