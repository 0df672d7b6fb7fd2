// SPDX-License-Identifier: Apache-2.0
// The code part of the interdiff: the previous head against this head, per file with renames,
// as zero-context hunks (Gerrit's mapping needs nothing more) and +/- counts.
#include "models/code/gitutil.h"
#include "models/interdiff/interdiff.h"

#include <QDir>

#include <QCoreApplication>
#include <atomic>

namespace mr::interdiff {

namespace git = mr::code::git;

namespace {

using Odb = std::unique_ptr<git_odb, git::Deleter<git_odb, git_odb_free>>;

ItemState stateOf(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED: return ItemState::Added;
    case GIT_DELTA_DELETED: return ItemState::Removed;
    case GIT_DELTA_RENAMED: return ItemState::Renamed;
    default: return ItemState::Modified;
    }
}

// Resolves `spec` in `repo` to a commit id.
git::Error resolveId(git_repository *repo, const QString &spec, git_oid *out)
{
    git::Commit commit;
    if (git::Error e = git::resolveCommit(repo, spec, &commit))
        return e;
    git_oid_cpy(out, git_commit_id(commit.get()));
    return {};
}

git::Error treeOf(git_repository *repo, const git_oid &id, git::Tree *out)
{
    git_commit *raw = nullptr;
    const int rc = git_commit_lookup(&raw, repo, &id);
    if (rc < 0)
        return git::lastError(
            rc, QCoreApplication::translate("mr::Interdiff", "cannot read commit %1").arg(git::oidToHex(id)));
    git::Commit commit(raw);
    return git::commitTree(commit.get(), out);
}

// Every changed file between two trees of `repo`, renames found, with zero-context hunks.
git::Error diffTrees(git_repository *repo, const git_oid &from, const git_oid &to, QList<CodeFileChange> *out,
                     const std::atomic_bool *cancel)
{
    git::Tree fromTree, toTree;
    if (git::Error e = treeOf(repo, from, &fromTree))
        return e;
    if (git::Error e = treeOf(repo, to, &toTree))
        return e;
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.flags = GIT_DIFF_NORMAL;
    opts.context_lines = 0;
    opts.interhunk_lines = 0;
    git_diff *raw = nullptr;
    int rc = git_diff_tree_to_tree(&raw, repo, fromTree.get(), toTree.get(), &opts);
    if (rc < 0)
        return git::lastError(rc, QCoreApplication::translate(
                                      "mr::Interdiff", "cannot compare the previous and this revision"));
    git::Diff diff(raw);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    rc = git_diff_find_similar(diff.get(), &find);
    if (rc < 0)
        return git::lastError(rc, QCoreApplication::translate("mr::Interdiff", "rename detection failed"));
    const size_t n = git_diff_num_deltas(diff.get());
    out->reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        if (cancel && cancel->load())
            return {};
        const git_diff_delta *d = git_diff_get_delta(diff.get(), i);
        CodeFileChange f;
        f.state = stateOf(d->status);
        f.oldPath = git::fromUtf8(d->old_file.path);
        f.path = f.state == ItemState::Removed ? f.oldPath : git::fromUtf8(d->new_file.path);
        if (!git::isZero(d->old_file.id))
            f.oldId = git::oidToHex(d->old_file.id);
        if (!git::isZero(d->new_file.id))
            f.newId = git::oidToHex(d->new_file.id);
        if (d->old_file.mode == GIT_FILEMODE_COMMIT || d->new_file.mode == GIT_FILEMODE_COMMIT) {
            out->append(f); // a submodule: only the recorded commit changed
            continue;
        }
        git_patch *rawPatch = nullptr;
        rc = git_patch_from_diff(&rawPatch, diff.get(), i);
        if (rc < 0)
            return git::lastError(
                rc, QCoreApplication::translate("mr::Interdiff", "cannot compare %1").arg(f.path));
        git::Patch patch(rawPatch);
        if (!patch) { // unchanged content (an exact rename) or a binary file
            f.binary = (git_diff_get_delta(diff.get(), i)->flags & GIT_DIFF_FLAG_BINARY) != 0;
            out->append(f);
            continue;
        }
        f.binary = (git_patch_get_delta(patch.get())->flags & GIT_DIFF_FLAG_BINARY) != 0;
        size_t context = 0, additions = 0, deletions = 0;
        rc = git_patch_line_stats(&context, &additions, &deletions, patch.get());
        if (rc < 0)
            return git::lastError(
                rc, QCoreApplication::translate("mr::Interdiff", "cannot count the lines of %1").arg(f.path));
        f.additions = int(additions);
        f.deletions = int(deletions);
        const size_t hunks = git_patch_num_hunks(patch.get());
        f.hunks.reserve(qsizetype(hunks));
        for (size_t h = 0; h < hunks; ++h) {
            const git_diff_hunk *hunk = nullptr;
            rc = git_patch_get_hunk(&hunk, nullptr, patch.get(), h);
            if (rc < 0)
                return git::lastError(
                    rc, QCoreApplication::translate("mr::Interdiff", "cannot read a hunk of %1").arg(f.path));
            f.hunks << review::LineHunk{hunk->old_start, hunk->old_lines, hunk->new_start, hunk->new_lines};
        }
        out->append(f);
    }
    return {};
}

