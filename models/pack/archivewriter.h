// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/pack/pack.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

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

    // `threads`: zstd compression workers (0: none besides the caller; ignored, with the
    // reason in `threadsNote`, when the libarchive at hand cannot compress with threads).
    bool open(const QString &path, OutputKind kind, qint64 mtime, int threads, QString *error);
    bool beginFile(const QString &entryPath, qint64 size, bool executable, QString *error);
    bool write(const char *data, qint64 size, QString *error);
    // Finishes the archive and makes it durable (one fdatasync of the whole file), so that the
    // caller's rename into place never publishes a file whose bytes a crash could lose.
    bool close(QString *error);
    // Why zstd runs without worker threads, when it does although some were asked for.
    QString threadsNote() const { return m_threadsNote; }

private:
    QString lastError(const QString &what) const;
    // The compressed bytes go to the file on a thread of their own, through a bounded pool of
    // blocks reused for every write (no allocation per write): a write that waits for the disk
    // then never stalls the compressor's input (tar | zstd gets the same from its pipe).
    static ssize_t writeCallback(struct archive *, void *self, const void *data, size_t size);
    void drain();
    void submitCurrent(std::unique_lock<std::mutex> &lock);
    bool finishOutput(bool sync);

    struct Block
    {
        std::unique_ptr<char[]> data;
        qint64 size = 0;
    };

    struct archive *m_archive = nullptr;
    QString m_path;
    qint64 m_mtime = 0;
    QString m_threadsNote;
    int m_fd = -1;
    std::thread m_writer;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    Block m_current;           // being filled by the compressor (its thread only)
    std::deque<Block> m_full;  // waiting for the writer thread, in order
    std::vector<Block> m_free; // written and ready for reuse
    int m_allocated = 0;       // blocks in existence (bounded)
    qint64 m_written = 0;      // bytes the writer thread has written
    qint64 m_flushedUpTo = 0;  // start of the range not yet handed to writeback
    bool m_closing = false;
    int m_writeErrno = 0;
};

} // namespace mr::pack::detail
