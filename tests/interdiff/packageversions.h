// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// Builds versions of one model package for the re-review tests: a folder with model-package.json,
// a bare git repository made with libgit2 (base and head commits), a dataset manifest, two or
// more environment files and claimed/rerun metrics. Each version has its own repository, as
// separately submitted packages do.
namespace mr::test {

struct PackageVersion
{
    QString name = QStringLiteral("churn-classifier");
    QString version = QStringLiteral("1.0.0");
    QString summary = QStringLiteral("First version.");
    QMap<QString, QByteArray> baseFiles;    // the code at base
    QMap<QString, QByteArray> headFiles;    // the code at head
    QList<QByteArray> manifestLines;        // JSON Lines of data/manifest.jsonl
    QMap<QString, QByteArray> environments; // name -> requirements text (env/<name>.txt)
    QByteArray claimed, rerun;              // results/claimed.json, results/rerun.json
};

// A manifest line: {"path": path, "size": n, "sha256": sha256 of `content`}.
QByteArray manifestLine(const QString &path, const QByteArray &content);
// `count` numbered lines "<prefix> line N".
QByteArray numberedLines(const QString &prefix, int count);

// Relative path -> SHA-256 of every file below `root` (equal snapshots: nothing was written).
QMap<QString, QByteArray> snapshotTree(const QString &root);

// Writes `v` as a package folder at `root`; returns an empty string or why it failed.
QString writePackage(const QString &root, const PackageVersion &v);

} // namespace mr::test
