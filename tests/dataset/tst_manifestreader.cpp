// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/manifestreader.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace mr::dataset;

namespace {
const QByteArray kShaA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // sha256("test")
const QByteArray kMd5A = "098f6bcd4621d373cade4e832627b4f6";                                 // md5("test")

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
    return path;
}
} // namespace

class TestManifestReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void jsonLines();
    void csv();
    void hostile_data();
    void hostile();
    void tooLongLine();
    void duplicates();
    void lfsPointers();
    void dvcLockWithListing();
    void dvcRealWorld_data();
    void dvcRealWorld();
    void asyncBatches();
    void unreadable();
};

void TestManifestReader::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("format");
    QTest::newRow("jsonl") << QByteArray("{\"path\":\"a\"}\n") << int(ManifestFormat::JsonLines);
    QTest::newRow("jsonl-ws") << QByteArray("\n  {\"path\":\"a\"}") << int(ManifestFormat::JsonLines);
    QTest::newRow("csv") << QByteArray("path,size,sha256\na,1,x\n") << int(ManifestFormat::Csv);
    QTest::newRow("lock") << QByteArray("schema: '2.0'\nstages:\n") << int(ManifestFormat::DvcLock);
    QTest::newRow("dvc") << QByteArray("outs:\n- md5: x\n") << int(ManifestFormat::DvcFile);
    QTest::newRow("lfs") << QByteArray("version https://git-lfs.github.com/spec/v1\noid sha256:x\n")
                         << int(ManifestFormat::LfsPointers);
    QTest::newRow("garbage") << QByteArray("hello world") << int(ManifestFormat::Unknown);
}

void TestManifestReader::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QCOMPARE(int(detectManifestFormat(head)), format);
}

void TestManifestReader::jsonLines()
{
    QTemporaryDir dir;
    const QByteArray data = "{\"path\":\"train/a.csv\",\"size\":4,\"sha256\":\"" + kShaA +
                            "\",\"rows\":10,\"split\":\"train\"}\n"
                            "\n"
                            "{\"path\":\"test/b.csv\",\"size\":4,\"md5\":\"" +
                            kMd5A.toUpper() +
                            "\",\"rows\":5,\"split\":\"test\",\"media_type\":\"text/csv\",\"ok\":true}\r\n"
                            "{\"path\":\"c.bin\",\"size\":0,\"split\":\"train\",\"tags\":[1,2],\"n\":null}";
    const auto r = loadManifestSync(writeFile(dir, "m.jsonl", data), "pkg/m.jsonl");
    QVERIFY(r.ok());
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
    const Manifest &m = *r.manifest;
    QCOMPARE(m.format, QStringLiteral("jsonl"));
    QCOMPARE(m.size(), 3);
    QCOMPARE(m.path(0), QStringLiteral("train/a.csv"));
    QCOMPARE(m.fileSize(1), 4);
    QCOMPARE(m.hashKind(0), HashKind::Sha256);
    QCOMPARE(m.digestHex(0), kShaA);
    QCOMPARE(m.hashKind(1), HashKind::Md5);
    QCOMPARE(m.digestHex(1), kMd5A);
    QCOMPARE(m.hashKind(2), HashKind::None);
    QCOMPARE(m.line(1), 3);
    QCOMPARE(m.line(2), 4);
    const int split = m.columnIndex("split"), rows = m.columnIndex("rows");
    QVERIFY(split >= 0 && rows >= 0);
    QCOMPARE(m.columns()[size_t(split)].kind, ExtraColumn::Kind::Text);
    QCOMPARE(m.extraText(split, 2), QStringLiteral("train"));
    QCOMPARE(m.extraNumber(rows, 1), 5.0);
    QVERIFY(std::isnan(m.extraNumber(rows, 2)));
    QCOMPARE(m.extraText(m.columnIndex("media_type"), 0), QString());
    QCOMPARE(m.extraText(m.columnIndex("ok"), 1), QStringLiteral("true"));
    QCOMPARE(m.extraText(m.columnIndex("tags"), 2), QStringLiteral("[1,2]"));
    // "train" is stored once.
    QCOMPARE(m.columns()[size_t(split)].texts[0], m.columns()[size_t(split)].texts[2]);
    QCOMPARE(m.find("test/b.csv"), 1);
    QCOMPARE(m.find("nope"), -1);
    const ManifestTotals t = manifestTotals(m);
    QCOMPARE(t.files, 3);
    QCOMPARE(t.bytes, 8);
    QCOMPARE(t.rows, 15);
    QCOMPARE(t.withHash, 2);
    QCOMPARE(t.perSplit.value("train").files, 2);
    QCOMPARE(t.perSplit.value("test").rows, 5);
}

