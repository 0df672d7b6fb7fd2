// SPDX-License-Identifier: Apache-2.0
// Stage 1 of the diff: resolve the revisions, check the repository, list the changed files.
#include "models/code/codediff.h"
#include "models/code/gitutil.h"
#include "models/core/paneids.h"
#include "models/package/package.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mr::code {

namespace {

Finding codeFinding(const QString &rule, Finding::Severity severity, const QString &message)
{
    Finding f;
    f.ruleId = rule;
    f.severity = severity;
    f.pane = paneKey(PaneId::Code);
    f.item = Anchor::package();
    f.message = message;
    return f;
}

// The same naming files: each is an item (the whole list in JSON and the GUI).
Finding codeFinding(const QString &rule, Finding::Severity severity, const QString &message,
                    const QStringList &paths)
{
    Finding f = codeFinding(rule, severity, message);
    for (const QString &p : paths)
        if (f.items.size() < kFindingItemCap)
            f.items.append({Anchor::package(), p});
    f.omittedItems = paths.size() - f.items.size();
    return f;
}

FileStatus statusOf(const git_diff_delta *d)
{
    if (d->old_file.mode == GIT_FILEMODE_COMMIT || d->new_file.mode == GIT_FILEMODE_COMMIT)
        return FileStatus::Submodule;
    switch (d->status) {
    case GIT_DELTA_ADDED: return FileStatus::Added;
    case GIT_DELTA_DELETED: return FileStatus::Deleted;
    case GIT_DELTA_RENAMED: return FileStatus::Renamed;
    case GIT_DELTA_COPIED: return FileStatus::Copied;
    case GIT_DELTA_TYPECHANGE: return FileStatus::TypeChange;
    default: break;
    }
    if (git_oid_equal(&d->old_file.id, &d->new_file.id) && d->old_file.mode != d->new_file.mode)
        return FileStatus::ModeChange;
    return FileStatus::Modified;
}

FileDiff fileOf(const git_diff_delta *d)
{
    FileDiff f;
    f.status = statusOf(d);
    f.oldPath = git::fromUtf8(d->old_file.path);
    f.path = f.status == FileStatus::Deleted ? f.oldPath : git::fromUtf8(d->new_file.path);
    f.similarity =
        (f.status == FileStatus::Renamed || f.status == FileStatus::Copied) ? int(d->similarity) : 0;
    if (!git::isZero(d->old_file.id))
        f.oldId = git::oidToHex(d->old_file.id);
    if (!git::isZero(d->new_file.id))
        f.newId = git::oidToHex(d->new_file.id);
    f.oldMode = d->old_file.mode;
    f.newMode = d->new_file.mode;
    return f;
}

// Whether the reviewed head is reachable from some branch or tag: a commit only reachable from
// nowhere may vanish with the next garbage collection and cannot be reproduced by others.
bool headReachable(git_repository *repo, const git_oid &head)
{
    git_reference_iterator *it = nullptr;
    if (git_reference_iterator_new(&it, repo) < 0)
        return true; // unknown: do not accuse
    bool reachable = false;
    git_reference *ref = nullptr;
    while (!reachable && git_reference_next(&ref, it) == 0) {
        git_reference *resolved = nullptr;
        if (git_reference_resolve(&resolved, ref) == 0) {
            git_object *target = nullptr;
            if (git_reference_peel(&target, resolved, GIT_OBJECT_COMMIT) == 0) {
                const git_oid *id = git_object_id(target);
                reachable = git_oid_equal(id, &head) || git_graph_descendant_of(repo, id, &head) == 1;
                git_object_free(target);
            }
            git_reference_free(resolved);
        }
        git_reference_free(ref);
    }
    git_reference_iterator_free(it);
    return reachable;
}

// Uncommitted changes in a non-bare repository's working tree (untracked files included: code
// that only exists on one laptop is exactly what the review must see).
void checkWorkingTree(git_repository *repo, const git_oid &headId, FileList &out)
{
    if (git_repository_is_bare(repo))
        return;
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *raw = nullptr;
    const int rc = git_status_list_new(&raw, repo, &opts);
    if (rc < 0) {
        out.notes << git::lastError(
                         rc, QCoreApplication::translate("mr::Code", "cannot read the working tree status"))
                         .message;
        return;
    }
    git::StatusList list(raw);
    const size_t count = git_status_list_entrycount(raw);
    if (count > 0) {
        QStringList paths;
        for (size_t i = 0; i < count; ++i) {
            const git_status_entry *e = git_status_byindex(raw, i);
            const git_diff_delta *d = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
            if (d)
                paths << git::fromUtf8(d->new_file.path ? d->new_file.path : d->old_file.path);
        }
        const QString msg =
            QCoreApplication::translate("mr::Code",
                                        "The repository has %n uncommitted change(s) (for example %1): the "
                                        "reviewed code is not all committed.",
                                        nullptr, int(count))
                .arg(paths.mid(0, 3).join(QStringLiteral(", ")));
        out.notes << msg;
        out.findings << codeFinding(
            QStringLiteral("code.not-committed"), Finding::Severity::Warning,
            QCoreApplication::translate("mr::Code",
                                        "The repository has %n uncommitted change(s), so the reviewed "
                                        "code is not all committed: %1",
                                        nullptr, int(count))
                .arg(paths.mid(0, kMessageItemLimit).join(QStringLiteral(", ")) +
                     (paths.size() > kMessageItemLimit
                          ? QCoreApplication::translate("mr::Code", " and %1 more")
                                .arg(paths.size() - kMessageItemLimit)
                          : QString())),
            paths);
    }
    git_oid worktreeHead;
    if (git_reference_name_to_id(&worktreeHead, repo, "HEAD") == 0 &&
        !git_oid_equal(&worktreeHead, &headId)) {
        const QString msg =
            QCoreApplication::translate("mr::Code",
                                        "The working tree is checked out at %1, not at the reviewed head %2.")
                .arg(git::oidToHex(worktreeHead).left(12), git::oidToHex(headId).left(12));
        out.notes << msg;
        out.findings << codeFinding(QStringLiteral("code.head-not-checked-out"), Finding::Severity::Info,
                                    msg);
    }
}

void checkLfs(git_repository *repo, git_tree *headTree, FileList &out)
{
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, headTree, ".gitattributes") < 0)
        return;
    git_object *obj = nullptr;
    if (git_tree_entry_to_object(&obj, repo, entry) == 0) {
        if (git_object_type(obj) == GIT_OBJECT_BLOB) {
            const QByteArray text = git::blobBytes(reinterpret_cast<git_blob *>(obj));
            if (text.contains("filter=lfs"))
                out.notes << QCoreApplication::translate(
                    "mr::Code", "The repository stores some files with Git LFS: their diff shows "
                                "pointer files, not the content.");
        }
        git_object_free(obj);
    }
    git_tree_entry_free(entry);
}

} // namespace

