// SPDX-License-Identifier: Apache-2.0
// Safe extraction of package archives. libarchive only reads and decodes; every entry is written
// by hand below an O_DIRECTORY handle of the destination, walking one component at a time with
// O_NOFOLLOW, so no entry can be written through a symbolic link or outside the destination.
// Limits are enforced on the bytes actually decoded, not on the sizes the headers declare.
#include "models/package/archive.h"
#include "models/package/confinedpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mr {
namespace {

using namespace confined;

struct ReaderDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ReaderPtr = std::unique_ptr<archive, ReaderDeleter>;

// Only tar (ustar, pax, GNU) and zip, behind the built-in decompressors. No external-program
// filters and no text formats such as mtree, which would take any text file for an archive.
ReaderPtr openReader(const QString &path, QString *error = nullptr)
{
    ReaderPtr a(archive_read_new());
    if (!a)
        return a;
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_zstd(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        if (error) {
            const char *message = archive_error_string(a.get());
            *error = QString::fromUtf8(message && *message ? message : "cannot open");
        }
        return ReaderPtr();
    }
    return a;
}

QString archiveError(archive *a, const char *fallback)
{
    const char *message = a ? archive_error_string(a) : nullptr;
    return QString::fromUtf8(message && *message ? message : fallback);
}

struct Extractor
{
    QString archivePath;
    int root = -1;
    qsizetype rootBytes = 0; // length of the destination path: entry paths must fit PATH_MAX with it
    ExtractLimits limits;
    const std::atomic_bool *cancel = nullptr;
    const std::function<void(qint64, qint64)> *progress = nullptr;
    qint64 archiveSize = 0;
    qint64 budget = 0; // total bytes that may be written, the smaller of the two limits
    QString budgetReason;
    ExtractResult result;
    std::vector<std::pair<QString, Components>> links; // checked again once all entries exist
    std::vector<char> buffer = std::vector<char>(256 * 1024);

    static QString escapedName(const QByteArray &raw)
    {
        QString out;
        for (const char c : raw)
            out += uchar(c) < 0x80 ? QString(QLatin1Char(c))
                                   : QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
        return out;
    }

    bool fail(const QString &entry, const QString &message)
    {
        result.ok = false;
        result.error.file = archivePath;
        result.error.where = entry;
        result.error.message = message;
        return false;
    }

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    bool writeFile(archive *a, archive_entry *entry, const QString &name, const Components &parts)
    {
        QString why;
        Fd parent = openFolder(root, parts, parts.size() - 1, true, &why);
        if (!parent.valid())
            return fail(name, why);
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > budget - result.bytes)
            return fail(name, QCoreApplication::translate("mr::Package",
                                                          "archive expands past %1 (entry declares %2 bytes)")
                                  .arg(budgetReason)
                                  .arg(archive_entry_size(entry)));
        const QByteArray &leaf = parts.back();
        struct stat st;
        if (::fstatat(parent.get(), leaf.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
            if (S_ISDIR(st.st_mode))
                return fail(name, QCoreApplication::translate(
                                      "mr::Package", "a folder of the same name was extracted before"));
            // A later entry of the same name replaces the earlier one (tar appends updates).
            if (::unlinkat(parent.get(), leaf.constData(), 0) != 0)
                return fail(
                    name,
                    QCoreApplication::translate("mr::Package", "cannot replace: %1").arg(errnoText(errno)));
        }
        const mode_t mode = (archive_entry_perm(entry) & 0111) ? 0755 : 0644;
        Fd out(::openat(parent.get(), leaf.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                        mode));
        if (!out.valid())
            return fail(
                name, QCoreApplication::translate("mr::Package", "cannot create: %1").arg(errnoText(errno)));
        for (;;) {
            if (cancelled())
                return fail(name, QCoreApplication::translate("mr::Package", "extraction cancelled"));
            const la_ssize_t n = archive_read_data(a, buffer.data(), buffer.size());
            if (n == 0)
                break;
            if (n < 0)
                return fail(name,
                            QCoreApplication::translate("mr::Package", "corrupt or truncated archive: %1")
                                .arg(archiveError(a, "cannot read the entry's data")));
            if (qint64(n) > budget - result.bytes)
                return fail(
                    name,
                    QCoreApplication::translate("mr::Package", "archive expands past %1").arg(budgetReason));
            for (la_ssize_t written = 0; written < n;) {
                const ssize_t w = ::write(out.get(), buffer.data() + written, size_t(n - written));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0)
                    return fail(
                        name,
                        QCoreApplication::translate("mr::Package", "cannot write: %1").arg(errnoText(errno)));
                written += w;
            }
            result.bytes += n;
            if (progress && *progress)
                (*progress)(std::min<qint64>(archive_filter_bytes(a, -1), archiveSize), archiveSize);
        }
        if (out.close() != 0)
            return fail(name,
                        QCoreApplication::translate("mr::Package", "cannot write: %1").arg(errnoText(errno)));
        return true;
    }

