// SPDX-License-Identifier: Apache-2.0
// Regression tests for the defects of issue 15's adversarial run that the loader and the digest
// own: a FIFO or a link out as model-package.json or a section file, sections pointing at files
// the digest leaves out, duplicate keys, out-of-range numbers and deep nesting, names that are
// not UTF-8, and repositories reaching outside the package.
#include "models/package/digest.h"
#include "models/package/extractionfolder.h"
#include "models/package/gitconfinement.h"
#include "models/package/loader.h"
#include "testpackages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <git2.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mr;

namespace {

QByteArray withSections(const QByteArray &sections)
{
    return R"({"format": "modelreview.package/v1", "name": "demo", "version": "1.0", )" + sections + "}";
}

// A non-bare repository with one commit made by libgit2 (no git CLI): returns the head sha.
QString makeRepository(const QString &path)
{
    git_libgit2_init();
    git_repository *repo = nullptr;
    if (git_repository_init(&repo, QFile::encodeName(path).constData(), false) < 0)
        return {};
    git_oid blob, tree, commit;
    git_treebuilder *builder = nullptr;
    git_signature *sig = nullptr;
    QString sha;
    if (git_blob_create_from_buffer(&blob, repo, "print(1)\n", 9) == 0 &&
        git_treebuilder_new(&builder, repo, nullptr) == 0 &&
        git_treebuilder_insert(nullptr, builder, "train.py", &blob, GIT_FILEMODE_BLOB) == 0 &&
        git_treebuilder_write(&tree, builder) == 0 &&
        git_signature_new(&sig, "Ada", "ada@example.org", 1700000000, 0) == 0) {
        git_tree *t = nullptr;
        if (git_tree_lookup(&t, repo, &tree) == 0 &&
            git_commit_create(&commit, repo, "HEAD", sig, sig, nullptr, "one", t, 0, nullptr) == 0) {
            char hex[GIT_OID_HEXSZ + 1];
            git_oid_tostr(hex, sizeof hex, &commit);
            sha = QString::fromLatin1(hex);
        }
        git_tree_free(t);
    }
    git_signature_free(sig);
    git_treebuilder_free(builder);
    git_repository_free(repo);
    return sha;
}

bool appendText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(text) == text.size();
}

} // namespace

class TestHostilePackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packageFileIsConfined()
    {
        QTemporaryDir outside, dir;
        QVERIFY(test::writeTree(outside.path(), {{QStringLiteral("shadow"), "Zq7secret:$6$hash\n"}}));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("shadow")),
                            dir.filePath(QStringLiteral("model-package.json"))));
        const LoadResult r = loadPackageSync(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(QLatin1String("through a link")), qPrintable(r.error.toString()));
        QVERIFY2(!r.error.toString().contains(QLatin1String("Zq7")) &&
                     !r.error.message.contains(QLatin1String("last read")),
                 qPrintable(r.error.toString())); // nothing of the content echoed
    }

    void fifosAreNeverOpened_data()
    {
        QTest::addColumn<QString>("fifo");
        QTest::addColumn<bool>("fatal");
        QTest::newRow("results/rerun.json") << QStringLiteral("results/rerun.json") << false;
        QTest::newRow("model-package.json") << QStringLiteral("model-package.json") << true;
    }

    void fifosAreNeverOpened()
    {
        QFETCH(QString, fifo);
        QFETCH(bool, fatal);
        QTemporaryDir dir;
        QMap<QString, QByteArray> files{
            {QStringLiteral("results/claimed.json"), "{\"acc\": 0.9}"},
            {QStringLiteral("model-package.json"),
             withSections(
                 R"("results": {"claimed": "results/claimed.json", "rerun": "results/rerun.json"})")}};
        files.remove(fifo);
        QVERIFY(test::writeTree(dir.path(), files));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("results"))));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(fifo)).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadPackageSync(dir.path()); // a blocking open would hang here
        QVERIFY(timer.elapsed() < 60000);                 // not a speed bound: a blocking open never returns
        if (fatal) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.message.contains(QLatin1String("not a regular file")),
                     qPrintable(r.error.toString()));
            return;
        }
        QVERIFY(r.ok());
        QCOMPARE(r.package->results.errors.size(), 1);
        QVERIFY2(r.package->results.errors.first().message.contains(QLatin1String("FIFO")),
                 qPrintable(r.package->results.errors.first().toString()));
        QCOMPARE(r.package->results.rerun.size(), 0);
        // The digest lists no FIFO and opens none either.
        QVERIFY(computeDigestSync(dir.path()).ok);
    }

    void sectionsCannotUseFilesOutsideTheDigest_data()
    {
        QTest::addColumn<QByteArray>("sections");
        QTest::addColumn<QString>("file");
        QTest::newRow("rerun") << QByteArray(R"("results": {"rerun": "rerun.review.json"})")
                               << QStringLiteral("rerun.review.json");
        QTest::newRow("environment") << QByteArray(R"("environments": {"development": "dev.review.json"})")
                                     << QStringLiteral("dev.review.json");
        QTest::newRow("through a link")
            << QByteArray(R"("results": {"claimed": "results/c.json"})") << QStringLiteral("c.review.json");
    }

    void sectionsCannotUseFilesOutsideTheDigest()
    {
        QFETCH(QByteArray, sections);
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), withSections(sections)},
                                             {file, "{\"acc\": 0.9}"}}));
        if (sections.contains("results/c.json")) {
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("results"))));
            QVERIFY(QFile::link(QStringLiteral("../c.review.json"),
                                dir.filePath(QStringLiteral("results/c.json"))));
        }
        const LoadResult r = loadPackageSync(dir.path());
        QVERIFY(r.ok());
        const Diagnostics errors = r.package->results.errors + r.package->environments.errors;
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QLatin1String("left out of the package digest")),
                 qPrintable(errors.first().toString()));
        QVERIFY(r.package->results.rerun.isEmpty() && r.package->results.claimed.isEmpty());
        QVERIFY(r.package->environments.files.isEmpty());
    }

    void hostileJson_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate name")
            << QByteArray("{\"format\": \"modelreview.package/v1\", \"name\": \"a\",\n"
                          " \"version\": \"1\", \"name\": \"b\"}")
            << QStringLiteral(":2:18: name: duplicate key \"name\" (first at line 1");
        QTest::newRow("1e400") << withSections("\"extra\": 1e400") << QStringLiteral("1e400 is out of range");
        QTest::newRow("deep submitter")
            << withSections("\"submitter\": " + QByteArray(50000, '[') + QByteArray(50000, ']'))
            << QStringLiteral("nesting deeper than 512 levels");
        QTest::newRow("deep unknown key")
            << withSections("\"x\": " + QByteArray(50000, '{').replace("{", "{\"a\":") + "1" +
                            QByteArray(50000, '}'))
            << QStringLiteral("nesting deeper than 512 levels");
    }

    void hostileJson()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), document}}));
        const LoadResult r = loadPackageSync(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.toString().contains(message), qPrintable(r.error.toString()));
    }

    void namesThatAreNotUtf8_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("file") << QByteArray("r\xff.json") << QStringLiteral("r\\xff.json");
        QTest::newRow("folder") << QByteArray("d\xc3\x28/x.json") << QStringLiteral("d\\xc3(");
    }

    void namesThatAreNotUtf8()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        QVERIFY(
            test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), withSections("\"a\": 1")}}));
        const QByteArray root = QFile::encodeName(dir.path());
        if (name.contains('/'))
            QCOMPARE(::mkdir((root + '/' + name.left(name.indexOf('/'))).constData(), 0700), 0);
        const int fd = ::open((root + '/' + name).constData(), O_CREAT | O_WRONLY, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "{}", 2), ssize_t(2));
        ::close(fd);
        const DigestResult d = computeDigestSync(dir.path());
        QVERIFY(!d.ok);
        QVERIFY2(d.error.file.startsWith(shown), qPrintable(d.error.toString()));
        QVERIFY2(d.error.message.contains(QLatin1String("not valid UTF-8")), qPrintable(d.error.toString()));
        QVERIFY(!d.error.toString().contains(QChar::ReplacementCharacter)); // never substituted
        QVERIFY(removeTreeRaw(dir.path())); // QTemporaryDir cannot remove such names
    }

    // Archive entries Qt cannot name, or whose paths are too long, are refused with the entry
    // named, and the extraction folder is gone afterwards (it was left behind before).
    void archiveLeftovers_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("message");
        QTest::newRow("not UTF-8") << QByteArray("pkg/results/r\xff.json")
                                   << QStringLiteral("not valid UTF-8");
        QByteArray deep = "pkg";
        while (deep.size() < 5000)
            deep += '/' + QByteArray(120, 'd');
        QTest::newRow("longer than PATH_MAX")
            << deep + "/x.json" << QStringLiteral("longer than the system allows");
    }

    void archiveLeftovers()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, message);
        QTemporaryDir dir, tmp;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        const QString path = dir.filePath(QStringLiteral("pkg.tar"));
        archive *a = archive_write_new();
        QVERIFY(archive_write_set_format_pax(a) == ARCHIVE_OK);
        // Names stored as the bytes given (libarchive would otherwise convert them to "?").
        QVERIFY(archive_write_set_format_option(a, "pax", "hdrcharset", "BINARY") == ARCHIVE_OK);
        QVERIFY(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
        const QByteArray description = withSections("\"a\": 1");
        for (const auto &[name, data] : {std::pair{QByteArray("pkg/model-package.json"), description},
                                         std::pair{entry, QByteArray("{}")}}) {
            archive_entry *e = archive_entry_new();
            archive_entry_copy_pathname(e, name.constData());
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, data.size());
            QVERIFY2(archive_write_header(a, e) >= ARCHIVE_WARN, archive_error_string(a));
            QCOMPARE(archive_write_data(a, data.constData(), size_t(data.size())), la_ssize_t(data.size()));
            archive_entry_free(e);
        }
        archive_write_close(a);
        archive_write_free(a);
        const LoadResult r = loadPackageSync(path);
        const QStringList left =
            QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (oldTmp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", oldTmp);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.toString()));
        QVERIFY(!r.error.toString().contains(QChar::ReplacementCharacter));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' '))); // no extraction folder left behind
    }

    void extractionFolderRemovedWhatever()
    {
        std::shared_ptr<QTemporaryDir> folder = makeExtractionFolder();
        QVERIFY(folder->isValid());
        const QString path = folder->path();
        const QByteArray raw = QFile::encodeName(path);
        QCOMPARE(::mkdir((raw + "/d\xff").constData(), 0700), 0);
        const int fd = ::open((raw + "/d\xff/f").constData(), O_CREAT | O_WRONLY, 0000);
        QVERIFY(fd >= 0);
        ::close(fd);
        QCOMPARE(::chmod((raw + "/d\xff").constData(), 0500), 0); // no write permission
        folder.reset();
        QVERIFY(!QFileInfo::exists(path));
    }

    void legitimateReplacementCharacterIsHashed()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), withSections("\"a\": 1")},
                                             {QString::fromUtf8("r\xef\xbf\xbd.json"), "{}"}}));
        const DigestResult d = computeDigestSync(dir.path());
        QVERIFY2(d.ok, qPrintable(d.error.toString()));
        QCOMPARE(d.files, 2);
    }

    void repositoryConfinement_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain repository") << QString() << QString();
        QTest::newRow("gitdir file") << QStringLiteral("gitdir")
                                     << QStringLiteral("points outside the package");
        QTest::newRow("alternates") << QStringLiteral("alternates")
                                    << QStringLiteral("alternates points outside");
        QTest::newRow("core.worktree") << QStringLiteral("worktree") << QStringLiteral("core.worktree");
        QTest::newRow("link in git folder")
            << QStringLiteral("link") << QStringLiteral("leads outside the package");
        QTest::newRow("commondir") << QStringLiteral("commondir")
                                   << QStringLiteral("commondir points outside");
    }

    void repositoryConfinement()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        QTemporaryDir outside, dir;
        const QString elsewhere = outside.filePath(QStringLiteral("elsewhere"));
        QVERIFY(!makeRepository(elsewhere).isEmpty());
        const QString repo = dir.filePath(QStringLiteral("code"));
        QVERIFY(!makeRepository(repo).isEmpty());
        const QString gitDir = repo + QStringLiteral("/.git");
        if (setup == QLatin1String("gitdir")) {
            QVERIFY(QDir(gitDir).removeRecursively());
            QVERIFY(appendText(gitDir, "gitdir: " + QFile::encodeName(elsewhere) + "/.git\n"));
        } else if (setup == QLatin1String("alternates")) {
            QVERIFY(appendText(gitDir + QStringLiteral("/objects/info/alternates"),
                               QFile::encodeName(elsewhere) + "/.git/objects\n"));
        } else if (setup == QLatin1String("worktree")) {
            QVERIFY(appendText(gitDir + QStringLiteral("/config"), "[core]\n\tworktree = /usr\n"));
        } else if (setup == QLatin1String("link")) {
            QVERIFY(
                QFile::link(elsewhere + QStringLiteral("/.git/HEAD"), gitDir + QStringLiteral("/ORIG_HEAD")));
        } else if (setup == QLatin1String("commondir")) {
            QVERIFY(
                appendText(gitDir + QStringLiteral("/commondir"), QFile::encodeName(elsewhere) + "/.git\n"));
        }
        QVERIFY(test::writeTree(
            dir.path(),
            {{QStringLiteral("model-package.json"),
              withSections(R"("code": {"repository": "code", "base": "HEAD", "head": "HEAD"})")}}));
        const LoadResult r = loadPackageSync(dir.path());
        QVERIFY(r.ok());
        if (message.isEmpty()) {
            QVERIFY2(r.package->code.errors.isEmpty(),
                     qPrintable(r.package->code.errors.value(0).toString()));
            QVERIFY(!r.package->code.repositoryPath.isEmpty());
            return;
        }
        QCOMPARE(r.package->code.errors.size(), 1);
        QVERIFY2(r.package->code.errors.first().message.contains(message),
                 qPrintable(r.package->code.errors.first().toString()));
        QVERIFY(r.package->code.repositoryPath.isEmpty()); // nothing else opens it either
    }
};

QTEST_GUILESS_MAIN(TestHostilePackage)
#include "tst_hostilepackage.moc"
