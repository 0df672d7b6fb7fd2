// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/pack/pack.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <sys/types.h>

struct archive;

namespace mr::pack::detail {

// Writes a package archive with libarchive so that the same entries give the same bytes: every
// entry has the same time, owner 0:0 with no names, mode 0644 (0755 when executable), no
// access or change times, and a gzip header without a time. Entries are written in the order
// given (the caller sorts them). Paths are relative, '/'-separated.
class ArchiveWriter
{
public:
    ArchiveWriter() = default;
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    // `threads`: zstd compression workers (0: none besides the caller).
    bool open(const QString &path, OutputKind kind, qint64 mtime, int threads, QString *error);
    bool beginFile(const QString &entryPath, qint64 size, bool executable, QString *error);
    bool write(const char *data, qint64 size, QString *error);
    bool close(QString *error);

private:
    QString lastError(const QString &what) const;
    // The compressed bytes go to the file on a thread of their own: a write that waits for the
    // disk then never stalls the compressor's input (tar | zstd gets the same from its pipe).
    static ssize_t writeCallback(struct archive *, void *self, const void *data, size_t size);
    void drain();
    bool finishOutput();

    struct archive *m_archive = nullptr;
    QString m_path;
    qint64 m_mtime = 0;
    int m_fd = -1;
    std::thread m_writer;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_queue;
    qint64 m_queued = 0;
    bool m_closing = false;
    int m_writeErrno = 0;
};

} // namespace mr::pack::detail
