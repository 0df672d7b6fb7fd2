// SPDX-License-Identifier: Apache-2.0
// Writing a planned pack. The package is built in a temporary sibling of OUT (same file system,
// so the final rename is atomic) and renamed into place only when complete; on failure or
// cancel the sibling is removed and OUT never appears.
#include "models/core/async.h"
#include "models/core/jsonutil.h"
#include "models/pack/archivewriter.h"
#include "models/pack/gitsource.h"
#include "models/pack/pack.h"
#include "models/package/digest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace mr::pack {

namespace {

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

// The canonical listing of docs/package-format.md "Package digest", from hashes already known.
QString digestOf(QList<std::pair<QByteArray, Hashed>> entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    Sha256 listing;
    for (const auto &[path, h] : entries) {
        const QByteArray line = path + '\0' + QByteArray::number(h.size) + '\0' + h.sha256 + '\n';
        listing.add(line.constData(), line.size());
    }
    return QStringLiteral("sha256:") + QString::fromLatin1(listing.hex());
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush()) {
        *error = QCoreApplication::translate("mr::Pack", "%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// Reads `file` once, hashing it; copies it to `target` when given.
bool readHash(const QString &file, const QString &target, Hashed *out, const std::atomic_bool &cancel,
              QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("mr::Pack", "%1: cannot read: %2").arg(file, in.errorString());
        return false;
    }
    QFile copy(target);
    if (!target.isEmpty()) {
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QCoreApplication::translate("mr::Pack", "%1: cannot write: %2")
                         .arg(target, copy.errorString());
            return false;
        }
    }
    Sha256 sha;
    qint64 total = 0;
    QByteArray buf(kChunk, Qt::Uninitialized);
    for (;;) {
        if (cancel.load())
            return false;
        const qint64 n = in.read(buf.data(), kChunk);
        if (n < 0) {
            *error =
                QCoreApplication::translate("mr::Pack", "%1: read error: %2").arg(file, in.errorString());
            return false;
        }
        if (n == 0)
            break;
        sha.add(buf.constData(), n);
        if (!target.isEmpty() && copy.write(buf.constData(), n) != n) {
            *error = QCoreApplication::translate("mr::Pack", "%1: cannot write: %2")
                         .arg(target, copy.errorString());
            return false;
        }
        total += n;
    }
    out->size = total;
    out->sha256 = sha.hex();
    return true;
}

QByteArray manifestBytes(const QList<DataFile> &files, const QList<Hashed> &hashes)
{
    QByteArray out;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const nlohmann::ordered_json line = {{"path", ss(files[i].path)},
                                             {"size", hashes[i].size},
                                             {"sha256", hashes[i].sha256.toStdString()}};
        out += QByteArray::fromStdString(line.dump()) + '\n';
    }
    return out;
}

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

struct Writer
{
    const PackPlan &plan;
    QPromise<PackResult> &promise;
    std::atomic_bool cancel{false};
    qint64 totalBytes = 1, doneBytes = 0;
    QString error;
    QStringList notes;

    bool canceled()
    {
        if (promise.isCanceled())
            cancel = true;
        return cancel.load();
    }
    void progress(qint64 bytes)
    {
        doneBytes += bytes;
        promise.setProgressValue(
            int(std::min<qint64>(1000, doneBytes * 1000 / std::max<qint64>(1, totalBytes))));
    }

    bool stage(const QString &root)
    {
        if (code::git::Error e = detail::writeBareRepository(plan.sourceRoot, plan.baseId, plan.headId,
                                                             root + QStringLiteral("/code.git"))) {
            error = e.message;
            return false;
        }
        for (const PackItem &item : plan.items) {
            if (canceled())
                return false;
            QByteArray bytes = item.bytes;
            if (!item.file.isEmpty()) {
                QFile in(item.file);
                if (!in.open(QIODevice::ReadOnly)) {
                    error = QCoreApplication::translate("mr::Pack", "%1: cannot read: %2")
                                .arg(item.file, in.errorString());
                    return false;
                }
                bytes = in.readAll();
            }
            if (!writeFile(root + QLatin1Char('/') + item.path, bytes, &error))
                return false;
        }
        return writeFile(root + QStringLiteral("/model-package.json"),
                         QByteArray::fromStdString(plan.document.dump(2)) + '\n', &error);
    }

