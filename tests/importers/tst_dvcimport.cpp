// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/manifestreader.h"
#include "models/dataset/verifier.h"
#include "models/dvc/dvcproject.h"
#include "models/importers/importer.h"
#include "models/results/resultsreader.h"
#include "tests/importers/importfixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mr;

namespace {

QStringList rules(const Package &p, const QString &rule)
{
    QStringList out;
    for (const Finding &f : p.sourceFindings)
        if (f.ruleId == rule)
            out << f.message;
    return out;
}

QByteArray readReal(const QString &name)
{
    QFile f(QStringLiteral(MR_SHARED_DIR "/real-world/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDvcImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void project_data();
    void project();
    void verifyHashRules_data();
    void verifyHashRules();
    void textRule_data();
    void textRule();
    void realLockFiles_data();
    void realLockFiles();
    void malformedLock_data();
    void malformedLock();
    void dvcOutputs_data();
    void dvcOutputs();
    void dirListingSizes_data();
    void dirListingSizes();
};

void TestDvcImport::project_data()
{
    QTest::addColumn<bool>("dvc3");
    QTest::newRow("DVC 3") << true;
    QTest::newRow("DVC 2") << false;
}

void TestDvcImport::project()
{
    QFETCH(bool, dvc3);
    QTemporaryDir tmp;
    const fixtures::Repo repo = fixtures::makeRepo(tmp.path());
    QVERIFY(repo.ok);
    fixtures::dvcProject(tmp.path(), dvc3);
    const LoadResult r = importers::openSourceSync(tmp.path());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Package &p = *r.package;
    QCOMPARE(p.sourceKind, QStringLiteral("dvc"));
    QVERIFY2(p.sourceDescription.contains(dvc3 ? QStringLiteral("DVC 3") : QStringLiteral("DVC 2")),
             qPrintable(p.sourceDescription));
    QCOMPARE(p.code.head, repo.second);
    QCOMPARE(p.code.base, repo.first);
    // Stale lock stage and changed param, each naming both files and both values.
    const QStringList stale = rules(p, QStringLiteral("dataset.dvc-stale-lock-stage"));
    QCOMPARE(stale.size(), 1);
    QVERIFY2(stale.first().contains(QStringLiteral("\"evaluate\"")) &&
                 stale.first().contains(QStringLiteral("dvc.yaml")),
             qPrintable(stale.first()));
    const QStringList params = rules(p, QStringLiteral("dataset.dvc-param-changed"));
    QCOMPARE(params.size(), 1); // min_split 0.01 and 0.010 are the same value
    QVERIFY2(params.first().contains(QStringLiteral("train.n_est = 50")) &&
                 params.first().contains(QStringLiteral("params.yaml now says 100")),
             qPrintable(params.first()));
    // Results: the metrics file dvc.yaml names; environments: requirements.txt.
    QCOMPARE(p.results.claimed.size(), 1);
    QCOMPARE(p.results.claimed.first().relativePath, QStringLiteral("eval/metrics.json"));
    QCOMPARE(p.environments.files.first().relativePath, QStringLiteral("requirements.txt"));
    // Dataset: the project folder reads as lock outs and deps, .dvc outs, and the .dir listing.
    QVERIFY(p.dataset.usable());
    const dataset::ManifestLoadResult m =
        dataset::loadManifestSync(p.dataset.manifestPath, QStringLiteral("."));
    QVERIFY2(m.ok(), qPrintable(m.error.toString()));
    QCOMPARE(m.manifest->format, QStringLiteral("dvc-project"));
    QStringList paths;
    for (qsizetype i = 0; i < m.manifest->size(); ++i)
        paths << m.manifest->path(i);
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("data/features/a.txt"), QStringLiteral("data/features/b.txt"),
                                 QStringLiteral("data/raw.csv"), QStringLiteral("eval/old.json"),
                                 QStringLiteral("model.pkl")}));
}

void TestDvcImport::verifyHashRules_data()
{
    project_data();
}

