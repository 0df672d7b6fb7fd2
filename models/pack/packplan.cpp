// SPDX-License-Identifier: Apache-2.0
// Planning a pack: everything is read and decided here, nothing is written.
#include "models/core/jsonutil.h"
#include "models/pack/collect.h"
#include "models/pack/pack.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThread>
#include <QTimeZone>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace mr::pack {

using detail::TreeFile;

OutputKind outputKindFor(const QString &out)
{
    const QString lower = out.toLower();
    if (lower.endsWith(QLatin1String(".zip")))
        return OutputKind::Zip;
    if (lower.endsWith(QLatin1String(".tar.gz")) || lower.endsWith(QLatin1String(".tgz")))
        return OutputKind::TarGz;
    if (lower.endsWith(QLatin1String(".tar.zst")))
        return OutputKind::TarZst;
    return OutputKind::Folder;
}

bool parseMetricSpec(const QString &text, QString *name, MetricSpec *spec, QString *error)
{
    // The name may hold ':' only if nothing follows it that looks like a direction.
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.first().isEmpty()) {
        *error = QCoreApplication::translate("mr::Pack",
                                             "metric spec \"%1\": expected NAME:higher|lower[:abs=X][:rel=Y]")
                     .arg(text);
        return false;
    }
    *name = parts.first();
    *spec = MetricSpec{};
    const QString better = parts.at(1).toLower();
    if (better == QLatin1String("higher"))
        spec->better = MetricSpec::Better::Higher;
    else if (better == QLatin1String("lower"))
        spec->better = MetricSpec::Better::Lower;
    else {
        *error =
            QCoreApplication::translate("mr::Pack", "metric spec \"%1\": \"%2\" is neither higher nor lower")
                .arg(text, parts.at(1));
        return false;
    }
    for (qsizetype i = 2; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        bool ok = false;
        const double value = p.mid(4).toDouble(&ok);
        if (!ok || value < 0 || !std::isfinite(value) ||
            !(p.startsWith(QLatin1String("abs=")) || p.startsWith(QLatin1String("rel=")))) {
            *error = QCoreApplication::translate(
                         "mr::Pack", "metric spec \"%1\": \"%2\" is not abs=X or rel=Y with a number >= 0")
                         .arg(text, p);
            return false;
        }
        (p.startsWith(QLatin1String("abs=")) ? spec->absTolerance : spec->relTolerance) = value;
    }
    return true;
}

std::optional<qint64> sourceDateEpochFromEnvironment()
{
    const QByteArray value = qgetenv("SOURCE_DATE_EPOCH").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds;
}

namespace {

PackPlan refuse(PackPlan plan, int code, const QString &why)
{
    plan.ok = false;
    plan.exitCode = code;
    plan.error = why;
    return plan;
}

QString suffixOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.mid(dot) : QStringLiteral(".txt");
}

// Package names for a list of inputs: "<stem>.json" for one, "<stem>-1.json", ... for several.
QString numbered(const QString &stem, int index, int count, const QString &suffix)
{
    return count == 1 ? stem + suffix : QStringLiteral("%1-%2%3").arg(stem).arg(index + 1).arg(suffix);
}

bool readableFile(const QString &path, QString *why)
{
    QFile f(path);
    if (!QFileInfo(path).isFile()) {
        *why = QCoreApplication::translate("mr::Pack", "%1: no such file").arg(path);
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QCoreApplication::translate("mr::Pack", "%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool isInside(const QString &path, const QString &folder)
{
    const QString p = QDir::cleanPath(path), f = QDir::cleanPath(folder);
    return p == f || p.startsWith(f + QLatin1Char('/'));
}

// `path` with its existing ancestors' symbolic links resolved, so that OUT cannot hide inside
// SOURCE behind a link.
QString canonicalEvenIfMissing(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing) && existing != QLatin1String("/")) {
        rest = QLatin1Char('/') + QFileInfo(existing).fileName() + rest;
        existing = QFileInfo(existing).absolutePath();
    }
    return QDir::cleanPath(QFileInfo(existing).canonicalFilePath() + rest);
}

} // namespace

