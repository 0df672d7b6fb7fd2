// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/package.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

// `modelreview pack`: turns a git working copy into a package (docs/pack.md). Planning reads the
// working copy and decides what goes in, without writing anything; writing builds the package in
// a temporary sibling of OUT and renames it into place only when complete. The working copy is
// never written, not even git's index.
namespace mr::pack {

enum class OutputKind { Folder, Zip, TarGz, TarZst };
// From OUT's suffix: .zip, .tar.gz/.tgz, .tar.zst; anything else is a folder.
OutputKind outputKindFor(const QString &out);

struct NamedInput
{
    QString name;
    QString path;
};

struct PackOptions
{
    QString source = QStringLiteral(".");
    QString out;
    QString base; // empty: head's first parent
    QString head = QStringLiteral("HEAD");
    QString name, version, summary; // empty: folder name, `git describe`, none
    QStringList dataDirs;           // --data: files copied, fresh SHA-256 manifest
    QString manifest;               // --manifest: used as given
    QList<NamedInput> environments; // --env NAME=FILE
    // The `development` environment: a file already captured (capture-env); empty for none.
    QString developmentEnvironment;
    QStringList claimed, rerun;
    QMap<QString, MetricSpec> metrics;
    bool allowDirty = false;
    int jobs = 0;                          // hashing threads; 0: as many as cores
    std::optional<qint64> sourceDateEpoch; // fixes `created` and every time in the output
};

// Parses a --metric spec "NAME:higher|lower[:abs=X][:rel=Y]"; false with `error` when malformed.
bool parseMetricSpec(const QString &text, QString *name, MetricSpec *spec, QString *error);
// Parses SOURCE_DATE_EPOCH's value; nullopt when unset or not a non-negative integer.
std::optional<qint64> sourceDateEpochFromEnvironment();

// One file of the package that is not a data file: bytes held in memory, or a file on disk.
struct PackItem
{
    QString path;     // relative to the package root, '/'-separated
    QByteArray bytes; // content when `file` is empty
    QString file;     // absolute path of a file to copy (read when writing)
    QString origin;   // where it comes from, for the preview ("--claimed results.json", ...)
};

// One `--data` file: copied to data/files/<path> and listed in the fresh manifest.
struct DataFile
{
    QString path; // relative to the package's data root, '/'-separated
    QString file; // absolute path on disk
    qint64 size = 0;
};

struct PackPlan
{
    bool ok = false;
    int exitCode = 0; // when !ok: 1 refused, 2 unreadable input or bad usage
    QString error;    // when !ok: why, naming the file or revision

    QString sourceRoot; // the working copy's top folder, absolute
    QString out;        // absolute
    OutputKind kind = OutputKind::Folder;
    QString topFolder; // the single folder an archive holds ("<name>-<version>")
    QString baseId, headId;
    QString created;        // RFC 3339 UTC
    qint64 timestamp = 0;   // seconds since the epoch: `created`, and every time in an archive
    QStringList dirtyFiles; // tracked files with uncommitted changes (refused unless allowed)
    QStringList untrackedFiles;
    QStringList notes;               // what was found or left out, for the summary
    nlohmann::ordered_json document; // model-package.json
    QList<PackItem> items;           // every file but code.git and the --data files
    QList<DataFile> dataFiles;       // sorted by path
    qint64 dataBytes = 0;
    int jobs = 1;
};

// Reads the working copy and the inputs and decides what goes in. Writes nothing anywhere.
PackPlan planPack(const PackOptions &options);

struct PackResult
{
    bool ok = false;
    bool canceled = false;
    QString error;  // when !ok
    QString out;    // what was written (absolute)
    QString digest; // "sha256:<hex>" of the package written
    int files = 0;
    qint64 bytes = 0;
    QStringList notes; // what the writer noticed, for the summary (zstd without threads, ...)
};

// Writes the planned package: a temporary sibling of OUT, renamed into place when complete;
// removed on failure or cancel. Progress in KiB of data read; cancel honoured between files.
void writePack(QPromise<PackResult> &promise, const PackPlan &plan);
PackResult writePackSync(const PackPlan &plan);

} // namespace mr::pack
