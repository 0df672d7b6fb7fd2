// SPDX-License-Identifier: Apache-2.0
#include "models/package/gitconfinement.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <git2.h>

#include <QCoreApplication>
#include <memory>

namespace mr {

namespace {

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : c;
}

bool inside(const QString &path, const QString &root)
{
    const QString p = canonical(path);
    return p == root || p.startsWith(root + QLatin1Char('/'));
}

// Lines of a small text file in the git folder (alternates, commondir, a .git file).
QStringList textLines(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || f.size() > (1 << 20) || !f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
            lines << l;
    }
    return lines;
}

struct RepoFree
{
    void operator()(git_repository *r) const { git_repository_free(r); }
};

} // namespace

QString repositoryConfinementProblem(const QString &repositoryPath, const QString &packageRoot)
{
    const QString root = canonical(packageRoot);
    const QString repo = canonical(repositoryPath);
    const QString dotGit = repo + QStringLiteral("/.git");
    const QFileInfo dotGitInfo(dotGit);
    QString gitDir = repo; // a bare repository is its own git folder
    if (dotGitInfo.isSymLink() || dotGitInfo.exists()) {
        if (dotGitInfo.isFile()) {
            const QStringList lines = textLines(dotGit);
            const QString target = lines.isEmpty() || !lines.first().startsWith(QLatin1String("gitdir:"))
                                       ? QString()
                                       : lines.first().mid(7).trimmed();
            if (target.isEmpty())
                return QCoreApplication::translate(
                    "mr::Package", "the repository's .git is a file without a gitdir: line: refused");
            const QString resolved = QDir(repo).absoluteFilePath(target);
            if (!inside(resolved, root))
                return QCoreApplication::translate(
                           "mr::Package",
                           "the repository's .git file points outside the package (gitdir: %1): "
                           "refused, code outside the package digest would be shown")
                    .arg(target);
            gitDir = canonical(resolved);
        } else if (!inside(dotGit, root)) {
            return QCoreApplication::translate(
                "mr::Package", "the repository's .git leads outside the package through a link: refused");
        } else {
            gitDir = canonical(dotGit);
        }
    }
    // Every link in the git folder must stay inside the package: refs, objects and packs are
    // read through them.
    QDirIterator it(gitDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isSymLink() && !inside(fi.absoluteFilePath(), root))
            return QCoreApplication::translate(
                       "mr::Package", "%1 in the repository's git folder leads outside the package: refused")
                .arg(QDir(gitDir).relativeFilePath(fi.absoluteFilePath()));
    }
    for (const QString &line : textLines(gitDir + QStringLiteral("/commondir"))) {
        if (!inside(QDir(gitDir).absoluteFilePath(line), root))
            return QCoreApplication::translate(
                       "mr::Package", "the repository's commondir points outside the package (%1): refused")
                .arg(line);
    }
    const QString objects = gitDir + QStringLiteral("/objects");
    for (const QString &line : textLines(objects + QStringLiteral("/info/alternates"))) {
        if (!inside(QDir(objects).absoluteFilePath(line), root))
            return QCoreApplication::translate(
                       "mr::Package", "objects/info/alternates points outside the package (%1): refused, "
                                      "objects outside the package digest would be read")
                .arg(line);
    }
    // core.worktree (in the repository's config or anything it includes) is what libgit2
    // honours: ask it rather than parse the configuration here.
    git_libgit2_init(); // reference counted; never shut down (workers may still use libgit2)
    git_repository *raw = nullptr;
    const QByteArray native = QFile::encodeName(repo);
    if (git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) < 0)
        return {}; // not a repository: the code pane reports that with libgit2's reason
    const std::unique_ptr<git_repository, RepoFree> handle(raw);
    if (const char *workdir = git_repository_workdir(raw)) {
        const QString w = canonical(QFile::decodeName(workdir));
        if (w != repo)
            return QCoreApplication::translate(
                       "mr::Package", "the repository's work tree is set to %1 (core.worktree), not its own "
                                      "folder: refused")
                .arg(QFile::decodeName(workdir));
    }
    if (const char *path = git_repository_path(raw); path && !inside(QFile::decodeName(path), root))
        return QCoreApplication::translate("mr::Package",
                                           "the repository's git folder %1 is outside the package: refused")
            .arg(QFile::decodeName(path));
    return {};
}

} // namespace mr