PackPlan planPack(const PackOptions &options)
{
    PackPlan plan;
    plan.jobs = options.jobs > 0 ? options.jobs : std::max(1, QThread::idealThreadCount());
    if (options.out.isEmpty())
        return refuse(plan, 2, QCoreApplication::translate("mr::Pack", "no output given (-o OUT)"));
    if (!options.dataDirs.isEmpty() && !options.manifest.isEmpty())
        return refuse(plan, 2,
                      QCoreApplication::translate("mr::Pack", "--data and --manifest exclude each other"));

    code::git::Repository repo;
    if (code::git::Error e = detail::openWorkingCopy(options.source, &repo, &plan.sourceRoot))
        return refuse(plan, 2, e.message);
    plan.out = QDir::cleanPath(QFileInfo(options.out).absoluteFilePath());
    plan.kind = outputKindFor(plan.out);
    const QString canonicalOut = canonicalEvenIfMissing(plan.out);
    const QString canonicalRoot = QFileInfo(plan.sourceRoot).canonicalFilePath();
    if (isInside(canonicalOut, canonicalRoot) || isInside(canonicalRoot, canonicalOut))
        return refuse(plan, 1,
                      QCoreApplication::translate(
                          "mr::Pack", "%1 lies inside the working copy %2: pack never writes into the source")
                          .arg(options.out, plan.sourceRoot));
    if (QFileInfo::exists(plan.out) || QFileInfo(plan.out).isSymLink())
        return refuse(
            plan, 1,
            QCoreApplication::translate("mr::Pack", "%1 exists already; remove it or choose another name")
                .arg(options.out));
    if (!QFileInfo(QFileInfo(plan.out).absolutePath()).isDir())
        return refuse(plan, 2,
                      QCoreApplication::translate("mr::Pack", "%1: the folder %2 does not exist")
                          .arg(options.out, QFileInfo(plan.out).absolutePath()));

    // Revisions.
    code::git::Commit head, base;
    if (code::git::Error e = code::git::resolveCommit(repo.get(), options.head, &head))
        return refuse(plan, 2, QStringLiteral("%1: %2").arg(plan.sourceRoot, e.message));
    plan.headId = code::git::oidToHex(*git_commit_id(head.get()));
    if (!options.base.isEmpty()) {
        if (code::git::Error e = code::git::resolveCommit(repo.get(), options.base, &base))
            return refuse(plan, 2, QStringLiteral("%1: %2").arg(plan.sourceRoot, e.message));
        plan.baseId = code::git::oidToHex(*git_commit_id(base.get()));
    } else if (git_commit_parentcount(head.get()) > 0) {
        plan.baseId = code::git::oidToHex(*git_commit_parent_id(head.get(), 0));
    } else {
        plan.baseId = plan.headId;
        plan.notes << QCoreApplication::translate(
            "mr::Pack", "head has no parent: base is head itself (no code difference to review)");
    }

    // Honesty: uncommitted changes to tracked files refuse the pack unless allowed.
    if (code::git::Error e = detail::workingCopyStatus(repo.get(), &plan.dirtyFiles, &plan.untrackedFiles))
        return refuse(plan, 2, e.message);
    if (!plan.dirtyFiles.isEmpty() && !options.allowDirty)
        return refuse(plan, 1,
                      QCoreApplication::translate(
                          "mr::Pack",
                          "uncommitted changes to tracked files (commit them, or pass --allow-dirty):\n  %1")
                          .arg(plan.dirtyFiles.join(QStringLiteral("\n  "))));

    // Identity.
    const qint64 now =
        options.sourceDateEpoch ? *options.sourceDateEpoch : QDateTime::currentSecsSinceEpoch();
    plan.timestamp = now;
    plan.created = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate);
    QString name = options.name.isEmpty() ? QFileInfo(plan.sourceRoot).fileName() : options.name;
    QString version =
        options.version.isEmpty() ? detail::describeCommit(repo.get(), head.get()) : options.version;
    QString userName, userEmail;
    detail::gitUser(repo.get(), &userName, &userEmail);
    plan.topFolder = QStringLiteral("%1-%2").arg(name, version).replace(QLatin1Char('/'), QLatin1Char('_'));

    nlohmann::ordered_json &doc = plan.document;
    doc["format"] = kPackageFormatV1;
    doc["name"] = ss(name);
    doc["version"] = ss(version);
    doc["created"] = ss(plan.created);
    if (!userName.isEmpty() || !userEmail.isEmpty())
        doc["submitter"] = {{"name", ss(userName)}, {"email", ss(userEmail)}};
    if (!options.summary.isEmpty())
        doc["summary"] = ss(options.summary);
    doc["code"] = {{"repository", "code.git"}, {"base", ss(plan.baseId)}, {"head", ss(plan.headId)}};

    QList<TreeFile> tree;
    if (code::git::Error e = detail::treeFiles(head.get(), &tree))
        return refuse(plan, 2, e.message);

    // Dataset: --data folders, a --manifest as given, or DVC's outputs.
    if (!options.dataDirs.isEmpty()) {
        for (const QString &dir : options.dataDirs) {
            const QFileInfo info(dir);
            if (!info.isDir() || !info.isReadable() || !info.isExecutable())
                return refuse(plan, 2,
                              QCoreApplication::translate("mr::Pack", "%1: not a readable folder").arg(dir));
            const QString prefix =
                options.dataDirs.size() > 1 ? info.fileName() + QLatin1Char('/') : QString();
            const QDir root(info.absoluteFilePath());
            QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                const QFileInfo fi = it.fileInfo();
                if (fi.isSymLink() || !fi.isFile()) {
                    plan.notes << QCoreApplication::translate("mr::Pack", "%1: not a regular file: left out")
                                      .arg(file);
                    continue;
                }
                if (!fi.isReadable())
                    return refuse(plan, 2,
                                  QCoreApplication::translate("mr::Pack", "%1: cannot read it").arg(file));
                plan.dataFiles.append({prefix + root.relativeFilePath(file), file, fi.size()});
                plan.dataBytes += fi.size();
            }
        }
        std::sort(plan.dataFiles.begin(), plan.dataFiles.end(),
                  [](const DataFile &a, const DataFile &b) { return a.path.toUtf8() < b.path.toUtf8(); });
        for (qsizetype i = 1; i < plan.dataFiles.size(); ++i)
            if (plan.dataFiles[i].path == plan.dataFiles[i - 1].path)
                return refuse(plan, 2,
                              QCoreApplication::translate("mr::Pack", "two --data folders both hold %1")
                                  .arg(plan.dataFiles[i].path));
        doc["dataset"] = {{"manifest", "data/manifest.jsonl"}, {"root", "data/files"}};
        plan.notes << QCoreApplication::translate(
                          "mr::Pack", "dataset: %n file(s), %1 bytes from --data (copied, SHA-256 manifest)",
                          nullptr, int(plan.dataFiles.size()))
                          .arg(plan.dataBytes);
    } else if (!options.manifest.isEmpty()) {
        QString why;
        if (!readableFile(options.manifest, &why))
            return refuse(plan, 2, why);
        const QString target = QStringLiteral("data/") + QFileInfo(options.manifest).fileName();
        plan.items.append({target,
                           {},
                           QFileInfo(options.manifest).absoluteFilePath(),
                           QCoreApplication::translate("mr::Pack", "--manifest %1").arg(options.manifest)});
        doc["dataset"] = {{"manifest", ss(target)}};
    } else {
        const QByteArray manifest = detail::dvcManifest(repo.get(), tree, plan.sourceRoot, &plan.notes);
        if (!manifest.isEmpty()) {
            plan.items.append({QStringLiteral("data/dvc-manifest.jsonl"),
                               manifest,
                               {},
                               QCoreApplication::translate(
                                   "mr::Pack", "DVC outputs (dvc.lock, *.dvc) of the head commit")});
            doc["dataset"] = {{"manifest", "data/dvc-manifest.jsonl"}};
            plan.notes << QCoreApplication::translate(
                "mr::Pack", "dataset: %n DVC output file(s), referenced by hash (not copied)", nullptr,
                int(manifest.count('\n')));
        }
    }

    // Environments: the capture of this machine, --env files, the repository's own files.
    nlohmann::ordered_json envs = nlohmann::ordered_json::object();
    QStringList envNames;
    if (!options.developmentEnvironment.isEmpty()) {
        QString why;
        if (!readableFile(options.developmentEnvironment, &why))
            return refuse(plan, 2, why);
        QFile f(options.developmentEnvironment);
        f.open(QIODevice::ReadOnly);
        QByteArray bytes = f.readAll();
        if (options.sourceDateEpoch) {
            // The capture's own time would make two packs differ; SOURCE_DATE_EPOCH stands for it.
            Diagnostic error;
            if (auto j = parseJson(bytes, options.developmentEnvironment, &error); j && j->is_object()) {
                (*j)["captured"] = ss(plan.created);
                bytes = QByteArray::fromStdString(j->dump(2)) + '\n';
            }
        }
        plan.items.append({QStringLiteral("env/development.json"),
                           bytes,
                           {},
                           QCoreApplication::translate("mr::Pack", "capture-env of this machine")});
        envs["development"] = "env/development.json";
        envNames << QStringLiteral("development");
    }
    for (const NamedInput &e : options.environments) {
        QString why;
        if (e.name.isEmpty() || envNames.contains(e.name))
            return refuse(
                plan, 2,
                QCoreApplication::translate("mr::Pack", "--env %1=%2: the name is empty or given twice")
                    .arg(e.name, e.path));
        if (!readableFile(e.path, &why))
            return refuse(plan, 2, why);
        const QString target =
            QStringLiteral("env/%1%2")
                .arg(QString(e.name).replace(QLatin1Char('/'), QLatin1Char('_')), suffixOf(e.path));
        plan.items.append({target,
                           {},
                           QFileInfo(e.path).absoluteFilePath(),
                           QCoreApplication::translate("mr::Pack", "--env %1").arg(e.name)});
        envs[ss(e.name)] = ss(target);
        envNames << e.name;
    }
    for (const TreeFile &f : detail::environmentFiles(tree)) {
        QByteArray bytes;
        if (code::git::Error e = detail::readBlob(repo.get(), f.id, &bytes)) {
            plan.notes << e.message;
            continue;
        }
        const QString target = QStringLiteral("env/repository/") + f.path;
        plan.items.append(
            {target, bytes, {}, QCoreApplication::translate("mr::Pack", "repository: %1").arg(f.path)});
        if (!envNames.contains(f.path)) {
            envs[ss(f.path)] = ss(target);
            envNames << f.path;
        }
    }
    if (!envs.empty())
        doc["environments"] = envs;

    // Results: --claimed/--rerun, else DVC's metrics files, else an MLflow run's metrics.
    nlohmann::ordered_json results = nlohmann::ordered_json::object();
    const auto addFiles = [&](const QStringList &files, const char *stem) -> bool {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (int i = 0; i < files.size(); ++i) {
            QString why;
            if (!readableFile(files[i], &why)) {
                plan = refuse(plan, 2, why);
                return false;
            }
            const QString target =
                QStringLiteral("results/") +
                numbered(QString::fromLatin1(stem), i, int(files.size()), suffixOf(files[i]));
            plan.items.append({target,
                               {},
                               QFileInfo(files[i]).absoluteFilePath(),
                               QStringLiteral("--%1 %2").arg(QString::fromLatin1(stem), files[i])});
            list.push_back(ss(target));
        }
        if (!list.empty())
            results[stem] = list.size() == 1 ? list.front() : list;
        return true;
    };
    if (!addFiles(options.claimed, "claimed") || !addFiles(options.rerun, "rerun"))
        return plan;
    if (options.claimed.isEmpty()) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const detail::FoundFile &f :
             detail::dvcMetricsFiles(repo.get(), tree, plan.sourceRoot, &plan.notes)) {
            const QString target = QStringLiteral("results/dvc/") + f.path;
            plan.items.append({target, f.bytes, {}, f.origin});
            list.push_back(ss(target));
        }
        if (list.empty()) {
            QString run;
            const QByteArray mlflow = detail::mlflowMetrics(plan.sourceRoot, &run);
            if (!mlflow.isEmpty()) {
                plan.items.append({QStringLiteral("results/mlflow-metrics.json"),
                                   mlflow,
                                   {},
                                   QCoreApplication::translate("mr::Pack", "MLflow run %1").arg(run)});
                list.push_back("results/mlflow-metrics.json");
            }
        }
        if (!list.empty())
            results["claimed"] = list.size() == 1 ? list.front() : list;
    }
    if (!options.metrics.isEmpty()) {
        nlohmann::ordered_json specs = nlohmann::ordered_json::object();
        for (auto it = options.metrics.begin(); it != options.metrics.end(); ++it) {
            nlohmann::ordered_json s = {
                {"better", it->better == MetricSpec::Better::Lower ? "lower" : "higher"}};
            if (it->absTolerance >= 0)
                s["abs_tolerance"] = it->absTolerance;
            if (it->relTolerance >= 0)
                s["rel_tolerance"] = it->relTolerance;
            specs[ss(it.key())] = s;
        }
        results["metrics"] = specs;
    }
    if (!results.empty())
        doc["results"] = results;

    // How the package was made: what the reviewer should know about the working copy.
    nlohmann::ordered_json made = {{"tool", "modelreview pack"}, {"head", ss(plan.headId)}};
    made["dirty"] = nlohmann::ordered_json::array();
    for (const QString &f : std::as_const(plan.dirtyFiles))
        made["dirty"].push_back(ss(f));
    made["untracked"] = plan.untrackedFiles.size();
    doc["pack"] = made;

    std::sort(plan.items.begin(), plan.items.end(),
              [](const PackItem &a, const PackItem &b) { return a.path.toUtf8() < b.path.toUtf8(); });
    for (qsizetype i = 1; i < plan.items.size(); ++i)
        if (plan.items[i].path == plan.items[i - 1].path)
            return refuse(
                plan, 2,
                QCoreApplication::translate("mr::Pack", "two inputs would both be %1 in the package")
                    .arg(plan.items[i].path));
    plan.ok = true;
    return plan;
}

} // namespace mr::pack