// Opens this package's repository and makes the previous one's objects readable through it: an
// in-memory alternate (read-only; no alternates file is written to either repository).
git::Error openWithPrevious(const Package &before, const Package &now, git::Repository *oldRepo,
                            git::Repository *newRepo)
{
    if (git::Error e = git::openRepository(before.code.repositoryPath, oldRepo))
        return git::Error{e.code, QCoreApplication::translate(
                                      "mr::Interdiff", "The previous code repository cannot be opened (%1).")
                                      .arg(e.message)};
    if (git::Error e = git::openRepository(now.code.repositoryPath, newRepo))
        return git::Error{
            e.code, QCoreApplication::translate("mr::Interdiff", "The code repository cannot be opened (%1).")
                        .arg(e.message)};
    const QString oldObjects =
        QDir::cleanPath(git::fromUtf8(git_repository_path(oldRepo->get())) + QStringLiteral("/objects"));
    const QString newObjects =
        QDir::cleanPath(git::fromUtf8(git_repository_path(newRepo->get())) + QStringLiteral("/objects"));
    if (oldObjects == newObjects)
        return {};
    git_odb *rawOdb = nullptr;
    int rc = git_repository_odb(&rawOdb, newRepo->get());
    if (rc < 0)
        return git::lastError(
            rc, QCoreApplication::translate("mr::Interdiff", "cannot read the object database"));
    Odb odb(rawOdb);
    rc = git_odb_add_disk_alternate(odb.get(), QDir::toNativeSeparators(oldObjects).toUtf8().constData());
    if (rc < 0)
        return git::lastError(rc, QCoreApplication::translate(
                                      "mr::Interdiff", "cannot read the previous repository's objects"));
    return {};
}

} // namespace

