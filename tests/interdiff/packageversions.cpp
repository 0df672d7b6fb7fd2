// SPDX-License-Identifier: Apache-2.0
#include "packageversions.h"

#include "../code/gitfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace mr::test {

namespace {
bool put(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

QByteArray manifestLine(const QString &path, const QByteArray &content)
{
    return QByteArray("{\"path\": \"") + path.toUtf8() +
           "\", \"size\": " + QByteArray::number(content.size()) + ", \"sha256\": \"" +
           QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() + "\"}";
}

QByteArray numberedLines(const QString &prefix, int count)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += prefix.toUtf8() + " line " + QByteArray::number(i) + '\n';
    return out;
}

QMap<QString, QByteArray> snapshotTree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(root).relativeFilePath(path),
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

QString writePackage(const QString &root, const PackageVersion &v)
{
    QDir().mkpath(root);
    GitFixture git(QDir(root).filePath(QStringLiteral("code.git")));
    for (auto it = v.baseFiles.cbegin(); it != v.baseFiles.cend(); ++it)
        git.write(it.key(), it.value());
    const QString base = git.commit(QStringLiteral("base"));
    for (auto it = v.baseFiles.cbegin(); it != v.baseFiles.cend(); ++it)
        if (!v.headFiles.contains(it.key()))
            git.remove(it.key());
    for (auto it = v.headFiles.cbegin(); it != v.headFiles.cend(); ++it)
        git.write(it.key(), it.value());
    const QString head = git.commit(QStringLiteral("head"));
    if (!git.ok())
        return git.error();

    QByteArray manifest;
    for (const QByteArray &line : v.manifestLines)
        manifest += line + '\n';
    QByteArray envs;
    for (auto it = v.environments.cbegin(); it != v.environments.cend(); ++it) {
        if (!put(QDir(root).filePath(QStringLiteral("env/%1.txt").arg(it.key())), it.value()))
            return QStringLiteral("cannot write env");
        envs += (envs.isEmpty() ? "" : ", ") + QByteArray("\"") + it.key().toUtf8() + "\": \"env/" +
                it.key().toUtf8() + ".txt\"";
    }
    const QByteArray package =
        "{\n  \"format\": \"modelreview.package/v1\",\n  \"name\": \"" + v.name.toUtf8() +
        "\",\n  \"version\": \"" + v.version.toUtf8() + "\",\n  \"summary\": \"" + v.summary.toUtf8() +
        "\",\n  \"code\": {\"repository\": \"code.git\", \"base\": \"" + base.toUtf8() + "\", \"head\": \"" +
        head.toUtf8() +
        "\"},\n  \"dataset\": {\"manifest\": \"data/manifest.jsonl\"},\n  \"environments\": {" + envs +
        "},\n  \"results\": {\"claimed\": \"results/claimed.json\", \"rerun\": \"results/rerun.json\"}\n}\n";
    if (!put(QDir(root).filePath(QStringLiteral("model-package.json")), package) ||
        !put(QDir(root).filePath(QStringLiteral("data/manifest.jsonl")), manifest) ||
        !put(QDir(root).filePath(QStringLiteral("results/claimed.json")), v.claimed) ||
        !put(QDir(root).filePath(QStringLiteral("results/rerun.json")), v.rerun))
        return QStringLiteral("cannot write the package files");
    return {};
}

} // namespace mr::test
