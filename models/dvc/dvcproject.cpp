// SPDX-License-Identifier: Apache-2.0
#include "models/dvc/dvcproject.h"

#include "models/core/yamlutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <cmath>

namespace mr::dvc {

namespace {

constexpr qint64 kMaxYamlBytes = 64 << 20;

int lineOf(const YAML::Node &n)
{
    return n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
}
int columnOf(const YAML::Node &n)
{
    return n.Mark().column >= 0 ? n.Mark().column + 1 : 0;
}

QString scalar(const YAML::Node &n)
{
    if (!n || !n.IsScalar())
        return {};
    return QString::fromStdString(n.Scalar());
}

void diag(Project *p, const QString &file, const YAML::Node &n, const QString &where, const QString &message)
{
    p->diagnostics.append({file, lineOf(n), columnOf(n), where, message});
}

QString yamlText(const YAML::Node &n)
{
    if (n.IsScalar())
        return QString::fromStdString(n.Scalar());
    YAML::Emitter e;
    e << YAML::Flow << n;
    return QString::fromUtf8(e.c_str());
}

void flatten(const YAML::Node &n, const QString &prefix, QMap<QString, QString> *out)
{
    if (n.IsMap()) {
        for (const auto &kv : n) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            const QString full = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
            out->insert(full, yamlText(kv.second));
            flatten(kv.second, full, out);
        }
    }
}

bool readEntry(const YAML::Node &n, const QString &file, const QString &stage, bool output, Project *p,
               Entry *e)
{
    e->file = file;
    e->stage = stage;
    e->output = output;
    e->line = lineOf(n);
    if (n.IsScalar()) { // dvc.yaml style (a bare path) inside a lock file: nothing recorded
        e->path = QString::fromStdString(n.Scalar());
        return !e->path.isEmpty();
    }
    if (!n.IsMap()) {
        diag(p, file, n, stage,
             QCoreApplication::translate("mr::Dvc", "an entry of %1 is not a mapping")
                 .arg(output ? "outs" : "deps"));
        return false;
    }
    e->path = scalar(n["path"]);
    if (e->path.isEmpty()) {
        diag(p, file, n, stage, QCoreApplication::translate("mr::Dvc", "an entry has no \"path\""));
        return false;
    }
    QString md5 = scalar(n["md5"]);
    const QString hashName = scalar(n["hash"]);
    if (md5.endsWith(QLatin1String(".dir"))) {
        e->isDir = true;
        md5.chop(4);
    }
    if (!md5.isEmpty()) {
        static const auto isHex = [](const QString &s) {
            for (QChar c : s)
                if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
                    return false;
            return true;
        };
        md5 = md5.toLower();
        if (md5.size() != 32 || !isHex(md5)) {
            diag(p, file, n["md5"], e->path,
                 QCoreApplication::translate("mr::Dvc", "md5 \"%1\" is not 32 hex digits").arg(md5));
            md5.clear();
        }
    }
    e->md5 = md5;
    if (!md5.isEmpty())
        e->rule = hashName == QLatin1String("md5") ? HashRule::RawMd5 : HashRule::TextMd5;
    for (auto [key, target] : {std::pair{"size", &e->size}, std::pair{"nfiles", &e->nfiles}}) {
        const QString v = scalar(n[key]);
        if (v.isEmpty())
            continue;
        bool ok = false;
        const qint64 x = v.toLongLong(&ok);
        if (!ok || x < 0)
            diag(p, file, n[key], e->path,
                 QCoreApplication::translate("mr::Dvc", "%1 \"%2\" is not a non-negative integer")
                     .arg(QLatin1String(key), v));
        else
            *target = x;
    }
    return true;
}

bool load(const QByteArray &data, const QString &file, Project *p, YAML::Node *root)
{
    Diagnostic error;
    if (!loadYamlMapping(data, file, root, &error)) {
        p->diagnostics.append(error);
        return false;
    }
    return true;
}

void readList(const YAML::Node &list, const QString &file, const QString &stage, bool output, Project *p,
              QList<Entry> *out)
{
    if (!list)
        return;
    if (!list.IsSequence()) {
        diag(p, file, list, stage,
             QCoreApplication::translate("mr::Dvc", "\"%1\" is not a list").arg(output ? "outs" : "deps"));
        return;
    }
    for (const auto &item : list) {
        Entry e;
        if (readEntry(item, file, stage, output, p, &e))
            out->append(e);
    }
}

QByteArray readSmall(const QString &path, const QString &display, Project *p)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        p->diagnostics.append(
            {display,
             0,
             0,
             {},
             QCoreApplication::translate("mr::Dvc", "cannot read: %1").arg(f.errorString())});
        return {};
    }
    if (f.size() > kMaxYamlBytes) {
        p->diagnostics.append(
            {display, 0, 0, {}, QCoreApplication::translate("mr::Dvc", "larger than 64 MiB; not read")});
        return {};
    }
    return f.readAll();
}

} // namespace

