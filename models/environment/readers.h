// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/environment/environment.h"

#include <QByteArray>
#include <QString>

namespace mr::environment {

enum class Format {
    Unknown,
    ModelReviewV1,    // modelreview.environment/v1 JSON
    Requirements,     // pip freeze output and requirements files
    PipListJson,      // pip list --format=json
    CondaEnvironment, // conda environment.yml / MLflow conda.yaml
    CondaExport,      // conda list --export
    CondaExplicit,    // conda list --explicit
    UvLock,           // uv.lock (TOML)
    PoetryLock,       // poetry.lock (TOML)
    MlflowPythonEnv,  // MLflow python_env.yaml
    MlflowModel,      // MLflow MLmodel (follows its env files)
    Dockerfile,       // base image from FROM
};

QString formatName(Format format); // "modelreview-v1", "requirements", "pip-list-json", ...

// Detects the format from the content first; the file name only breaks ties (a file with no
// lines at all is read as requirements).
Format detectFormat(const QByteArray &data, const QString &fileName);

struct ReadOptions
{
    // Includes (-r, MLflow env files) must resolve inside this folder; empty means the folder of
    // the file being read.
    QString root;
    qint64 maxBytes = 64 * 1024 * 1024; // larger files are refused with a diagnostic
};

// Reads one environment file of any supported format. Never throws: problems become
// diagnostics naming the file (relative to the root) and the line; `failed` is set when
// nothing usable could be read.
Environment readEnvironmentFile(const QString &path, const QString &name, const ReadOptions &options = {});

// Decoded lines of a text file: every line's characters in one string, and a view per line.
// One allocation for all lines (a million-line file made a million strings before).
struct TextLines
{
    QString text;             // the lines' characters, one after another
    QList<QStringView> lines; // views into `text`; valid while this object lives, unmoved
    TextLines() = default;
    TextLines(const TextLines &) = delete; // a copy would leave the views on the old text
    TextLines &operator=(const TextLines &) = delete;
};

// Splits decoded text into lines (LF, CRLF or CR), decoding UTF-8 with a UTF-8/UTF-16 BOM
// honoured. Lines that are not valid UTF-8 are read as Latin-1 and reported in `diagnostics`;
// lines over 1 MiB are dropped (an empty line) with a diagnostic.
void decodeLines(const QByteArray &data, const QString &displayName, Diagnostics *diagnostics,
                 TextLines *out);
QStringList decodeLines(const QByteArray &data, const QString &displayName, Diagnostics *diagnostics);

// One logical line of a requirements file, after continuation lines are joined.
struct RequirementLine
{
    enum class Kind { Empty, Requirement, Include, Constraint, Option, Invalid };
    Kind kind = Kind::Empty;
    PackageEntry entry; // Requirement
    QString argument;   // Include/Constraint: the path; Option: the option
    QString message;    // Invalid: why
};

// Parses one requirements line: `name==1.0`, ranges, extras, markers, `name @ url`, `-e`,
// VCS and archive URLs, `--hash=` options, `-r`/`-c` includes, pip options, comments.
RequirementLine parseRequirementLine(const QString &line);
RequirementLine parseRequirementLine(QStringView line); // the same; no copy for `name==version`

// Parses a conda match spec ("numpy=1.26.4=py311h_0", "conda-forge::numpy>=1.2", "numpy 1.2 0").
bool parseCondaSpec(const QString &spec, PackageEntry *entry);

} // namespace mr::environment
