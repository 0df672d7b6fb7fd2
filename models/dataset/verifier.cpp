// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/verifier.h"

#include "models/dataset/manifestreader.h"
#include "models/dvc/dvcproject.h"

#include "models/core/hashing.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

namespace mr::dataset {

QString entryStatusName(EntryStatus s)
{
    switch (s) {
    case EntryStatus::Pending: return QStringLiteral("pending");
    case EntryStatus::Ok: return QStringLiteral("ok");
    case EntryStatus::Mismatch: return QStringLiteral("mismatch");
    case EntryStatus::Missing: return QStringLiteral("missing");
    case EntryStatus::Unreadable: return QStringLiteral("unreadable");
    case EntryStatus::NoHash: return QStringLiteral("no_hash");
    }
    return {};
}

qint64 VerifyTotals::problems() const
{
    auto p = [](const std::array<qint64, kEntryStatusCount> &c) {
        return c[int(EntryStatus::Mismatch)] + c[int(EntryStatus::Missing)] + c[int(EntryStatus::Unreadable)];
    };
    return p(counts) + p(artifactCounts);
}

static QString formatBytes(double b)
{
    const char *units[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (b >= 1000 && u < 4) {
        b /= 1000;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(b, 0, 'f', u == 0 ? 0 : 1).arg(QLatin1String(units[u]));
}

QString VerifyProgress::text() const
{
    const QLocale c = QLocale::c();
    QString t = QCoreApplication::translate("mr::Dataset", "%1 / %2 files · %3 / %4 · %5/s")
                    .arg(c.toString(filesDone), c.toString(filesTotal), formatBytes(double(bytesDone)),
                         formatBytes(double(bytesTotal)), formatBytes(bytesPerSecond));
    if (secondsLeft >= 0)
        t += QCoreApplication::translate("mr::Dataset", " · %1 s left").arg(qint64(secondsLeft + 0.5));
    return t;
}

Verification::Verification(std::shared_ptr<const Manifest> manifest, const QString &root,
                           const QList<Artifact> &artifacts)
    : m_manifest(std::move(manifest)), m_root(root), m_artifactSpecs(artifacts)
{
    m_rootAvailable = !root.isEmpty() && QFileInfo(root).isDir();
    const size_t n = size_t(m_manifest->size());
    m_status.reset(new std::atomic<std::uint8_t>[n]);
    for (size_t i = 0; i < n; ++i)
        m_status[i].store(0, std::memory_order_relaxed);
    m_artifactStatus.reset(new std::atomic<std::uint8_t>[size_t(artifacts.size())]);
    for (qsizetype i = 0; i < artifacts.size(); ++i)
        m_artifactStatus[size_t(i)].store(0, std::memory_order_relaxed);
}

QString Verification::detail(qsizetype row) const
{
    QMutexLocker lock(&m_mutex);
    return m_details.value(row);
}

QList<UnlistedFile> Verification::unlisted() const
{
    QMutexLocker lock(&m_mutex);
    return m_unlisted;
}

QList<ArtifactCheck> Verification::artifacts() const
{
    QMutexLocker lock(&m_mutex);
    QList<ArtifactCheck> out;
    for (qsizetype i = 0; i < m_artifactSpecs.size(); ++i)
        out.append({m_artifactSpecs[i].relativePath, EntryStatus(m_artifactStatus[size_t(i)].load()),
                    m_artifactDetails.value(int(i))});
    return out;
}

VerifyTotals Verification::totals() const
{
    VerifyTotals t;
    for (qsizetype i = 0; i < m_manifest->size(); ++i)
        ++t.counts[size_t(status(i))];
    for (qsizetype i = 0; i < m_artifactSpecs.size(); ++i)
        ++t.artifactCounts[m_artifactStatus[size_t(i)].load()];
    QMutexLocker lock(&m_mutex);
    t.unlisted = m_unlisted.size();
    t.rootAvailable = m_rootAvailable;
    t.canceled = m_canceled;
    const bool entriesDone = !m_rootAvailable || t.counts[int(EntryStatus::Pending)] == 0;
    t.complete = entriesDone && t.artifactCounts[int(EntryStatus::Pending)] == 0 &&
                 (!m_rootAvailable || m_walked) && !m_canceled;
    return t;
}

VerifyProgress Verification::progress() const
{
    VerifyProgress p;
    p.filesDone = m_filesDone.load();
    p.bytesDone = m_bytesDone.load();
    p.filesTotal = m_filesTotal;
    p.bytesTotal = m_bytesTotal;
    p.seconds = double(m_elapsedMs.load()) / 1000.0;
    if (p.seconds > 0.05)
        p.bytesPerSecond = double(p.bytesDone) / p.seconds;
    if (p.bytesPerSecond > 0 && p.bytesTotal >= p.bytesDone)
        p.secondsLeft = double(p.bytesTotal - p.bytesDone) / p.bytesPerSecond;
    return p;
}

// One run: worker threads over the pending items, one thread walking the root for unlisted
// files, and the calling thread reporting progress.
class VerifierRun
{
public:
    VerifierRun(Verification &v, const VerifyOptions &o, const std::atomic_bool *external = nullptr)
        : m_v(v), m_options(o), m_external(external)
    {}

    VerifyTotals run(const std::function<bool()> &canceled,
                     const std::function<void(const VerifyProgress &)> &onProgress)
    {
        const Manifest &m = m_v.manifest();
        if (m_v.m_rootAvailable) {
            for (qsizetype i = 0; i < m.size(); ++i)
                if (m_v.status(i) == EntryStatus::Pending)
                    m_items.push_back(i);
        }
        for (qsizetype i = 0; i < m_v.m_artifactSpecs.size(); ++i)
            if (m_v.m_artifactStatus[size_t(i)].load() == 0)
                m_items.push_back(-1 - i);
        m_v.m_filesDone = 0;
        m_v.m_bytesDone = 0;
        m_v.m_elapsedMs = 0;
        m_v.m_filesTotal = qint64(m_items.size());
        m_v.m_bytesTotal = 0;
        for (qsizetype item : m_items) {
            const qint64 s = item >= 0 ? m.fileSize(item) : m_v.m_artifactSpecs[-1 - item].size;
            m_v.m_bytesTotal += std::max<qint64>(0, s);
        }
        {
            QMutexLocker lock(&m_v.m_mutex);
            m_v.m_canceled = false;
        }
        m_v.m_clock.start();
        m_rootBytes = QFile::encodeName(m_v.m_root).toStdString();
        int jobs =
            m_options.jobs > 0 ? m_options.jobs : std::max(8, 2 * int(std::thread::hardware_concurrency()));
        jobs = int(std::min<qsizetype>(jobs, std::max<qsizetype>(1, qsizetype(m_items.size()))));
        bool walking = false;
        {
            QMutexLocker lock(&m_v.m_mutex);
            // A DVC project's root is a whole working copy (code, configuration): files DVC does
            // not track are expected there, not a finding.
            walking = m_options.findUnlisted && m_v.m_rootAvailable && !m_v.m_walked &&
                      m.format != QLatin1String("dvc-project");
        }
        if (m_items.empty())
            jobs = 0;
        // Counted before any thread starts: a fast thread must not finish before it is counted.
        m_running = jobs + (walking ? 1 : 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < jobs; ++t)
            threads.emplace_back([this] { work(); });
        if (walking)
            threads.emplace_back([this] { walk(); });
        while (m_running.load() > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            m_v.m_elapsedMs = m_v.m_clock.elapsed();
            if (canceled && canceled())
                m_cancel = true;
            if (onProgress && ++m_ticks % 4 == 0)
                onProgress(m_v.progress());
        }
        for (std::thread &t : threads)
            t.join();
        m_v.m_elapsedMs = std::max<qint64>(1, m_v.m_clock.elapsed());
        if (m_cancel) {
            QMutexLocker lock(&m_v.m_mutex);
            m_v.m_canceled = true;
        }
        if (onProgress)
            onProgress(m_v.progress());
        VerifyTotals t = m_v.totals();
        t.canceled = m_cancel;
        return t;
    }

private:
    void setStatus(qsizetype item, EntryStatus s, const QString &detail)
    {
        if (item >= 0)
            m_v.m_status[size_t(item)].store(std::uint8_t(s), std::memory_order_relaxed);
        else
            m_v.m_artifactStatus[size_t(-1 - item)].store(std::uint8_t(s));
        if (!detail.isEmpty()) {
            QMutexLocker lock(&m_v.m_mutex);
            if (item >= 0)
                m_v.m_details.insert(item, detail);
            else
                m_v.m_artifactDetails.insert(int(-1 - item), detail);
        }
        m_v.m_generation.fetch_add(1, std::memory_order_relaxed);
    }

    // DVC 2 hashed text files with CRLF turned into LF: an entry marked "md5-dos2unix" whose raw
    // md5 differs is checked again under that rule before it counts as a mismatch.
    bool dvc2TextMatches(qsizetype item, const std::string &path, const std::uint8_t *expected) const
    {
        const Manifest &m = m_v.manifest();
        const int column = m.columnIndex(QString::fromLatin1(kDvcHashColumn));
        if (column < 0 || m.extraText(column, item) != QLatin1String("md5-dos2unix"))
            return false;
        std::uint8_t md5[16];
        bool text = false;
        QString error;
        return dvc::dvc2Md5(QFile::decodeName(QByteArray::fromStdString(path)), md5, &text, &error) && text &&
               std::memcmp(md5, expected, 16) == 0;
    }

    void check(qsizetype item, FileHasher &hasher, std::string &path)
    {
        const Manifest &m = m_v.manifest();
        qint64 expectedSize = -1;
        HashKind kind = HashKind::None;
        std::uint8_t expected[32] = {};
        if (item >= 0) {
            path.assign(m_rootBytes);
            path.push_back('/');
            path.append(m.pathView(item));
            expectedSize = m.fileSize(item);
            kind = m.hashKind(item);
            std::memcpy(expected, m.digest(item), 32);
        } else {
            const Artifact &a = m_v.m_artifactSpecs[-1 - item];
            path = QFile::encodeName(a.path).toStdString();
            expectedSize = a.size;
            const QByteArray hex = a.sha256.toLatin1();
            if (parseHexDigest(std::string_view(hex.constData(), size_t(hex.size())), 32, expected))
                kind = HashKind::Sha256;
        }
        const HashAlgorithm algorithm = kind == HashKind::Md5 ? HashAlgorithm::Md5 : HashAlgorithm::Sha256;
        if (kind == HashKind::None) {
            // Nothing to hash: the file must exist and agree in size.
            const QFileInfo info(QFile::decodeName(QByteArray::fromStdString(path)));
            if (!info.exists())
                setStatus(item, EntryStatus::Missing,
                          QCoreApplication::translate("mr::Dataset", "not found"));
            else if (info.isFile() && expectedSize >= 0 && info.size() != expectedSize)
                setStatus(item, EntryStatus::Mismatch,
                          QCoreApplication::translate("mr::Dataset", "size %1, expected %2")
                              .arg(info.size())
                              .arg(expectedSize));
            else
                setStatus(item, EntryStatus::NoHash,
                          QCoreApplication::translate("mr::Dataset", "no digest to check"));
            m_v.m_filesDone.fetch_add(1);
            m_v.m_bytesDone.fetch_add(std::max<qint64>(0, expectedSize));
            return;
        }
        const FileHasher::Result r = hasher.hash(path.c_str(), algorithm, expectedSize,
                                                 m_external ? m_external : &m_cancel, &m_v.m_bytesDone);
        switch (r.status) {
        case FileHasher::Status::Canceled: return; // stays Pending: resumed later
        case FileHasher::Status::Missing:
            setStatus(item, EntryStatus::Missing, QCoreApplication::translate("mr::Dataset", "not found"));
            break;
        case FileHasher::Status::SizeDiffers:
            setStatus(item, EntryStatus::Mismatch, r.error);
            m_v.m_bytesDone.fetch_add(std::max<qint64>(0, expectedSize));
            break;
        case FileHasher::Status::NotRegular:
        case FileHasher::Status::Error: setStatus(item, EntryStatus::Unreadable, r.error); break;
        case FileHasher::Status::Ok: {
            const int n = hashByteLength(kind);
            if (std::memcmp(r.digest, expected, size_t(n)) == 0) {
                setStatus(item, EntryStatus::Ok, {});
            } else if (kind == HashKind::Md5 && item >= 0 && dvc2TextMatches(item, path, expected)) {
                setStatus(item, EntryStatus::Ok,
                          QCoreApplication::translate("mr::Dataset",
                                                      "md5 of the text with CRLF as LF (DVC 2 rule) agrees"));
            } else {
                const QByteArray actual = QByteArray(reinterpret_cast<const char *>(r.digest), n).toHex();
                setStatus(item, EntryStatus::Mismatch,
                          QCoreApplication::translate("mr::Dataset", "%1 %2, expected %3")
                              .arg(hashKindName(kind), QString::fromLatin1(actual),
                                   QString::fromLatin1(
                                       QByteArray(reinterpret_cast<const char *>(expected), n).toHex())));
            }
            break;
        }
        }
        m_v.m_filesDone.fetch_add(1);
    }

    void work()
    {
        FileHasher hasher;
        std::string path;
        for (;;) {
            const size_t begin = m_next.fetch_add(kChunk);
            if (begin >= m_items.size() || canceled())
                break;
            const size_t end = std::min(m_items.size(), begin + kChunk);
            for (size_t i = begin; i < end && !canceled(); ++i)
                check(m_items[i], hasher, path);
        }
        --m_running;
    }

    void walk()
    {
        namespace fs = std::filesystem;
        const Manifest &m = m_v.manifest();
        QList<UnlistedFile> found;
        std::error_code ec;
        const fs::path root(m_rootBytes);
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
        bool finished = true;
        for (; !ec && it != end; it.increment(ec)) {
            if (canceled()) {
                finished = false;
                break;
            }
            std::error_code e2;
            if (!it->is_regular_file(e2))
                continue;
            const std::string rel = it->path().lexically_relative(root).generic_string();
            if (m.find(rel) >= 0)
                continue;
            found.append({QFile::decodeName(QByteArray::fromStdString(rel)), qint64(it->file_size(e2))});
        }
        std::sort(found.begin(), found.end(),
                  [](const UnlistedFile &a, const UnlistedFile &b) { return a.path < b.path; });
        {
            QMutexLocker lock(&m_v.m_mutex);
            if (finished) {
                m_v.m_unlisted = std::move(found);
                m_v.m_walked = true;
            }
        }
        m_v.m_generation.fetch_add(1);
        --m_running;
    }

    bool canceled() const
    {
        return m_cancel.load(std::memory_order_relaxed) || (m_external && m_external->load());
    }

    static constexpr size_t kChunk = 8;
    Verification &m_v;
    VerifyOptions m_options;
    std::vector<qsizetype> m_items; // >= 0 manifest rows; < 0 artifacts (-1 - index)
    std::string m_rootBytes;
    std::atomic<size_t> m_next{0};
    std::atomic<int> m_running{0};
    std::atomic_bool m_cancel{false};
    const std::atomic_bool *m_external = nullptr; // the synchronous caller's flag, polled directly
    int m_ticks = 0;
};

VerifyTotals verifySync(Verification &verification, const VerifyOptions &options,
                        const std::atomic_bool *cancel,
                        const std::function<void(const VerifyProgress &)> &onProgress)
{
    VerifierRun run(verification, options, cancel);
    return run.run([cancel] { return cancel && cancel->load(); }, onProgress);
}

void verify(QPromise<VerifyTotals> &promise, const std::shared_ptr<Verification> &verification,
            const VerifyOptions &options)
{
    promise.setProgressRange(0, 1000);
    VerifierRun run(*verification, options);
    const VerifyTotals totals =
        run.run([&promise] { return promise.isCanceled(); },
                [&promise](const VerifyProgress &p) {
                    const int permille = p.bytesTotal > 0   ? int(p.bytesDone * 1000 / p.bytesTotal)
                                         : p.filesTotal > 0 ? int(p.filesDone * 1000 / p.filesTotal)
                                                            : 0;
                    promise.setProgressValueAndText(std::min(1000, permille), p.text());
                });
    promise.addResult(totals);
}

} // namespace mr::dataset
