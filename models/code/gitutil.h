// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <git2.h>

#include <memory>

namespace mr::code::git {

// libgit2 behind RAII: every handle is a unique_ptr with its free function, every call's return
// code is checked by the caller, and git_error_last() is captured at once into an Error value.

// Initialises libgit2 once per process (thread-safe); call before any other libgit2 function.
void ensureInitialised();

struct Error
{
    int code = 0;
    QString message;
    explicit operator bool() const { return code < 0; }
};

// Captures the last libgit2 error for a failing call `what` that returned `code`.
Error lastError(int code, const QString &what);

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};

using Repository = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Object = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using Blob = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using Diff = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using Patch = std::unique_ptr<git_patch, Deleter<git_patch, git_patch_free>>;
using StatusList = std::unique_ptr<git_status_list, Deleter<git_status_list, git_status_list_free>>;
using Index = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;

Error openRepository(const QString &path, Repository *out);
// Resolves a revspec to a commit ("main", "HEAD~2", a sha, a tag).
Error resolveCommit(git_repository *repo, const QString &revspec, Commit *out);
Error commitTree(git_commit *commit, Tree *out);
Error lookupBlob(git_repository *repo, const git_oid &id, Blob *out);

QString oidToHex(const git_oid &id);
bool oidFromHex(const QString &hex, git_oid *out);
inline bool isZero(const git_oid &id)
{
    return git_oid_is_zero(&id);
}

inline QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// A blob's bytes (a deep copy: the blob may be freed afterwards).
QByteArray blobBytes(const git_blob *blob);

} // namespace mr::code::git
