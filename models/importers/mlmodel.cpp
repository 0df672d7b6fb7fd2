// SPDX-License-Identifier: Apache-2.0
#include "models/importers/mlmodel.h"

#include "models/core/yamlutil.h"
#include "models/environment/environment.h"
#include "models/environment/readers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace mr::importers {

namespace {

QString scalar(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}
int lineOf(const YAML::Node &n)
{
    return n && n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
}

QString normalise(const QString &name)
{
    QString out = name.toLower();
    out.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char('.'), QLatin1Char('-'));
    while (out.contains(QLatin1String("--")))
        out.replace(QLatin1String("--"), QLatin1String("-"));
    return out;
}

QString where(const QString &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

} // namespace

QString flavourPackage(const QString &key)
{
    static const QMap<QString, QString> known = {
        {QStringLiteral("sklearn_version"), QStringLiteral("scikit-learn")},
        {QStringLiteral("xgb_version"), QStringLiteral("xgboost")},
        {QStringLiteral("lgb_version"), QStringLiteral("lightgbm")},
        {QStringLiteral("pytorch_version"), QStringLiteral("torch")},
        {QStringLiteral("spark_version"), QStringLiteral("pyspark")},
        {QStringLiteral("paddle_version"), QStringLiteral("paddlepaddle")},
        {QStringLiteral("tf_version"), QStringLiteral("tensorflow")},
        {QStringLiteral("h2o_version"), QStringLiteral("h2o")},
    };
    if (const auto it = known.constFind(key); it != known.constEnd())
        return it.value();
    QString name = key;
    name.chop(int(qstrlen("_version")));
    return normalise(name);
}

bool versionsAgree(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return longer.startsWith(shorter) && longer.at(shorter.size()) == QLatin1Char('.');
}

bool minorDiffers(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('.')), y = b.split(QLatin1Char('.'));
    return x.value(0) != y.value(0) || (x.size() > 1 && y.size() > 1 && x.value(1) != y.value(1));
}

MlModel readMlModel(const QByteArray &data, const QString &file)
{
    MlModel m;
    m.file = file;
    YAML::Node root;
    Diagnostic error;
    if (!loadYamlMapping(data, file, &root, &error)) {
        m.diagnostics.append(error);
        return m;
    }
    try {
        m.mlflowVersion = scalar(root["mlflow_version"]);
        m.mlflowLine = lineOf(root["mlflow_version"]);
        m.runId = scalar(root["run_id"]);
        m.artifactPath = scalar(root["artifact_path"]);
        m.modelUuid = scalar(root["model_uuid"]);
        m.created = scalar(root["utc_time_created"]);
        const YAML::Node flavors = root["flavors"];
        if (!flavors || !flavors.IsMap()) {
            m.diagnostics.append({file, lineOf(flavors ? flavors : root), 1, QStringLiteral("flavors"),
                                  QCoreApplication::translate("mr::Importers", "no \"flavors\" mapping")});
        } else {
            for (const auto &kv : flavors) {
                const QString flavour = QString::fromStdString(kv.first.Scalar());
                m.flavours.append(flavour);
                if (!kv.second.IsMap())
                    continue;
                for (const auto &f : kv.second) {
                    const QString key = QString::fromStdString(f.first.Scalar());
                    if (key == QLatin1String("python_version")) {
                        m.pythonVersion = scalar(f.second);
                        m.pythonLine = lineOf(f.second);
                    } else if (key.endsWith(QLatin1String("_version")) && f.second.IsScalar() &&
                               !scalar(f.second).isEmpty()) {
                        m.versions.append(
                            {flavour, key, flavourPackage(key), scalar(f.second), lineOf(f.second)});
                    }
                }
                if (flavour == QLatin1String("python_function")) {
                    const YAML::Node env = kv.second["env"];
                    if (env && env.IsScalar())
                        m.condaFile = scalar(env); // MLflow 1.x
                    else if (env && env.IsMap()) {
                        m.condaFile = scalar(env["conda"]);
                        m.virtualenvFile = scalar(env["virtualenv"]);
                    }
                }
            }
        }
    } catch (const YAML::Exception &e) {
        m.diagnostics.append({file, e.mark.line + 1, e.mark.column + 1, {}, QString::fromStdString(e.msg)});
        return m;
    }
    m.readable = true;
    return m;
}

