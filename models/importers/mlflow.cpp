// SPDX-License-Identifier: Apache-2.0
// MLflow model folders, file-store runs and whole stores.
#include "models/importers/mlflow.h"

#include "models/core/yamlutil.h"
#include "models/importers/importer_p.h"
#include "models/importers/mlmodel.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace mr::importers {

using namespace detail;

namespace {

QString scalar(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

// The model folder inside a run's artifacts/ (the first MLmodel found, shallowest first).
QString findModelFolder(const QString &artifacts)
{
    QStringList found;
    QDirIterator it(artifacts, {QStringLiteral("MLmodel")}, QDir::Files | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QFileInfo(it.next()).absolutePath());
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) != b.count(QLatin1Char('/'))
                   ? a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'))
                   : a < b;
    });
    return found.value(0);
}

// Environment files, findings and identity from a model folder; `display` prefixes messages.
MlModel addModel(Package &pkg, const QString &modelDir)
{
    const QString rel = QDir(pkg.rootPath).relativeFilePath(modelDir);
    const QString prefix = rel == QLatin1String(".") ? QString() : rel;
    const QString mlmodelDisplay =
        prefix.isEmpty() ? QStringLiteral("MLmodel") : prefix + QStringLiteral("/MLmodel");
    QByteArray data;
    Diagnostic error;
    MlModel model;
    pkg.environments.provided = true;
    if (!readSmallFile(QDir(modelDir).filePath(QStringLiteral("MLmodel")), mlmodelDisplay, &data, &error)) {
        pkg.environments.errors.append(error);
        return model;
    }
    model = readMlModel(data, mlmodelDisplay);
    pkg.environments.errors += model.diagnostics; // a malformed MLmodel is confined to this section
    pkg.environments.files.append(
        namedFile(pkg, QStringLiteral("MLmodel"), QDir(modelDir).filePath(QStringLiteral("MLmodel"))));
    QStringList envNames;
    for (const QString &n : {model.condaFile, model.virtualenvFile, QStringLiteral("requirements.txt")}) {
        const QString path = QDir(modelDir).filePath(n);
        if (!n.isEmpty() && !envNames.contains(n) && QFileInfo(path).isFile() && !QDir::isAbsolutePath(n) &&
            !QDir::cleanPath(n).startsWith(QLatin1String(".."))) {
            envNames.append(n);
            pkg.environments.files.append(namedFile(pkg, QFileInfo(n).completeBaseName(), path));
        }
    }
    // The model's own record wrote the pickle; the environment files are where it will be loaded.
    pkg.environments.development = QStringLiteral("MLmodel");
    pkg.environments.reference =
        pkg.environments.files.size() > 1 ? pkg.environments.files.at(1).name : QStringLiteral("MLmodel");
    if (model.readable)
        pkg.sourceFindings += mlmodelFindings(model, modelDir, prefix);
    return model;
}

} // namespace

QString mlflowStatusName(const QString &status)
{
    static const QStringList names = {QString(),
                                      QStringLiteral("RUNNING"),
                                      QStringLiteral("SCHEDULED"),
                                      QStringLiteral("FINISHED"),
                                      QStringLiteral("FAILED"),
                                      QStringLiteral("KILLED")};
    bool ok = false;
    const int n = status.toInt(&ok);
    return ok && n > 0 && n < names.size() ? names.at(n) : status;
}

MlflowMeta readMlflowMeta(const QByteArray &data, const QString &file)
{
    MlflowMeta m;
    YAML::Node root;
    Diagnostic error;
    if (!loadYamlMapping(data, file, &root, &error)) {
        m.diagnostics.append(error);
        return m;
    }
    try {
        m.runId = scalar(root["run_id"]);
        if (m.runId.isEmpty())
            m.runId = scalar(root["run_uuid"]); // MLflow 1.x
        m.runName = scalar(root["run_name"]);
        m.experimentId = scalar(root["experiment_id"]);
        m.name = scalar(root["name"]);
        m.status = mlflowStatusName(scalar(root["status"]));
        m.artifactUri = scalar(root["artifact_uri"]);
        m.lifecycleStage = scalar(root["lifecycle_stage"]);
        m.startTime = scalar(root["start_time"]).toLongLong();
    } catch (const YAML::Exception &e) {
        m.diagnostics.append({file, e.mark.line + 1, e.mark.column + 1, {}, QString::fromStdString(e.msg)});
        return m;
    }
    m.readable = true;
    return m;
}

QMap<QString, QString> readKeyValueFolder(const QString &dir)
{
    QMap<QString, QString> out;
    const QDir base(dir);
    QDirIterator it(dir, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() > (1 << 20) || !f.open(QIODevice::ReadOnly))
            continue;
        out.insert(base.relativeFilePath(path), QString::fromUtf8(f.readAll()).trimmed());
    }
    return out;
}

