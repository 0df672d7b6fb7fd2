// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <string_view>

namespace mr::dvc {

// How DVC computed an entry's md5. DVC 3 writes `hash: md5` and hashes the raw bytes; DVC 2
// wrote no `hash` field and hashed files it considers text with CRLF turned into LF.
enum class HashRule { None, RawMd5, TextMd5 };
QString hashRuleName(HashRule rule); // "", "md5", "md5-dos2unix"

// One dependency or output as written in dvc.lock or a .dvc file.
struct Entry
{
    QString path;       // relative to the file that lists it, as written
    QString md5;        // lowercase hex, without ".dir"; empty when none
    bool isDir = false; // md5 ended in ".dir": the listing is in the cache
    qint64 size = -1;
    qint64 nfiles = -1;
    HashRule rule = HashRule::None;
    bool output = true; // false for a dependency
    QString stage;      // lock stage, or empty for a .dvc file
    QString file;       // display path of the file that lists it
    int line = 0;
};

// A stage of dvc.lock with what it recorded.
struct LockStage
{
    QString name;
    int line = 0;
    QList<Entry> deps, outs;
    // params file -> dotted key -> value as YAML text (scalars as written)
    QMap<QString, QMap<QString, QString>> params;
};

struct Project
{
    QString root; // absolute
    bool hasDvcYaml = false, hasLock = false;
    QMap<QString, int> yamlStages; // dvc.yaml stage name -> line
    QList<LockStage> lockStages;
    QList<Entry> dvcFileOuts; // outs (and import deps) of every .dvc file
    QStringList dvcFiles;     // relative paths of the .dvc files read
    QStringList metricsFiles; // relative paths named as metrics in dvc.yaml (top level and stages)
    QStringList paramsFiles;  // params files named in dvc.lock (params.yaml by default)
    Diagnostics diagnostics;  // located problems; the rest of the project still reads
    // Every entry of dvc.lock (deps and outs) and of .dvc files, in order, without duplicates
    // of the same path (the first one is kept).
    QList<Entry> entries() const;
};

// Reads a DVC project (read-only): dvc.yaml, dvc.lock (schema 2.0, with and without
// `hash: md5`, and the DVC 1 layout without `schema`), every *.dvc file outside .git/ and
// .dvc/. Malformed files become diagnostics naming file:line:column.
Project readProject(const QString &root);
// The lock file alone, for table tests: stages appended to `project`.
void readLock(const QByteArray &data, const QString &displayName, Project *project);
void readDvcYaml(const QByteArray &data, const QString &displayName, Project *project);
void readDvcFile(const QByteArray &data, const QString &displayName, const QString &relativeDir,
                 Project *project);

// Reads a params file (YAML or JSON) into dotted key -> YAML text of the value.
bool readParams(const QByteArray &data, const QString &displayName, QMap<QString, QString> *out,
                Diagnostic *error);
// Whether two YAML texts of a parameter denote the same value (0.2 and 0.20 do).
bool sameParamValue(const QString &a, const QString &b);

// The `.dir` listing of directory output `md5` in the DVC cache under `root` (DVC 3:
// .dvc/cache/files/md5/ab/cdef.dir; DVC 2: .dvc/cache/ab/cdef.dir); empty when absent.
QString findDirListing(const QString &root, const QString &md5);

// Reads a `.dir` listing (a JSON array of {relpath, md5, size?}) with simdjson On Demand,
// calling `entry` once per file; the strings are valid during the call only. Entries lacking
// relpath or md5 are diagnostics (capped at `maxDiagnostics`). False with `error` when the
// file cannot be read or is not a JSON array.
using DirEntryFn = std::function<void(std::string_view relpath, const std::uint8_t *md5, qint64 size)>;
bool readDirListing(const QString &path, const QString &displayName, const DirEntryFn &entry,
                    Diagnostics *diagnostics, Diagnostic *error, int maxDiagnostics = 1000);

// DVC's text test on the first 512 bytes: no NUL, and at most 30 % bytes outside printable
// ASCII and \n \r \t \f \b.
bool isTextBlock(const QByteArray &head);
// The DVC 2 md5 of a file: raw bytes for binary files; for text files each 1 MiB read with
// "\r\n" replaced by "\n" (as DVC 2 did, read by read). False with `error` when unreadable.
bool dvc2Md5(const QString &path, std::uint8_t md5[16], bool *isText, QString *error);

} // namespace mr::dvc
