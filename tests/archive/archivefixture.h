// SPDX-License-Identifier: Apache-2.0
// Builds archives at test time with libarchive's writer, so hostile entries (absolute names,
// `..`, links out, devices) can be produced without committing binary files.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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

} // namespace mrtest
