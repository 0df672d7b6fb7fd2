// SPDX-License-Identifier: Apache-2.0
#include "models/importers/sourcekind.h"

#include "models/package/archive.h"
#include "models/package/package.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mr::importers {

namespace {

bool isFile(const QDir &dir, const char *name)
{
    return QFileInfo(dir.filePath(QString::fromLatin1(name))).isFile();
}
bool isDir(const QDir &dir, const char *name)
{
    return QFileInfo(dir.filePath(QString::fromLatin1(name))).isDir();
}

// The first KiB of meta.yaml holds a run id (run_id / run_uuid) for a run, an experiment id
// and no run id for an experiment.
QByteArray head(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
}

bool isRunFolder(const QDir &dir)
{
    if (!isFile(dir, "meta.yaml"))
        return false;
    const QByteArray meta = head(dir.filePath(QStringLiteral("meta.yaml")));
    const bool runId = meta.contains("run_id:") || meta.contains("run_uuid:");
    return runId &&
           (isDir(dir, "metrics") || isDir(dir, "params") || isDir(dir, "tags") || isDir(dir, "artifacts"));
}

bool isExperimentFolder(const QDir &dir)
{
    if (!isFile(dir, "meta.yaml"))
        return false;
    const QByteArray meta = head(dir.filePath(QStringLiteral("meta.yaml")));
    return meta.contains("experiment_id:") && !meta.contains("run_id:") && !meta.contains("run_uuid:");
}

bool hasFrontMatter(const QString &path)
{
    const QByteArray h = head(path);
    return h.startsWith("---\n") || h.startsWith("---\r\n") || h.startsWith("\xEF\xBB\xBF---");
}

} // namespace

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Unknown: return QStringLiteral("unknown");
    case SourceKind::ModelReview: return QStringLiteral("modelreview");
    case SourceKind::MlflowModel: return QStringLiteral("mlflow-model");
    case SourceKind::MlflowRun: return QStringLiteral("mlflow-run");
    case SourceKind::MlflowStore: return QStringLiteral("mlflow-store");
    case SourceKind::Dvc: return QStringLiteral("dvc");
    case SourceKind::HuggingFace: return QStringLiteral("huggingface");
    }
    return {};
}

SourceKind recognise(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SourceKind::Unknown;
    if (info.isFile()) {
        if (info.fileName() == QLatin1String(kPackageFile) || isPackageArchive(path))
            return SourceKind::ModelReview;
        if (info.fileName() == QLatin1String("MLmodel"))
            return SourceKind::MlflowModel;
        return SourceKind::Unknown;
    }
    const QDir dir(info.absoluteFilePath());
    if (isFile(dir, kPackageFile))
        return SourceKind::ModelReview;
    const QFileInfoList children =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    if (children.size() == 1 && children.first().isDir() &&
        QFileInfo::exists(children.first().absoluteFilePath() + QLatin1Char('/') +
                          QLatin1String(kPackageFile)))
        return SourceKind::ModelReview;
    if (isFile(dir, "MLmodel"))
        return SourceKind::MlflowModel;
    if (isRunFolder(dir))
        return SourceKind::MlflowRun;
    // A store holds experiment folders (meta.yaml with experiment_id) that hold run folders;
    // an experiment folder alone is a store with one experiment.
    if (isExperimentFolder(dir))
        return SourceKind::MlflowStore;
    for (const QFileInfo &c : children)
        if (c.isDir() && !c.isSymLink() && isExperimentFolder(QDir(c.absoluteFilePath())))
            return SourceKind::MlflowStore;
    if (isFile(dir, "dvc.yaml") || isFile(dir, "dvc.lock"))
        return SourceKind::Dvc;
    if (isDir(dir, ".dvc")) {
        for (const QFileInfo &c : children)
            if (c.isFile() && c.suffix() == QLatin1String("dvc"))
                return SourceKind::Dvc;
    }
    if (isFile(dir, "config.json")) {
        if ((isFile(dir, "README.md") && hasFrontMatter(dir.filePath(QStringLiteral("README.md")))) ||
            isFile(dir, "model.safetensors.index.json") || isFile(dir, "pytorch_model.bin.index.json") ||
            isFile(dir, "generation_config.json") || isFile(dir, "tokenizer_config.json"))
            return SourceKind::HuggingFace;
        for (const QFileInfo &c : children)
            if (c.isFile() && (c.suffix() == QLatin1String("safetensors") ||
                               c.fileName() == QLatin1String("pytorch_model.bin")))
                return SourceKind::HuggingFace;
    }
    return SourceKind::Unknown;
}

} // namespace mr::importers
