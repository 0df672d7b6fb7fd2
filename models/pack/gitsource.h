// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/gitutil.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The git side of `pack`: reading the working copy (never writing it) and writing the package's
// bare repository. Every libgit2 return code is checked; errors carry git_error_last().
namespace mr::pack::detail {

// Opens the repository whose working copy holds `source` (searching upwards, as git does).
// Fails for a bare repository: pack needs a working copy.
code::git::Error openWorkingCopy(const QString &source, code::git::Repository *out, QString *workdir);

// Tracked files whose working copy or index differs from HEAD, and untracked files (not
// ignored), both sorted. Reads the index without refreshing or writing it.
code::git::Error workingCopyStatus(git_repository *repo, QStringList *dirty, QStringList *untracked);

// `git describe --tags` of `commit`, falling back to its abbreviated id.
QString describeCommit(git_repository *repo, git_commit *commit);

// user.name and user.email from the repository's configuration (with the global ones).
void gitUser(git_repository *repo, QString *name, QString *email);

struct TreeFile
{
    QString path; // '/'-separated, relative to the top of the tree
    git_oid id;
};
// Every blob of `commit`'s tree (links and submodules left out), sorted by path.
code::git::Error treeFiles(git_commit *commit, QList<TreeFile> *out);
code::git::Error readBlob(git_repository *repo, const git_oid &id, QByteArray *out);

// Creates the bare repository `destination` holding exactly the objects reachable from `base`
// and `head` in one pack, with `refs/heads/head` and `refs/heads/base`, HEAD pointing at the
// former, and nothing else: no remotes, hooks, description or info. `repositoryPath` is the
// source repository's git folder (opened anew: the caller may be on another thread).
code::git::Error writeBareRepository(const QString &repositoryPath, const QString &base, const QString &head,
                                     const QString &destination);

} // namespace mr::pack::detail
