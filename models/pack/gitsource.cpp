// SPDX-License-Identifier: Apache-2.0
#include "models/pack/gitsource.h"

#include <QDir>
#include <QFile>

#include <QCoreApplication>
#include <algorithm>

namespace mr::pack::detail {

using code::git::Error;
using code::git::lastError;

namespace {
using Config = std::unique_ptr<git_config, code::git::Deleter<git_config, git_config_free>>;
using Describe =
    std::unique_ptr<git_describe_result, code::git::Deleter<git_describe_result, git_describe_result_free>>;
using Walk = std::unique_ptr<git_revwalk, code::git::Deleter<git_revwalk, git_revwalk_free>>;
using PackBuilder =
    std::unique_ptr<git_packbuilder, code::git::Deleter<git_packbuilder, git_packbuilder_free>>;
using Reference = std::unique_ptr<git_reference, code::git::Deleter<git_reference, git_reference_free>>;

QString bufString(git_buf &buf)
{
    const QString s = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    return s;
}
} // namespace

Error openWorkingCopy(const QString &source, code::git::Repository *out, QString *workdir)
{
    code::git::ensureInitialised();
    git_repository *raw = nullptr;
    const QByteArray path = QFile::encodeName(QDir(source).absolutePath());
    if (const int rc = git_repository_open_ext(&raw, path.constData(), 0, nullptr); rc < 0)
        return lastError(
            rc, QCoreApplication::translate("mr::Pack", "%1 is not in a git working copy").arg(source));
    out->reset(raw);
    if (git_repository_is_bare(raw) || !git_repository_workdir(raw))
        return Error{
            -1, QCoreApplication::translate("mr::Pack", "%1 is a bare repository; pack needs a working copy")
                    .arg(source)};
    *workdir = QDir::cleanPath(QFile::decodeName(git_repository_workdir(raw)));
    return {};
}

Error workingCopyStatus(git_repository *repo, QStringList *dirty, QStringList *untracked)
{
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    // No GIT_STATUS_OPT_UPDATE_INDEX: the index is read, never refreshed or written back.
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                 GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *raw = nullptr;
    if (const int rc = git_status_list_new(&raw, repo, &opts); rc < 0)
        return lastError(rc,
                         QCoreApplication::translate("mr::Pack", "cannot read the working copy's status"));
    code::git::StatusList list(raw);
    const size_t n = git_status_list_entrycount(raw);
    for (size_t i = 0; i < n; ++i) {
        const git_status_entry *e = git_status_byindex(raw, i);
        if (!e || e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED))
            continue;
        const git_diff_delta *d = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
        const char *p = d ? (d->new_file.path ? d->new_file.path : d->old_file.path) : nullptr;
        const QString path = code::git::fromUtf8(p);
        if (e->status == GIT_STATUS_WT_NEW)
            untracked->append(path);
        else
            dirty->append(path);
    }
    dirty->sort();
    dirty->removeDuplicates();
    untracked->sort();
    return {};
}

QString describeCommit(git_repository *repo, git_commit *commit)
{
    Q_UNUSED(repo);
    git_describe_options opts = GIT_DESCRIBE_OPTIONS_INIT;
    opts.describe_strategy = GIT_DESCRIBE_TAGS;
    opts.show_commit_oid_as_fallback = 1;
    git_describe_result *raw = nullptr;
    if (git_describe_commit(&raw, reinterpret_cast<git_object *>(commit), &opts) < 0)
        return code::git::oidToHex(*git_commit_id(commit)).left(7);
    Describe result(raw);
    git_describe_format_options fmt = GIT_DESCRIBE_FORMAT_OPTIONS_INIT;
    git_buf buf = GIT_BUF_INIT;
    if (git_describe_format(&buf, raw, &fmt) < 0)
        return code::git::oidToHex(*git_commit_id(commit)).left(7);
    return bufString(buf);
}

void gitUser(git_repository *repo, QString *name, QString *email)
{
    git_config *raw = nullptr;
    if (git_repository_config_snapshot(&raw, repo) < 0)
        return;
    Config config(raw);
    const char *value = nullptr;
    if (git_config_get_string(&value, raw, "user.name") == 0)
        *name = code::git::fromUtf8(value);
    if (git_config_get_string(&value, raw, "user.email") == 0)
        *email = code::git::fromUtf8(value);
}

