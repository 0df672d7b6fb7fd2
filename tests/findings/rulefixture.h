// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Fixture packages for the rule table (tst_findingrules): a Spec describes a package folder
// with git history, data, environments and results; rows of the table change it so that one
// rule fires, or does not.
namespace mr::test {

struct Spec
{
    nlohmann::json pkg;
    nlohmann::json dev, ref, ci;
    QMap<QString, QByteArray> files; // relative path -> content (written as is)
    QStringList dirs;                // extra folders
    // Code history: head train.py source, and what else the repository does.
    QByteArray headSource = "import numpy\nimport requests\n";
    bool worktree = false, dirty = false, advanceMain = false, unreachable = false, submodule = false,
         lfs = false, noRepository = false, brokenSubtree = false;
    QString removeAfterLoad; // a file that vanishes after the package was opened
    QString headOverride;    // a head revision to name instead of the real one
    QString rerunRevision;   // "head", "base" or a revision text for the rerun's provenance
    bool verify = false;     // run the dataset verifier as `verify` does
    bool failedDigest = false;
    int review = 0; // 0 none, else a review scenario (see reviewDocument)
};

extern const QByteArray kA, kB, kModel;

nlohmann::json capture(const QString &python = QStringLiteral("3.11.2"));
void setPackage(nlohmann::json &env, const char *name, const char *version, const char *source = "registry",
                const char *url = nullptr);
QByteArray manifestLine(const char *path, const QByteArray &content, bool hash = true);
// A DVC-tracked data folder whose .dvc file states `nfiles` (the listing holds two files).
void dvcDirectory(Spec &s, int nfiles);
// The base package: every section present and consistent, no finding of any tabled rule.
Spec base();
// Writes the package at `root`, opens it and returns every finding a reviewer would see (the
// analysis, plus verification and review findings when the spec asks). `error` is set when the
// fixture itself could not be built.
Findings findingsOf(const Spec &spec, const QString &root, QString *error);

using Mutate = void (*)(Spec &);

struct Row
{
    const char *rule;
    Finding::Severity severity;
    Mutate trigger;
    Mutate clean;
    QStringList items; // labels the finding must name (each a substring of one item's label)
};

// Every row, in docs/findings.md order (ruletable.cpp).
const QList<Row> &rows();

} // namespace mr::test
