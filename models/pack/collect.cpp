// SPDX-License-Identifier: Apache-2.0
#include "models/pack/collect.h"

#include "models/core/hashing.h"
#include "models/core/yamlutil.h"
#include "models/dataset/manifestreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QCoreApplication>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace mr::pack::detail {

namespace {

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// Folders whose files belong to tools, not to the project.
bool vendored(const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral("(^|/)(\\.venv|venv|node_modules|site-packages|\\.tox|\\.dvc|\\.git)/"));
    return re.match(path).hasMatch();
}

// A directory output whose listing is not in the DVC cache: its files are hashed in the working
// copy when they are there (DVC 3 hashes file content with plain MD5).
void hashDirectory(const QString &workdir, const QString &dir, const std::string &stage,
                   nlohmann::json *lines, QStringList *notes)
{
    const QString full = QDir(workdir).filePath(dir);
    if (!QFileInfo(full).isDir()) {
        notes->append(QCoreApplication::translate(
                          "mr::Pack", "DVC output %1: neither its cache listing nor the folder is here; "
                                      "listed as one entry without a hash")
                          .arg(dir));
        return;
    }
    QStringList files;
    QDirIterator it(full, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(full).relativeFilePath(it.next());
    files.sort();
    for (const QString &rel : files) {
        const FileHash h = hashFile(QDir(full).filePath(rel), HashAlgorithm::Md5);
        if (!h.ok)
            continue;
        lines->push_back({{"path", (dir + QLatin1Char('/') + rel).toStdString()},
                          {"size", h.size},
                          {"md5", h.hex.toStdString()},
                          {"stage", stage},
                          {"dvc_listing", "hashed in the working copy"}});
    }
    notes->append(QCoreApplication::translate(
                      "mr::Pack", "DVC output %1: no cache listing; its %2 file(s) were hashed in the "
                                  "working copy")
                      .arg(dir)
                      .arg(files.size()));
}

} // namespace

QByteArray dvcManifest(git_repository *repo, const QList<TreeFile> &tree, const QString &workdir,
                       QStringList *notes)
{
    QTemporaryDir scratch;
    nlohmann::json lines = nlohmann::json::array();
    for (const TreeFile &f : tree) {
        const QString name = fileName(f.path);
        if (vendored(f.path) || (name != QLatin1String("dvc.lock") && !name.endsWith(QLatin1String(".dvc"))))
            continue;
        QByteArray bytes;
        if (code::git::Error e = readBlob(repo, f.id, &bytes)) {
            notes->append(QStringLiteral("%1: %2").arg(f.path, e.message));
            continue;
        }
        const QString copy = scratch.filePath(QStringLiteral("dvc-input"));
        QFile out(copy);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
            notes->append(QCoreApplication::translate("mr::Pack", "%1: cannot read it: %2")
                              .arg(f.path, out.errorString()));
            continue;
        }
        out.close();
        dataset::ReadOptions options;
        options.searchRoot = QDir(workdir).filePath(folderOf(f.path));
        const dataset::ManifestLoadResult r = dataset::loadManifestSync(copy, f.path, options);
        if (!r.ok()) {
            notes->append(r.error.toString());
            continue;
        }
        for (const Diagnostic &d : r.diagnostics)
            if (!d.message.contains(QLatin1String("listing is not in the package")))
                notes->append(d.toString());
        const dataset::Manifest &m = *r.manifest;
        const int stageColumn = m.columnIndex(QStringLiteral("stage"));
        const QString prefix = folderOf(f.path);
        for (qsizetype row = 0; row < m.size(); ++row) {
            const std::string stage = stageColumn >= 0 ? m.extraText(stageColumn, row).toStdString() : "";
            const QString path = prefix + m.path(row);
            if (m.hashKind(row) == dataset::HashKind::None) {
                hashDirectory(workdir, path, stage, &lines, notes);
                continue;
            }
            nlohmann::json line = {{"path", path.toStdString()}};
            // DVC's directory listings carry no sizes; the working copy's file gives it, when there.
            qint64 size = m.fileSize(row);
            if (size < 0 && QFileInfo(QDir(workdir).filePath(path)).isFile())
                size = QFileInfo(QDir(workdir).filePath(path)).size();
            if (size < 0) {
                notes->append(
                    QCoreApplication::translate(
                        "mr::Pack", "DVC output %1: no size known (not in the working copy): left out")
                        .arg(path));
                continue;
            }
            line["size"] = size;
            line[dataset::hashKindName(m.hashKind(row)).toStdString()] = m.digestHex(row).toStdString();
            if (!stage.empty())
                line["stage"] = stage;
            line["dvc_file"] = f.path.toStdString();
            lines.push_back(line);
        }
    }
    QByteArray out;
    for (const auto &line : lines)
        out += QByteArray::fromStdString(line.dump()) + '\n';
    return out;
}

QList<TreeFile> environmentFiles(const QList<TreeFile> &tree)
{
    static const QRegularExpression names(QStringLiteral(
        "^(requirements[-_.\\w]*\\.(txt|in)|uv\\.lock|poetry\\.lock|environment\\.ya?ml|conda\\.ya?ml|"
        "conda-lock\\.ya?ml|MLmodel|python_env\\.ya?ml)$"));
    QList<TreeFile> out;
    for (const TreeFile &f : tree)
        if (!vendored(f.path) && names.match(fileName(f.path)).hasMatch())
            out.append(f);
    return out;
}

