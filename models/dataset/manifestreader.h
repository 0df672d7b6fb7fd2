// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/dataset/manifest.h"

#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

namespace mr::dataset {

enum class ManifestFormat { Unknown, JsonLines, Csv, DvcLock, DvcFile, LfsPointers, DvcProject };
QString manifestFormatName(ManifestFormat f); // "jsonl", "csv", "dvc.lock", ".dvc", "lfs"

// Decides the format from the content (first bytes) and, for a directory, from what it holds
// (a folder of Git LFS pointer files). `path` only helps to name a file in messages.
ManifestFormat detectManifestFormat(const QByteArray &head);

// The extra column that holds each DVC entry's hash rule ("md5": DVC 3, raw bytes;
// "md5-dos2unix": DVC 2, text files hashed with CRLF as LF). The verifier applies it.
inline constexpr const char *kDvcHashColumn = "dvc_hash";

struct ReadOptions
{
    qsizetype maxLineBytes = 1 << 20; // longer lines are refused (a diagnostic each)
    int maxDiagnostics = 1000;        // beyond this only a count is kept
    qsizetype firstBatchRows = 20000; // async: rows in the first batch (the table shows early)
    qsizetype batchRows = 50000;      // async: rows per later batch (queued batches cost memory)
    QString searchRoot;               // DVC: where `.dir` listings are looked for (package root)
};

// A whole manifest read synchronously.
struct ManifestLoadResult
{
    std::shared_ptr<Manifest> manifest; // null when the file cannot be read at all
    Diagnostics diagnostics;            // one per bad line (capped by maxDiagnostics)
    int diagnosticsDropped = 0;         // bad lines beyond the cap
    std::vector<qsizetype> duplicates;  // later rows whose path an earlier row already has
    Diagnostic error;                   // why the file could not be read
    bool ok() const { return manifest != nullptr; }
};

// What the asynchronous loader delivers: rows in batches (append them in order), the
// diagnostics found since the previous batch, and with the last batch the outcome.
struct ManifestBatch
{
    // The rows of this batch only (may be empty). The future keeps every result it delivered, so
    // a consumer that copied the rows should release them: `*batch.rows = Manifest()`.
    std::shared_ptr<Manifest> rows;
    Diagnostics diagnostics;
    int diagnosticsDropped = 0;
    qint64 estimatedRows = 0;      // the whole file's rows and path bytes, extrapolated from
    qint64 estimatedPathBytes = 0; // what was read so far (for reserving once)
    bool last = false;
    bool failed = false; // the file could not be read at all (see error)
    Diagnostic error;
};

// Reads a manifest off the GUI thread: progress in permille of the bytes read, cancel honoured
// between batches. Index, duplicates and baseline are the caller's next step
// (Manifest::buildIndex, duplicateDiagnostics).
void loadManifest(QPromise<ManifestBatch> &promise, const QString &path, const QString &displayName,
                  const ReadOptions &options = {});
// The same, in the calling thread; builds the index and reports duplicate paths.
ManifestLoadResult loadManifestSync(const QString &path, const QString &displayName,
                                    const ReadOptions &options = {});

// One diagnostic per duplicate row, naming both lines.
Diagnostics duplicateDiagnostics(const Manifest &manifest, const std::vector<qsizetype> &duplicates,
                                 int cap = 1000);

namespace detail {
// The reading core every format shares: rows go to `out`, `checkpoint` is called now and then
// with the bytes read so far and may swap `out` for a fresh batch; false stops (canceled).
struct ReadContext
{
    QString displayName;
    ReadOptions options;
    Manifest *out = nullptr;
    Diagnostics *diagnostics = nullptr;
    int *dropped = nullptr;
    std::function<bool(qint64 bytesDone)> checkpoint;
    void diag(int line, int column, const QString &where, const QString &message) const;
};
class RecordReader;
// One step of a line-based reader: the next record, or a line skipped (too long: reported and
// counted), the end, or a read error (in `error`).
enum class RecordStep { Record, Skip, End, Error };
RecordStep nextRecord(ReadContext &ctx, RecordReader &reader, std::string_view *record, Diagnostic *error);
bool readJsonLines(ReadContext &ctx, int fd, qint64 fileSize, Diagnostic *error);
bool readCsv(ReadContext &ctx, int fd, qint64 fileSize, Diagnostic *error);
bool readDvc(ReadContext &ctx, const QByteArray &data, const QString &path, bool lockFile, Diagnostic *error);
bool readLfsPointers(ReadContext &ctx, const QString &path, Diagnostic *error);
// A DVC project folder (models/dvc): dvc.lock outs and deps and every .dvc file, with `.dir`
// listings expanded from the project's DVC cache.
bool isDvcProjectFolder(const QString &path);
bool readDvcProject(ReadContext &ctx, const QString &path, Diagnostic *error);
// Shared by the readers: refuse a path that is empty, absolute, leaves the root or holds NUL
// (a diagnostic, counted), and parse a digest of `kind` (a diagnostic when malformed).
bool checkPath(ReadContext &ctx, std::string_view path, int line);
bool parseDigest(ReadContext &ctx, std::string_view hex, HashKind kind, std::uint8_t *out, int line);
// Parses one LFS pointer; false when `data` is not one.
bool parseLfsPointer(const QByteArray &data, std::uint8_t *sha256, qint64 *size);
} // namespace detail

} // namespace mr::dataset
