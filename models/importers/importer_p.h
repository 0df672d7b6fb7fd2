// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the importers: the steps every source takes (git code section, environment files
// found in a repository, rerun files, findings).

#include "models/importers/importer.h"

#include <QCoreApplication>

namespace mr::importers::detail {

// Fills the code section from the git repository that holds `dir` (searched upwards).
// `head` empty means HEAD; `headOrigin` names where a given head came from (for messages).
void gitCode(Package &pkg, const QString &dir, const QString &head, const QString &headOrigin,
             const ImportOptions &options);
// Appends every environment file found directly in `dir` (requirements*.txt, conda.yaml,
// environment.yml, python_env.yaml, poetry.lock, uv.lock) and sets development/reference.
void environmentFiles(Package &pkg, const QString &dir);
// A NamedFile for a path inside the root (relative path as display).
NamedFile namedFile(const Package &pkg, const QString &name, const QString &absolute);
void addFinding(Package &pkg, const char *rule, Finding::Severity severity, const char *pane,
                const QString &message);
// Reads a small file (<= `limit` bytes); false with a diagnostic when it cannot.
bool readSmallFile(const QString &path, const QString &display, QByteArray *out, Diagnostic *error,
                   qint64 limit = 16 << 20);
// A file's "name:line" or "name" when line is 0.
QString at(const QString &file, int line);

LoadResult importMlflowModel(const QString &path, const ImportOptions &options);
LoadResult importMlflowRun(const QString &path, const ImportOptions &options);
LoadResult importDvc(const QString &path, const ImportOptions &options);
LoadResult importHuggingFace(const QString &path, const ImportOptions &options);

} // namespace mr::importers::detail
