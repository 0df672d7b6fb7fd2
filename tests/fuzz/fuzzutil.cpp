// SPDX-License-Identifier: Apache-2.0
#include "tests/fuzz/fuzzutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace mr::fuzz {

QString tempDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/mr-fuzz-XXXXXX"));
    static const QString path = [] {
        if (!dir.isValid()) {
            std::fprintf(stderr, "mr-fuzz: cannot create a temporary folder\n");
            std::abort();
        }
        return QFileInfo(dir.path()).canonicalFilePath();
    }();
    return path;
}

QString writeInput(const QString &name, const QByteArray &data)
{
    const QString path = tempDir() + QLatin1Char('/') + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        std::fprintf(stderr, "mr-fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

QString writeInput(const QString &name, const std::uint8_t *data, std::size_t size)
{
    return writeInput(name, bytes(data, size));
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace mr::fuzz