namespace detail {

LoadResult importMlflowModel(const QString &path, const ImportOptions &options)
{
    LoadResult result;
    QFileInfo info(path);
    const QString dir = info.isFile() ? info.absolutePath() : info.absoluteFilePath();
    auto pkg = std::make_shared<Package>();
    pkg->sourcePath = dir;
    pkg->rootPath = dir;
    pkg->sourceKind = sourceKindName(SourceKind::MlflowModel);
    pkg->format = pkg->sourceKind;
    const MlModel model = addModel(*pkg, dir);
    pkg->name = model.artifactPath.isEmpty() ? QFileInfo(dir).fileName() : model.artifactPath;
    pkg->version = model.modelUuid.isEmpty() ? model.runId.left(8) : model.modelUuid.left(8);
    pkg->created = model.created;
    pkg->sourceDescription =
        QCoreApplication::translate("mr::Importers", "MLflow model %1 (%2%3)")
            .arg(pkg->name, model.flavours.join(QStringLiteral(", ")),
                 model.mlflowVersion.isEmpty() ? QString()
                                               : QStringLiteral("; MLflow %1").arg(model.mlflowVersion));
    gitCode(*pkg, dir, {}, {}, options);
    result.package = pkg;
    return result;
}

LoadResult importMlflowRun(const QString &path, const ImportOptions &options)
{
    LoadResult result;
    const QString dir = QFileInfo(path).absoluteFilePath();
    auto pkg = std::make_shared<Package>();
    pkg->sourcePath = dir;
    pkg->rootPath = dir;
    pkg->sourceKind = sourceKindName(SourceKind::MlflowRun);
    pkg->format = pkg->sourceKind;
    QByteArray data;
    Diagnostic error;
    MlflowMeta meta;
    if (!readSmallFile(QDir(dir).filePath(QStringLiteral("meta.yaml")), QStringLiteral("meta.yaml"), &data,
                       &error))
        pkg->warnings.append(error);
    else
        meta = readMlflowMeta(data, QStringLiteral("meta.yaml"));
    pkg->warnings += meta.diagnostics;
    const QMap<QString, QString> tags = readKeyValueFolder(QDir(dir).filePath(QStringLiteral("tags")));
    if (meta.runId.isEmpty())
        meta.runId = QFileInfo(dir).fileName();
    if (meta.runName.isEmpty())
        meta.runName = tags.value(QStringLiteral("mlflow.runName"));
    // The experiment's name is in the parent folder's meta.yaml.
    QString experiment = meta.experimentId;
    if (readSmallFile(QFileInfo(dir).absolutePath() + QStringLiteral("/meta.yaml"),
                      QStringLiteral("../meta.yaml"), &data, &error)) {
        const MlflowMeta exp = readMlflowMeta(data, QStringLiteral("../meta.yaml"));
        if (!exp.name.isEmpty())
            experiment = exp.name;
    }
    pkg->name = meta.runName.isEmpty() ? meta.runId : meta.runName;
    pkg->version = meta.runId.left(8);
    pkg->submitter.name = tags.value(QStringLiteral("mlflow.user"));
    if (meta.startTime > 0)
        pkg->created = QDateTime::fromMSecsSinceEpoch(meta.startTime, Qt::UTC).toString(Qt::ISODate);
    pkg->summary = tags.value(QStringLiteral("mlflow.note.content"));
    pkg->sourceDescription =
        QCoreApplication::translate("mr::Importers", "MLflow run %1… (%2) in experiment %3%4")
            .arg(meta.runId.left(4), meta.runName.isEmpty() ? QStringLiteral("unnamed") : meta.runName,
                 experiment.isEmpty() ? QStringLiteral("?") : experiment,
                 meta.status.isEmpty() ? QString() : QStringLiteral(", %1").arg(meta.status));
    if (!meta.status.isEmpty() && meta.status != QLatin1String("FINISHED"))
        addFinding(
            *pkg, "package.mlflow-run-not-finished", Finding::Severity::Warning, "package",
            QCoreApplication::translate("mr::Importers", "meta.yaml: the run's status is %1, not FINISHED.")
                .arg(meta.status));

    const QString metrics = QDir(dir).filePath(QStringLiteral("metrics"));
    if (QFileInfo(metrics).isDir()) {
        pkg->results.provided = true;
        pkg->results.claimed.append({QStringLiteral("claimed"), QStringLiteral("metrics"), metrics});
    }
    const QString model = findModelFolder(QDir(dir).filePath(QStringLiteral("artifacts")));
    if (!model.isEmpty())
        addModel(*pkg, model);

    // Dataset inputs (MLflow 2.4+): their digest is computed from loaded data, not from files.
    const QDir inputs(QDir(dir).filePath(QStringLiteral("inputs")));
    for (const QFileInfo &in : inputs.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!readSmallFile(in.absoluteFilePath() + QStringLiteral("/meta.yaml"), in.fileName(), &data,
                           &error))
            continue;
        YAML::Node node;
        if (!loadYaml(data, QStringLiteral("inputs/%1/meta.yaml").arg(in.fileName()), &node, &error)) {
            pkg->warnings.append(error);
            continue;
        }
        const QString datasetId = node.IsMap() ? scalar(node["source_id"]) : QString();
        QString name = datasetId, digest, source;
        const QString dsMeta =
            QFileInfo(dir).absolutePath() + QStringLiteral("/datasets/%1/meta.yaml").arg(datasetId);
        YAML::Node ds;
        if (!datasetId.isEmpty() && readSmallFile(dsMeta, dsMeta, &data, &error) &&
            loadYaml(data, dsMeta, &ds, &error) && ds.IsMap()) {
            name = scalar(ds["name"]);
            digest = scalar(ds["digest"]);
            source = scalar(ds["source_type"]);
        }
        addFinding(*pkg, "dataset.mlflow-input-unverifiable", Finding::Severity::Info, "dataset",
                   QCoreApplication::translate(
                       "mr::Importers",
                       "Dataset input %1 (digest %2, source %3) cannot be checked against "
                       "files: MLflow computes its digest from the loaded data, not from files.")
                       .arg(name, digest.isEmpty() ? QStringLiteral("?") : digest,
                            source.isEmpty() ? QStringLiteral("?") : source));
    }
    const QString commit = tags.value(QStringLiteral("mlflow.source.git.commit"));
    gitCode(*pkg, dir, commit, QStringLiteral("tags/mlflow.source.git.commit"), options);
    result.package = pkg;
    return result;
}

} // namespace detail

