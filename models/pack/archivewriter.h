// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/pack/pack.h"

#include <QString>

struct archive;

namespace mr::pack::detail {

// Writes a package archive with libarchive so that the same entries give the same bytes: every
// entry has the same time, owner 0:0 with no names, mode 0644 (0755 when executable), no
// access or change times, and a gzip header without a time. Entries are written in the order
// given (the caller sorts them). Paths are relative, '/'-separated.
class ArchiveWriter
{
public:
    ArchiveWriter() = default;
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    // `threads`: zstd compression workers (0: none besides the caller).
    bool open(const QString &path, OutputKind kind, qint64 mtime, int threads, QString *error);
    bool beginFile(const QString &entryPath, qint64 size, bool executable, QString *error);
    bool write(const char *data, qint64 size, QString *error);
    bool close(QString *error);

private:
    QString lastError(const QString &what) const;
    struct archive *m_archive = nullptr;
    QString m_path;
    qint64 m_mtime = 0;
};

} // namespace mr::pack::detail
