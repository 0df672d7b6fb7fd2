// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace mr::importers {

// What a path holds, decided from its content (file names inside a folder and their first
// bytes), never from the name of the path itself.
enum class SourceKind {
    Unknown,
    ModelReview, // model-package.json (folder, the file itself, or an archive)
    MlflowModel, // a folder with MLmodel at its root
    MlflowRun,   // a file-store run: meta.yaml with a run id, and metrics/ params/ tags/ artifacts/
    MlflowStore, // a whole mlruns/ folder (experiments holding runs): a chooser, not a package
    Dvc,         // a folder with dvc.yaml and/or dvc.lock (or .dvc/ and .dvc files)
    HuggingFace, // a model repository clone: config.json with a card, weights or an index
};

// "modelreview", "mlflow-model", "mlflow-run", "mlflow-store", "dvc", "huggingface", "unknown".
QString sourceKindName(SourceKind kind);

// Recognises `path`. A ModelReview package wins over anything else in the same folder (an
// explicit manifest is what its author wants reviewed), then MLflow, then DVC, then Hugging Face.
SourceKind recognise(const QString &path);

} // namespace mr::importers
