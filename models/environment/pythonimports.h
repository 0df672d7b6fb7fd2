// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mr::environment {

// A top-level module a Python file imports, where it is first imported.
struct ImportUse
{
    QString module;
    QString file;
    int line = 0;
    bool operator==(const ImportUse &) const = default;
};

struct ImportScan
{
    bool ok = false;
    QString error;    // why the scan could not run (no repository, bad revision, ...)
    QString revision; // the revision scanned
    int filesScanned = 0;
    QList<ImportUse> imports; // third-party modules only, first use each, sorted by module
};

// Top-level modules imported by one Python source text (`import a.b, c as d`, `from e.f import
// g`), each with its 1-based line; relative imports, __future__ and docstrings are skipped.
QList<ImportUse> importsInSource(const QString &text, const QString &file = {});

// Reads the *.py blobs of `revision`'s tree in the git repository and collects the imports that
// are neither standard library nor first-party (a module or package of the repository itself).
// Opens the repository itself (call it from the worker thread). `cancel` may be null.
ImportScan scanRepositoryImports(const QString &repositoryPath, const QString &revision,
                                 const std::atomic_bool *cancel = nullptr);

bool isStandardLibraryModule(const QString &module);

// Distribution names (PEP 503 normalised) that provide an import name, most common first:
// sklearn gives scikit-learn, cv2 opencv-python and its variants, PIL pillow, yaml pyyaml.
// Unknown modules map to their own normalised name.
QStringList distributionsForImport(const QString &module);

} // namespace mr::environment
