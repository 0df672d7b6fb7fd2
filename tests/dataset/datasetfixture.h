// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/hashing.h"
#include "models/package/package.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// A package folder written by hand: a manifest of `count` files under data/files (with one
// changed, one missing and one unlisted file), a baseline with one modified, one renamed, one
// removed entry, and one artifact.
namespace mr::testing {

inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

inline QByteArray manifestLine(const QString &path, const QByteArray &content, const char *split)
{
    return "{\"path\":\"" + path.toUtf8() + "\",\"size\":" + QByteArray::number(content.size()) +
           ",\"sha256\":\"" + hashBytes(content, HashAlgorithm::Sha256) +
           "\",\"rows\":" + QByteArray::number(content.size() / 2) + ",\"split\":\"" + split + "\"}\n";
}

inline Package writeDatasetPackage(const QTemporaryDir &dir, int count = 40)
{
    Package p;
    p.rootPath = dir.path();
    p.sourcePath = dir.path();
    p.format = QString::fromLatin1(kPackageFormatV1);
    p.name = QStringLiteral("fixture");
    p.version = QStringLiteral("1.0.0");
    p.dataset.provided = true;
    p.dataset.manifest = QStringLiteral("data/manifest.jsonl");
    p.dataset.baseline = QStringLiteral("data/baseline.jsonl");
    p.dataset.root = QStringLiteral("data/files");
    p.dataset.manifestPath = dir.filePath(p.dataset.manifest);
    p.dataset.baselinePath = dir.filePath(p.dataset.baseline);
    p.dataset.rootPath = dir.filePath(p.dataset.root);
    QByteArray manifest, baseline;
    for (int i = 0; i < count; ++i) {
        const QString path =
            QStringLiteral("%1/part-%2.csv").arg(i % 2 ? "train" : "test").arg(i, 3, 10, QLatin1Char('0'));
        const QByteArray content = "row," + QByteArray::number(i) + "\n" + QByteArray(i * 3, 'x');
        const char *split = i % 2 ? "train" : "test";
        manifest += manifestLine(path, content, split);
        if (i == 1)
            baseline += manifestLine(path, "older", split); // modified
        else if (i == 2)
            baseline += manifestLine(QStringLiteral("old/renamed.csv"), content, split); // renamed
        else
            baseline += manifestLine(path, content, split);
        if (i == 3)
            writeFile(p.dataset.rootPath + QLatin1Char('/') + path, content + "tampered"); // mismatch
        else if (i != 4)
            writeFile(p.dataset.rootPath + QLatin1Char('/') + path, content); // i == 4 missing
    }
    baseline += manifestLine(QStringLiteral("test/dropped.csv"), "gone", "test"); // removed
    writeFile(p.dataset.rootPath + QStringLiteral("/stray/unlisted.bin"), "who put this here");
    writeFile(p.dataset.manifestPath, manifest);
    writeFile(p.dataset.baselinePath, baseline);
    writeFile(dir.filePath(QStringLiteral("model/model.onnx")), "weights");
    p.artifacts.provided = true;
    p.artifacts.artifacts.append({QStringLiteral("model/model.onnx"),
                                  dir.filePath(QStringLiteral("model/model.onnx")),
                                  QString::fromLatin1(hashBytes("weights", HashAlgorithm::Sha256)), 7});
    return p;
}

// The same package as model-package.json, for the loader and the command line.
inline void writePackageFile(const QTemporaryDir &dir, bool withRoot = true)
{
    const QByteArray json =
        "{\n \"format\": \"modelreview.package/v1\", \"name\": \"fixture\", \"version\": \"1.0.0\",\n"
        " \"dataset\": {\"manifest\": \"data/manifest.jsonl\", \"baseline\": \"data/baseline.jsonl\"" +
        QByteArray(withRoot ? ", \"root\": \"data/files\"" : "") +
        "},\n \"artifacts\": [{\"path\": \"model/model.onnx\", \"sha256\": \"" +
        hashBytes("weights", HashAlgorithm::Sha256) + "\"}]\n}\n";
    writeFile(dir.filePath(QString::fromLatin1(kPackageFile)), json);
}

} // namespace mr::testing