QList<FoundFile> dvcMetricsFiles(git_repository *repo, const QList<TreeFile> &tree, const QString &workdir,
                                 QStringList *notes)
{
    QStringList wanted;
    for (const TreeFile &f : tree) {
        if (vendored(f.path) || fileName(f.path) != QLatin1String("dvc.yaml"))
            continue;
        QByteArray bytes;
        if (readBlob(repo, f.id, &bytes))
            continue;
        YAML::Node root;
        Diagnostic error;
        if (!loadYaml(bytes, f.path, &root, &error)) {
            notes->append(error.toString());
            continue;
        }
        const QString prefix = folderOf(f.path);
        const auto collect = [&](const YAML::Node &list) {
            if (!list || !list.IsSequence())
                return;
            for (const YAML::Node &entry : list) {
                if (entry.IsScalar())
                    wanted << QDir::cleanPath(prefix + QString::fromStdString(entry.Scalar()));
                else if (entry.IsMap())
                    for (const auto &kv : entry)
                        if (kv.first.IsScalar())
                            wanted << QDir::cleanPath(prefix + QString::fromStdString(kv.first.Scalar()));
            }
        };
        try {
            if (root.IsMap()) {
                collect(root["metrics"]);
                if (const YAML::Node stages = root["stages"]; stages && stages.IsMap())
                    for (const auto &stage : stages)
                        if (stage.second.IsMap())
                            collect(stage.second["metrics"]);
            }
        } catch (const YAML::Exception &e) {
            notes->append(QStringLiteral("%1: %2").arg(f.path, QString::fromStdString(e.msg)));
        }
    }
    wanted.removeDuplicates();
    QList<FoundFile> out;
    for (const QString &w : std::as_const(wanted)) {
        const auto it =
            std::find_if(tree.begin(), tree.end(), [&](const TreeFile &f) { return f.path == w; });
        if (it != tree.end()) {
            QByteArray bytes;
            if (code::git::Error e = readBlob(repo, it->id, &bytes))
                notes->append(e.message);
            else
                out.append({w, bytes, QCoreApplication::translate("mr::Pack", "DVC metrics: %1").arg(w)});
            continue;
        }
        QFile file(QDir(workdir).filePath(w));
        if (file.open(QIODevice::ReadOnly) && file.size() < (qint64(64) << 20)) {
            out.append({w, file.readAll(),
                        QCoreApplication::translate("mr::Pack",
                                                    "DVC metrics: %1 (DVC output, from the working copy)")
                            .arg(w)});
            notes->append(QCoreApplication::translate(
                              "mr::Pack",
                              "DVC metrics file %1 is a DVC output, not in git: taken from the working copy")
                              .arg(w));
        } else {
            notes->append(
                QCoreApplication::translate(
                    "mr::Pack", "DVC metrics file %1 is neither committed nor in the working copy: left out")
                    .arg(w));
        }
    }
    return out;
}

QByteArray mlflowMetrics(const QString &workdir, QString *runDescription)
{
    const QDir mlruns(QDir(workdir).filePath(QStringLiteral("mlruns")));
    if (!mlruns.exists())
        return {};
    QString bestRun;
    qint64 bestEnd = -1;
    for (const QString &experiment : mlruns.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir expDir(mlruns.filePath(experiment));
        for (const QString &run : expDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString runDir = expDir.filePath(run);
            if (!QFileInfo(runDir + QStringLiteral("/metrics")).isDir())
                continue;
            qint64 end = 0;
            QFile meta(runDir + QStringLiteral("/meta.yaml"));
            if (meta.open(QIODevice::ReadOnly)) {
                YAML::Node node;
                Diagnostic error;
                if (loadYaml(meta.readAll(), meta.fileName(), &node, &error) && node.IsMap()) {
                    try {
                        if (node["end_time"] && node["end_time"].IsScalar())
                            end = node["end_time"].as<qint64>();
                    } catch (const YAML::Exception &) {
                    }
                }
            }
            if (end > bestEnd || (end == bestEnd && runDir > bestRun)) {
                bestEnd = end;
                bestRun = runDir;
            }
        }
    }
    if (bestRun.isEmpty())
        return {};
    nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
    QDirIterator it(bestRun + QStringLiteral("/metrics"), QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // One "timestamp value step" line per logged value; the last line is the final value.
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        const QList<QByteArray> parts = lines.last().simplified().split(' ');
        bool ok = false;
        const double value = parts.size() >= 2 ? parts[1].toDouble(&ok) : 0;
        if (ok)
            metrics[QDir(bestRun + QStringLiteral("/metrics"))
                        .relativeFilePath(file)
                        .replace(QLatin1Char('/'), QLatin1Char('.'))
                        .toStdString()] = value;
    }
    if (metrics.empty())
        return {};
    *runDescription = QDir(workdir).relativeFilePath(bestRun);
    return QByteArray::fromStdString(metrics.dump(2)) + '\n';
}

} // namespace mr::pack::detail
