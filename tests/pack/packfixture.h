// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// Working copies for the pack tests, built with libgit2 (tests/code/gitfixture.h) in a folder
// the test owns: a plain git project and a DVC project (dvc.lock with a file and a directory
// output whose listing is in the untracked DVC cache, a .dvc import, dvc.yaml metrics).
namespace packfixture {

// Both return an empty string on success, else what failed.
QString makePlainProject(const QString &dir);
QString makeDvcProject(const QString &dir);

// Every file below `dir` (the .git folder included): path -> size, mtime in ns and SHA-256.
QMap<QString, QByteArray> snapshot(const QString &dir);

QByteArray readAll(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// A minimal modelreview.environment/v1 file.
QByteArray environmentJson(const QString &host);

} // namespace packfixture
