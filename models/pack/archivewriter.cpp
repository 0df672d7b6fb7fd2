// SPDX-License-Identifier: Apache-2.0
#include "models/pack/archivewriter.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <fcntl.h>
#include <unistd.h>

namespace mr::pack::detail {

namespace {
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
} // namespace

namespace {
constexpr qint64 kQueueLimit = qint64(64) << 20;
}

ArchiveWriter::~ArchiveWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
    finishOutput();
}

ssize_t ArchiveWriter::writeCallback(struct archive *, void *self, const void *data, size_t size)
{
    auto *w = static_cast<ArchiveWriter *>(self);
    std::unique_lock lock(w->m_mutex);
    w->m_cv.wait(lock, [w] { return w->m_queued < kQueueLimit || w->m_writeErrno; });
    if (w->m_writeErrno) {
        archive_set_error(w->m_archive, w->m_writeErrno, "%s", std::strerror(w->m_writeErrno));
        return -1;
    }
    w->m_queue.emplace_back(static_cast<const char *>(data), qsizetype(size));
    w->m_queued += qint64(size);
    w->m_cv.notify_all();
    return ssize_t(size);
}

void ArchiveWriter::drain()
{
    for (;;) {
        QByteArray block;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            block = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const char *p = block.constData();
        qint64 left = block.size();
        while (left > 0 && !m_writeErrno) {
            const ssize_t n = ::write(m_fd, p, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                std::lock_guard lock(m_mutex);
                m_writeErrno = n < 0 ? errno : EIO;
                break;
            }
            p += n;
            left -= n;
        }
        std::lock_guard lock(m_mutex);
        m_queued -= block.size();
        m_cv.notify_all();
    }
}

bool ArchiveWriter::finishOutput()
{
    if (m_writer.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_cv.notify_all();
        m_writer.join();
    }
    if (m_fd >= 0) {
        if (::close(m_fd) != 0 && !m_writeErrno)
            m_writeErrno = errno;
        m_fd = -1;
    }
    return m_writeErrno == 0;
}

QString ArchiveWriter::lastError(const QString &what) const
{
    const char *e = m_archive ? archive_error_string(m_archive) : nullptr;
    return QStringLiteral("%1: %2: %3")
        .arg(m_path, what,
             e ? QString::fromUtf8(e) : QCoreApplication::translate("mr::Pack", "unknown error"));
}

bool ArchiveWriter::open(const QString &path, OutputKind kind, qint64 mtime, int threads, QString *error)
{
    m_path = path;
    m_mtime = mtime;
    m_archive = archive_write_new();
    if (!m_archive) {
        *error = QCoreApplication::translate("mr::Pack", "%1: out of memory").arg(path);
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
    case OutputKind::Folder:
        *error = QCoreApplication::translate("mr::Pack", "%1: not an archive").arg(path);
        return false;
    }
    if (rc != ARCHIVE_OK) {
        *error = lastError(QCoreApplication::translate("mr::Pack", "cannot set up the archive"));
        return false;
    }
    // Large blocks: fewer calls into the compressor and fewer writes; no padding at the end.
    archive_write_set_bytes_per_block(m_archive, 64 << 10);
    archive_write_set_bytes_in_last_block(m_archive, 1);
    const QByteArray native = QFile::encodeName(path);
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        *error = QCoreApplication::translate("mr::Pack", "%1: cannot create: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_writer = std::thread([this] { drain(); });
    if (archive_write_open2(m_archive, this, nullptr, &ArchiveWriter::writeCallback, nullptr, nullptr) !=
        ARCHIVE_OK) {
        *error = lastError(QCoreApplication::translate("mr::Pack", "cannot create"));
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
            *error = lastError(QCoreApplication::translate("mr::Pack", "cannot write"));
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
    if (rc != ARCHIVE_OK)
        *error = lastError(QCoreApplication::translate("mr::Pack", "cannot finish"));
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (!finishOutput() && rc == ARCHIVE_OK) {
        *error = QCoreApplication::translate("mr::Pack", "%1: cannot write: %2")
                     .arg(m_path, QString::fromLocal8Bit(std::strerror(m_writeErrno)));
        return false;
    }
    return rc == ARCHIVE_OK;
}

} // namespace mr::pack::detail
