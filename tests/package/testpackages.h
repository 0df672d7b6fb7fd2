// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// Small helpers for package tests: write a tree of files, archive a folder, snapshot a tree.
namespace mr::test {

// Writes each relative path's content below `root`, creating folders.
bool writeTree(const QString &root, const QMap<QString, QByteArray> &files);
// Archives the folder `dir` (its contents at the archive's root, or under `prefix/` when
// given) as "zip", "tar", "tar.gz" or "tar.zst"; entries sorted, fixed times.
bool archiveFolder(const QString &dir, const QString &archivePath, const QString &format,
                   const QString &prefix = {});
// Path -> size:mtime of every entry below `root`: equal snapshots mean nothing was written.
QMap<QString, QString> snapshot(const QString &root);

} // namespace mr::test
