// SPDX-License-Identifier: Apache-2.0
#include "app/cli/outputpath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mr::cli {

namespace {

// The canonical form of a path that may not exist yet: its existing part resolved (links
// included), the rest appended.
QString resolveWhole(const QString &path, int depth = 0)
{
    QFileInfo fi(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    const QString existing = fi.canonicalFilePath();
    if (!existing.isEmpty() || depth > 64) // 64: a loop of links resolves to nothing
        return existing;
    // A dangling link: follow its target so that it cannot create a file elsewhere.
    if (fi.isSymLink())
        return resolveWhole(fi.symLinkTarget(), depth + 1);
    const QString parent = fi.absolutePath();
    if (parent == fi.absoluteFilePath())
        return fi.absoluteFilePath();
    const QString resolvedParent = resolveWhole(parent, depth + 1);
    return resolvedParent.isEmpty() ? QString()
                                    : QDir::cleanPath(resolvedParent + QLatin1Char('/') + fi.fileName());
}

bool under(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && (path == folder || path.startsWith(folder + QLatin1Char('/')));
}

} // namespace

bool checkOutputPath(const QString &output, const Package *package, const QStringList &protectedPaths,
                     OutputTarget *target, QString *why)
{
    const QString resolved = resolveWhole(output);
    auto refuse = [&](const QString &what) {
        *why = QCoreApplication::translate("mr::cli", "%1: refusing to overwrite %2").arg(output, what);
        return false;
    };
    if (resolved.isEmpty())
        return refuse(
            QCoreApplication::translate("mr::cli", "a path that does not resolve (a loop of links)"));
    if (package) {
        const QString source = resolveWhole(package->sourcePath);
        if (resolved == source)
            return refuse(QCoreApplication::translate("mr::cli", "the package it reads"));
        if (QFileInfo(source).isDir() && under(resolved, source))
            return refuse(QCoreApplication::translate("mr::cli", "a file inside the package"));
        if (under(resolved, resolveWhole(package->rootPath)))
            return refuse(QCoreApplication::translate("mr::cli", "a file inside the package"));
    }
    for (const QString &p : protectedPaths) {
        if (!p.isEmpty() && resolved == resolveWhole(p))
            return refuse(QCoreApplication::translate("mr::cli", "the review file it reads"));
    }
    const QFileInfo fi(resolved);
    if (fi.exists() && fi.isDir())
        return refuse(QCoreApplication::translate("mr::cli", "a folder"));
    target->path = resolved;
    target->direct = fi.exists() && !fi.isFile();
    return true;
}

bool writeOutput(const OutputTarget &target, const QByteArray &data, QString *why)
{
    if (target.direct) {
        QFile f(target.path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(data) != data.size()) {
            *why = QCoreApplication::translate("mr::cli", "%1: cannot write: %2")
                       .arg(target.path, f.errorString());
            return false;
        }
        return true;
    }
    QSaveFile f(target.path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *why =
            QCoreApplication::translate("mr::cli", "%1: cannot write: %2").arg(target.path, f.errorString());
        return false;
    }
    return true;
}

bool copyToDirectTarget(const QString &from, const OutputTarget &target, QString *why)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *why = QCoreApplication::translate("mr::cli", "%1: cannot read: %2").arg(from, in.errorString());
        return false;
    }
    return writeOutput(target, in.readAll(), why);
}

} // namespace mr::cli
