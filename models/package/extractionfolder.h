// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTemporaryDir>

#include <memory>

namespace mr {

// A private folder for an archive's extraction, removed with the last reference. Removal works
// on raw names below open folder handles, so that names Qt cannot represent (not UTF-8), paths
// longer than PATH_MAX and folders without write permission never leave the folder behind
// (QTemporaryDir's own removal gives up on them).
std::shared_ptr<QTemporaryDir> makeExtractionFolder();

// Removes `path` and everything below it without following links; true when nothing is left.
bool removeTreeRaw(const QString &path);

} // namespace mr