void TestDvcImport::verifyHashRules()
{
    QFETCH(bool, dvc3);
    QTemporaryDir tmp;
    fixtures::dvcProject(tmp.path(), dvc3);
    const dataset::ManifestLoadResult m = dataset::loadManifestSync(tmp.path(), QStringLiteral("."));
    QVERIFY(m.ok());
    dataset::Verification v(m.manifest, tmp.path());
    dataset::VerifyOptions options;
    options.findUnlisted = false;
    dataset::verifySync(v, options);
    for (qsizetype i = 0; i < m.manifest->size(); ++i) {
        const QString path = m.manifest->path(i);
        // The CRLF CSV: DVC 2 hashed it as text, DVC 3 as raw bytes: both verify. The stale
        // stage's output is absent.
        const dataset::EntryStatus expected =
            path == QLatin1String("eval/old.json") ? dataset::EntryStatus::Missing : dataset::EntryStatus::Ok;
        QVERIFY2(v.status(i) == expected, qPrintable(path + QStringLiteral(": ") + v.detail(i)));
    }
    // A CRLF file under the wrong rule is a mismatch: DVC 3 never converts.
    if (dvc3) {
        fixtures::write(tmp.path(), QStringLiteral("data/raw.csv"),
                        QByteArray("id,label\n1,a\n2,b\n").leftJustified(22, ' '));
        dataset::Verification again(m.manifest, tmp.path());
        dataset::verifySync(again, options);
        for (qsizetype i = 0; i < m.manifest->size(); ++i)
            if (m.manifest->path(i) == QLatin1String("data/raw.csv"))
                QCOMPARE(again.status(i), dataset::EntryStatus::Mismatch);
    }
}

void TestDvcImport::textRule_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("text");
    QTest::addColumn<QByteArray>("hashedAs");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("crlf text") << QByteArray("a\r\nb\r\n") << true << QByteArray("a\nb\n");
    QTest::newRow("lone cr kept") << QByteArray("a\rb\r\n") << true << QByteArray("a\rb\n");
    QTest::newRow("nul is binary") << QByteArray("a\r\n\0b", 5) << false << QByteArray("a\r\n\0b", 5);
    QTest::newRow("mostly high bytes")
        << QByteArray("\xff\xfe\xfd\xfc\r\n") << false << QByteArray("\xff\xfe\xfd\xfc\r\n");
    QTest::newRow("some utf-8 is text")
        << QByteArray("caf\xc3\xa9 au lait\r\n") << true << QByteArray("caf\xc3\xa9 au lait\n");
}

void TestDvcImport::textRule()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, text);
    QFETCH(QByteArray, hashedAs);
    QTemporaryDir tmp;
    fixtures::write(tmp.path(), QStringLiteral("f"), content);
    std::uint8_t md5[16];
    bool isText = false;
    QString error;
    QVERIFY(dvc::dvc2Md5(tmp.path() + QStringLiteral("/f"), md5, &isText, &error));
    QCOMPARE(isText, text);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(md5), 16).toHex(), fixtures::md5Hex(hashedAs));
}

void TestDvcImport::realLockFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("dvc3");
    QTest::newRow("06ea489 (hash: md5)") << "iterative+example-get-started__dvc.lock@06ea489" << true;
    QTest::newRow("00071e8 (no hash field)") << "iterative+example-get-started__dvc.lock@00071e8" << false;
}

void TestDvcImport::realLockFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, dvc3);
    const QByteArray data = readReal(file);
    if (data.isEmpty())
        QSKIP("real-world files not present");
    dvc::Project p;
    dvc::readLock(data, QStringLiteral("dvc.lock"), &p);
    QVERIFY2(p.diagnostics.isEmpty(), qPrintable(p.diagnostics.value(0).toString()));
    QVERIFY(p.lockStages.size() >= 4);
    int dirs = 0;
    for (const dvc::Entry &e : p.entries()) {
        if (!e.md5.isEmpty())
            QCOMPARE(e.rule, dvc3 ? dvc::HashRule::RawMd5 : dvc::HashRule::TextMd5);
        dirs += e.isDir ? 1 : 0;
    }
    QVERIFY(dirs > 0);
    QVERIFY(p.paramsFiles.contains(QStringLiteral("params.yaml")));
    // The real dvc.yaml of the same commit names every locked stage.
    const QByteArray yaml = readReal(QStringLiteral("iterative+example-get-started__dvc.yaml@06ea489"));
    if (dvc3 && !yaml.isEmpty()) {
        dvc::readDvcYaml(yaml, QStringLiteral("dvc.yaml"), &p);
        for (const dvc::LockStage &s : p.lockStages)
            QVERIFY2(p.yamlStages.contains(s.name), qPrintable(s.name));
        QCOMPARE(p.metricsFiles, QStringList{QStringLiteral("eval/metrics.json")});
    }
}

void TestDvcImport::malformedLock_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("bad indentation")
        << QByteArray("schema: '2.0'\nstages:\n  train:\n    outs:\n  - path: x\n   md5: y\n") << 5 << 3;
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << 1;
    QTest::newRow("bad md5") << QByteArray(
                                    "schema: '2.0'\nstages:\n  s:\n    outs:\n    - path: x\n      md5: zz\n")
                             << 6 << 12;
    QTest::newRow("unclosed quote") << QByteArray("schema: '2.0'\nstages: {a: [}\n") << 2 << 0;
}

