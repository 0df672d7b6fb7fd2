// SPDX-License-Identifier: Apache-2.0
// Git objects from an untrusted package are verified (an object whose content does not match
// its id is an error naming it, never other content), and nothing of the package's repository
// configuration runs: hooks, filters, textconv, fsmonitor, credential helpers, includes.
#include "gitfixture.h"
#include "models/code/codediff.h"
#include "models/package/gitconfinement.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr::code;

namespace {

const FileDiff *findFile(const QList<FileDiff> &files, const QString &path)
{
    for (const FileDiff &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

// Path -> size and modification time of every file below `root`: equal means nothing written.
QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out.insert(it.filePath(), QStringLiteral("%1:%2")
                                      .arg(it.fileInfo().size())
                                      .arg(it.fileInfo().lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

// Replaces the loose object `hex` of `gitDir` with a well-formed object of the same type whose
// content (and so its real id) differs.
bool forgeLooseObject(const QString &gitDir, const QString &hex, const QByteArray &content)
{
    const QString path = gitDir + QStringLiteral("/objects/") + hex.left(2) + QLatin1Char('/') + hex.mid(2);
    QFile f(path);
    if (!f.exists())
        return false;
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray raw = "blob " + QByteArray::number(content.size()) + '\0' + content;
    const QByteArray zlib = qCompress(raw).mid(4); // qCompress prefixes the length: drop it
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(zlib) == zlib.size();
}

} // namespace

class TestGitSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corruptObjectIsReported()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo.git"));
        GitFixture fx(repo);
        fx.write(QStringLiteral("train.py"), "lr = 0.1\n");
        const QString base = fx.commit(QStringLiteral("base"));
        fx.write(QStringLiteral("train.py"), "lr = 0.2\n");
        const QString head = fx.commit(QStringLiteral("head"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));

        const FileList list = fileList(repo, base, head);
        QVERIFY2(list.ok(), qPrintable(list.error));
        const FileDiff *file = findFile(list.files, QStringLiteral("train.py"));
        QVERIFY(file);
        QVERIFY(!file->newId.isEmpty());
        // Same size, other content: only the hash can tell.
        QVERIFY(forgeLooseObject(repo, file->newId, "lr = 9.9\n"));

        const FilePatch p = patch(repo, *file);
        QVERIFY2(!p.error.isEmpty(), "forged content was shown as the reviewed blob");
        QVERIFY2(p.error.contains(file->newId), qPrintable(p.error));
        QVERIFY(blobLines(repo, file->newId).isEmpty());
        const QList<FileDiff> counted = lineCounts(repo, list.files);
        const FileDiff *c = findFile(counted, QStringLiteral("train.py"));
        QVERIFY(c);
        QVERIFY2(!c->countsKnown() || c->additions == 0, "counts computed from forged content");
    }

    void hostileConfigurationRunsNothing()
    {
        QTemporaryDir dir, outside;
        const QString marker = outside.filePath(QStringLiteral("ran"));
        const QByteArray touch = "touch " + QFile::encodeName(marker);
        const QString repo = dir.filePath(QStringLiteral("code"));
        GitFixture fx(repo, false);
        fx.write(QStringLiteral(".gitattributes"), "* filter=evil diff=evil\n");
        fx.write(QStringLiteral("train.py"), "lr = 0.1\n");
        const QString base = fx.commit(QStringLiteral("base"));
        fx.write(QStringLiteral("train.py"), "lr = 0.2\nepochs = 3\n");
        const QString head = fx.commit(QStringLiteral("head"));
        fx.checkout();
        QVERIFY2(fx.ok(), qPrintable(fx.error()));

        const QString hooks = outside.filePath(QStringLiteral("hooks"));
        QVERIFY(QDir().mkpath(hooks));
        for (const char *hook : {"post-checkout", "pre-commit", "post-index-change", "reference-transaction",
                                 "fsmonitor-watchman"}) {
            for (const QString &folder : {hooks, repo + QStringLiteral("/.git/hooks")}) {
                QVERIFY(QDir().mkpath(folder));
                QFile f(folder + QLatin1Char('/') + QLatin1String(hook));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("#!/bin/sh\n" + touch + "\n");
                f.close();
                f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            }
        }
        const QString included = dir.filePath(QStringLiteral("code/extra.config"));
        QFile inc(included);
        QVERIFY(inc.open(QIODevice::WriteOnly));
        inc.write("[core]\n\tsshCommand = " + touch + "\n[diff]\n\texternal = " + touch + "\n");
        inc.close();
        QFile config(repo + QStringLiteral("/.git/config"));
        QVERIFY(config.open(QIODevice::Append));
        config.write("[core]\n\thooksPath = " + QFile::encodeName(hooks) + "\n\tfsmonitor = " + touch +
                     "\n\tpager = " + touch + "\n[filter \"evil\"]\n\tsmudge = " + touch +
                     "\n\tclean = " + touch + "\n\tprocess = " + touch +
                     "\n\trequired = true\n[diff \"evil\"]\n\ttextconv = " + touch + "\n\tcommand = " +
                     touch + "\n[credential]\n\thelper = !" + touch + "\n[include]\n\tpath = extra.config\n");
        config.close();
        // The work tree differs from head so that status compares (and would filter) content.
        QFile work(repo + QStringLiteral("/train.py"));
        QVERIFY(work.open(QIODevice::WriteOnly));
        work.write("lr = 0.3\n");
        work.close();
        const QMap<QString, QString> before = snapshot(repo);

        QCOMPARE(mr::repositoryConfinementProblem(repo, dir.path()), QString());
        const FileList list = fileList(repo, base, head);
        QVERIFY2(list.ok(), qPrintable(list.error));
        const QList<FileDiff> counted = lineCounts(repo, list.files);
        for (const FileDiff &f : counted) {
            const FilePatch p = patch(repo, f);
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            if (!f.newId.isEmpty())
                blobLines(repo, f.newId);
        }
        const FileDiff *train = findFile(counted, QStringLiteral("train.py"));
        QVERIFY(train);
        QCOMPARE(train->additions, 2); // the blobs themselves, no filter or textconv applied
        QVERIFY2(!QFileInfo::exists(marker), "a hook, filter or helper of the package's repository ran");
        QCOMPARE(snapshot(repo), before);
    }
};

QTEST_GUILESS_MAIN(TestGitSafety)
#include "tst_gitsafety.moc"