void computeFileList(QPromise<FileList> &promise, const QString &repositoryPath, const QString &base,
                     const QString &head, const DiffOptions &options)
{
    FileList out;
    out.repositoryPath = repositoryPath;
    out.base = base;
    out.head = head;
    auto fail = [&](const QString &rule, const QString &message) {
        out.error = message;
        out.findings << codeFinding(rule, Finding::Severity::Error, message);
        promise.addResult(out);
    };

    if (!QFileInfo(repositoryPath).isDir())
        return fail(QStringLiteral("code.repository-missing"),
                    QCoreApplication::translate("mr::Code", "The code repository %1 does not exist.")
                        .arg(repositoryPath));
    git::Repository repo;
    if (const git::Error e = git::openRepository(repositoryPath, &repo))
        return fail(QStringLiteral("code.repository-missing"),
                    QCoreApplication::translate("mr::Code", "The code repository cannot be opened (%1).")
                        .arg(e.message));
    if (promise.isCanceled())
        return;

    const bool shallow = git_repository_is_shallow(repo.get()) == 1;
    git::Commit baseCommit, headCommit;
    for (auto [spec, commit, role] : {std::tuple{base, &baseCommit, QStringLiteral("base")},
                                      std::tuple{head, &headCommit, QStringLiteral("head")}}) {
        if (spec.trimmed().isEmpty())
            return fail(
                QStringLiteral("code.revision-missing"),
                QCoreApplication::translate("mr::Code", "The code section names no %1 revision.").arg(role));
        if (const git::Error e = git::resolveCommit(repo.get(), spec, commit)) {
            QString msg = QCoreApplication::translate("mr::Code",
                                                      "The %1 revision \"%2\" is not in the repository (%3).")
                              .arg(role, spec, e.message);
            if (shallow)
                msg += QCoreApplication::translate(
                    "mr::Code", " The repository is a shallow clone: its history was cut, so older "
                                "commits are missing.");
            return fail(QStringLiteral("code.revision-missing"), msg);
        }
    }
    out.baseSha = git::oidToHex(*git_commit_id(baseCommit.get()));
    out.headSha = git::oidToHex(*git_commit_id(headCommit.get()));
    if (shallow)
        out.notes << QCoreApplication::translate(
            "mr::Code", "The repository is a shallow clone: history before the base may be missing.");

    git::Tree baseTree, headTree;
    if (const git::Error e = git::commitTree(baseCommit.get(), &baseTree))
        return fail(QStringLiteral("code.revision-missing"), e.message);
    if (const git::Error e = git::commitTree(headCommit.get(), &headTree))
        return fail(QStringLiteral("code.revision-missing"), e.message);

    if (!headReachable(repo.get(), *git_commit_id(headCommit.get()))) {
        const QString msg = QCoreApplication::translate(
                                "mr::Code", "The head revision %1 is not reachable from any branch or tag.")
                                .arg(out.headSha.left(12));
        out.notes << msg;
        out.findings << codeFinding(QStringLiteral("code.head-unreachable"), Finding::Severity::Warning, msg);
    }
    checkWorkingTree(repo.get(), *git_commit_id(headCommit.get()), out);
    checkLfs(repo.get(), headTree.get(), out);
    if (promise.isCanceled())
        return;

    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.flags = GIT_DIFF_NORMAL | GIT_DIFF_INCLUDE_TYPECHANGE;
    git_diff *rawDiff = nullptr;
    int rc = git_diff_tree_to_tree(&rawDiff, repo.get(), baseTree.get(), headTree.get(), &opts);
    if (rc < 0)
        return fail(
            QStringLiteral("code.diff-failed"),
            git::lastError(rc, QCoreApplication::translate("mr::Code", "cannot compare base and head"))
                .message);
    git::Diff diff(rawDiff);
    if (options.detectRenames || options.detectCopies) {
        // Renames are asked for explicitly. libgit2's default rename limit (diff.renameLimit,
        // 1000 candidates like git) keeps huge add/delete sets to exact renames by blob id.
        git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
        find.flags = (options.detectRenames ? GIT_DIFF_FIND_RENAMES : 0) |
                     (options.detectCopies ? GIT_DIFF_FIND_COPIES : 0);
        rc = git_diff_find_similar(diff.get(), &find);
        if (rc < 0)
            out.notes << git::lastError(rc,
                                        QCoreApplication::translate("mr::Code", "rename detection failed"))
                             .message;
    }
    const size_t n = git_diff_num_deltas(diff.get());
    out.files.reserve(qsizetype(n));
    QStringList submodules;
    for (size_t i = 0; i < n; ++i) {
        FileDiff f = fileOf(git_diff_get_delta(diff.get(), i));
        if (f.status == FileStatus::Submodule)
            submodules << f.path;
        out.files << f;
    }
    if (!submodules.isEmpty()) {
        const QString msg =
            QCoreApplication::translate(
                "mr::Code", "Submodule(s) changed: %1. Their content is not part of this diff; only "
                            "the recorded commit changed.")
                .arg(submodules.join(QStringLiteral(", ")));
        out.notes << msg;
        out.findings << codeFinding(QStringLiteral("code.submodule"), Finding::Severity::Info, msg,
                                    submodules);
    }
    promise.addResult(out);
}