    bool writeSymlink(archive_entry *entry, const QString &name, const Components &parts)
    {
        const char *raw = archive_entry_symlink(entry);
        const QByteArray target = raw ? QByteArray(raw) : QByteArray();
        if (target.isEmpty())
            return fail(name, QCoreApplication::translate("mr::Package", "symbolic link without a target"));
        Components resolved;
        QString why;
        if (target.startsWith('/') || hasDriveLetter(target))
            return fail(name,
                        QCoreApplication::translate(
                            "mr::Package", "link points outside the extraction folder (absolute target %1)")
                            .arg(QString::fromUtf8(target)));
        if (!normalize(target, Components(parts.begin(), parts.end() - 1), &resolved, &why))
            return fail(name, QCoreApplication::translate(
                                  "mr::Package", "link points outside the extraction folder (target %1)")
                                  .arg(QString::fromUtf8(target)));
        Fd parent = openFolder(root, parts, parts.size() - 1, true, &why);
        if (!parent.valid())
            return fail(name, why);
        const QByteArray &leaf = parts.back();
        struct stat st;
        if (::fstatat(parent.get(), leaf.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
            if (S_ISDIR(st.st_mode) || ::unlinkat(parent.get(), leaf.constData(), 0) != 0)
                return fail(name, QCoreApplication::translate("mr::Package",
                                                              "cannot replace an entry extracted before"));
        }
        if (::symlinkat(target.constData(), parent.get(), leaf.constData()) != 0)
            return fail(name, QCoreApplication::translate("mr::Package", "cannot create the link: %1")
                                  .arg(errnoText(errno)));
        links.emplace_back(name, parts);
        return true;
    }

    bool writeHardlink(archive_entry *entry, const QString &name, const Components &parts, bool zip)
    {
        QByteArray target(archive_entry_hardlink(entry));
        if (zip)
            target.replace('\\', '/');
        Components source;
        QString why;
        if (!normalize(target, {}, &source, &why) || source.empty())
            return fail(name, QCoreApplication::translate(
                                  "mr::Package", "hard link points outside the extraction folder (target %1)")
                                  .arg(QString::fromUtf8(target)));
        if (source == parts)
            return true;
        Fd sourceParent = openFolder(root, source, source.size() - 1, false, &why);
        struct stat st;
        if (!sourceParent.valid() ||
            ::fstatat(sourceParent.get(), source.back().constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(st.st_mode))
            return fail(name, QCoreApplication::translate(
                                  "mr::Package", "hard link target %1 is not a file extracted before it")
                                  .arg(QString::fromUtf8(target)));
        Fd parent = openFolder(root, parts, parts.size() - 1, true, &why);
        if (!parent.valid())
            return fail(name, why);
        if (::fstatat(parent.get(), parts.back().constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            (S_ISDIR(st.st_mode) || ::unlinkat(parent.get(), parts.back().constData(), 0) != 0))
            return fail(
                name, QCoreApplication::translate("mr::Package", "cannot replace an entry extracted before"));
        if (::linkat(sourceParent.get(), source.back().constData(), parent.get(), parts.back().constData(),
                     0) != 0)
            return fail(name, QCoreApplication::translate("mr::Package", "cannot create the hard link: %1")
                                  .arg(errnoText(errno)));
        return true;
    }

    bool run()
    {
        QString openError;
        ReaderPtr reader = openReader(archivePath, &openError);
        if (!reader)
            return fail(QString(),
                        QCoreApplication::translate(
                            "mr::Package", "not a readable zip or tar archive, or a damaged one (%1)")
                            .arg(openError));
        archive *a = reader.get();
        for (;;) {
            if (cancelled())
                return fail(QString(), QCoreApplication::translate("mr::Package", "extraction cancelled"));
            archive_entry *entry = nullptr;
            const int status = archive_read_next_header(a, &entry);
            if (status == ARCHIVE_EOF)
                break;
            if (status != ARCHIVE_OK && status != ARCHIVE_WARN) { // RETRY: a damaged header
                const QString why = archiveError(a, "cannot read the next entry");
                if (result.entries == 0)
                    return fail(QString(),
                                QCoreApplication::translate(
                                    "mr::Package", "not a readable zip or tar archive, or a damaged one (%1)")
                                    .arg(why));
                return fail(
                    QCoreApplication::translate("mr::Package", "after %1 entries").arg(result.entries),
                    QCoreApplication::translate("mr::Package", "corrupt or truncated archive: %1").arg(why));
            }
            const bool zip = (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP;
            const char *utf8 = archive_entry_pathname_utf8(entry);
            QByteArray rawName = utf8 ? QByteArray(utf8) : QByteArray(archive_entry_pathname(entry));
            const QString name = QString::fromUtf8(rawName);
            if (zip)
                rawName.replace('\\', '/'); // zips written on Windows may use backslashes
            Components parts;
            QString why;
            if (rawName.isEmpty())
                return fail(name, QCoreApplication::translate("mr::Package", "entry without a name"));
            // A name Qt cannot represent would be hashed under another name (or, for a folder,
            // not at all) and could not be removed with the extraction: refused, shown as \xNN.
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder.decode(rawName); // lazy: decodes when made a QString
            if (decoder.hasError())
                return fail(escapedName(rawName),
                            QCoreApplication::translate("mr::Package", "the entry name is not valid UTF-8"));
            if (rootBytes + 1 + rawName.size() >= PATH_MAX)
                return fail(name.left(200) + QStringLiteral("..."),
                            QCoreApplication::translate(
                                "mr::Package", "the entry's path is longer than the system allows (%1 bytes)")
                                .arg(PATH_MAX));
            if (!normalize(rawName, {}, &parts, &why))
                return fail(name, why);
            if (!processEntry(a, entry, name, parts, zip))
                return false;
            ++result.entries;
        }
        for (const auto &[name, parts] : links) {
            QString why;
            if (!linkStaysInside(root, parts, &why))
                return fail(name, why);
        }
        if (progress && *progress)
            (*progress)(archiveSize, archiveSize);
        result.ok = true;
        return true;
    }

    bool processEntry(archive *a, archive_entry *entry, const QString &name, const Components &parts,
                      bool zip)
    {
        if (archive_entry_hardlink(entry)) {
            if (parts.empty())
                return fail(name, QCoreApplication::translate("mr::Package",
                                                              "hard link replacing the extraction folder"));
            return writeHardlink(entry, name, parts, zip);
        }
        switch (archive_entry_filetype(entry)) {
        case AE_IFDIR: {
            QString why;
            if (!parts.empty() && !openFolder(root, parts, parts.size(), true, &why).valid())
                return fail(name, why);
            return true;
        }
        case AE_IFREG:
            if (parts.empty())
                return fail(name, QCoreApplication::translate(
                                      "mr::Package", "file entry names the extraction folder itself"));
            return writeFile(a, entry, name, parts);
        case AE_IFLNK:
            if (parts.empty())
                return fail(
                    name, QCoreApplication::translate("mr::Package", "link replacing the extraction folder"));
            return writeSymlink(entry, name, parts);
        case AE_IFCHR:
        case AE_IFBLK:
            return fail(name, QCoreApplication::translate("mr::Package",
                                                          "device files are not allowed in a package"));
        case AE_IFIFO:
            return fail(name,
                        QCoreApplication::translate("mr::Package", "FIFOs are not allowed in a package"));
        case AE_IFSOCK:
            return fail(name,
                        QCoreApplication::translate("mr::Package", "sockets are not allowed in a package"));
        default: return fail(name, QCoreApplication::translate("mr::Package", "entry of an unknown type"));
        }
    }
};

bool hasArchiveSuffix(const QString &path)
{
    const QString lower = QFileInfo(path).fileName().toLower();
    for (const char *suffix : {".zip", ".tar", ".tar.gz", ".tgz", ".tar.zst", ".tzst"}) {
        if (lower.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

} // namespace

bool isPackageArchive(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    if (ReaderPtr reader = openReader(path)) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_OK || status == ARCHIVE_WARN)
            return true;
    }
    // Unreadable content under an archive's name is still meant as one: extracting it then
    // reports why it cannot be read, which says more than "not a package".
    return hasArchiveSuffix(path);
}

ExtractResult extractArchive(const QString &archive, const QString &destination, const ExtractLimits &limits,
                             const std::atomic_bool *cancel,
                             const std::function<void(qint64, qint64)> &progress)
{
    Extractor x;
    x.archivePath = archive;
    x.limits = limits;
    x.cancel = cancel;
    x.progress = &progress;
    x.result.error.file = archive;

    const QFileInfo info(archive);
    if (!info.isFile()) {
        x.fail(QString(), QCoreApplication::translate("mr::Package", "not a file"));
        return x.result;
    }
    x.archiveSize = info.size();
    const QDir dir(destination);
    if (!dir.exists() ||
        !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        x.fail(QString(),
               QCoreApplication::translate("mr::Package", "the extraction folder %1 must exist and be empty")
                   .arg(QDir::toNativeSeparators(destination)));
        return x.result;
    }

    x.budget = std::numeric_limits<qint64>::max();
    if (limits.maxTotalBytes > 0) {
        x.budget = limits.maxTotalBytes;
        x.budgetReason =
            QCoreApplication::translate("mr::Package", "the limit of %1 bytes").arg(limits.maxTotalBytes);
    }
    if (limits.maxExpansionRatio > 0) {
        const double byRatio = limits.maxExpansionRatio * double(std::max<qint64>(x.archiveSize, 1));
        if (byRatio < double(x.budget)) {
            x.budget = qint64(byRatio);
            x.budgetReason =
                QCoreApplication::translate(
                    "mr::Package", "the expansion ratio limit of %1:1 (%2 bytes for an archive of %3)")
                    .arg(limits.maxExpansionRatio)
                    .arg(x.budget)
                    .arg(x.archiveSize);
        }
    }

    Fd root(::open(QFile::encodeName(destination).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.valid()) {
        x.fail(QString(), QCoreApplication::translate("mr::Package", "cannot open the extraction folder: %1")
                              .arg(errnoText(errno)));
        return x.result;
    }
    x.root = root.get();
    x.rootBytes = QFile::encodeName(QDir(destination).absolutePath()).size();
    x.run();
    return x.result;
}

} // namespace mr
