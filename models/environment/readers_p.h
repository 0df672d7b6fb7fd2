// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the format readers; not part of the public API.

#include "models/environment/readers.h"

#include <QHash>
#include <QStringList>

namespace mr::environment::detail {

struct ReadContext
{
    QString root;      // canonical folder includes must stay inside
    QStringList stack; // canonical paths being read, outermost first (include loops)
    qint64 maxBytes = 0;
    Environment *env = nullptr;

    QString display(const QString &path) const;
    // Records a problem. Past kMaxDiagnostics problems are only counted: a hostile file of a
    // million bad or repeated lines gets a readable list and one closing count (finish()), not a
    // million rows.
    void warn(const QString &path, int line, const QString &message, const QString &where = {});
    // True when the list is full, counting the problem: check it before formatting a message.
    bool countOnly();
    void report(Diagnostic diagnostic); // after countOnly() returned false
    void finish(const QString &path);   // appends the count of problems not listed, if any
    static constexpr int kMaxDiagnostics = 1000;
    int reported = 0;
    qsizetype notListed = 0;
    // Reads a file, refusing missing, huge and binary files with a diagnostic. `fromPath` and
    // `fromLine` locate the reference that led here (for includes), or are empty.
    bool load(const QString &path, QByteArray *data, const QString &fromPath = {}, int fromLine = 0);
    // Resolves `relative` against the folder of `fromPath`; checks it stays inside the root,
    // exists, and does not close an include loop. Empty (with a diagnostic) otherwise.
    QString resolveInclude(const QString &fromPath, int line, const QString &relative);
    // Adds an entry; a second entry with the same name is reported and the first one kept.
    // Constant time per entry (a pip freeze of a million lines must read in linear time).
    void addPackage(PackageEntry entry); // callers move it in when they are done with it
    // The index of the first entry of each normalized name, in env->packages. Keyed by the
    // name's 64-bit hash, so that a probe touches no string: with a million names, comparing
    // keys cost a cache miss each and half of the reading time. Names whose hash an earlier,
    // different name already took go to `collidedIndex` (QHash's own seeded hash: no flooding).
    // Returns the index of the first entry named `normalized`, or records `next` for it when
    // there is none (and sets `added`).
    int findOrAddIndex(const QString &normalized, int next, bool *added);
    // The key of `hashIndex`. Seed 0: the same on every run; a crafted collision only moves
    // names to the overflow.
    static size_t nameHash(const QString &normalized) { return qHash(normalized, size_t(0)); }
    void reserveIndex(qsizetype more) { hashIndex.reserve(hashIndex.size() + more); }
    QHash<size_t, int> hashIndex;
    QHash<QString, int> collidedIndex;
    int indexedPackages = 0; // env->packages[0, indexedPackages) are indexed
};

void readAny(ReadContext &ctx, const QString &path, const QByteArray &data, Format format);
void readRequirements(ReadContext &ctx, const QString &path, const QList<QStringView> &lines,
                      int firstLine = 1);
void readCondaExport(ReadContext &ctx, const QString &path, const QStringList &lines);
void readCondaExplicit(ReadContext &ctx, const QString &path, const QStringList &lines);
void readDockerfile(ReadContext &ctx, const QString &path, const QStringList &lines);
void readV1(ReadContext &ctx, const QString &path, const QByteArray &data);
void readPipList(ReadContext &ctx, const QString &path, const QByteArray &data);
void readCondaEnvironment(ReadContext &ctx, const QString &path, const QByteArray &data);
void readPythonEnv(ReadContext &ctx, const QString &path, const QByteArray &data);
void readMlModel(ReadContext &ctx, const QString &path, const QByteArray &data);
void readUvLock(ReadContext &ctx, const QString &path, const QByteArray &data);
void readPoetryLock(ReadContext &ctx, const QString &path, const QByteArray &data);

// Name and version from a wheel or sdist file name at the end of a path or URL.
bool nameVersionFromArchive(const QString &pathOrUrl, QString *name, QString *version);

} // namespace mr::environment::detail
