// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the libFuzzer targets: readers that take a path get the input written to a file in
// one temporary folder per process (created on first use, removed at exit).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace mr::fuzz {

// The per-process folder (absolute, canonical).
QString tempDir();
// Writes `size` bytes to `name` inside tempDir() (replacing it) and returns its absolute path.
QString writeInput(const QString &name, const std::uint8_t *data, std::size_t size);
QString writeInput(const QString &name, const QByteArray &data);
// The input as a QByteArray (a deep copy: readers may rely on the terminating NUL Qt adds).
QByteArray bytes(const std::uint8_t *data, std::size_t size);

} // namespace mr::fuzz
