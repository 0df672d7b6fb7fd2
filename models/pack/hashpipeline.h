// SPDX-License-Identifier: Apache-2.0
#pragma once

// The pack writer's hashing: SHA-256 of data files, read once, and the pipeline that reads and
// hashes them ahead of the archive writer. Internal to models/pack.

#include "models/pack/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace mr::pack::detail {

// Frees OpenSSL's per-thread state (its error queue among it) when a hashing thread ends:
// OpenSSL does not do it for threads it did not start, and LeakSanitizer reports it.
struct OpenSslThreadEnd
{
    ~OpenSslThreadEnd() { OPENSSL_thread_stop(); }
};

constexpr qint64 kChunk = qint64(1) << 20;
constexpr qint64 kBufferLimit = qint64(16) << 20; // larger data files are streamed, never held

struct Sha256
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{EVP_MD_CTX_new(), EVP_MD_CTX_free};
    Sha256() { EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr); }
    void add(const char *data, qint64 n) { EVP_DigestUpdate(ctx.get(), data, size_t(n)); }
    QByteArray hex()
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(ctx.get(), md, &len);
        return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex();
    }
};

struct Hashed
{
    qint64 size = -1;
    QByteArray sha256; // hex
};

// Reads `file` once, hashing it; copies it to `target` when given.
bool readHash(const QString &file, const QString &target, Hashed *out, const std::atomic_bool &cancel,
              QString *error);

// The data files are read and hashed by `jobs` workers ahead of the consumer, which takes them
// in order (the archive's order) and compresses from the same buffer: each file is read once,
// hashing overlaps compression, and at most kWindowBytes of files wait in memory. Buffers are
// reused (no allocation, no fresh pages per file). Files above kBufferLimit are not read ahead:
// the consumer streams them, hashing as it goes (read once too).
class DataPipeline
{
public:
    struct Buffer
    {
        std::unique_ptr<char[]> data;
        qint64 capacity = 0;
    };
    struct Slot
    {
        bool ready = false;
        bool failed = false;
        bool stream = false; // too large to hold: the consumer reads, hashes and checks it
        Buffer buffer;       // the file's bytes (hash.size of them) unless `stream`
        Hashed hash;
        QString error;
    };

    DataPipeline(const QList<DataFile> &files, int jobs, const std::atomic_bool &cancel)
        : m_files(files), m_slots(size_t(files.size())), m_cancel(cancel)
    {
        for (int i = 0; i < jobs; ++i)
            m_workers.emplace_back([this] {
                const OpenSslThreadEnd end;
                work();
            });
    }
    ~DataPipeline()
    {
        stop();
        for (std::thread &t : m_workers)
            t.join();
    }
    // Waits for file `i` (in order) and hands it over; give its buffer back with release().
    Slot take(qsizetype i)
    {
        std::unique_lock lock(m_mutex);
        m_readyCv.wait(lock, [&] { return m_slots[size_t(i)].ready || m_stop; });
        if (!m_slots[size_t(i)].ready)
            return Slot{true, true, false, {}, {}, QString()};
        return std::move(m_slots[size_t(i)]);
    }
    // The consumer is done with file `i`: its bytes leave the window, its buffer is reused.
    void release(qsizetype i, Buffer buffer)
    {
        {
            std::lock_guard lock(m_mutex);
            const DataFile &f = m_files[i];
            if (f.size <= kBufferLimit)
                m_inFlight -= f.size;
            if (buffer.data)
                m_pool.push_back(std::move(buffer));
        }
        m_workCv.notify_one();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_workCv.notify_all();
        m_readyCv.notify_all();
    }

private:
    static constexpr qint64 kWindowBytes = qint64(64) << 20;

    void work()
    {
        for (;;) {
            qsizetype i;
            Buffer buffer;
            {
                std::unique_lock lock(m_mutex);
                m_workCv.wait(lock, [&] {
                    if (m_stop || m_next >= m_files.size())
                        return true;
                    const qint64 size = m_files[m_next].size;
                    return size > kBufferLimit || m_inFlight == 0 || m_inFlight + size <= kWindowBytes;
                });
                if (m_stop || m_next >= m_files.size())
                    return;
                i = m_next++;
                const qint64 size = m_files[i].size;
                if (size <= kBufferLimit) {
                    m_inFlight += size;
                    if (!m_pool.empty()) {
                        buffer = std::move(m_pool.back());
                        m_pool.pop_back();
                    }
                }
            }
            m_workCv.notify_one(); // another worker may take the next file
            Slot s;
            const DataFile &f = m_files[i];
            if (f.size > kBufferLimit) {
                s.stream = true;
            } else {
                if (buffer.capacity < f.size) {
                    // Rounded up to 1 MiB so that a buffer fits most files after it.
                    buffer.capacity = std::max<qint64>(1, (f.size + kChunk - 1) / kChunk) * kChunk;
                    buffer.data.reset(new char[size_t(buffer.capacity)]);
                }
                s.failed = !readWhole(f, buffer.data.get(), &s.hash, &s.error);
                s.buffer = std::move(buffer);
            }
            s.ready = true;
            {
                std::lock_guard lock(m_mutex);
                m_slots[size_t(i)] = std::move(s);
            }
            m_readyCv.notify_all();
        }
    }

    // Reads exactly the planned size into `into` and hashes it; a file that is shorter or
    // longer than planned has changed since planning and fails the pack.
    bool readWhole(const DataFile &f, char *into, Hashed *out, QString *error) const
    {
        if (m_cancel.load())
            return false;
        QFile in(f.file);
        if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            *error =
                QCoreApplication::translate("mr::Pack", "%1: cannot read: %2").arg(f.file, in.errorString());
            return false;
        }
        qint64 total = 0;
        while (total < f.size) {
            const qint64 n = in.read(into + total, f.size - total);
            if (n < 0) {
                *error = QCoreApplication::translate("mr::Pack", "%1: read error: %2")
                             .arg(f.file, in.errorString());
                return false;
            }
            if (n == 0)
                break;
            total += n;
        }
        char extra;
        if (total != f.size || in.read(&extra, 1) != 0) {
            *error = QCoreApplication::translate("mr::Pack", "%1: changed while packing").arg(f.file);
            return false;
        }
        Sha256 sha;
        sha.add(into, total);
        out->size = total;
        out->sha256 = sha.hex();
        return true;
    }

    const QList<DataFile> &m_files;
    std::vector<Slot> m_slots;
    const std::atomic_bool &m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_workCv, m_readyCv;
    std::vector<std::thread> m_workers;
    std::vector<Buffer> m_pool;
    qsizetype m_next = 0;
    qint64 m_inFlight = 0;
    bool m_stop = false;
};

} // namespace mr::pack::detail