QString hashRuleName(HashRule rule)
{
    switch (rule) {
    case HashRule::None: return {};
    case HashRule::RawMd5: return QStringLiteral("md5");
    case HashRule::TextMd5: return QStringLiteral("md5-dos2unix");
    }
    return {};
}

QList<Entry> Project::entries() const
{
    QList<Entry> out;
    QSet<QString> seen;
    auto add = [&](const Entry &e) {
        if (!seen.contains(e.path)) {
            seen.insert(e.path);
            out.append(e);
        }
    };
    for (const LockStage &s : lockStages) {
        for (const Entry &e : s.outs)
            add(e);
        for (const Entry &e : s.deps)
            add(e);
    }
    for (const Entry &e : dvcFileOuts)
        add(e);
    return out;
}

void readLock(const QByteArray &data, const QString &file, Project *p)
{
    YAML::Node root;
    if (!load(data, file, p, &root))
        return;
    try {
        YAML::Node stages = root["stages"];
        const QString schema = scalar(root["schema"]);
        if (!schema.isEmpty() && !schema.startsWith(QLatin1String("2.")))
            diag(p, file, root["schema"], QStringLiteral("schema"),
                 QCoreApplication::translate("mr::Dvc", "schema %1 is not 2.x; read as 2.0").arg(schema));
        if (!stages) {
            if (!schema.isEmpty()) {
                p->diagnostics.append({file, 1, 1, QStringLiteral("stages"),
                                       QCoreApplication::translate("mr::Dvc", "no \"stages\" mapping")});
                return;
            }
            stages = root; // DVC 1: stages at the top level
        }
        if (!stages.IsMap()) {
            diag(p, file, stages, QStringLiteral("stages"),
                 QCoreApplication::translate("mr::Dvc", "\"stages\" is not a mapping"));
            return;
        }
        for (const auto &kv : stages) {
            LockStage s;
            s.name = QString::fromStdString(kv.first.Scalar());
            s.line = lineOf(kv.first);
            if (!kv.second.IsMap()) {
                diag(p, file, kv.second, s.name,
                     QCoreApplication::translate("mr::Dvc", "a stage is not a mapping"));
                continue;
            }
            readList(kv.second["deps"], file, s.name, false, p, &s.deps);
            readList(kv.second["outs"], file, s.name, true, p, &s.outs);
            if (const YAML::Node params = kv.second["params"]; params) {
                if (!params.IsMap()) {
                    diag(p, file, params, s.name,
                         QCoreApplication::translate("mr::Dvc", "\"params\" is not a mapping"));
                } else {
                    for (const auto &pf : params) {
                        const QString pfile = QString::fromStdString(pf.first.Scalar());
                        QMap<QString, QString> values;
                        if (pf.second.IsMap())
                            for (const auto &v : pf.second)
                                values.insert(QString::fromStdString(v.first.Scalar()), yamlText(v.second));
                        s.params.insert(pfile, values);
                        if (!p->paramsFiles.contains(pfile))
                            p->paramsFiles.append(pfile);
                    }
                }
            }
            p->lockStages.append(s);
        }
    } catch (const YAML::Exception &e) {
        p->diagnostics.append({file, e.mark.line + 1, e.mark.column + 1, {}, QString::fromStdString(e.msg)});
    }
}

