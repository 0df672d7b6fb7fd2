// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace mr {

// A repository inside a package must be confined to it: everything git would read for it
// (its git folder, objects, refs, work tree) must lie inside `packageRoot`, or code outside the
// package digest would be shown as the package's. Returns why `repositoryPath` is not confined
// (a `.git` file whose `gitdir:` leads out, `objects/info/alternates` or `commondir` leading
// out, a link in the git folder leading out, `core.worktree` set to another folder), or an
// empty string. Nothing of the repository is run or written: libgit2 runs no hooks, filters
// or fsmonitor, and the repository is only opened to ask where its work tree is.
QString repositoryConfinementProblem(const QString &repositoryPath, const QString &packageRoot);

} // namespace mr
