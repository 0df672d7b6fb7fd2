// SPDX-License-Identifier: Apache-2.0
#include "models/core/hashing.h"

#include <QFileInfo>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <algorithm>

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace mr {

namespace {
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
// Fetched once: OpenSSL 3 would otherwise look the algorithm up on every initialisation.
const EVP_MD *mdFor(HashAlgorithm a)
{
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static EVP_MD *const md5 = EVP_MD_fetch(nullptr, "MD5", nullptr);
    if (a == HashAlgorithm::Md5)
        return md5 ? md5 : EVP_md5();
    return sha256 ? sha256 : EVP_sha256();
}
constexpr qint64 kReadSize = 1 << 20;
} // namespace

void initCrypto()
{
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
    mdFor(HashAlgorithm::Sha256); // both fetched here, on this thread
    ERR_clear_error();
}

QString hashAlgorithmName(HashAlgorithm a)
{
    return a == HashAlgorithm::Md5 ? QStringLiteral("md5") : QStringLiteral("sha256");
}
int hashHexLength(HashAlgorithm a)
{
    return a == HashAlgorithm::Md5 ? 32 : 64;
}

QByteArray hashBytes(const QByteArray &data, HashAlgorithm algorithm)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &len, mdFor(algorithm), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex();
}

struct FileHasher::Private
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx{EVP_MD_CTX_new()};
    std::unique_ptr<char[]> buf;
    qint64 bufSize = 0;
};

FileHasher::FileHasher(qint64 bufferSize) : d(new Private)
{
    d->bufSize = std::max<qint64>(bufferSize, 4096);
    d->buf.reset(new char[size_t(d->bufSize)]);
}

FileHasher::~FileHasher()
{
    delete d;
}

FileHasher::Result FileHasher::hash(const char *path, HashAlgorithm algorithm, qint64 expectedSize,
                                    const std::atomic_bool *cancel, std::atomic<qint64> *bytes,
                                    const std::function<void(qint64)> &onBytes)
{
    Result result;
    Fd f;
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below);
    // reads of regular files ignore the flag.
    f.fd = ::open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (f.fd < 0) {
        result.errorNumber = errno;
        result.status = (errno == ENOENT || errno == ENOTDIR) ? Status::Missing : Status::Error;
        result.error = QCoreApplication::translate("mr::Core", "cannot open: %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    struct stat st
    {
    };
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        result.status = Status::NotRegular;
        result.error = QCoreApplication::translate("mr::Core", "not a regular file");
        return result;
    }
    if (expectedSize >= 0 && st.st_size != expectedSize) {
        result.status = Status::SizeDiffers;
        result.size = st.st_size;
        result.error = QCoreApplication::translate("mr::Core", "size %1, expected %2")
                           .arg(qint64(st.st_size))
                           .arg(expectedSize);
        return result;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    if (st.st_size > d->bufSize)
        ::posix_fadvise(f.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    if (!d->ctx || EVP_DigestInit_ex(d->ctx.get(), mdFor(algorithm), nullptr) != 1) {
        result.error = QCoreApplication::translate("mr::Core", "OpenSSL digest initialisation failed");
        return result;
    }
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.status = Status::Canceled;
            result.error = QStringLiteral("canceled");
            return result;
        }
        const ssize_t n = ::read(f.fd, d->buf.get(), size_t(d->bufSize));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            result.errorNumber = errno;
            result.error = QCoreApplication::translate("mr::Core", "read error: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return result;
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(d->ctx.get(), d->buf.get(), size_t(n));
        total += n;
        if (bytes)
            bytes->fetch_add(n, std::memory_order_relaxed);
        if (onBytes)
            onBytes(n);
    }
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx.get(), result.digest, &len);
    result.digestLength = int(len);
    result.size = total;
    result.status = Status::Ok;
    return result;
}

FileHash hashFile(const QString &path, HashAlgorithm algorithm, const std::atomic_bool *cancel,
                  const std::function<void(qint64)> &onBytes)
{
    FileHash result;
    // Small files need no large buffer; large ones are read in 1 MiB slices.
    const qint64 fileSize = QFileInfo(path).size();
    FileHasher hasher(fileSize > 0 && fileSize < kReadSize ? fileSize + 1 : kReadSize);
    const FileHasher::Result r =
        hasher.hash(QFile::encodeName(path).constData(), algorithm, -1, cancel, nullptr, onBytes);
    if (r.status != FileHasher::Status::Ok) {
        result.error = r.error;
        return result;
    }
    result.ok = true;
    result.size = r.size;
    result.hex = QByteArray(reinterpret_cast<const char *>(r.digest), r.digestLength).toHex();
    return result;
}

} // namespace mr
