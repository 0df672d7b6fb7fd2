// SPDX-License-Identifier: Apache-2.0
#include "models/package/extractionfolder.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mr {

namespace {

// Removes the entry `name` of the folder `parentFd`, recursing below open handles so that no
// path ever grows past PATH_MAX.
bool removeAt(int parentFd, const char *name, int depth)
{
    if (::unlinkat(parentFd, name, 0) == 0 || errno == ENOENT)
        return true;
    if (errno != EISDIR && errno != EPERM)
        return false;
    if (depth > 100000)
        return false;
    int fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == EACCES && ::fchmodat(parentFd, name, 0700, 0) == 0)
        fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::fchmod(fd, 0700); // entries of a folder without write permission cannot be removed
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    bool ok = true;
    while (dirent *e = ::readdir(dir)) {
        if (qstrcmp(e->d_name, ".") == 0 || qstrcmp(e->d_name, "..") == 0)
            continue;
        ok = removeAt(::dirfd(dir), e->d_name, depth + 1) && ok;
    }
    ::closedir(dir);
    return ::unlinkat(parentFd, name, AT_REMOVEDIR) == 0 && ok;
}

} // namespace

bool removeTreeRaw(const QString &path)
{
    const QString absolute = QDir(path).absolutePath();
    const QByteArray parent = QFile::encodeName(QDir::cleanPath(absolute + QStringLiteral("/..")));
    const QByteArray name = QFile::encodeName(QDir(absolute).dirName());
    const int fd = ::open(parent.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = removeAt(fd, name.constData(), 0);
    ::close(fd);
    return ok;
}

std::shared_ptr<QTemporaryDir> makeExtractionFolder()
{
    auto *dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/modelreview-XXXXXX"));
    dir->setAutoRemove(false); // removed below, by raw names
    return std::shared_ptr<QTemporaryDir>(dir, [](QTemporaryDir *d) {
        if (d->isValid())
            removeTreeRaw(d->path());
        delete d;
    });
}

} // namespace mr