QList<MlflowRunInfo> listMlflowRuns(const QString &storePath, Diagnostics *diagnostics)
{
    QList<MlflowRunInfo> runs;
    const QDir store(QFileInfo(storePath).absoluteFilePath());
    QList<QDir> experiments;
    if (QFileInfo(store.filePath(QStringLiteral("meta.yaml"))).isFile())
        experiments.append(store);
    else
        for (const QFileInfo &e :
             store.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name))
            if (QFileInfo(e.absoluteFilePath() + QStringLiteral("/meta.yaml")).isFile())
                experiments.append(QDir(e.absoluteFilePath()));
    for (const QDir &exp : experiments) {
        QByteArray data;
        Diagnostic error;
        const QString expDisplay = store.relativeFilePath(exp.filePath(QStringLiteral("meta.yaml")));
        if (!readSmallFile(exp.filePath(QStringLiteral("meta.yaml")), expDisplay, &data, &error)) {
            if (diagnostics)
                diagnostics->append(error);
            continue;
        }
        const MlflowMeta em = readMlflowMeta(data, expDisplay);
        if (diagnostics)
            *diagnostics += em.diagnostics;
        for (const QFileInfo &r :
             exp.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name)) {
            const QString metaPath = r.absoluteFilePath() + QStringLiteral("/meta.yaml");
            if (!QFileInfo(metaPath).isFile())
                continue;
            const QString display = store.relativeFilePath(metaPath);
            if (!readSmallFile(metaPath, display, &data, &error)) {
                if (diagnostics)
                    diagnostics->append(error);
                continue;
            }
            const MlflowMeta rm = readMlflowMeta(data, display);
            if (!rm.readable) {
                if (diagnostics)
                    *diagnostics += rm.diagnostics;
                continue;
            }
            MlflowRunInfo info;
            info.experimentId = em.experimentId.isEmpty() ? exp.dirName() : em.experimentId;
            info.experimentName = em.name;
            info.runId = rm.runId.isEmpty() ? r.fileName() : rm.runId;
            info.runName = rm.runName;
            if (info.runName.isEmpty()) {
                QFile tag(r.absoluteFilePath() + QStringLiteral("/tags/mlflow.runName"));
                if (tag.open(QIODevice::ReadOnly))
                    info.runName = QString::fromUtf8(tag.read(1024)).trimmed();
            }
            info.status = rm.status;
            info.startTime = rm.startTime;
            info.path = r.absoluteFilePath();
            runs.append(info);
        }
    }
    std::stable_sort(runs.begin(), runs.end(), [](const MlflowRunInfo &a, const MlflowRunInfo &b) {
        return a.startTime > b.startTime;
    });
    return runs;
}

} // namespace mr::importers
