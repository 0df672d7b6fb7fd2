// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mr::importers {

// The JSON header of a .safetensors file: 8 bytes little-endian length, then that many bytes
// of JSON. Only the header is read (at most `maxHeader` bytes). `dtypes` counts tensors per
// dtype ("F16", "BF16", "F32", ...); "__metadata__" is not a tensor.
struct SafetensorsHeader
{
    bool ok = false;
    QMap<QString, int> dtypes;
    Diagnostic error;
    QString mainDtype() const; // the dtype most tensors have
};
SafetensorsHeader readSafetensorsHeader(const QString &path, const QString &displayName,
                                        qint64 maxHeader = qint64(100) << 20);

// config.json's torch_dtype / dtype ("float16") as a safetensors dtype ("F16"); empty if unknown.
QString safetensorsDtype(const QString &torchDtype);

// Whether a file is a Git LFS pointer (not the downloaded content).
bool isLfsPointerFile(const QString &path);

} // namespace mr::importers