void TestDvcImport::malformedLock()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    dvc::Project p;
    dvc::readLock(content, QStringLiteral("dvc.lock"), &p);
    QVERIFY(!p.diagnostics.isEmpty());
    const Diagnostic d = p.diagnostics.first();
    QCOMPARE(d.file, QStringLiteral("dvc.lock"));
    QVERIFY2(d.line == line && (column == 0 || d.column == column), qPrintable(d.toString()));
    // A project with that lock still opens; the dataset section carries the error.
    QTemporaryDir tmp;
    fixtures::write(tmp.path(), QStringLiteral("dvc.lock"), content);
    const LoadResult r = importers::openSourceSync(tmp.path());
    QVERIFY(r.ok());
    QCOMPARE(r.package->sourceKind, QStringLiteral("dvc"));
}

void TestDvcImport::dvcOutputs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("value");
    QTest::newRow("metrics diff")
        << QByteArray("{\"eval/metrics.json\": {\"avg_prec.test\": {\"old\": 0.9, \"new\": 0.93, "
                      "\"diff\": 0.03}}}")
        << "avg_prec.test" << 0.93;
    QTest::newRow("metrics diff under diff")
        << QByteArray("{\"diff\": {\"m.json\": {\"acc\": {\"old\": null, \"new\": 0.5}}}}") << "acc" << 0.5;
    QTest::newRow("exp show DVC 3")
        << QByteArray(
               "[{\"rev\": \"workspace\", \"name\": null, \"data\": {\"rev\": \"workspace\", \"metrics\": "
               "{\"eval/metrics.json\": {\"data\": {\"roc_auc\": {\"test\": 0.81}}}}, \"params\": {}}}, "
               "{\"rev\": \"abc\", \"data\": {\"metrics\": {}}}]")
        << "roc_auc.test" << 0.81;
    QTest::newRow("exp show DVC 2")
        << QByteArray("{\"workspace\": {\"baseline\": {\"data\": {\"metrics\": {\"scores.json\": {\"data\": "
                      "{\"auc\": 0.7}}}}}}}")
        << "auc" << 0.7;
    QTest::newRow("plain metrics untouched")
        << QByteArray("{\"test\": {\"new\": 1, \"acc\": 0.6}}") << "test.acc" << 0.6;
}

void TestDvcImport::dvcOutputs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QFETCH(double, value);
    const results::ResultsFile f = results::readResultsJson(json, QStringLiteral("out.json"));
    QVERIFY(f.readable);
    bool found = false;
    for (const results::NamedValue &v : f.metrics)
        if (v.name == name) {
            found = true;
            QCOMPARE(v.value.number, value);
        }
    QVERIFY2(found, qPrintable(name));
}

void TestDvcImport::dirListingSizes_data()
{
    // A listing is mapped when its last page leaves simdjson's padding, else copied: both read.
    QTest::addColumn<int>("size");
    QTest::newRow("small") << 0;
    QTest::newRow("exactly one page") << 4096;
    QTest::newRow("page minus 10") << 4086;
    QTest::newRow("two pages plus 1") << 8193;
}

void TestDvcImport::dirListingSizes()
{
    QFETCH(int, size);
    QByteArray listing =
        "[{\"md5\": \"0123456789abcdef0123456789abcdef\", \"relpath\": \"a b/\\u00e9.txt\"}, "
        "{\"relpath\": \"c\", \"md5\": \"0123456789ABCDEF0123456789abcdef\", \"size\": 7}]";
    if (size > 0)
        listing = listing.leftJustified(size, ' ');
    QTemporaryDir tmp;
    fixtures::write(tmp.path(), QStringLiteral("x.dir"), listing);
    QStringList paths;
    qint64 lastSize = 0;
    Diagnostics diags;
    Diagnostic error;
    QVERIFY(dvc::readDirListing(
        tmp.path() + QStringLiteral("/x.dir"), QStringLiteral("x.dir"),
        [&](std::string_view rel, const std::uint8_t *md5, qint64 s) {
            paths << QString::fromUtf8(rel.data(), qsizetype(rel.size()));
            QCOMPARE(md5[0], std::uint8_t(0x01));
            lastSize = s;
        },
        &diags, &error));
    QCOMPARE(paths, (QStringList{QStringLiteral("a b/\u00e9.txt"), QStringLiteral("c")}));
    QCOMPARE(lastSize, qint64(7));
    QVERIFY(diags.isEmpty());
}

QTEST_GUILESS_MAIN(TestDvcImport)
#include "tst_dvcimport.moc"
