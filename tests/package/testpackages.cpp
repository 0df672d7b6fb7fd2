// SPDX-License-Identifier: Apache-2.0
#include "testpackages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

namespace mr::test {

bool writeTree(const QString &root, const QMap<QString, QByteArray> &files)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

bool archiveFolder(const QString &dir, const QString &archivePath, const QString &format,
                   const QString &prefix)
{
    archive *a = archive_write_new();
    if (format == QLatin1String("zip"))
        archive_write_set_format_zip(a);
    else
        archive_write_set_format_pax_restricted(a);
    if (format == QLatin1String("tar.gz"))
        archive_write_add_filter_gzip(a);
    else if (format == QLatin1String("tar.zst"))
        archive_write_add_filter_zstd(a);
    if (archive_write_open_filename(a, QFile::encodeName(archivePath).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return false;
    }
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(dir).relativeFilePath(it.next());
    std::sort(paths.begin(), paths.end());
    bool ok = true;
    for (const QString &rel : std::as_const(paths)) {
        const QFileInfo fi(dir + QLatin1Char('/') + rel);
        archive_entry *e = archive_entry_new();
        const QString name = prefix.isEmpty() ? rel : prefix + QLatin1Char('/') + rel;
        archive_entry_set_pathname(e, name.toUtf8().constData());
        archive_entry_set_mtime(e, 1700000000, 0);
        QByteArray data;
        if (fi.isDir()) {
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
        } else {
            QFile f(fi.absoluteFilePath());
            ok = ok && f.open(QIODevice::ReadOnly);
            data = f.readAll();
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, data.size());
        }
        ok = ok && archive_write_header(a, e) == ARCHIVE_OK;
        if (!data.isEmpty())
            ok = ok && archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(e);
    }
    ok = ok && archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        out.insert(QDir(root).relativeFilePath(fi.absoluteFilePath()),
                   QStringLiteral("%1:%2").arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

} // namespace mr::test
