// SPDX-License-Identifier: Apache-2.0
#include "archivefixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace mrtest {

QString suffix(ArchiveKind kind)
{
    switch (kind) {
    case ArchiveKind::Zip: return QStringLiteral(".zip");
    case ArchiveKind::Tar: return QStringLiteral(".tar");
    case ArchiveKind::TarGz: return QStringLiteral(".tar.gz");
    case ArchiveKind::TarZst: return QStringLiteral(".tar.zst");
    }
    return {};
}

QString writeArchive(const QString &path, ArchiveKind kind, const QList<FixtureEntry> &entries)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), &archive_write_free);
    int status = ARCHIVE_OK;
    switch (kind) {
    case ArchiveKind::Zip: status = archive_write_set_format_zip(a.get()); break;
    case ArchiveKind::Tar: status = archive_write_set_format_pax_restricted(a.get()); break;
    case ArchiveKind::TarGz:
        status = archive_write_set_format_pax_restricted(a.get());
        if (status == ARCHIVE_OK)
            status = archive_write_add_filter_gzip(a.get());
        break;
    case ArchiveKind::TarZst:
        status = archive_write_set_format_pax_restricted(a.get());
        if (status == ARCHIVE_OK)
            status = archive_write_add_filter_zstd(a.get());
        break;
    }
    if (status != ARCHIVE_OK)
        return QString::fromUtf8(archive_error_string(a.get()));
    if (archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return QString::fromUtf8(archive_error_string(a.get()));
    for (const FixtureEntry &e : entries) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            &archive_entry_free);
        archive_entry_copy_pathname(entry.get(), e.name.constData());
        archive_entry_set_mtime(entry.get(), 1700000000, 0);
        switch (e.type) {
        case FixtureEntry::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), 0644);
            if (e.declareSize)
                archive_entry_set_size(entry.get(), e.data.size());
            break;
        case FixtureEntry::Folder:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_perm(entry.get(), 0755);
            break;
        case FixtureEntry::Symlink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_perm(entry.get(), 0777);
            archive_entry_copy_symlink(entry.get(), e.target.constData());
            break;
        case FixtureEntry::Hardlink:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), 0644);
            archive_entry_copy_hardlink(entry.get(), e.target.constData());
            archive_entry_set_size(entry.get(), 0);
            break;
        case FixtureEntry::Fifo:
            archive_entry_set_filetype(entry.get(), AE_IFIFO);
            archive_entry_set_perm(entry.get(), 0644);
            break;
        case FixtureEntry::CharDevice:
        case FixtureEntry::BlockDevice:
            archive_entry_set_filetype(entry.get(), e.type == FixtureEntry::CharDevice ? AE_IFCHR : AE_IFBLK);
            archive_entry_set_perm(entry.get(), 0644);
            archive_entry_set_rdevmajor(entry.get(), 1);
            archive_entry_set_rdevminor(entry.get(), 3);
            break;
        }
        if (archive_write_header(a.get(), entry.get()) < ARCHIVE_WARN)
            return QStringLiteral("%1: %2").arg(QString::fromUtf8(e.name),
                                                QString::fromUtf8(archive_error_string(a.get())));
        if (e.type == FixtureEntry::File && !e.data.isEmpty() &&
            archive_write_data(a.get(), e.data.constData(), size_t(e.data.size())) < 0)
            return QString::fromUtf8(archive_error_string(a.get()));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return QString::fromUtf8(archive_error_string(a.get()));
    return {};
}

QByteArray noise(int size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed ? seed : 1;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

QStringList listTree(const QString &root, const QString &skip)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = base.relativeFilePath(info.filePath());
        if (!skip.isEmpty() && (relative == skip || relative.startsWith(skip + QLatin1Char('/'))))
            continue;
        if (info.isSymLink())
            out << relative + QStringLiteral(" -> ") + info.symLinkTarget();
        else if (info.isDir())
            out << relative + QLatin1Char('/');
        else
            out << QStringLiteral("%1 %2").arg(relative).arg(info.size());
    }
    out.sort();
    return out;
}

} // namespace mrtest
