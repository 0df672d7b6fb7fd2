// SPDX-License-Identifier: Apache-2.0
// YAML formats: conda environment.yml / conda.yaml, MLflow python_env.yaml and MLmodel.
#include "models/core/yamlutil.h"
#include "models/environment/pep440.h"
#include "models/environment/readers_p.h"

#include <QFileInfo>
#include <QHash>

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace mr::environment::detail {

namespace {

int lineOf(const YAML::Node &node)
{
    return node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

bool load(ReadContext &ctx, const QString &path, const QByteArray &data, YAML::Node *root)
{
    Diagnostic error;
    if (!loadYaml(data, ctx.display(path), root, &error)) {
        ctx.env->diagnostics.append(error);
        ctx.env->failed = true;
        return false;
    }
    if (!root->IsMap()) {
        ctx.warn(path, 1,
                 QCoreApplication::translate("mr::Environment", "expected a YAML mapping at the top"));
        ctx.env->failed = true;
        return false;
    }
    return true;
}

QString scalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

// A pip requirement inside YAML (conda `pip:` lists, python_env dependencies): one line, which
// may be an include relative to the YAML file.
void readRequirementNode(ReadContext &ctx, const QString &path, const YAML::Node &node)
{
    if (!node.IsScalar()) {
        ctx.warn(path, lineOf(node),
                 QCoreApplication::translate("mr::Environment", "expected a requirement string"));
        return;
    }
    const QString text = scalar(node);
    readRequirements(ctx, path, {QStringView(text)}, lineOf(node));
}

void readRequirementList(ReadContext &ctx, const QString &path, const YAML::Node &list, const char *key)
{
    if (!list)
        return;
    if (!list.IsSequence()) {
        ctx.warn(path, lineOf(list), QCoreApplication::translate("mr::Environment", "expected a list"),
                 QLatin1String(key));
        return;
    }
    for (const auto &item : list)
        readRequirementNode(ctx, path, item);
}

void setPython(ReadContext &ctx, const QString &version)
{
    if (ctx.env->pythonVersion.isEmpty() && !version.isEmpty())
        ctx.env->pythonVersion = version;
}

// Follows a file an MLflow or conda document names, inside the package.
void follow(ReadContext &ctx, const QString &fromPath, int line, const QString &relative, Format format)
{
    const QString target = ctx.resolveInclude(fromPath, line, relative);
    QByteArray data;
    if (target.isEmpty() || !ctx.load(target, &data, fromPath, line))
        return;
    ctx.stack.append(target);
    readAny(ctx, target, data, format);
    ctx.stack.removeLast();
}

} // namespace

void readCondaEnvironment(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    YAML::Node root;
    if (!load(ctx, path, data, &root))
        return;
    const YAML::Node deps = root["dependencies"];
    if (!deps || !deps.IsSequence()) {
        ctx.warn(path, deps ? lineOf(deps) : 0,
                 QCoreApplication::translate("mr::Environment", "no dependencies list"),
                 QStringLiteral("dependencies"));
        return;
    }
    for (const auto &dep : deps) {
        if (dep.IsMap()) {
            for (const auto &kv : dep) {
                const QString key = QString::fromStdString(kv.first.as<std::string>(""));
                if (key == QLatin1String("pip"))
                    readRequirementList(ctx, path, kv.second, "dependencies.pip");
                else
                    ctx.warn(path, lineOf(kv.first),
                             QCoreApplication::translate("mr::Environment",
                                                         "unknown dependency group \"%1\" ignored")
                                 .arg(key));
            }
            continue;
        }
        const QString spec = scalar(dep);
        PackageEntry e;
        if (spec.isEmpty() || !parseCondaSpec(spec, &e)) {
            ctx.warn(path, lineOf(dep),
                     QCoreApplication::translate("mr::Environment", "not a conda package spec: %1").arg(spec),
                     QStringLiteral("dependencies"));
            continue;
        }
        e.file = ctx.display(path);
        e.line = lineOf(dep);
        if (e.normalized == QLatin1String("python")) {
            setPython(ctx, e.version.isEmpty() ? e.specifier : e.version);
            continue;
        }
        ctx.addPackage(std::move(e));
    }
}

void readPythonEnv(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    YAML::Node root;
    if (!load(ctx, path, data, &root))
        return;
    setPython(ctx, scalar(root["python"]));
    readRequirementList(ctx, path, root["build_dependencies"], "build_dependencies");
    readRequirementList(ctx, path, root["dependencies"], "dependencies");
}

void readMlModel(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    YAML::Node root;
    if (!load(ctx, path, data, &root))
        return;
    const YAML::Node flavors = root["flavors"];
    if (!flavors || !flavors.IsMap()) {
        ctx.warn(path, 0, QCoreApplication::translate("mr::Environment", "no flavors"),
                 QStringLiteral("flavors"));
        return;
    }
    const YAML::Node pyfunc = flavors["python_function"];
    if (pyfunc && pyfunc.IsMap()) {
        setPython(ctx, scalar(pyfunc["python_version"]));
        const YAML::Node env = pyfunc["env"];
        // MLflow 1.x: env is the conda file; 2.x: {conda, virtualenv}. The virtualenv file is
        // what MLflow restores by default, so it wins when both exist.
        if (env && env.IsScalar()) {
            follow(ctx, path, lineOf(env), scalar(env), Format::CondaEnvironment);
        } else if (env && env.IsMap()) {
            const QString venv = scalar(env["virtualenv"]);
            const QString conda = scalar(env["conda"]);
            const QString dir = QFileInfo(path).absolutePath() + QLatin1Char('/');
            if (!venv.isEmpty() && QFileInfo::exists(dir + venv))
                follow(ctx, path, lineOf(env["virtualenv"]), venv, Format::MlflowPythonEnv);
            else if (!conda.isEmpty())
                follow(ctx, path, lineOf(env["conda"]), conda, Format::CondaEnvironment);
            else if (!venv.isEmpty())
                follow(ctx, path, lineOf(env["virtualenv"]), venv, Format::MlflowPythonEnv);
        }
    }
    // Versions the MLmodel itself records, used when the followed files lack them.
    static const QHash<QString, QString> flavorDistribution = {
        {QStringLiteral("sklearn"), QStringLiteral("scikit-learn")},
        {QStringLiteral("pytorch"), QStringLiteral("torch")},
        {QStringLiteral("xgb"), QStringLiteral("xgboost")},
        {QStringLiteral("lgb"), QStringLiteral("lightgbm")},
        {QStringLiteral("spark"), QStringLiteral("pyspark")},
        {QStringLiteral("keras"), QStringLiteral("keras")},
    };
    auto addVersion = [&](const QString &dist, const YAML::Node &node) {
        const QString version = scalar(node);
        if (version.isEmpty() || ctx.env->indexOf(normalizeName(dist)) >= 0)
            return;
        PackageEntry e;
        e.name = dist;
        e.normalized = normalizeName(dist);
        e.version = version;
        e.file = ctx.display(path);
        e.line = lineOf(node);
        ctx.addPackage(std::move(e));
    };
    addVersion(QStringLiteral("mlflow"), root["mlflow_version"]);
    for (const auto &flavor : flavors) {
        if (!flavor.second.IsMap())
            continue;
        for (const auto &kv : flavor.second) {
            const QString key = QString::fromStdString(kv.first.as<std::string>(""));
            if (!key.endsWith(QLatin1String("_version")) || key == QLatin1String("python_version"))
                continue;
            const QString stem = key.chopped(8);
            addVersion(flavorDistribution.value(stem, stem), kv.second);
        }
    }
}

} // namespace mr::environment::detail
