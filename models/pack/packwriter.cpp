// SPDX-License-Identifier: Apache-2.0
// Writing a planned pack. The package is built in a temporary sibling of OUT (same file system,
// so the final rename is atomic) and renamed into place only when complete; on failure or
// cancel the sibling is removed and OUT never appears.
#include "models/core/async.h"
#include "models/core/jsonutil.h"
#include "models/pack/archivewriter.h"
#include "models/pack/gitsource.h"
#include "models/pack/hashpipeline.h"
#include "models/pack/pack.h"
#include "models/package/digest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace mr::pack {

namespace {

using namespace detail;

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