Error treeFiles(git_commit *commit, QList<TreeFile> *out)
{
    code::git::Tree tree;
    if (Error e = code::git::commitTree(commit, &tree))
        return e;
    struct Ctx
    {
        QList<TreeFile> *out;
    } ctx{out};
    const auto cb = [](const char *root, const git_tree_entry *entry, void *payload) -> int {
        const git_filemode_t mode = git_tree_entry_filemode(entry);
        if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
            TreeFile f;
            f.path = QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry));
            f.id = *git_tree_entry_id(entry);
            static_cast<Ctx *>(payload)->out->append(f);
        }
        return 0;
    };
    if (const int rc = git_tree_walk(tree.get(), GIT_TREEWALK_PRE, cb, &ctx); rc < 0)
        return lastError(rc,
                         QCoreApplication::translate("mr::Pack", "cannot list the files of the head commit"));
    std::sort(out->begin(), out->end(), [](const TreeFile &a, const TreeFile &b) { return a.path < b.path; });
    return {};
}

Error readBlob(git_repository *repo, const git_oid &id, QByteArray *out)
{
    code::git::Blob blob;
    if (Error e = code::git::lookupBlob(repo, id, &blob))
        return e;
    *out = code::git::blobBytes(blob.get());
    return {};
}

Error writeBareRepository(const QString &repositoryPath, const QString &base, const QString &head,
                          const QString &destination)
{
    code::git::ensureInitialised();
    code::git::Repository source;
    if (Error e = code::git::openRepository(repositoryPath, &source))
        return e;
    git_oid baseId, headId;
    if (!code::git::oidFromHex(base, &baseId) || !code::git::oidFromHex(head, &headId))
        return Error{-1, QCoreApplication::translate("mr::Pack", "base and head must be commit ids")};

    git_repository_init_options init = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    init.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    init.initial_head = "head";
    git_repository *rawTarget = nullptr;
    const QByteArray dest = QFile::encodeName(destination);
    if (const int rc = git_repository_init_ext(&rawTarget, dest.constData(), &init); rc < 0)
        return lastError(
            rc, QCoreApplication::translate("mr::Pack", "cannot create the repository %1").arg(destination));
    code::git::Repository target(rawTarget);

    git_packbuilder *rawPb = nullptr;
    if (const int rc = git_packbuilder_new(&rawPb, source.get()); rc < 0)
        return lastError(rc, QCoreApplication::translate("mr::Pack", "cannot start a pack"));
    PackBuilder pb(rawPb);
    // One thread: the delta search then visits objects in one order, so the pack is the same
    // bytes every time (part of the deterministic archive).
    git_packbuilder_set_threads(rawPb, 1);
    git_revwalk *rawWalk = nullptr;
    if (const int rc = git_revwalk_new(&rawWalk, source.get()); rc < 0)
        return lastError(rc, QCoreApplication::translate("mr::Pack", "cannot walk the history"));
    Walk walk(rawWalk);
    git_revwalk_sorting(rawWalk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    for (const git_oid *id : {&headId, &baseId})
        if (const int rc = git_revwalk_push(rawWalk, id); rc < 0)
            return lastError(
                rc,
                QCoreApplication::translate("mr::Pack", "cannot walk from %1").arg(code::git::oidToHex(*id)));
    if (const int rc = git_packbuilder_insert_walk(rawPb, rawWalk); rc < 0)
        return lastError(
            rc, QCoreApplication::translate("mr::Pack", "cannot collect the objects of the history"));
    const QByteArray packDir = QFile::encodeName(destination + QStringLiteral("/objects/pack"));
    if (const int rc = git_packbuilder_write(rawPb, packDir.constData(), 0, nullptr, nullptr); rc < 0)
        return lastError(rc, QCoreApplication::translate("mr::Pack", "cannot write the pack"));

    for (const auto &[name, id] :
         {std::pair{"refs/heads/head", &headId}, std::pair{"refs/heads/base", &baseId}}) {
        git_reference *rawRef = nullptr;
        if (const int rc = git_reference_create(&rawRef, target.get(), name, id, 1, nullptr); rc < 0)
            return lastError(
                rc,
                QCoreApplication::translate("mr::Pack", "cannot create %1").arg(QString::fromLatin1(name)));
        Reference ref(rawRef);
    }
    // What git init writes for people, not for git: a description, sample hooks, info/exclude.
    QDir(destination + QStringLiteral("/hooks")).removeRecursively();
    QDir(destination + QStringLiteral("/info")).removeRecursively();
    QDir(destination + QStringLiteral("/logs")).removeRecursively();
    QFile::remove(destination + QStringLiteral("/description"));
    return {};
}

} // namespace mr::pack::detail
