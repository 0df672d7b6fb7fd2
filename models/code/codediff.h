// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"
#include "models/core/async.h"

#include <QFuture>
#include <QPromise>

namespace mr {
struct Package;
}

namespace mr::code {

// The diff between a package's base and head revisions, in three stages so that the file list
// appears at once and the expensive parts run later or in parallel:
//   1. fileList: resolve both revisions, check the repository, list the changed files from the
//      tree-to-tree delta list (tens of milliseconds), with rename detection asked for.
//   2. lineCounts: every file's added and removed lines, on several threads.
//   3. patch: one file's hunks, lines and both whole texts, when the user opens it.
// Each stage is written once against QPromise (progress, cancel) and has a synchronous wrapper.
// Repositories are opened inside the calling (worker) thread; nothing writes to the repository.

void computeFileList(QPromise<FileList> &promise, const QString &repositoryPath, const QString &base,
                     const QString &head, const DiffOptions &options);
FileList fileList(const QString &repositoryPath, const QString &base, const QString &head,
                  const DiffOptions &options = {});
// From a package's code section; a missing or invalid section gives a FileList with an error.
FileList fileList(const mr::Package &package, const DiffOptions &options = {});

// Fills additions, deletions, binary, tooLarge and lfsPointer of every file. `threads` workers,
// each with its own repository handle (libgit2 objects are not shared between threads).
void computeLineCounts(QPromise<QList<FileDiff>> &promise, const QString &repositoryPath,
                       const QList<FileDiff> &files, const DiffOptions &options, int threads);
QList<FileDiff> lineCounts(const QString &repositoryPath, const QList<FileDiff> &files,
                           const DiffOptions &options = {}, int threads = 2);

void computePatch(QPromise<FilePatch> &promise, const QString &repositoryPath, const FileDiff &file,
                  const DiffOptions &options);
FilePatch patch(const QString &repositoryPath, const FileDiff &file, const DiffOptions &options = {});

// Findings that need the line counts (LFS pointers); the file list's own findings come first.
Findings countFindings(const QList<FileDiff> &files);

// Decodes a blob's bytes: UTF-8 when valid, else Latin-1 with decodedAsLatin1 set.
SideText decodeText(const QByteArray &bytes);

// The current text of one side of a blob (for anchoredText and outdated comments); empty when
// the blob cannot be read.
QStringList blobLines(const QString &repositoryPath, const QString &blobId);

} // namespace mr::code
