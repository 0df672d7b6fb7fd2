// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <functional>

namespace mr {

enum class HashAlgorithm { Sha256, Md5 };

// Initialises OpenSSL, its configuration included, on the calling thread and drops the errors
// that left (a missing openssl.cnf queues one). Call it from main() before any worker thread
// hashes: otherwise the first hashing thread initialises OpenSSL, and the error queued on that
// thread is leaked when the process exits with the thread still alive (LeakSanitizer).
void initCrypto();

struct FileHash
{
    bool ok = false;
    qint64 size = -1;
    QByteArray hex; // lowercase hex digest when ok
    QString error;  // "cannot open: ...", "read error: ...", "canceled"
};

// Hashes a file with OpenSSL EVP in large sequential reads. `cancel` (may be null) is polled
// between reads; `onBytes` (may be null) is called with the bytes of each read. Thread-safe:
// callers hash many files in parallel, each call owning its own context and buffer.
FileHash hashFile(const QString &path, HashAlgorithm algorithm, const std::atomic_bool *cancel = nullptr,
                  const std::function<void(qint64)> &onBytes = {});

// A reusable hasher for many files on one thread: one digest context, one read buffer, no
// allocation per file, binary digests. hashFile() is a convenience over it.
class FileHasher
{
public:
    enum class Status { Ok, Missing, NotRegular, SizeDiffers, Error, Canceled };
    struct Result
    {
        Status status = Status::Error;
        qint64 size = -1; // bytes read (Ok), or the file's size (SizeDiffers)
        unsigned char digest[64] = {};
        int digestLength = 0;
        int errorNumber = 0; // errno for Missing and Error
        QString error;       // for a person; empty when Ok
    };

    explicit FileHasher(qint64 bufferSize = qint64(1) << 20);
    ~FileHasher();
    FileHasher(const FileHasher &) = delete;
    FileHasher &operator=(const FileHasher &) = delete;

    // `path` is in the file system's encoding (QFile::encodeName). When `expectedSize` >= 0 and
    // the file has another size, returns SizeDiffers without reading. `bytes` (may be null) is
    // increased after each read, and `onBytes` called; `cancel` (may be null) is polled between reads.
    Result hash(const char *path, HashAlgorithm algorithm, qint64 expectedSize = -1,
                const std::atomic_bool *cancel = nullptr, std::atomic<qint64> *bytes = nullptr,
                const std::function<void(qint64)> &onBytes = {});

private:
    struct Private;
    Private *d;
};

QByteArray hashBytes(const QByteArray &data, HashAlgorithm algorithm);
QString hashAlgorithmName(HashAlgorithm algorithm); // "sha256", "md5"
int hashHexLength(HashAlgorithm algorithm);         // 64, 32

} // namespace mr
