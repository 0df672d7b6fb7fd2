// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <git2.h>

#include <memory>

namespace mr::results::test {

// A small repository made with libgit2: commits one file per call and returns the commit id.
class GitFixture
{
public:
    explicit GitFixture(const QString &path) : m_path(path)
    {
        git_libgit2_init();
        git_repository *r = nullptr;
        m_ok = git_repository_init(&r, path.toUtf8().constData(), 0) == 0;
        m_repo.reset(r);
    }
    ~GitFixture()
    {
        m_repo.reset();
        git_libgit2_shutdown();
    }
    bool ok() const { return m_ok; }

    QString commit(const QString &file, const QByteArray &content, const QString &message)
    {
        QFile f(QDir(m_path).filePath(file));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        f.close();
        git_index *rawIndex = nullptr;
        if (git_repository_index(&rawIndex, m_repo.get()) != 0)
            return {};
        std::unique_ptr<git_index, decltype(&git_index_free)> index(rawIndex, git_index_free);
        git_oid treeId, commitId;
        if (git_index_add_bypath(index.get(), file.toUtf8().constData()) != 0 ||
            git_index_write(index.get()) != 0 || git_index_write_tree(&treeId, index.get()) != 0)
            return {};
        git_tree *rawTree = nullptr;
        if (git_tree_lookup(&rawTree, m_repo.get(), &treeId) != 0)
            return {};
        std::unique_ptr<git_tree, decltype(&git_tree_free)> tree(rawTree, git_tree_free);
        git_signature *rawSig = nullptr;
        if (git_signature_new(&rawSig, "Fixture", "fixture@example.org", 1700000000, 0) != 0)
            return {};
        std::unique_ptr<git_signature, decltype(&git_signature_free)> sig(rawSig, git_signature_free);
        git_commit *rawParent = nullptr;
        git_oid headId;
        const bool hasParent = git_reference_name_to_id(&headId, m_repo.get(), "HEAD") == 0 &&
                               git_commit_lookup(&rawParent, m_repo.get(), &headId) == 0;
        std::unique_ptr<git_commit, decltype(&git_commit_free)> parent(rawParent, git_commit_free);
        const git_commit *parents[] = {parent.get()};
        if (git_commit_create(&commitId, m_repo.get(), "HEAD", sig.get(), sig.get(), nullptr,
                              message.toUtf8().constData(), tree.get(), hasParent ? 1 : 0,
                              hasParent ? parents : nullptr) != 0)
            return {};
        char hex[80] = {};
        git_oid_tostr(hex, sizeof hex, &commitId);
        return QString::fromLatin1(hex);
    }

private:
    struct RepoDeleter
    {
        void operator()(git_repository *r) const { git_repository_free(r); }
    };
    QString m_path;
    bool m_ok = false;
    std::unique_ptr<git_repository, RepoDeleter> m_repo;
};

} // namespace mr::results::test
