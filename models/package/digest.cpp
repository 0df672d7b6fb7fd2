// SPDX-License-Identifier: Apache-2.0
#include "models/package/digest.h"

#include "models/core/async.h"
#include "models/core/hashing.h"
#include "models/package/package.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <QStringDecoder>

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <climits>
#include <dirent.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace mr {

namespace {

struct Entry
{
    QByteArray relative; // UTF-8, '/' separated: the sort key
    QString absolute;
    bool link = false;
    QByteArray linkTarget;
    qint64 size = 0;
    QByteArray hex;
    QString error;
};

bool excluded(const QByteArray &relative)
{
    return !relative.contains('/') && relative.endsWith(kReviewSuffix);
}

// Qt cannot represent a file name that is not UTF-8: its directory iterator silently skips it,
// so the file would be left out of the digest (and a folder so named with all it holds). Returns
// the first name below `root` that is not valid UTF-8, relative and with the bad bytes shown
// as \xNN, or an empty string. Reads the raw names with readdir; follows no links.
QString findNonUtf8Name(const QByteArray &root, QString *why, const QByteArray &relative = {})
{
    DIR *dir = ::opendir(root.constData());
    if (!dir)
        return {};
    QString found;
    while (dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray rel = relative.isEmpty() ? name : relative + '/' + name;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(name);
        const QByteArray full = root + '/' + name;
        if (utf8.hasError() || full.size() >= PATH_MAX) {
            *why = utf8.hasError()
                       ? QCoreApplication::translate("mr::Package", "the file name is not valid UTF-8")
                       : QCoreApplication::translate("mr::Package",
                                                     "the path is longer than the system allows (%1 bytes)")
                             .arg(PATH_MAX);
            for (const char c : rel.left(300))
                found += uchar(c) < 0x80 ? QString(QLatin1Char(c))
                                         : QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            break;
        }
        struct stat st;
        const bool folder =
            e->d_type == DT_DIR ||
            (e->d_type == DT_UNKNOWN && ::lstat(full.constData(), &st) == 0 && S_ISDIR(st.st_mode));
        if (folder) {
            found = findNonUtf8Name(full, why, rel);
            if (!found.isEmpty())
                break;
        }
    }
    ::closedir(dir);
    return found;
}

} // namespace

void computeDigest(QPromise<DigestResult> &promise, const QString &root, int threads)
{
    DigestResult result;
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir()) {
        result.error = {root, 0, 0, {}, QCoreApplication::translate("mr::Package", "not a folder")};
        promise.addResult(result);
        return;
    }
    const QDir base(rootInfo.absoluteFilePath());
    std::vector<Entry> entries;
    qint64 totalBytes = 0;
    QDirIterator it(base.absolutePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // does not follow links into folders
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        Entry e;
        e.absolute = fi.absoluteFilePath();
        e.relative = base.relativeFilePath(e.absolute).toUtf8();
        if (excluded(e.relative))
            continue;
        if (fi.isSymLink()) {
            e.link = true;
            e.linkTarget = QFile::encodeName(fi.symLinkTarget());
            // The link's own text, not the file it leads to, is what the package holds.
            char buf[4096];
            const ssize_t n = ::readlink(QFile::encodeName(e.absolute).constData(), buf, sizeof buf);
            if (n >= 0)
                e.linkTarget = QByteArray(buf, int(n));
        } else if (!fi.isFile()) {
            continue; // sockets, FIFOs and devices have no content to fingerprint
        } else {
            e.size = fi.size();
            totalBytes += e.size;
        }
        entries.push_back(std::move(e));
        if (promise.isCanceled())
            return;
    }
    // Symbolic links to folders are not descended into but are listed as links.
    QDirIterator dirs(base.absolutePath(), QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                      QDirIterator::Subdirectories);
    while (dirs.hasNext()) {
        dirs.next();
        const QFileInfo fi = dirs.fileInfo();
        if (!fi.isSymLink() || !fi.isDir())
            continue;
        Entry e;
        e.absolute = fi.absoluteFilePath();
        e.relative = base.relativeFilePath(e.absolute).toUtf8();
        e.link = true;
        char buf[4096];
        const ssize_t n = ::readlink(QFile::encodeName(e.absolute).constData(), buf, sizeof buf);
        e.linkTarget = n >= 0 ? QByteArray(buf, int(n)) : QByteArray();
        entries.push_back(std::move(e));
    }
    // A raw walk of the names (no stat where readdir gives the type) finds what Qt skipped.
    {
        QString why;
        const QString bad = findNonUtf8Name(QFile::encodeName(base.absolutePath()), &why);
        if (!bad.isEmpty()) {
            result.error = {bad,
                            0,
                            0,
                            {},
                            why + QCoreApplication::translate(
                                      "mr::Package", ": packages with such names are refused (the digest "
                                                     "could not list the file faithfully)")};
            promise.addResult(result);
            return;
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.relative < b.relative; });

    // Progress in KiB so that int ranges hold packages up to 2 TiB.
    promise.setProgressRange(0, int(qMax<qint64>(1, totalBytes >> 10)));
    std::atomic_bool cancel{false};
    std::atomic<size_t> next{0};
    std::atomic<qint64> done{0};
    const int n = threads > 0 ? threads : int(qMax(1u, std::thread::hardware_concurrency()));
    auto worker = [&] {
        for (;;) {
            const size_t i = next.fetch_add(1);
            if (i >= entries.size() || cancel)
                return;
            Entry &e = entries[i];
            if (e.link) {
                e.size = e.linkTarget.size();
                e.hex = hashBytes(e.linkTarget, HashAlgorithm::Sha256);
                continue;
            }
            const FileHash h = hashFile(e.absolute, HashAlgorithm::Sha256, &cancel,
                                        [&](qint64 b) { done.fetch_add(b, std::memory_order_relaxed); });
            if (!h.ok) {
                e.error = h.error;
                continue;
            }
            e.size = h.size;
            e.hex = h.hex;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < n; ++t)
        pool.emplace_back(worker);
    // The calling thread reports progress and watches for cancellation while others hash.
    std::thread self(worker);
    while (next.load() < entries.size() && !cancel) {
        if (promise.isCanceled())
            cancel = true;
        promise.setProgressValue(int(done.load() >> 10));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    self.join();
    for (auto &t : pool)
        t.join();
    if (cancel)
        return;

    QByteArray listing;
    listing.reserve(qsizetype(entries.size()) * 100);
    for (const Entry &e : entries) {
        if (!e.error.isEmpty()) {
            result.error = {QString::fromUtf8(e.relative),
                            0,
                            0,
                            {},
                            QCoreApplication::translate("mr::Package", "cannot hash: %1").arg(e.error)};
            promise.addResult(result);
            return;
        }
        listing += e.relative + '\0' + QByteArray::number(e.size) + '\0' + e.hex + '\n';
        result.bytes += e.size;
    }
    result.files = int(entries.size());
    result.digest =
        QStringLiteral("sha256:") + QString::fromLatin1(hashBytes(listing, HashAlgorithm::Sha256));
    result.ok = true;
    promise.setProgressValue(promise.future().progressMaximum());
    promise.addResult(result);
}

DigestResult computeDigestSync(const QString &root, int threads)
{
    return runSync<DigestResult>([&](QPromise<DigestResult> &p) { computeDigest(p, root, threads); });
}

} // namespace mr
