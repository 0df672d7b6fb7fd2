// SPDX-License-Identifier: Apache-2.0
#pragma once
// Sources in the shapes ML tools write them (MLflow 1.x/2.x, DVC 2/3, Hugging Face), built in a
// temporary folder; git repositories are made with libgit2 (tests/code/gitfixture.h).

#include <QByteArray>
#include <QMap>
#include <QString>

namespace fixtures {

bool write(const QString &root, const QString &relative, const QByteArray &content);

// A git repository in `root` (non-bare) with two commits of src/train.py; returns both ids.
struct Repo
{
    QString first, second;
    bool ok = false;
};
Repo makeRepo(const QString &root);

// MLflow 1.x model folder: MLmodel (env: conda.yaml, python 3.10.16, sklearn 1.5.2) with a
// conda.yaml pinning python 3.8.12 and scikit-learn 1.1.2 (the seam the issue describes).
void mlflowModel1x(const QString &dir);
// mlruns/ file store under `root`: experiment 1 "churn" with runs `runId` (FINISHED, named
// bold-heron-7, git commit `commit`, metrics and a model) and a second, failed run; experiment
// 2 "other" with one run. Returns the first run's folder.
QString mlflowStore(const QString &root, const QString &runId, const QString &commit);

// DVC project files (dvc.yaml, dvc.lock, params.yaml, a .dvc file, a .dir listing in the
// cache, data). dvc3: `hash: md5` entries, else DVC 2 entries with a CRLF text file.
void dvcProject(const QString &dir, bool dvc3);

// A Hugging Face clone: card with model-index, config.json (float16, 3 id2label, eos 2),
// generation_config.json (eos [2, 32000]), model.safetensors with a BF16 header, an index
// naming a missing shard, an LFS pointer for pytorch_model.bin, .eval_results/ differing.
void huggingFace(const QString &dir);

QByteArray md5Hex(const QByteArray &data);
QByteArray safetensors(const QMap<QString, QString> &tensorDtypes);

} // namespace fixtures
