// SPDX-License-Identifier: Apache-2.0
#include "models/pack/hashpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mr::pack::detail {

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

} // namespace mr::pack::detail
