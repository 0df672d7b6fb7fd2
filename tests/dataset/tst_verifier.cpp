// SPDX-License-Identifier: Apache-2.0
#include "models/core/hashing.h"
#include "models/dataset/manifestreader.h"
#include "models/dataset/verifier.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <thread>

using namespace mr::dataset;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray line(const QString &path, const QByteArray &content, bool md5 = false)
{
    const QByteArray hex = mr::hashBytes(content, md5 ? mr::HashAlgorithm::Md5 : mr::HashAlgorithm::Sha256);
    return "{\"path\":\"" + path.toUtf8() + "\",\"size\":" + QByteArray::number(content.size()) + ",\"" +
           (md5 ? "md5" : "sha256") + "\":\"" + hex + "\"}\n";
}
} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data();
    void knownDigests();
    void tree();
    void noRoot();
    void artifacts();
    void cancelAndResume();
};

void TestVerifier::knownDigests_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("sha256 empty") << QByteArray() << int(mr::HashAlgorithm::Sha256)
                                  << QByteArray(
                                         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("sha256 abc") << QByteArray("abc") << int(mr::HashAlgorithm::Sha256)
                                << QByteArray(
                                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("md5 empty") << QByteArray() << int(mr::HashAlgorithm::Md5)
                               << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("md5 fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                             << int(mr::HashAlgorithm::Md5) << QByteArray("9e107d9d372bb6826bd81d3542a419d6");
    QTest::newRow("sha256 3 MB") << QByteArray(3 << 20, 'a') << int(mr::HashAlgorithm::Sha256)
                                 << QByteArray();
}

void TestVerifier::knownDigests()
{
    QFETCH(QByteArray, content);
    QFETCH(int, algorithm);
    QFETCH(QByteArray, hex);
    const auto alg = mr::HashAlgorithm(algorithm);
    if (hex.isEmpty())
        hex = mr::hashBytes(content, alg); // large file: reads in several slices must agree
    QTemporaryDir dir;
    const QString path = dir.filePath("f");
    writeFile(path, content);
    QCOMPARE(mr::hashBytes(content, alg), hex);
    const mr::FileHash h = mr::hashFile(path, alg);
    QVERIFY(h.ok);
    QCOMPARE(h.hex, hex);
    QCOMPARE(h.size, content.size());
    mr::FileHasher hasher(4096); // small buffer: many reads
    std::atomic<qint64> bytes{0};
    const auto r = hasher.hash(QFile::encodeName(path).constData(), alg, content.size(), nullptr, &bytes);
    QCOMPARE(r.status, mr::FileHasher::Status::Ok);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(r.digest), r.digestLength).toHex(), hex);
    QCOMPARE(bytes.load(), content.size());
    QCOMPARE(hasher.hash(QFile::encodeName(path).constData(), alg, content.size() + 1).status,
             mr::FileHasher::Status::SizeDiffers);
}

void TestVerifier::tree()
{
    QTemporaryDir dir;
    const QString root = dir.filePath("data");
    QByteArray manifest;
    for (int i = 0; i < 20; ++i) {
        const QByteArray content = "file " + QByteArray::number(i);
        writeFile(root + QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i), content);
        manifest += line(QStringLiteral("d%1/f%2.txt").arg(i % 3).arg(i), content, i % 2);
    }
    manifest += line("changed.bin", "original");
    writeFile(root + "/changed.bin", "tampered"); // same size, other content
    manifest += line("grown.bin", "short");
    writeFile(root + "/grown.bin", "longer content");
    manifest += line("missing.bin", "gone");
    manifest += "{\"path\":\"nohash.bin\",\"size\":3}\n";
    writeFile(root + "/nohash.bin", "abc");
    writeFile(root + "/extra/unlisted.txt", "surprise");
    writeFile(dir.filePath("m.jsonl"), manifest);
    const auto loaded = loadManifestSync(dir.filePath("m.jsonl"), "m.jsonl");
    QVERIFY(loaded.ok());
    Verification v(loaded.manifest, root);
    QVERIFY(v.rootAvailable());
    VerifyOptions o;
    o.jobs = 3;
    const VerifyTotals t = verifySync(v, o);
    QVERIFY(t.complete);
    QCOMPARE(t.counts[int(EntryStatus::Ok)], 20);
    QCOMPARE(t.counts[int(EntryStatus::Mismatch)], 2);
    QCOMPARE(t.counts[int(EntryStatus::Missing)], 1);
    QCOMPARE(t.counts[int(EntryStatus::NoHash)], 1);
    QCOMPARE(t.counts[int(EntryStatus::Pending)], 0);
    QCOMPARE(t.unlisted, 1);
    QCOMPARE(t.problems(), 3);
    const Manifest &m = *loaded.manifest;
    QCOMPARE(v.status(m.find("changed.bin")), EntryStatus::Mismatch);
    QVERIFY(v.detail(m.find("changed.bin")).startsWith("sha256 "));
    QCOMPARE(v.detail(m.find("grown.bin")), QStringLiteral("size 14, expected 5"));
    QCOMPARE(v.status(m.find("missing.bin")), EntryStatus::Missing);
    QCOMPARE(v.unlisted().value(0).path, QStringLiteral("extra/unlisted.txt"));
    QCOMPARE(v.unlisted().value(0).size, 8);
    const VerifyProgress p = v.progress();
    QCOMPARE(p.filesDone, p.filesTotal);
    QVERIFY(!p.text().isEmpty());
}