Findings mlmodelFindings(const MlModel &model, const QString &modelDir, const QString &displayDir)
{
    Findings out;
    auto add = [&](const char *rule, Finding::Severity s, const QString &message) {
        out.append({QString::fromLatin1(rule), s, QStringLiteral("environment"), Anchor::package(), message});
    };
    const QDir dir(modelDir);
    struct EnvFile
    {
        QString name;
        environment::Environment env;
    };
    QList<EnvFile> envs;
    QStringList names;
    for (const QString &n : {model.condaFile, model.virtualenvFile, QStringLiteral("requirements.txt")})
        if (!n.isEmpty() && !names.contains(n))
            names.append(n);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const QString display = displayDir.isEmpty() ? name : displayDir + QLatin1Char('/') + name;
        if (!QFileInfo(path).isFile()) {
            if (name != QLatin1String("requirements.txt"))
                add("environment.mlflow-env-file-missing", Finding::Severity::Error,
                    QCoreApplication::translate("mr::Importers",
                                                "%1 names the environment file %2, which is missing.")
                        .arg(model.file, display));
            continue;
        }
        environment::ReadOptions options;
        options.root = modelDir;
        environment::Environment env = environment::readEnvironmentFile(path, display, options);
        envs.append({display, env});
    }
    for (const EnvFile &e : envs) {
        if (!model.pythonVersion.isEmpty() && !e.env.pythonVersion.isEmpty() &&
            !versionsAgree(model.pythonVersion, e.env.pythonVersion)) {
            const bool breaks = minorDiffers(model.pythonVersion, e.env.pythonVersion);
            add("environment.mlflow-python-mismatch",
                breaks ? Finding::Severity::Error : Finding::Severity::Warning,
                QCoreApplication::translate("mr::Importers",
                                            "%1 records python_version %2, but %3 pins Python %4%5.")
                    .arg(where(model.file, model.pythonLine), model.pythonVersion, e.name,
                         e.env.pythonVersion,
                         breaks ? QCoreApplication::translate(
                                      "mr::Importers",
                                      ": the model was written by one Python and will be loaded by another")
                                : QString()));
        }
        QList<MlModel::Version> versions = model.versions;
        if (!model.mlflowVersion.isEmpty())
            versions.append({QString(), QStringLiteral("mlflow_version"), QStringLiteral("mlflow"),
                             model.mlflowVersion, model.mlflowLine});
        for (const MlModel::Version &v : versions) {
            for (const environment::PackageEntry &p : e.env.packages) {
                if (normalise(p.name) != v.package || p.version.isEmpty())
                    continue;
                if (versionsAgree(v.version, p.version))
                    continue;
                const bool mlflow = v.package == QLatin1String("mlflow");
                const bool breaks = !mlflow && minorDiffers(v.version, p.version);
                add(mlflow ? "environment.mlflow-version-mismatch" : "environment.mlflow-flavour-mismatch",
                    breaks ? Finding::Severity::Error : Finding::Severity::Warning,
                    QCoreApplication::translate("mr::Importers", "%1 records %2 %3, but %4 pins %5 %6.")
                        .arg(where(model.file, v.line), v.key, v.version, where(e.name, p.line), p.name,
                             p.version));
            }
        }
    }
    // python_env.yaml includes requirements.txt: the same pin seen twice is one finding.
    Findings unique;
    for (const Finding &f : out)
        if (!unique.contains(f))
            unique.append(f);
    return unique;
}

} // namespace mr::importers