    // Folder output: data copied (in parallel, hashed on the way), then the manifest.
    bool copyData(const QString &root)
    {
        QList<Hashed> hashes(plan.dataFiles.size());
        std::atomic<qsizetype> next{0};
        std::mutex m;
        std::vector<std::thread> workers;
        for (int j = 0; j < plan.jobs; ++j)
            workers.emplace_back([&] {
                const OpenSslThreadEnd end;
                for (qsizetype i; (i = next++) < plan.dataFiles.size();) {
                    QString why;
                    if (cancel.load() ||
                        !readHash(plan.dataFiles[i].file,
                                  root + QStringLiteral("/data/files/") + plan.dataFiles[i].path, &hashes[i],
                                  cancel, &why)) {
                        std::lock_guard lock(m);
                        if (error.isEmpty() && !why.isEmpty())
                            error = why;
                        cancel = true;
                        return;
                    }
                }
            });
        for (std::thread &t : workers)
            t.join();
        if (!error.isEmpty() || canceled())
            return false;
        const QString manifest = root + QStringLiteral("/data/manifest.jsonl");
        if (plan.dataFiles.isEmpty() && QFileInfo::exists(manifest))
            return true; // given as an item (a preview's placeholder manifest)
        return writeFile(manifest, manifestBytes(plan.dataFiles, hashes), &error);
    }

    // Archive output: staged files and data files merged in byte order of their paths; the data
    // come straight from their folders through the hashing pipeline.
    bool writeArchive(const QString &root, const QString &archivePath, QString *digest, int *files,
                      qint64 *bytes)
    {
        QStringList staged;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            staged << QDir(root).relativeFilePath(it.next());
        const bool hasData = !plan.dataFiles.isEmpty();
        const QString manifestPath = QStringLiteral("data/manifest.jsonl");
        if (hasData)
            staged << manifestPath;
        std::sort(staged.begin(), staged.end(),
                  [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        for (const QString &s : std::as_const(staged))
            totalBytes += QFileInfo(root + QLatin1Char('/') + s).size();
        totalBytes += plan.dataBytes;

        detail::ArchiveWriter out;
        if (!out.open(archivePath, plan.kind, plan.timestamp, plan.kind == OutputKind::TarZst ? plan.jobs : 0,
                      &error))
            return false;
        const QString prefix = plan.topFolder + QLatin1Char('/');
        QList<std::pair<QByteArray, Hashed>> listing;
        QList<Hashed> dataHashes(plan.dataFiles.size());
        std::unique_ptr<DataPipeline> pipeline;
        if (hasData)
            pipeline = std::make_unique<DataPipeline>(plan.dataFiles, plan.jobs, cancel);
        qsizetype d = 0, s = 0;
        const QByteArray dataPrefix = "data/files/";
        while (d < plan.dataFiles.size() || s < staged.size()) {
            if (canceled())
                return pipeline ? (pipeline->stop(), false) : false;
            const QByteArray dataPath =
                d < plan.dataFiles.size() ? dataPrefix + plan.dataFiles[d].path.toUtf8() : QByteArray();
            const QByteArray stagedPath = s < staged.size() ? staged[s].toUtf8() : QByteArray();
            if (!dataPath.isEmpty() && (stagedPath.isEmpty() || dataPath < stagedPath)) {
                DataPipeline::Slot slot = pipeline->take(d);
                if (slot.failed || canceled()) {
                    error = slot.error;
                    pipeline->stop();
                    return false;
                }
                const DataFile &file = plan.dataFiles[d];
                if (!out.beginFile(prefix + QString::fromUtf8(dataPath), file.size, false, &error))
                    return false;
                if (slot.stream) {
                    if (!streamFile(out, file, &slot.hash))
                        return false;
                } else if (!out.write(slot.buffer.data.get(), slot.hash.size, &error)) {
                    return false;
                }
                pipeline->release(d, std::move(slot.buffer));
                progress(slot.hash.size);
                dataHashes[d] = slot.hash;
                listing.append({dataPath, slot.hash});
                ++d;
                continue;
            }
            QByteArray content;
            if (staged[s] == manifestPath) {
                content = manifestBytes(plan.dataFiles, dataHashes); // every data file precedes it
                if (!writeFile(root + QLatin1Char('/') + manifestPath, content, &error))
                    return false;
            } else {
                QFile in(root + QLatin1Char('/') + staged[s]);
                if (!in.open(QIODevice::ReadOnly)) {
                    error = QCoreApplication::translate("mr::Pack", "%1: cannot read: %2")
                                .arg(in.fileName(), in.errorString());
                    return false;
                }
                content = in.readAll();
            }
            if (!out.beginFile(prefix + staged[s], content.size(), false, &error) ||
                !out.write(content.constData(), content.size(), &error))
                return false;
            Sha256 sha;
            sha.add(content.constData(), content.size());
            listing.append({stagedPath, Hashed{content.size(), sha.hex()}});
            progress(content.size());
            ++s;
        }
        pipeline.reset();
        if (!out.close(&error))
            return false;
        if (!out.threadsNote().isEmpty())
            notes << out.threadsNote();
        *files = int(listing.size());
        *bytes = 0;
        for (const auto &e : std::as_const(listing))
            *bytes += e.second.size;
        *digest = digestOf(listing);
        return true;
    }

    // A file too large to hold in memory: read once, hashed and compressed chunk by chunk. Its
    // size went into the entry's header from the plan, so any other size fails the pack.
    bool streamFile(detail::ArchiveWriter &out, const DataFile &file, Hashed *hash)
    {
        QFile in(file.file);
        if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            error = QCoreApplication::translate("mr::Pack", "%1: cannot read: %2")
                        .arg(file.file, in.errorString());
            return false;
        }
        QByteArray buf(kChunk, Qt::Uninitialized);
        Sha256 sha;
        qint64 total = 0;
        bool longer = false;
        for (;;) {
            if (canceled())
                return false;
            const qint64 n = in.read(buf.data(), kChunk);
            if (n < 0) {
                error = QCoreApplication::translate("mr::Pack", "%1: read error: %2")
                            .arg(file.file, in.errorString());
                return false;
            }
            if (n == 0)
                break;
            if (total + n > file.size) {
                longer = true;
                break;
            }
            sha.add(buf.constData(), n);
            total += n;
            if (!out.write(buf.constData(), n, &error))
                return false;
        }
        if (longer || total != file.size) {
            error = QCoreApplication::translate("mr::Pack", "%1: changed while packing").arg(file.file);
            return false;
        }
        hash->size = total;
        hash->sha256 = sha.hex();
        return true;
    }
};

} // namespace