void TestManifestReader::csv()
{
    QTemporaryDir dir;
    const QByteArray data = "path,size,sha256,rows,split,note\n"
                            "a.csv,4," +
                            kShaA +
                            ",10,train,plain\n"
                            "\"b, with comma.csv\",4,,3,test,\"multi\nline \"\"quoted\"\"\"\n"
                            "c.csv,x,,1,test,bad size\n"
                            "d.csv,4\n";
    const auto r = loadManifestSync(writeFile(dir, "m.csv", data), "m.csv");
    QVERIFY(r.ok());
    const Manifest &m = *r.manifest;
    QCOMPARE(m.format, QStringLiteral("csv"));
    QCOMPARE(m.size(), 2);
    QCOMPARE(m.path(1), QStringLiteral("b, with comma.csv"));
    QCOMPARE(m.extraText(m.columnIndex("note"), 1), QStringLiteral("multi\nline \"quoted\""));
    QCOMPARE(m.hashKind(1), HashKind::None);
    QCOMPARE(r.diagnostics.size(), 2);
    QCOMPARE(r.diagnostics[0].line, 5); // the quoted field spans lines 3-4
    QVERIFY(r.diagnostics[0].message.contains("not a non-negative integer"));
    QCOMPARE(r.diagnostics[1].line, 6);
    QVERIFY(r.diagnostics[1].message.contains("columns"));
}

void TestManifestReader::hostile_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("this is not json") << "JSON";
    QTest::newRow("truncated") << QByteArray("{\"path\":\"x\",\"size\":") << "";
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("missing path") << QByteArray("{\"size\":1}") << "missing \"path\"";
    QTest::newRow("missing size") << QByteArray("{\"path\":\"x\"}") << "missing \"size\"";
    QTest::newRow("size string") << QByteArray("{\"path\":\"x\",\"size\":\"12\"}") << "size is not";
    QTest::newRow("size negative") << QByteArray("{\"path\":\"x\",\"size\":-1}") << "size is not";
    QTest::newRow("size float") << QByteArray("{\"path\":\"x\",\"size\":1.5}") << "size is not";
    QTest::newRow("short hash") << QByteArray("{\"path\":\"x\",\"size\":1,\"sha256\":\"abc\"}")
                                << "expected 64 hex";
    QTest::newRow("md5 length") << QByteArray("{\"path\":\"x\",\"size\":1,\"md5\":\"" + kShaA + "\"}")
                                << "expected 32 hex";
    QTest::newRow("non hex")
        << QByteArray("{\"path\":\"x\",\"size\":1,\"md5\":\"zz8f6bcd4621d373cade4e832627b4f6\"}")
        << "not hexadecimal";
    QTest::newRow("dotdot") << QByteArray("{\"path\":\"a/../../etc/passwd\",\"size\":1}")
                            << "leaves the data root";
    QTest::newRow("absolute") << QByteArray("{\"path\":\"/etc/passwd\",\"size\":1}") << "absolute path";
    QTest::newRow("windows") << QByteArray("{\"path\":\"C:\\\\x\",\"size\":1}") << "absolute path";
    QTest::newRow("empty path") << QByteArray("{\"path\":\"\",\"size\":1}") << "empty path";
    QTest::newRow("nul byte") << QByteArray("{\"path\":\"a\0b\",\"size\":1}", 23) << "NUL byte";
    QTest::newRow("escaped nul") << QByteArray("{\"path\":\"a\\u0000b\",\"size\":1}") << "NUL byte";
    QTest::newRow("trailing") << QByteArray("{\"path\":\"x\",\"size\":1} junk") << "unexpected text";
    QTest::newRow("path number") << QByteArray("{\"path\":3,\"size\":1}") << "path is not a string";
}

void TestManifestReader::hostile()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QByteArray data =
        "{\"path\":\"good1\",\"size\":1}\n" + line + "\n{\"path\":\"good2\",\"size\":2}\n";
    const auto r = loadManifestSync(writeFile(dir, "m.jsonl", data), "pkg/m.jsonl");
    QVERIFY(r.ok());
    QCOMPARE(r.manifest->size(), 2);
    QCOMPARE(r.manifest->path(1), QStringLiteral("good2"));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].file, QStringLiteral("pkg/m.jsonl"));
    QCOMPARE(r.diagnostics[0].line, 2);
    QVERIFY2(r.diagnostics[0].message.contains(message), qPrintable(r.diagnostics[0].toString()));
    QCOMPARE(r.manifest->rejectedLines, 1);
}