void readDvcYaml(const QByteArray &data, const QString &file, Project *p)
{
    YAML::Node root;
    if (!load(data, file, p, &root))
        return;
    auto addMetrics = [&](const YAML::Node &list, const QString &prefix) {
        if (!list || !list.IsSequence())
            return;
        for (const auto &m : list) {
            QString path = m.IsScalar() ? scalar(m) : QString();
            if (m.IsMap() && m.size() == 1)
                path = QString::fromStdString(m.begin()->first.Scalar());
            if (!path.isEmpty()) {
                path = QDir::cleanPath(prefix + path);
                if (!p->metricsFiles.contains(path))
                    p->metricsFiles.append(path);
            }
        }
    };
    try {
        addMetrics(root["metrics"], {});
        const YAML::Node stages = root["stages"];
        if (stages && !stages.IsMap()) {
            diag(p, file, stages, QStringLiteral("stages"),
                 QCoreApplication::translate("mr::Dvc", "\"stages\" is not a mapping"));
            return;
        }
        if (!stages)
            return;
        for (const auto &kv : stages) {
            p->yamlStages.insert(QString::fromStdString(kv.first.Scalar()), lineOf(kv.first));
            if (kv.second.IsMap()) {
                const QString wdir = scalar(kv.second["wdir"]);
                addMetrics(kv.second["metrics"], wdir.isEmpty() ? QString() : wdir + QLatin1Char('/'));
            }
        }
    } catch (const YAML::Exception &e) {
        p->diagnostics.append({file, e.mark.line + 1, e.mark.column + 1, {}, QString::fromStdString(e.msg)});
    }
}

void readDvcFile(const QByteArray &data, const QString &file, const QString &relativeDir, Project *p)
{
    YAML::Node root;
    if (!load(data, file, p, &root))
        return;
    try {
        QList<Entry> entries;
        readList(root["outs"], file, {}, true, p, &entries);
        readList(root["deps"], file, {}, false, p, &entries);
        for (Entry &e : entries) {
            if (!relativeDir.isEmpty() && !QDir::isAbsolutePath(e.path))
                e.path = QDir::cleanPath(relativeDir + QLatin1Char('/') + e.path);
            // An import's dependency names the source repository's path: not a file here.
            if (!e.output && e.md5.isEmpty())
                continue;
            p->dvcFileOuts.append(e);
        }
    } catch (const YAML::Exception &e) {
        p->diagnostics.append({file, e.mark.line + 1, e.mark.column + 1, {}, QString::fromStdString(e.msg)});
    }
}

Project readProject(const QString &root)
{
    Project p;
    p.root = QFileInfo(root).absoluteFilePath();
    const QDir dir(p.root);
    if (QFileInfo(dir.filePath(QStringLiteral("dvc.yaml"))).isFile()) {
        p.hasDvcYaml = true;
        readDvcYaml(readSmall(dir.filePath(QStringLiteral("dvc.yaml")), QStringLiteral("dvc.yaml"), &p),
                    QStringLiteral("dvc.yaml"), &p);
    }
    if (QFileInfo(dir.filePath(QStringLiteral("dvc.lock"))).isFile()) {
        p.hasLock = true;
        readLock(readSmall(dir.filePath(QStringLiteral("dvc.lock")), QStringLiteral("dvc.lock"), &p),
                 QStringLiteral("dvc.lock"), &p);
    }
    QStringList files;
    QDirIterator it(p.root, {QStringLiteral("*.dvc")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = dir.relativeFilePath(it.next());
        if (rel.startsWith(QLatin1String(".git/")) || rel.startsWith(QLatin1String(".dvc/")) ||
            rel.contains(QLatin1String("/.git/")))
            continue;
        files.append(rel);
    }
    std::sort(files.begin(), files.end());
    for (const QString &rel : files) {
        p.dvcFiles.append(rel);
        const QString relDir = QFileInfo(rel).path();
        readDvcFile(readSmall(dir.filePath(rel), rel, &p), rel,
                    relDir == QLatin1String(".") ? QString() : relDir, &p);
    }
    return p;
}

bool readParams(const QByteArray &data, const QString &file, QMap<QString, QString> *out, Diagnostic *error)
{
    YAML::Node root;
    if (!loadYaml(data, file, &root, error))
        return false;
    if (root.IsNull())
        return true;
    if (!root.IsMap()) {
        *error = {
            file, 1, 1, {}, QCoreApplication::translate("mr::Dvc", "expected a mapping at the top level")};
        return false;
    }
    try {
        flatten(root, {}, out);
    } catch (const YAML::Exception &e) {
        *error = {file, e.mark.line + 1, e.mark.column + 1, {}, QString::fromStdString(e.msg)};
        return false;
    }
    return true;
}

bool sameParamValue(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA), y = b.toDouble(&okB);
    return okA && okB && (x == y || (std::isnan(x) && std::isnan(y)));
}

} // namespace mr::dvc
