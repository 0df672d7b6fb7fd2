// SPDX-License-Identifier: Apache-2.0
#include "models/core/hashing.h"

#include <openssl/evp.h>

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
const EVP_MD *mdFor(HashAlgorithm a) { return a == HashAlgorithm::Md5 ? EVP_md5() : EVP_sha256(); }
constexpr qint64 kReadSize = 1 << 20;
} // namespace

QString hashAlgorithmName(HashAlgorithm a) { return a == HashAlgorithm::Md5 ? QStringLiteral("md5") : QStringLiteral("sha256"); }
int hashHexLength(HashAlgorithm a) { return a == HashAlgorithm::Md5 ? 32 : 64; }

QByteArray hashBytes(const QByteArray &data, HashAlgorithm algorithm)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &len, mdFor(algorithm), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex();
}

FileHash hashFile(const QString &path, HashAlgorithm algorithm, const std::atomic_bool *cancel,
                  const std::function<void(qint64)> &onBytes)
{
    FileHash result;
    Fd f;
    f.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (f.fd < 0) {
        result.error = QStringLiteral("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    struct stat st {};
    if (::fstat(f.fd, &st) == 0 && !S_ISREG(st.st_mode)) {
        result.error = QStringLiteral("not a regular file");
        return result;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(f.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), mdFor(algorithm), nullptr) != 1) {
        result.error = QStringLiteral("OpenSSL digest initialisation failed");
        return result;
    }
    // Small files need no large buffer; large ones are read in 1 MiB slices.
    const qint64 bufSize = st.st_size > 0 && st.st_size < kReadSize ? st.st_size + 1 : kReadSize;
    std::unique_ptr<char[]> buf(new char[size_t(bufSize)]);
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.error = QStringLiteral("canceled");
            return result;
        }
        const ssize_t n = ::read(f.fd, buf.get(), size_t(bufSize));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            result.error = QStringLiteral("read error: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return result;
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buf.get(), size_t(n));
        total += n;
        if (onBytes)
            onBytes(n);
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx.get(), out, &len);
    result.ok = true;
    result.size = total;
    result.hex = QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex();
    return result;
}

} // namespace mr
