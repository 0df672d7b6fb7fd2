// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/core/finding.h"
#include "models/package/package.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <nlohmann/json.hpp>

namespace mr::results {

// Where and how the rerun ran. Given in the package's `results.provenance` and/or as a top-level
// "provenance" object in a rerun results file; fields merge (package first, then rerun files in
// order) and a conflicting value is a diagnostic. All fields are optional strings.
struct Provenance
{
    bool given = false;
    QString environment; // a name from the package's `environments`
    QString revision;    // any revision libgit2 resolves in the package's code repository
    QString host;
    QString ranAt;         // ISO 8601 as written
    QDateTime ranAtParsed; // invalid when not given or not ISO 8601
    QString command;
    QStringList sources; // where it was given ("model-package.json: results.provenance", files)
    QList<QPair<QString, QString>> extra; // other keys, shown as written

    // Filled by checkProvenance(): resolved commits (full hex) and any resolution error.
    QString revisionSha;
    QString headSha;
    QString revisionError;
};

// Merges one provenance object into `p`; type problems and conflicts go to `diags`.
void mergeProvenance(Provenance *p, const nlohmann::json &object, const QString &source, Diagnostics *diags);

struct RevisionResolution
{
    bool ok = false;
    QString sha;   // full hex of the commit the revision peels to
    QString error; // "revision 'x' not found: <libgit2 message>"
};

// Opens the repository (read-only, no discovery upwards) and resolves `revision` to a commit.
RevisionResolution resolveRevision(const QString &repositoryPath, const QString &revision);

// Resolves the revisions and returns the provenance findings: rerun on another revision than
// head (error), in the development environment (warning) or another non-reference environment
// (warning), unknown environment (warning), unresolvable revision (warning), missing (info).
Findings checkProvenance(Provenance *p, const Package &package, bool hasRerun);

nlohmann::json toJson(const Provenance &p);

} // namespace mr::results