QString codeFilePatch(const Package &before, const Package &now, const CodeFileChange &file, QString *error,
                      int context)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!before.code.usable() || !now.code.usable())
        return fail(QCoreApplication::translate("mr::Interdiff", "A package has no usable code section."));
    git::Repository oldRepo, newRepo;
    if (git::Error e = openWithPrevious(before, now, &oldRepo, &newRepo))
        return fail(e.message);
    git::Blob oldBlob, newBlob;
    git_oid id;
    if (!file.oldId.isEmpty()) {
        if (!git::oidFromHex(file.oldId, &id))
            return fail(QCoreApplication::translate("mr::Interdiff", "bad blob id %1").arg(file.oldId));
        if (git::Error e = git::lookupBlob(newRepo.get(), id, &oldBlob))
            return fail(e.message);
    }
    if (!file.newId.isEmpty()) {
        if (!git::oidFromHex(file.newId, &id))
            return fail(QCoreApplication::translate("mr::Interdiff", "bad blob id %1").arg(file.newId));
        if (git::Error e = git::lookupBlob(newRepo.get(), id, &newBlob))
            return fail(e.message);
    }
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.context_lines = quint32(qMax(0, context));
    const QByteArray oldPath = file.oldPath.toUtf8(), newPath = file.path.toUtf8();
    git_patch *raw = nullptr;
    int rc = git_patch_from_blobs(&raw, oldBlob.get(), oldPath.constData(), newBlob.get(),
                                  newPath.constData(), &opts);
    if (rc < 0)
        return fail(git::lastError(
                        rc, QCoreApplication::translate("mr::Interdiff", "cannot compare %1").arg(file.path))
                        .message);
    git::Patch patch(raw);
    if (!patch)
        return QCoreApplication::translate("mr::Interdiff", "No difference in content.");
    git_buf buf = GIT_BUF_INIT;
    rc = git_patch_to_buf(&buf, patch.get());
    if (rc < 0)
        return fail(
            git::lastError(
                rc,
                QCoreApplication::translate("mr::Interdiff", "cannot print the diff of %1").arg(file.path))
                .message);
    const QString text = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    return text;
}

int CodeInterdiff::additions() const
{
    int n = 0;
    for (const CodeFileChange &f : files)
        n += f.additions;
    return n;
}

int CodeInterdiff::deletions() const
{
    int n = 0;
    for (const CodeFileChange &f : files)
        n += f.deletions;
    return n;
}

CodeInterdiff codeInterdiff(const Package &before, const Package &now, const std::atomic_bool *cancel)
{
    CodeInterdiff out;
    out.presentBefore = before.code.usable();
    out.presentNow = now.code.usable();
    if (!out.presentBefore || !out.presentNow) {
        if (before.code.provided && now.code.provided)
            out.error = QCoreApplication::translate("mr::Interdiff", "A code section is invalid.");
        return out;
    }
    auto fail = [&](const QString &message) {
        out.error = message;
        return out;
    };
    git::Repository oldRepo, newRepo;
    if (git::Error e = openWithPrevious(before, now, &oldRepo, &newRepo))
        return fail(e.message);
    git_oid oldHead, oldBase, newHead, newBase;
    if (git::Error e = resolveId(oldRepo.get(), before.code.head, &oldHead))
        return fail(QCoreApplication::translate("mr::Interdiff", "The previous head: %1").arg(e.message));
    if (git::Error e = resolveId(oldRepo.get(), before.code.base, &oldBase))
        return fail(QCoreApplication::translate("mr::Interdiff", "The previous base: %1").arg(e.message));
    if (git::Error e = resolveId(newRepo.get(), now.code.head, &newHead))
        return fail(QCoreApplication::translate("mr::Interdiff", "The head: %1").arg(e.message));
    if (git::Error e = resolveId(newRepo.get(), now.code.base, &newBase))
        return fail(QCoreApplication::translate("mr::Interdiff", "The base: %1").arg(e.message));
    out.oldHead = git::oidToHex(oldHead);
    out.oldBase = git::oidToHex(oldBase);
    out.newHead = git::oidToHex(newHead);
    out.newBase = git::oidToHex(newBase);
    out.baseChanged = !git_oid_equal(&oldBase, &newBase);

    if (git::Error e = diffTrees(newRepo.get(), oldHead, newHead, &out.files, cancel))
        return fail(e.message);
    if (out.baseChanged) {
        if (git::Error e = diffTrees(newRepo.get(), oldBase, newBase, &out.baseFiles, cancel))
            return fail(e.message);
    }
    out.compared = true;
    return out;
}

} // namespace mr::interdiff
