// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <atomic>
#include <functional>

namespace mr {

enum class HashAlgorithm { Sha256, Md5 };

struct FileHash
{
    bool ok = false;
    qint64 size = -1;
    QByteArray hex;     // lowercase hex digest when ok
    QString error;      // "cannot open: ...", "read error: ...", "canceled"
};

// Hashes a file with OpenSSL EVP in large sequential reads. `cancel` (may be null) is polled
// between reads; `onBytes` (may be null) is called with the bytes of each read. Thread-safe:
// callers hash many files in parallel, each call owning its own context and buffer.
FileHash hashFile(const QString &path, HashAlgorithm algorithm,
                  const std::atomic_bool *cancel = nullptr,
                  const std::function<void(qint64)> &onBytes = {});

QByteArray hashBytes(const QByteArray &data, HashAlgorithm algorithm);
QString hashAlgorithmName(HashAlgorithm algorithm); // "sha256", "md5"
int hashHexLength(HashAlgorithm algorithm);         // 64, 32

} // namespace mr
