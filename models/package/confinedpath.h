// SPDX-License-Identifier: Apache-2.0
// Paths confined below a root folder: lexical normalisation of archive entry names and a
// component-by-component walk with O_NOFOLLOW, so nothing is written through a symbolic link or
// outside the root. Internal to the archive extractor (models/package/archive.cpp).
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

#include <unistd.h>

namespace mr::confined {

using Components = std::vector<QByteArray>;

// Owns one file descriptor.
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Fd &operator=(Fd &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd() { reset(); }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    int close()
    {
        const int r = ::close(m_fd);
        m_fd = -1;
        return r;
    }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

QString errnoText(int error);

bool hasDriveLetter(const QByteArray &name);

// Lexically normalises `name` below `base` (components already below the root). Returns false
// with `why` when the name is absolute or `..` climbs above the root.
bool normalize(const QByteArray &name, const Components &base, Components *out, QString *why);

QByteArray join(const Components &parts, size_t count);

// Opens the folder `parts[0..count)` below `root`, creating missing folders when `create`,
// never following a symbolic link.
Fd openFolder(int root, const Components &parts, size_t count, bool create, QString *why);

// Resolves the symbolic link at `link` (components below root) through the links already on
// disk, without ever leaving `root`. Returns false when its target leads outside the root.
bool linkStaysInside(int root, const Components &link, QString *why);

} // namespace mr::confined
