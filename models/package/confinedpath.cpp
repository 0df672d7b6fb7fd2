// SPDX-License-Identifier: Apache-2.0
#include "models/package/confinedpath.h"

#include <cerrno>
#include <climits>
#include <cstring>

#include <QCoreApplication>
#include <fcntl.h>
#include <sys/stat.h>

namespace mr::confined {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool hasDriveLetter(const QByteArray &name)
{
    return name.size() >= 2 && name[1] == ':' &&
           ((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z'));
}

// Lexically normalises `name` below `base` (components already below the root). Returns false
// with `why` when the name is absolute or `..` climbs above the root.
bool normalize(const QByteArray &name, const Components &base, Components *out, QString *why)
{
    if (name.startsWith('/') || hasDriveLetter(name)) {
        *why = QCoreApplication::translate("mr::Package", "absolute path");
        return false;
    }
    Components parts = base;
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (parts.empty()) {
                *why = QCoreApplication::translate("mr::Package",
                                                   "path leaves the extraction folder through '..'");
                return false;
            }
            parts.pop_back();
            continue;
        }
        parts.push_back(part);
    }
    *out = std::move(parts);
    return true;
}

QByteArray join(const Components &parts, size_t count)
{
    QByteArray result;
    for (size_t i = 0; i < count && i < parts.size(); ++i) {
        if (i)
            result += '/';
        result += parts[i];
    }
    return result;
}

// Opens the folder `parts[0..count)` below `root`, creating missing folders when `create`,
// never following a symbolic link.
Fd openFolder(int root, const Components &parts, size_t count, bool create, QString *why)
{
    Fd current(::fcntl(root, F_DUPFD_CLOEXEC, 0));
    for (size_t i = 0; i < count; ++i) {
        const QByteArray &part = parts[i];
        const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        int fd = ::openat(current.get(), part.constData(), flags);
        if (fd < 0 && errno == ENOENT && create) {
            if (::mkdirat(current.get(), part.constData(), 0755) != 0 && errno != EEXIST) {
                *why = QCoreApplication::translate("mr::Package", "cannot create folder %1: %2")
                           .arg(QString::fromUtf8(join(parts, i + 1)), errnoText(errno));
                return Fd();
            }
            fd = ::openat(current.get(), part.constData(), flags);
        }
        if (fd < 0) {
            const int error = errno;
            struct stat st;
            if (::fstatat(current.get(), part.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISLNK(st.st_mode))
                *why = QCoreApplication::translate("mr::Package", "path passes through the symbolic link %1")
                           .arg(QString::fromUtf8(join(parts, i + 1)));
            else if (error == ENOTDIR || (error == ELOOP))
                *why = QCoreApplication::translate("mr::Package", "%1 is not a folder")
                           .arg(QString::fromUtf8(join(parts, i + 1)));
            else
                *why = QCoreApplication::translate("mr::Package", "cannot open folder %1: %2")
                           .arg(QString::fromUtf8(join(parts, i + 1)), errnoText(error));
            return Fd();
        }
        current = Fd(fd);
    }
    return current;
}

// Resolves the symbolic link at `link` (components below root) through the links already on
// disk, without ever leaving `root`. Returns false when its target leads outside the root.
bool linkStaysInside(int root, const Components &link, QString *why)
{
    Components resolved(link.begin(), link.end() - 1);
    std::vector<QByteArray> pending;
    int hops = 0;
    auto pushTarget = [&](const QByteArray &target) {
        QList<QByteArray> parts = target.split('/');
        for (auto it = parts.rbegin(); it != parts.rend(); ++it)
            pending.push_back(*it);
    };
    auto readLink = [&](const QByteArray &relative, QByteArray *target) {
        QByteArray buffer(4096, Qt::Uninitialized);
        const ssize_t n = ::readlinkat(root, relative.constData(), buffer.data(), size_t(buffer.size()));
        if (n < 0 || n >= buffer.size())
            return false;
        buffer.truncate(n);
        *target = buffer;
        return true;
    };
    QByteArray target;
    struct stat self;
    if (::fstatat(root, join(link, link.size()).constData(), &self, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISLNK(self.st_mode))
        return true; // replaced by a later entry of the same name
    if (!readLink(join(link, link.size()), &target)) {
        *why = QCoreApplication::translate("mr::Package", "cannot read the link back");
        return false;
    }
    pushTarget(target);
    const QString shown = QString::fromUtf8(target);
    while (!pending.empty()) {
        const QByteArray part = pending.back();
        pending.pop_back();
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (resolved.empty()) {
                *why = QCoreApplication::translate(
                           "mr::Package",
                           "link points outside the extraction folder (target %1, through other links)")
                           .arg(shown);
                return false;
            }
            resolved.pop_back();
            continue;
        }
        resolved.push_back(part);
        const QByteArray relative = join(resolved, resolved.size());
        struct stat st;
        if (::fstatat(root, relative.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISLNK(st.st_mode))
            continue; // a real folder or file, or nothing yet: stays lexical
        if (++hops > 40) {
            *why = QCoreApplication::translate("mr::Package", "too many levels of symbolic links");
            return false;
        }
        resolved.pop_back();
        if (!readLink(relative, &target) || target.startsWith('/')) {
            *why = QCoreApplication::translate(
                       "mr::Package",
                       "link points outside the extraction folder (target %1, through other links)")
                       .arg(shown);
            return false;
        }
        pushTarget(target);
    }
    return true;
}

} // namespace mr::confined