FileList fileList(const QString &repositoryPath, const QString &base, const QString &head,
                  const DiffOptions &options)
{
    return runSync<FileList>(
        [&](QPromise<FileList> &p) { computeFileList(p, repositoryPath, base, head, options); });
}

FileList fileList(const mr::Package &package, const DiffOptions &options)
{
    const CodeSection &code = package.code;
    if (!code.provided) {
        FileList out;
        out.error = QCoreApplication::translate("mr::Code", "The package has no code section.");
        return out;
    }
    if (!code.errors.isEmpty()) {
        FileList out;
        out.error = QCoreApplication::translate("mr::Code", "The code section is invalid: %1")
                        .arg(code.errors.first().toString());
        out.base = code.base;
        out.head = code.head;
        return out;
    }
    return fileList(code.repositoryPath, code.base, code.head, options);
}

Findings countFindings(const QList<FileDiff> &files)
{
    QStringList lfs;
    for (const FileDiff &f : files)
        if (f.lfsPointer)
            lfs << f.path;
    Findings out;
    if (!lfs.isEmpty())
        out << codeFinding(
            QStringLiteral("code.lfs-pointer"), Finding::Severity::Warning,
            QCoreApplication::translate("mr::Code",
                                        "%n changed file(s) are Git LFS pointers (for example %1): the "
                                        "reviewed diff does not contain their content.",
                                        nullptr, int(lfs.size()))
                .arg(lfs.first()),
            lfs);
    return out;
}

} // namespace mr::code