void TestManifestReader::tooLongLine()
{
    QTemporaryDir dir;
    QByteArray data = "{\"path\":\"a\",\"size\":1}\n{\"path\":\"";
    data += QByteArray(10 << 20, 'x');
    data += "\",\"size\":1}\n{\"path\":\"b\",\"size\":1}\n";
    const auto r = loadManifestSync(writeFile(dir, "m.jsonl", data), "m.jsonl");
    QVERIFY(r.ok());
    QCOMPARE(r.manifest->size(), 2);
    QCOMPARE(r.manifest->path(1), QStringLiteral("b"));
    QCOMPARE(r.manifest->line(1), 3);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].line, 2);
    QVERIFY(r.diagnostics[0].message.contains("the limit is"));
}

void TestManifestReader::duplicates()
{
    QTemporaryDir dir;
    const QByteArray data =
        "{\"path\":\"a\",\"size\":1}\n{\"path\":\"b\",\"size\":1}\n{\"path\":\"a\",\"size\":2}\n";
    const auto r = loadManifestSync(writeFile(dir, "m.jsonl", data), "m.jsonl");
    QCOMPARE(r.duplicates.size(), size_t(1));
    QCOMPARE(r.duplicates[0], 2);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].line, 3);
    QVERIFY(r.diagnostics[0].message.contains("first on line 1"));
    QCOMPARE(r.manifest->find("a"), 0);
}

void TestManifestReader::lfsPointers()
{
    QTemporaryDir dir;
    const QByteArray pointer =
        "version https://git-lfs.github.com/spec/v1\noid sha256:" + kShaA + "\nsize 4\n";
    writeFile(dir, "lfs/images/a.png", pointer);
    writeFile(dir, "lfs/b.bin", pointer);
    writeFile(dir, "lfs/real.txt", "not a pointer");
    auto r = loadManifestSync(dir.filePath("lfs"), "lfs");
    QVERIFY(r.ok());
    QCOMPARE(r.manifest->format, QStringLiteral("lfs"));
    QCOMPARE(r.manifest->size(), 2);
    QCOMPARE(r.manifest->path(0), QStringLiteral("b.bin"));
    QCOMPARE(r.manifest->path(1), QStringLiteral("images/a.png"));
    QCOMPARE(r.manifest->digestHex(1), kShaA);
    QCOMPARE(r.manifest->fileSize(1), 4);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].where, QStringLiteral("real.txt"));
    // A single pointer file stands for one entry.
    r = loadManifestSync(dir.filePath("lfs/b.bin"), "b.bin");
    QVERIFY(r.ok());
    QCOMPARE(r.manifest->size(), 1);
}

void TestManifestReader::dvcLockWithListing()
{
    QTemporaryDir dir;
    const QByteArray lock =
        "schema: '2.0'\nstages:\n  prepare:\n    cmd: python prepare.py\n    outs:\n"
        "    - path: data/prepared\n      hash: md5\n      md5: 153aad06d376b6595932470e459ef42a.dir\n"
        "      size: 12\n      nfiles: 2\n"
        "    - path: model.pkl\n      md5: " +
        kMd5A +
        "\n      size: 4\n"
        "    - path: ../escape\n      md5: " +
        kMd5A +
        "\n      size: 4\n"
        "  train:\n    outs:\n    - path: data/other\n      md5: 0123456789abcdef0123456789abcdef.dir\n"
        "      size: 7\n      nfiles: 3\n";
    writeFile(dir, ".dvc/cache/files/md5/15/3aad06d376b6595932470e459ef42a.dir",
              "[{\"md5\": \"" + kMd5A + "\", \"relpath\": \"test.tsv\"}, {\"md5\": \"" + kMd5A +
                  "\", \"relpath\": \"sub/train.tsv\", \"size\": 8}]");
    const auto r = loadManifestSync(writeFile(dir, "dvc.lock", lock), "dvc.lock");
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Manifest &m = *r.manifest;
    QCOMPARE(m.format, QStringLiteral("dvc.lock"));
    QCOMPARE(m.size(), 4);
    QCOMPARE(m.path(0), QStringLiteral("data/prepared/test.tsv"));
    QCOMPARE(m.path(1), QStringLiteral("data/prepared/sub/train.tsv"));
    QCOMPARE(m.fileSize(1), 8);
    QCOMPARE(m.hashKind(0), HashKind::Md5);
    QCOMPARE(m.path(2), QStringLiteral("model.pkl"));
    QCOMPARE(m.extraText(m.columnIndex("stage"), 2), QStringLiteral("prepare"));
    QCOMPARE(m.path(3), QStringLiteral("data/other"));
    QCOMPARE(m.hashKind(3), HashKind::None);
    QCOMPARE(m.extraNumber(m.columnIndex("nfiles"), 3), 3.0);
    QCOMPARE(m.declaredTotalBytes, 12);
    QCOMPARE(m.declaredFileCount, 2);
    QCOMPARE(m.rejectedUnsafePaths, 1);
    QCOMPARE(r.diagnostics.size(), 2);
}

