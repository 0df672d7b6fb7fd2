// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/core/finding.h"

#include <QDir>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>

class QTemporaryDir;

namespace mr {

// Every section may be absent ("not provided", a finding) or present with errors confined to it.
struct Section
{
    bool provided = false;
    nlohmann::json raw; // the section as written in model-package.json
    Diagnostics errors; // errors in this section only; the rest of the package still opens
    bool usable() const { return provided && errors.isEmpty(); }
};

struct CodeSection : Section
{
    QString repository;     // relative path as written
    QString repositoryPath; // absolute path inside the package root
    QString base;           // revisions as written (any revspec libgit2 resolves)
    QString head;
};

struct DatasetSection : Section
{
    QString manifest, baseline, root;             // as written
    QString manifestPath, baselinePath, rootPath; // absolute; empty when not given
    bool rootOutsidePackage = false;              // `root` was an absolute path outside
};

struct NamedFile
{
    QString name;         // the key in the package file ("development", "reference", ...)
    QString relativePath; // as written
    QString path;         // absolute
};

struct EnvironmentsSection : Section
{
    QList<NamedFile> files; // in the order written
    QString development = QStringLiteral("development");
    QString reference = QStringLiteral("reference");
    const NamedFile *find(const QString &name) const;
};

struct MetricSpec
{
    enum class Better { Unknown, Higher, Lower };
    Better better = Better::Unknown;
    double absTolerance = -1; // < 0 when not given
    double relTolerance = -1; // < 0 when not given
};

struct ResultsSection : Section
{
    QList<NamedFile> claimed; // one or more files; name is "claimed"
    QList<NamedFile> rerun;   // name is "rerun"
    QMap<QString, MetricSpec> metrics;
    nlohmann::json provenance; // optional "provenance" object as written (may be null)
};

struct Artifact
{
    QString relativePath;
    QString path;     // absolute
    QString sha256;   // lowercase hex as declared (may be empty)
    qint64 size = -1; // declared size, -1 when not given
};

struct ArtifactsSection : Section
{
    QList<Artifact> artifacts;
};

struct Person
{
    QString name;
    QString email;
};

// A package opened from disk. Read-only: nothing here writes into the package. When opened
// from an archive, `rootPath` is a private extraction folder owned by this object and removed
// with it.
struct Package
{
    QString sourcePath; // what the user opened (folder or archive), absolute
    QString rootPath;   // folder holding model-package.json, absolute
    bool fromArchive = false;

    QString format;
    QString name;
    QString version;
    QString created;
    QString summary;
    Person submitter;
    nlohmann::json document; // the whole model-package.json
    QStringList unknownKeys; // top-level keys this version does not know (kept and shown)

    CodeSection code;
    DatasetSection dataset;
    EnvironmentsSection environments;
    ResultsSection results;
    ArtifactsSection artifacts;

    Diagnostics warnings; // non-fatal problems outside any section

    // What was opened: "modelreview" for model-package.json; the importers (models/importers)
    // set "mlflow-model", "mlflow-run", "dvc" or "huggingface", a sentence for people
    // ("MLflow run 9f1c… (bold-heron-7) in experiment churn") and their cross-file findings.
    QString sourceKind = QStringLiteral("modelreview");
    QString sourceDescription;
    Findings sourceFindings;

    std::shared_ptr<QTemporaryDir> extraction; // keeps an archive's extraction alive

    // Resolves a path written in the package against the root. Returns an empty string and
    // fills `error` when the path is absolute (unless allowOutside) or leaves the root,
    // through `..` or through a symbolic link.
    QString resolve(const QString &relative, QString *error, bool allowOutside = false) const;
    // Display name used in messages: "<package>/model-package.json".
    QString displayPath(const QString &relative) const;
};

using PackagePtr = std::shared_ptr<const Package>;

inline constexpr const char *kPackageFile = "model-package.json";
inline constexpr const char *kPackageFormatV1 = "modelreview.package/v1";
inline constexpr const char *kReviewSuffix = ".review.json";

} // namespace mr
