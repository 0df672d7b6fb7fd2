// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/package.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Where `-o FILE` may write (report, capture-env, and any command writing beside a package).
namespace mr::cli {

struct OutputTarget
{
    QString path;        // the whole path resolved (links in every component, the last included)
    bool direct = false; // an existing FIFO, device or socket: written in place, never replaced
};

// Resolves `output` and refuses (false, `why` set) to write over the package (`package` may be
// null), anything inside it or its extraction, or any of `protectedPaths` (the review being
// read). A regular file or a new name is replaced atomically later; a non-regular target is
// written directly so that /dev/null or a pipe stays what it is.
bool checkOutputPath(const QString &output, const Package *package, const QStringList &protectedPaths,
                     OutputTarget *target, QString *why);

// Writes `data` to the target: atomically (QSaveFile) or, for a non-regular target, directly.
bool writeOutput(const OutputTarget &target, const QByteArray &data, QString *why);
// Copies a finished file (written elsewhere atomically) into a direct target.
bool copyToDirectTarget(const QString &from, const OutputTarget &target, QString *why);

} // namespace mr::cli
