// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <git2.h>

// Builds fixture repositories with libgit2 (no git CLI, no working tree needed): a file set is
// staged in an in-memory index and committed; every step reports failures through error().
class GitFixture
{
public:
    explicit GitFixture(const QString &path, bool bare = true);
    ~GitFixture();
    GitFixture(const GitFixture &) = delete;
    GitFixture &operator=(const GitFixture &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    git_repository *repository() const { return m_repo; }

    void write(const QString &path, const QByteArray &content, quint32 mode = GIT_FILEMODE_BLOB);
    void gitlink(const QString &path, const QString &commitSha);
    void remove(const QString &path);
    // Commits the current file set on top of the previous commit; updates `ref` unless empty
    // (an empty ref leaves the commit unreachable). Returns the commit id (hex).
    QString commit(const QString &message, const QString &ref = QStringLiteral("refs/heads/main"));
    // Non-bare repositories: point HEAD at main and check the last commit out into the work tree.
    void checkout();

private:
    struct Entry
    {
        QByteArray content;
        quint32 mode = GIT_FILEMODE_BLOB;
        git_oid gitlink{};
    };
    void fail(const QString &what, int rc);

    QString m_path;
    git_repository *m_repo = nullptr;
    QMap<QString, Entry> m_files;
    QString m_last;
    QString m_error;
};
