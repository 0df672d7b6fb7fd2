// SPDX-License-Identifier: Apache-2.0
#include "models/pack/archivewriter.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace mr::pack::detail {

namespace {
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
} // namespace

ArchiveWriter::~ArchiveWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
}

QString ArchiveWriter::lastError(const QString &what) const
{
    const char *e = m_archive ? archive_error_string(m_archive) : nullptr;
    return QStringLiteral("%1: %2: %3")
        .arg(m_path, what, e ? QString::fromUtf8(e) : QStringLiteral("unknown error"));
}

bool ArchiveWriter::open(const QString &path, OutputKind kind, qint64 mtime, int threads, QString *error)
{
    m_path = path;
    m_mtime = mtime;
    m_archive = archive_write_new();
    if (!m_archive) {
        *error = QStringLiteral("%1: out of memory").arg(path);
        return false;
    }
    int rc = ARCHIVE_OK;
    switch (kind) {
    case OutputKind::Zip:
        rc = archive_write_set_format_zip(m_archive);
        if (rc == ARCHIVE_OK)
            rc = archive_write_set_format_option(m_archive, "zip", "compression", "deflate");
        break;
    case OutputKind::TarGz:
        rc = archive_write_set_format_pax_restricted(m_archive);
        if (rc == ARCHIVE_OK)
            rc = archive_write_add_filter_gzip(m_archive);
        // No time in the gzip header ("!timestamp"): the archive's bytes must not depend on when.
        if (rc == ARCHIVE_OK)
            rc = archive_write_set_filter_option(m_archive, "gzip", "timestamp", nullptr);
        break;
    case OutputKind::TarZst:
        rc = archive_write_set_format_pax_restricted(m_archive);
        if (rc == ARCHIVE_OK)
            rc = archive_write_add_filter_zstd(m_archive);
        if (rc == ARCHIVE_OK)
            rc = archive_write_set_filter_option(m_archive, "zstd", "compression-level", "3");
        // Worker threads split the input into fixed jobs: the output does not depend on timing.
        if (rc == ARCHIVE_OK && threads > 0)
            archive_write_set_filter_option(m_archive, "zstd", "threads",
                                            QByteArray::number(threads).constData());
        break;
    case OutputKind::Folder: *error = QStringLiteral("%1: not an archive").arg(path); return false;
    }
    if (rc != ARCHIVE_OK) {
        *error = lastError(QStringLiteral("cannot set up the archive"));
        return false;
    }
    archive_write_set_bytes_in_last_block(m_archive, 1);
    const QByteArray native = QFile::encodeName(path);
    if (archive_write_open_filename(m_archive, native.constData()) != ARCHIVE_OK) {
        *error = lastError(QStringLiteral("cannot create"));
        return false;
    }
    return true;
}

bool ArchiveWriter::beginFile(const QString &entryPath, qint64 size, bool executable, QString *error)
{
    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    const QByteArray utf8 = entryPath.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), utf8.constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), executable ? 0755 : 0644);
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_mtime(entry.get(), time_t(m_mtime), 0);
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK) {
        *error = lastError(entryPath);
        return false;
    }
    return true;
}

bool ArchiveWriter::write(const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, size_t(size));
        if (n <= 0) {
            *error = lastError(QStringLiteral("cannot write"));
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

bool ArchiveWriter::close(QString *error)
{
    if (!m_archive)
        return true;
    const int rc = archive_write_close(m_archive);
    if (rc != ARCHIVE_OK) {
        *error = lastError(QStringLiteral("cannot finish"));
        archive_write_free(m_archive);
        m_archive = nullptr;
        return false;
    }
    archive_write_free(m_archive);
    m_archive = nullptr;
    return true;
}

} // namespace mr::pack::detail
