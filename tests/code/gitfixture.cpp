// SPDX-License-Identifier: Apache-2.0
#include "gitfixture.h"

#include <QDir>

GitFixture::GitFixture(const QString &path, bool bare) : m_path(path)
{
    git_libgit2_init();
    QDir().mkpath(path);
    if (int rc = git_repository_init(&m_repo, path.toUtf8().constData(), bare ? 1 : 0); rc < 0)
        fail(QStringLiteral("init"), rc);
}

GitFixture::~GitFixture()
{
    git_repository_free(m_repo);
    git_libgit2_shutdown();
}

void GitFixture::fail(const QString &what, int rc)
{
    const git_error *e = git_error_last();
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1 failed (%2): %3")
                      .arg(what)
                      .arg(rc)
                      .arg(e ? QString::fromUtf8(e->message) : QString());
}

void GitFixture::write(const QString &path, const QByteArray &content, quint32 mode)
{
    m_files[path] = Entry{content, mode, {}};
}

void GitFixture::gitlink(const QString &path, const QString &commitSha)
{
    Entry e;
    e.mode = GIT_FILEMODE_COMMIT;
    git_oid_fromstr(&e.gitlink, commitSha.toLatin1().constData());
    m_files[path] = e;
}

void GitFixture::remove(const QString &path)
{
    m_files.remove(path);
}

QString GitFixture::commit(const QString &message, const QString &ref)
{
    if (!ok())
        return {};
    git_index *index = nullptr;
    if (int rc = git_index_new(&index); rc < 0) {
        fail(QStringLiteral("index"), rc);
        return {};
    }
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QByteArray path = it.key().toUtf8();
        git_index_entry entry{};
        entry.path = path.constData();
        entry.mode = it->mode;
        int rc = 0;
        if (it->mode == GIT_FILEMODE_COMMIT) {
            entry.id = it->gitlink;
            rc = git_index_add(index, &entry);
        } else {
            rc = git_blob_create_from_buffer(&entry.id, m_repo, it->content.constData(),
                                             size_t(it->content.size()));
            if (rc == 0)
                rc = git_index_add(index, &entry);
        }
        if (rc < 0) {
            fail(QStringLiteral("add %1").arg(it.key()), rc);
            git_index_free(index);
            return {};
        }
    }
    git_oid treeId, commitId;
    int rc = git_index_write_tree_to(&treeId, index, m_repo);
    git_index_free(index);
    if (rc < 0) {
        fail(QStringLiteral("write tree"), rc);
        return {};
    }
    git_tree *tree = nullptr;
    git_commit *parent = nullptr;
    git_signature *sig = nullptr;
    git_oid parentId;
    rc = git_tree_lookup(&tree, m_repo, &treeId);
    if (rc == 0 && !m_last.isEmpty()) {
        git_oid_fromstr(&parentId, m_last.toLatin1().constData());
        rc = git_commit_lookup(&parent, m_repo, &parentId);
    }
    if (rc == 0)
        rc = git_signature_new(&sig, "Fixture", "fixture@example.org", 1700000000 + m_files.size(), 0);
    if (rc == 0) {
        const git_commit *parents[] = {parent};
        const QByteArray refName = ref.toUtf8(), msg = message.toUtf8();
        rc = git_commit_create(&commitId, m_repo, ref.isEmpty() ? nullptr : refName.constData(), sig, sig,
                               nullptr, msg.constData(), tree, parent ? 1 : 0, parents);
    }
    git_signature_free(sig);
    git_commit_free(parent);
    git_tree_free(tree);
    if (rc < 0) {
        fail(QStringLiteral("commit"), rc);
        return {};
    }
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &commitId);
    m_last = QString::fromLatin1(hex);
    return m_last;
}

void GitFixture::checkout()
{
    if (!ok())
        return;
    int rc = git_repository_set_head(m_repo, "refs/heads/main");
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    opts.checkout_strategy = GIT_CHECKOUT_FORCE;
    if (rc == 0)
        rc = git_checkout_head(m_repo, &opts);
    if (rc < 0)
        fail(QStringLiteral("checkout"), rc);
}