void TestManifestReader::dvcRealWorld_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entries");
    QTest::newRow("lock 3 with hash") << "iterative+example-get-started__dvc.lock@06ea489" << -1;
    QTest::newRow("lock 2 without hash") << "iterative+example-get-started__dvc.lock@00071e8" << -1;
    QTest::newRow("lock before") << "iterative+example-get-started__dvc.lock@ae0920e" << -1;
    QTest::newRow(".dvc import") << "iterative+example-get-started__data_data.xml.dvc@06ea489" << 1;
}

void TestManifestReader::dvcRealWorld()
{
    QFETCH(QString, file);
    QFETCH(int, entries);
    const QString path = QStringLiteral(MR_SHARED_DIR "/real-world/") + file;
    if (!QFileInfo::exists(path))
        QSKIP("real-world samples not present");
    const auto r = loadManifestSync(path, file);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Manifest &m = *r.manifest;
    QVERIFY(m.size() >= 1);
    if (entries >= 0)
        QCOMPARE(m.size(), entries);
    if (file.endsWith(".dvc@06ea489")) {
        QCOMPARE(m.path(0), QStringLiteral("data.xml"));
        QCOMPARE(m.digestHex(0), QByteArray("22a1a2931c8370d3aeedd7183606fd7f"));
        QCOMPARE(m.fileSize(0), 14445097);
        return;
    }
    // Every out is an entry; directory outs without their listing stay one entry, explained.
    bool sawModel = false, sawDir = false;
    for (qsizetype i = 0; i < m.size(); ++i) {
        sawModel |= m.path(i) == QLatin1String("model.pkl") && m.hashKind(i) == HashKind::Md5;
        sawDir |= m.path(i) == QLatin1String("data/prepared") && m.hashKind(i) == HashKind::None;
    }
    QVERIFY(sawModel);
    QVERIFY(sawDir);
    QVERIFY(!r.diagnostics.isEmpty());
    QVERIFY(r.diagnostics[0].message.contains("listing is not in the package"));
}

void TestManifestReader::asyncBatches()
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 50000; ++i)
        data += "{\"path\":\"f/" + QByteArray::number(i) + "\",\"size\":" + QByteArray::number(i) +
                ",\"split\":\"" + (i % 3 ? "train" : "test") + "\"}\n";
    data += "bad\n";
    ReadOptions o;
    o.firstBatchRows = 1000;
    o.batchRows = 10000;
    const QString path = writeFile(dir, "m.jsonl", data);
    QFuture<ManifestBatch> f =
        QtConcurrent::run([&](QPromise<ManifestBatch> &p) { loadManifest(p, path, "m", o); });
    f.waitForFinished();
    const QList<ManifestBatch> batches = f.results();
    QVERIFY(batches.size() >= 3);
    QCOMPARE(batches.first().rows->size(), qsizetype(4096)); // first checkpoint past 1000 rows
    QVERIFY(batches.last().last);
    Manifest all;
    int diags = 0;
    for (const ManifestBatch &b : batches) {
        all.append(*b.rows);
        diags += int(b.diagnostics.size());
    }
    QCOMPARE(all.size(), 50000);
    QCOMPARE(diags, 1);
    QCOMPARE(all.path(49999), QStringLiteral("f/49999"));
    QCOMPARE(all.extraText(all.columnIndex("split"), 49999), QStringLiteral("train"));
    QCOMPARE(all.extraText(all.columnIndex("split"), 0), QStringLiteral("test"));
    QCOMPARE(all.fileSize(12345), 12345);
    QCOMPARE(all.pool().count(), 3); // "", "test", "train"
}

void TestManifestReader::unreadable()
{
    QTemporaryDir dir;
    auto r = loadManifestSync(dir.filePath("absent.jsonl"), "absent.jsonl");
    QVERIFY(!r.ok());
    QVERIFY(r.error.message.contains("cannot open"));
    r = loadManifestSync(writeFile(dir, "x.txt", "just some words"), "x.txt");
    QVERIFY(!r.ok());
    QVERIFY(r.error.message.contains("unrecognised"));
    r = loadManifestSync(writeFile(dir, "bad.lock", "schema: '2.0'\nstages: [unclosed\n"), "bad.lock");
    QVERIFY(!r.ok());
    QVERIFY(r.error.line > 0);
}

QTEST_GUILESS_MAIN(TestManifestReader)
#include "tst_manifestreader.moc"
