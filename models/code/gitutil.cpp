// SPDX-License-Identifier: Apache-2.0
#include "models/code/gitutil.h"

#include <QCoreApplication>
#include <QDir>

namespace mr::code::git {

void ensureInitialised()
{
    // git_libgit2_init is reference counted; one call for the whole process lifetime is enough
    // and never shutting down avoids races with workers still running at exit.
    static const int once = [] {
        const int rc = git_libgit2_init();
        // Strict hash verification stays on (libgit2's default): a package is untrusted input,
        // and an object whose content does not match its id must be an error, never other
        // content shown under that id (its cost is in scripts/bench-code).
        return rc;
    }();
    Q_UNUSED(once);
}

Error lastError(int code, const QString &what)
{
    const git_error *e = git_error_last();
    QString detail = e && e->message ? QString::fromUtf8(e->message).trimmed() : QString();
    if (detail.isEmpty())
        detail = QCoreApplication::translate("mr::Code", "libgit2 error %1").arg(code);
    return Error{code < 0 ? code : -1, QStringLiteral("%1: %2").arg(what, detail)};
}

Error openRepository(const QString &path, Repository *out)
{
    ensureInitialised();
    git_repository *raw = nullptr;
    const QByteArray native = QDir::toNativeSeparators(path).toUtf8();
    // No search upwards: the package names its repository exactly, and a missing folder must
    // not silently pick up an enclosing repository.
    const int rc = git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc < 0)
        return lastError(rc, QCoreApplication::translate("mr::Code", "cannot open repository %1").arg(path));
    out->reset(raw);
    return {};
}

Error resolveCommit(git_repository *repo, const QString &revspec, Commit *out)
{
    git_object *obj = nullptr;
    const QByteArray spec = revspec.toUtf8();
    int rc = git_revparse_single(&obj, repo, spec.constData());
    if (rc < 0)
        return lastError(rc,
                         QCoreApplication::translate("mr::Code", "revision \"%1\" not found").arg(revspec));
    Object guard(obj);
    git_object *peeled = nullptr;
    rc = git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT);
    if (rc < 0)
        return lastError(
            rc, QCoreApplication::translate("mr::Code", "revision \"%1\" is not a commit").arg(revspec));
    out->reset(reinterpret_cast<git_commit *>(peeled));
    return {};
}

Error commitTree(git_commit *commit, Tree *out)
{
    git_tree *raw = nullptr;
    const int rc = git_commit_tree(&raw, commit);
    if (rc < 0)
        return lastError(rc, QCoreApplication::translate("mr::Code", "cannot read the tree of commit %1")
                                 .arg(oidToHex(*git_commit_id(commit))));
    out->reset(raw);
    return {};
}

Error lookupBlob(git_repository *repo, const git_oid &id, Blob *out)
{
    git_blob *raw = nullptr;
    const int rc = git_blob_lookup(&raw, repo, &id);
    if (rc < 0)
        return lastError(rc,
                         QCoreApplication::translate("mr::Code", "cannot read blob %1").arg(oidToHex(id)));
    out->reset(raw);
    return {};
}

QString oidToHex(const git_oid &id)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &id);
    return QString::fromLatin1(buf);
}

bool oidFromHex(const QString &hex, git_oid *out)
{
    const QByteArray bytes = hex.toLatin1();
    return hex.size() == GIT_OID_HEXSZ && git_oid_fromstrn(out, bytes.constData(), bytes.size()) == 0;
}

QByteArray blobBytes(const git_blob *blob)
{
    const auto size = git_blob_rawsize(blob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), static_cast<qsizetype>(size));
}

} // namespace mr::code::git
