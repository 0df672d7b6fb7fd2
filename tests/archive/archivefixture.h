// SPDX-License-Identifier: Apache-2.0
// Builds archives at test time with libarchive's writer, so hostile entries (absolute names,
// `..`, links out, devices) can be produced without committing binary files.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mrtest {

enum class ArchiveKind { Zip, Tar, TarGz, TarZst };

struct FixtureEntry
{
    enum Type { File, Folder, Symlink, Hardlink, Fifo, CharDevice, BlockDevice };
    Type type = File;
    QByteArray name;
    QByteArray data;   // File
    QByteArray target; // Symlink, Hardlink
    bool declareSize = true;

    static FixtureEntry file(const QByteArray &name, const QByteArray &data)
    {
        return {File, name, data, {}, true};
    }
    static FixtureEntry folder(const QByteArray &name) { return {Folder, name, {}, {}, true}; }
    static FixtureEntry symlink(const QByteArray &name, const QByteArray &target)
    {
        return {Symlink, name, {}, target, true};
    }
    static FixtureEntry hardlink(const QByteArray &name, const QByteArray &target)
    {
        return {Hardlink, name, {}, target, true};
    }
    static FixtureEntry special(Type type, const QByteArray &name) { return {type, name, {}, {}, true}; }
};

// Writes `entries` as an archive of `kind` to `path`; returns an error text or an empty string.
QString writeArchive(const QString &path, ArchiveKind kind, const QList<FixtureEntry> &entries);

// Pseudo-random, incompressible bytes (so ratio limits do not trip on good fixtures).
QByteArray noise(int size, quint32 seed);

// Every path below `root` (relative, sorted, links marked "-> target"), with file sizes: used to
// prove that nothing appeared outside an extraction folder.
QStringList listTree(const QString &root, const QString &skip = QString());

QString suffix(ArchiveKind kind);

// A scratch area: <tmp>/victim.txt (must never change), <tmp>/dest (the extraction folder) and
// the archive beside them.
struct Scratch
{
    QTemporaryDir dir;
    QString dest;
    QString victim;
    QByteArray victimContent = "do not touch\n";

    Scratch()
    {
        dest = dir.filePath(QStringLiteral("dest"));
        QDir().mkpath(dest);
        victim = dir.filePath(QStringLiteral("victim.txt"));
        QFile f(victim);
        if (f.open(QIODevice::WriteOnly))
            f.write(victimContent);
    }
    QString archive(ArchiveKind kind) const { return dir.filePath(QStringLiteral("package") + suffix(kind)); }
    QStringList outside() const { return listTree(dir.path(), QStringLiteral("dest")); }
    QByteArray victimNow() const
    {
        QFile f(victim);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace mrtest
