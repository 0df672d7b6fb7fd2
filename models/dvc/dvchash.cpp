// SPDX-License-Identifier: Apache-2.0
// DVC 2's md5 rule for text files (dvc/utils/__init__.py file_md5 and dvc's istextfile).
#include "models/dvc/dvcproject.h"

#include <QFile>

#include <openssl/evp.h>

#include <QCoreApplication>
#include <memory>

namespace mr::dvc {

bool isTextBlock(const QByteArray &head)
{
    if (head.isEmpty())
        return true;
    if (head.contains('\0'))
        return false;
    qsizetype nontext = 0;
    for (char ch : head) {
        const auto c = uchar(ch);
        const bool text =
            (c >= 32 && c < 127) || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\b';
        nontext += text ? 0 : 1;
    }
    return double(nontext) / double(head.size()) <= 0.30;
}

bool dvc2Md5(const QString &path, std::uint8_t md5[16], bool *isText, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("mr::Dvc", "cannot open: %1").arg(file.errorString());
        return false;
    }
    const QByteArray head = file.peek(512);
    *isText = isTextBlock(head);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_md5(), nullptr) != 1) {
        *error = QCoreApplication::translate("mr::Dvc", "cannot initialise MD5");
        return false;
    }
    QByteArray chunk;
    constexpr qint64 kChunk = qint64(1) << 20; // DVC 2's LOCAL_CHUNK_SIZE: CRLF is replaced per read
    for (;;) {
        chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        if (*isText)
            chunk.replace("\r\n", "\n");
        EVP_DigestUpdate(ctx.get(), chunk.constData(), size_t(chunk.size()));
    }
    if (file.error() != QFile::NoError) {
        *error = QCoreApplication::translate("mr::Dvc", "read error: %1").arg(file.errorString());
        return false;
    }
    unsigned int n = 0;
    EVP_DigestFinal_ex(ctx.get(), md5, &n);
    return n == 16;
}

} // namespace mr::dvc
