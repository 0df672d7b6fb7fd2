// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/pack/gitsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What `pack` finds in the repository on its own: DVC outputs and metrics, environment files,
// an MLflow run's metrics. Everything is read from the head commit's tree (what the reviewer
// gets), except DVC's cache listings and MLflow's run folders, which git does not hold.
namespace mr::pack::detail {

struct FoundFile
{
    QString path;     // where it goes in the package
    QByteArray bytes; // its content
    QString origin;   // for the summary ("repository: requirements.txt")
};

// Reads every dvc.lock and *.dvc of the tree into one JSON Lines manifest (path, size, md5,
// stage) of DVC outputs, paths relative to the top of the repository. A directory output is
// expanded from its `.dir` listing in the DVC cache of `workdir`. Empty when the tree holds no
// DVC files. `notes` gets what could not be listed.
QByteArray dvcManifest(git_repository *repo, const QList<TreeFile> &tree, const QString &workdir,
                       QStringList *notes);

// The environment files of the tree (requirements*.txt, uv.lock, poetry.lock, conda
// environment files, MLflow MLmodel and python_env.yaml), each with its repository path.
QList<TreeFile> environmentFiles(const QList<TreeFile> &tree);

// The metrics files dvc.yaml names (top-level `metrics` and each stage's): as committed, or, for
// a metrics file DVC tracks itself (not in git), as the working copy holds it (with a note).
// `path` is the repository path.
QList<FoundFile> dvcMetricsFiles(git_repository *repo, const QList<TreeFile> &tree, const QString &workdir,
                                 QStringList *notes);

// The latest MLflow run under `workdir`/mlruns (by end time) as a metrics JSON object (each
// metric's last value); empty when there is none.
QByteArray mlflowMetrics(const QString &workdir, QString *runDescription);

} // namespace mr::pack::detail
