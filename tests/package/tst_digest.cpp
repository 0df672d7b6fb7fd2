// SPDX-License-Identifier: Apache-2.0
#include "models/core/hashing.h"
#include "models/package/digest.h"
#include "models/package/loader.h"
#include "testpackages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace mr;

namespace {
const QMap<QString, QByteArray> kTree = {
    {QStringLiteral("model-package.json"),
     R"({"format": "modelreview.package/v1", "name": "d", "version": "1"})"},
    {QStringLiteral("code.git/objects/ab/cdef"), QByteArray(5000, 'x')},
    {QStringLiteral("data/files/train.csv"), "a,b\n1,2\n"},
    {QStringLiteral("data/ü-名前.txt"), "unicode\n"},
    {QStringLiteral("hello.txt"), "hello\n"},
};
} // namespace

class TestDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedListing();
    void stableAcrossFoldersAndThreads();
    void sensitiveToChanges_data();
    void sensitiveToChanges();
    void reviewFilesExcluded();
    void archivesGiveFolderDigest_data();
    void archivesGiveFolderDigest();
    void asyncProgressAndCancel();
};

void TestDigest::documentedListing()
{
    // docs/package-format.md: sha256 over "<path>\0<size>\0<sha256 hex>\n" per file, sorted.
    QTemporaryDir dir;
    QVERIFY(
        test::writeTree(dir.path(), {{QStringLiteral("b/z.txt"), "hello\n"}, {QStringLiteral("a.txt"), ""}}));
    const QByteArray listing = QByteArray("a.txt") + '\0' + "0" + '\0' +
                               "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n" +
                               "b/z.txt" + '\0' + "6" + '\0' +
                               "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\n";
    const DigestResult d = computeDigestSync(dir.path());
    QVERIFY(d.ok);
    QCOMPARE(d.files, 2);
    QCOMPARE(d.bytes, 6);
    QCOMPARE(d.digest,
             QStringLiteral("sha256:") + QString::fromLatin1(hashBytes(listing, HashAlgorithm::Sha256)));
}

void TestDigest::stableAcrossFoldersAndThreads()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QVERIFY(test::writeTree(a.path(), kTree));
    // Written in another order, in another folder.
    QMap<QString, QByteArray> reversed;
    for (auto it = kTree.keyValueBegin(); it != kTree.keyValueEnd(); ++it)
        reversed.insert(it->first, it->second);
    QVERIFY(test::writeTree(b.path(), reversed));
    const DigestResult one = computeDigestSync(a.path(), 1);
    const DigestResult four = computeDigestSync(a.path(), 4);
    const DigestResult other = computeDigestSync(b.path(), 2);
    QVERIFY(one.ok && four.ok && other.ok);
    QCOMPARE(one.digest, four.digest);
    QCOMPARE(one.digest, other.digest);
    QCOMPARE(one.files, int(kTree.size()));
}

void TestDigest::sensitiveToChanges_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("remove");
    QTest::newRow("one byte changed") << "hello.txt" << QByteArray("hellO\n") << false;
    QTest::newRow("git object changed") << "code.git/objects/ab/cdef" << QByteArray(5000, 'y') << false;
    QTest::newRow("file added") << "data/new.txt" << QByteArray() << false;
    QTest::newRow("file removed") << "data/files/train.csv" << QByteArray() << true;
    QTest::newRow("nested review file counts") << "data/x.review.json" << QByteArray("{}") << false;
}

void TestDigest::sensitiveToChanges()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(bool, remove);
    QTemporaryDir dir;
    QVERIFY(test::writeTree(dir.path(), kTree));
    const DigestResult before = computeDigestSync(dir.path());
    if (remove)
        QVERIFY(QFile::remove(dir.path() + QLatin1Char('/') + path));
    else
        QVERIFY(test::writeTree(dir.path(), {{path, content}}));
    const DigestResult after = computeDigestSync(dir.path());
    QVERIFY(before.ok && after.ok);
    QVERIFY(before.digest != after.digest);
}

void TestDigest::reviewFilesExcluded()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTree(dir.path(), kTree));
    const DigestResult before = computeDigestSync(dir.path());
    QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("churn.review.json"), "{\"a\": 1}"}}));
    const DigestResult after = computeDigestSync(dir.path());
    QCOMPARE(after.digest, before.digest);
    QCOMPARE(after.files, before.files);
}

void TestDigest::archivesGiveFolderDigest_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("zip") << "zip" << QString();
    QTest::newRow("tar") << "tar" << QString();
    QTest::newRow("tar.gz") << "tar.gz" << QString();
    QTest::newRow("tar.zst") << "tar.zst" << QString();
    QTest::newRow("tar.gz in a folder") << "tar.gz"
                                        << "churn-2.3.0";
}

void TestDigest::archivesGiveFolderDigest()
{
    QFETCH(QString, format);
    QFETCH(QString, prefix);
    QTemporaryDir src;
    QTemporaryDir work;
    QVERIFY(test::writeTree(src.path(), kTree));
    const LoadResult folder = loadPackageSync(src.path());
    QVERIFY2(folder.ok(), qPrintable(folder.error.toString()));
    const QString archive = work.path() + QStringLiteral("/pkg.") + format;
    QVERIFY(test::archiveFolder(src.path(), archive, format, prefix));
    const LoadResult packed = loadPackageSync(archive);
    QVERIFY2(packed.ok(), qPrintable(packed.error.toString()));
    const DigestResult a = computeDigestSync(folder.package->rootPath);
    const DigestResult b = computeDigestSync(packed.package->rootPath);
    QVERIFY(a.ok && b.ok);
    QCOMPARE(b.digest, a.digest);
}

void TestDigest::asyncProgressAndCancel()
{
    QTemporaryDir dir;
    QMap<QString, QByteArray> big;
    for (int i = 0; i < 64; ++i)
        big.insert(QStringLiteral("f%1.bin").arg(i), QByteArray(1 << 20, char(i)));
    QVERIFY(test::writeTree(dir.path(), big));
    const QString root = dir.path();

    QFuture<DigestResult> f =
        QtConcurrent::run([root](QPromise<DigestResult> &p) { computeDigest(p, root, 2); });
    f.waitForFinished();
    QCOMPARE(f.resultCount(), 1);
    QVERIFY(f.result().ok);
    QCOMPARE(f.progressValue(), f.progressMaximum());
    QCOMPARE(f.progressMaximum(), 64 * 1024); // KiB

    QFuture<DigestResult> c =
        QtConcurrent::run([root](QPromise<DigestResult> &p) { computeDigest(p, root, 1); });
    c.cancel();
    c.waitForFinished();
    QVERIFY(c.isCanceled());
    QCOMPARE(c.resultCount(), 0);
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