void TestVerifier::noRoot()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("m.jsonl"), line("a", "x"));
    const auto loaded = loadManifestSync(dir.filePath("m.jsonl"), "m.jsonl");
    Verification v(loaded.manifest, QString());
    QVERIFY(!v.rootAvailable());
    const VerifyTotals t = verifySync(v);
    QVERIFY(!t.rootAvailable);
    QCOMPARE(t.counts[int(EntryStatus::Pending)], 1);
    QCOMPARE(t.problems(), 0);
}

void TestVerifier::artifacts()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("m.jsonl"), QByteArray());
    writeFile(dir.filePath("model/model.onnx"), "weights");
    writeFile(dir.filePath("model/other.onnx"), "weights");
    const auto loaded = loadManifestSync(dir.filePath("m.jsonl"), "m.jsonl");
    QVERIFY(loaded.ok());
    QList<mr::Artifact> arts;
    arts.append({"model/model.onnx", dir.filePath("model/model.onnx"),
                 QString::fromLatin1(mr::hashBytes("weights", mr::HashAlgorithm::Sha256)), 7});
    arts.append({"model/other.onnx", dir.filePath("model/other.onnx"), QString(64, QLatin1Char('0')), -1});
    arts.append({"model/absent.onnx", dir.filePath("model/absent.onnx"), QString(), -1});
    Verification v(loaded.manifest, QString(), arts);
    const VerifyTotals t = verifySync(v);
    const QList<ArtifactCheck> checks = v.artifacts();
    QCOMPARE(checks[0].status, EntryStatus::Ok);
    QCOMPARE(checks[1].status, EntryStatus::Mismatch);
    QCOMPARE(checks[2].status, EntryStatus::Missing);
    QCOMPARE(t.artifactCounts[int(EntryStatus::Ok)], 1);
    QCOMPARE(t.problems(), 2);
}

void TestVerifier::cancelAndResume()
{
    QTemporaryDir dir;
    const QString root = dir.filePath("data");
    QByteArray manifest;
    const QByteArray content(256 << 10, 'z');
    for (int i = 0; i < 400; ++i) {
        writeFile(root + QStringLiteral("/f%1").arg(i), content);
        manifest += line(QStringLiteral("f%1").arg(i), content);
    }
    writeFile(dir.filePath("m.jsonl"), manifest);
    const auto loaded = loadManifestSync(dir.filePath("m.jsonl"), "m.jsonl");
    auto v = std::make_shared<Verification>(loaded.manifest, root);
    VerifyOptions o;
    o.jobs = 1;
    // Cancel from another thread as soon as a few files are done.
    std::atomic_bool cancel{false};
    std::thread canceller([&] {
        while (v->progress().filesDone < 5)
            std::this_thread::yield();
        cancel = true;
    });
    const VerifyTotals first = verifySync(*v, o, &cancel);
    canceller.join();
    QVERIFY(first.canceled);
    QVERIFY(!first.complete);
    const qint64 done = first.counts[int(EntryStatus::Ok)];
    QVERIFY(done > 0);
    QVERIFY2(done < 400, "finished before the cancel took effect");
    QCOMPARE(first.counts[int(EntryStatus::Pending)], 400 - done);
    // Resume through the asynchronous API: only the rest is checked.
    QFutureWatcher<VerifyTotals> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<VerifyTotals>::finished);
    watcher.setFuture(QtConcurrent::run([v](QPromise<VerifyTotals> &p) { verify(p, v); }));
    QVERIFY(finished.wait(60000));
    const VerifyTotals second = watcher.result();
    QVERIFY(second.complete);
    QCOMPARE(second.counts[int(EntryStatus::Ok)], 400);
    QCOMPARE(v->progress().filesTotal, 400 - done);
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