void writePack(QPromise<PackResult> &promise, const PackPlan &plan)
{
    promise.setProgressRange(0, 1000);
    PackResult result;
    result.out = plan.out;
    const auto finish = [&](PackResult r) { promise.addResult(std::move(r)); };
    if (!plan.ok) {
        result.error = plan.error;
        return finish(result);
    }
    const QFileInfo outInfo(plan.out);
    QTemporaryDir staging(outInfo.absolutePath() + QStringLiteral("/.") + outInfo.fileName() +
                          QStringLiteral(".partial-XXXXXX"));
    if (!staging.isValid()) {
        result.error =
            QCoreApplication::translate("mr::Pack", "%1: cannot create a temporary folder next to it: %2")
                .arg(plan.out, staging.errorString());
        return finish(result);
    }
    const QString root = staging.filePath(QStringLiteral("package"));
    QDir().mkpath(root);
    Writer w{plan, promise};
    w.totalBytes = std::max<qint64>(1, plan.dataBytes);
    bool ok = w.stage(root);
    if (ok && plan.kind == OutputKind::Folder) {
        ok = w.copyData(root);
        if (ok) {
            const DigestResult digest = computeDigestSync(root, plan.jobs);
            ok = digest.ok;
            if (!ok)
                w.error = digest.error.toString();
            result.digest = digest.digest;
            result.files = digest.files;
            result.bytes = digest.bytes;
        }
        ok = ok && !w.canceled();
        if (ok && !QDir().rename(root, plan.out)) {
            ok = false;
            w.error =
                QCoreApplication::translate("mr::Pack", "%1: cannot move the finished package into place")
                    .arg(plan.out);
        }
    } else if (ok) {
        const QString archive = staging.filePath(QStringLiteral("archive"));
        ok = w.writeArchive(root, archive, &result.digest, &result.files, &result.bytes);
        ok = ok && !w.canceled();
        if (ok && !QFile::rename(archive, plan.out)) {
            ok = false;
            w.error =
                QCoreApplication::translate("mr::Pack", "%1: cannot move the finished archive into place")
                    .arg(plan.out);
        }
    }
    result.notes = w.notes;
    result.canceled = !ok && w.canceled();
    result.ok = ok;
    if (!result.ok)
        result.error = result.canceled
                           ? QCoreApplication::translate("mr::Pack", "canceled: nothing was written")
                           : w.error;
    finish(result);
}

PackResult writePackSync(const PackPlan &plan)
{
    return runSync<PackResult>([&plan](QPromise<PackResult> &promise) { writePack(promise, plan); });
}

} // namespace mr::pack
