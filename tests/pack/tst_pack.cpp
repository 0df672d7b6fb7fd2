// SPDX-License-Identifier: Apache-2.0
// The pack core: planning refuses what is not honest, writing is deterministic, atomic and never
// touches the working copy.
#include "gitfixture.h"
#include "packfixture.h"

#include "models/code/gitutil.h"
#include "models/pack/pack.h"
#include "models/package/digest.h"
#include "models/package/loader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using namespace packfixture;

namespace {

pack::PackOptions optionsFor(const QString &source, const QString &out)
{
    pack::PackOptions o;
    o.source = source;
    o.out = out;
    o.sourceDateEpoch = 1700000000;
    o.jobs = 2;
    return o;
}

QStringList siblings(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestPack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metricSpecs_data();
    void metricSpecs();
    void dirtyRefused();
    void dirtyAllowedIsRecorded();
    void hostileInputs_data();
    void hostileInputs();
    void deterministic_data();
    void deterministic();
    void dvcProject();
    void realWorldDvcAndMlflowFiles();
    void bareRepositoryHoldsOnlyReachableObjects();
    void canceledLeavesNothing();
    void dataFilesArchivedWhole_data();
    void dataFilesArchivedWhole();
    void dataChangedWhilePacking_data();
    void dataChangedWhilePacking();
};

void TestPack::metricSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("better");
    QTest::addColumn<double>("abs");
    QTest::addColumn<double>("rel");
    QTest::newRow("higher") << "test.roc_auc:higher" << true << "test.roc_auc" << 1 << -1.0 << -1.0;
    QTest::newRow("lower abs rel") << "latency:lower:abs=2:rel=0.1" << true << "latency" << 2 << 2.0 << 0.1;
    QTest::newRow("no direction") << "acc" << false << "" << 0 << 0.0 << 0.0;
    QTest::newRow("bad direction") << "acc:up" << false << "" << 0 << 0.0 << 0.0;
    QTest::newRow("negative") << "acc:higher:abs=-1" << false << "" << 0 << 0.0 << 0.0;
    QTest::newRow("not a number") << "acc:higher:rel=x" << false << "" << 0 << 0.0 << 0.0;
    QTest::newRow("unknown key") << "acc:higher:tol=1" << false << "" << 0 << 0.0 << 0.0;
    QTest::newRow("empty name") << ":higher" << false << "" << 0 << 0.0 << 0.0;
}

void TestPack::metricSpecs()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QString name, error;
    MetricSpec spec;
    QCOMPARE(pack::parseMetricSpec(text, &name, &spec, &error), ok);
    if (!ok) {
        QVERIFY(error.contains(text));
        return;
    }
    QTEST(name, "name");
    QTEST(int(spec.better), "better");
    QTEST(spec.absTolerance, "abs");
    QTEST(spec.relTolerance, "rel");
}

void TestPack::dirtyRefused()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    QVERIFY(writeFile(src + QStringLiteral("/train.py"), "print('edited')\n"));
    QVERIFY(writeFile(src + QStringLiteral("/notes.txt"), "untracked\n"));
    const QMap<QString, QByteArray> before = snapshot(src);
    const QByteArray index = readAll(src + QStringLiteral("/.git/index"));
    const pack::PackPlan plan = pack::planPack(optionsFor(src, tmp.filePath(QStringLiteral("out.tar.zst"))));
    QVERIFY(!plan.ok);
    QCOMPARE(plan.exitCode, 1);
    QVERIFY2(plan.error.contains(QStringLiteral("train.py")), qPrintable(plan.error));
    QVERIFY(!plan.error.contains(QStringLiteral("notes.txt"))); // untracked is not dirty
    const pack::PackResult r = pack::writePackSync(plan);
    QVERIFY(!r.ok);
    QCOMPARE(siblings(tmp.path()), QStringList{QStringLiteral("project")});
    QCOMPARE(snapshot(src), before);
    QCOMPARE(readAll(src + QStringLiteral("/.git/index")), index);
}

void TestPack::dirtyAllowedIsRecorded()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    QVERIFY(writeFile(src + QStringLiteral("/train.py"), "print('edited')\n"));
    QVERIFY(writeFile(src + QStringLiteral("/notes.txt"), "untracked\n"));
    pack::PackOptions o = optionsFor(src, tmp.filePath(QStringLiteral("out")));
    o.allowDirty = true;
    const pack::PackPlan plan = pack::planPack(o);
    QVERIFY2(plan.ok, qPrintable(plan.error));
    QCOMPARE(plan.dirtyFiles, QStringList{QStringLiteral("train.py")});
    QCOMPARE(plan.untrackedFiles, QStringList{QStringLiteral("notes.txt")});
    const pack::PackResult r = pack::writePackSync(plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    const LoadResult loaded = loadPackageSync(r.out);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.package->document.at("pack").at("dirty") == nlohmann::json::array({"train.py"}));
    QVERIFY(loaded.package->unknownKeys.isEmpty());
    // The committed head goes in, not the edit.
    QVERIFY(!QFile::exists(r.out + QStringLiteral("/train.py")));
}

void TestPack::hostileInputs_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing revision") << "head" << 2 << "no-such-branch";
    QTest::newRow("missing base") << "base" << 2 << "v0.0-missing";
    QTest::newRow("missing data dir") << "data-missing" << 2 << "not a readable folder";
    QTest::newRow("data is a file") << "data-file" << 2 << "not a readable folder";
    QTest::newRow("out inside source") << "out-inside" << 1 << "inside the working copy";
    QTest::newRow("out is source") << "out-is-source" << 1 << "inside the working copy";
    QTest::newRow("out exists") << "out-exists" << 1 << "exists already";
    QTest::newRow("out folder missing") << "out-parent" << 2 << "does not exist";
    QTest::newRow("not a repository") << "no-repo" << 2 << "not in a git working copy";
    QTest::newRow("missing claimed") << "claimed" << 2 << "no such file";
    QTest::newRow("missing env") << "env" << 2 << "no such file";
    QTest::newRow("data and manifest") << "both" << 2 << "exclude each other";
}

void TestPack::hostileInputs()
{
    QFETCH(QString, scenario);
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    const QMap<QString, QByteArray> before = snapshot(src);
    pack::PackOptions o = optionsFor(src, tmp.filePath(QStringLiteral("out.zip")));
    if (scenario == QLatin1String("head"))
        o.head = QStringLiteral("no-such-branch");
    else if (scenario == QLatin1String("base"))
        o.base = QStringLiteral("v0.0-missing");
    else if (scenario == QLatin1String("data-missing"))
        o.dataDirs << tmp.filePath(QStringLiteral("nothing-here"));
    else if (scenario == QLatin1String("data-file"))
        o.dataDirs << src + QStringLiteral("/train.py");
    else if (scenario == QLatin1String("out-inside"))
        o.out = src + QStringLiteral("/dist/out.tar.zst");
    else if (scenario == QLatin1String("out-is-source"))
        o.out = src;
    else if (scenario == QLatin1String("out-exists"))
        QVERIFY(writeFile(o.out, "keep me"));
    else if (scenario == QLatin1String("out-parent"))
        o.out = tmp.filePath(QStringLiteral("no/such/folder/out.zip"));
    else if (scenario == QLatin1String("no-repo")) {
        QDir().mkpath(tmp.filePath(QStringLiteral("plain")));
        o.source = tmp.filePath(QStringLiteral("plain"));
    } else if (scenario == QLatin1String("claimed"))
        o.claimed << tmp.filePath(QStringLiteral("missing.json"));
    else if (scenario == QLatin1String("env"))
        o.environments.append({QStringLiteral("reference"), tmp.filePath(QStringLiteral("missing.txt"))});
    else if (scenario == QLatin1String("both")) {
        o.dataDirs << tmp.path();
        o.manifest = src + QStringLiteral("/requirements.txt");
    }
    const QStringList filesBefore = siblings(tmp.path());
    const pack::PackPlan plan = pack::planPack(o);
    QVERIFY(!plan.ok);
    QTEST(plan.exitCode, "exitCode");
    QFETCH(QString, messagePart);
    QVERIFY2(plan.error.contains(messagePart), qPrintable(plan.error));
    QVERIFY(!pack::writePackSync(plan).ok);
    QCOMPARE(siblings(tmp.path()), filesBefore);
    QCOMPARE(snapshot(src), before);
    if (scenario == QLatin1String("out-exists"))
        QCOMPARE(readAll(o.out), QByteArray("keep me"));
}

void TestPack::deterministic_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("tar.zst") << ".tar.zst";
    QTest::newRow("tar.gz") << ".tar.gz";
    QTest::newRow("zip") << ".zip";
    QTest::newRow("folder") << "";
}

void TestPack::deterministic()
{
    QFETCH(QString, suffix);
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    const QString data = tmp.filePath(QStringLiteral("data"));
    QByteArray big(3 << 20, Qt::Uninitialized); // above nothing special, several read chunks
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) >> 5);
    QVERIFY(writeFile(data + QStringLiteral("/train/part-0.csv"), "a,b\n1,2\n"));
    QVERIFY(writeFile(data + QStringLiteral("/train/part-1.csv"), "a,b\n3,4\n"));
    QVERIFY(writeFile(data + QStringLiteral("/blob.bin"), big));
    QVERIFY(writeFile(data + QStringLiteral("/empty.txt"), ""));
    const QString envFile = tmp.filePath(QStringLiteral("dev.json"));
    QVERIFY(writeFile(envFile, environmentJson(QStringLiteral("laptop"))));
    const QMap<QString, QByteArray> before = snapshot(src);
    const QByteArray index = readAll(src + QStringLiteral("/.git/index"));

    QStringList digests;
    QList<QByteArray> bytes;
    for (const char *name : {"first", "second"}) {
        pack::PackOptions o = optionsFor(src, tmp.filePath(QString::fromLatin1(name) + suffix));
        o.dataDirs << data;
        o.developmentEnvironment = envFile;
        o.claimed << src + QStringLiteral("/metrics.json");
        o.metrics.insert(QStringLiteral("accuracy"), MetricSpec{MetricSpec::Better::Higher, 0.01, -1});
        const pack::PackPlan plan = pack::planPack(o);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        const pack::PackResult r = pack::writePackSync(plan);
        QVERIFY2(r.ok, qPrintable(r.error));
        // code.git: HEAD, config, idx, pack, 2 refs; 4 data files, manifest, 2 env, claimed, package file
        QCOMPARE(r.files, 15);
        digests << r.digest;
        if (!suffix.isEmpty())
            bytes << readAll(r.out);
        // The digest pack reports is the one a reader computes over the opened package.
        const LoadResult loaded = loadPackageSync(r.out);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(computeDigestSync(loaded.package->rootPath).digest, r.digest);
        QVERIFY(loaded.package->code.usable());
        QVERIFY(loaded.package->dataset.usable());
        QVERIFY(loaded.package->environments.usable());
        QVERIFY(loaded.package->results.usable());
        QCOMPARE(loaded.package->created, QStringLiteral("2023-11-14T22:13:20Z"));
    }
    QCOMPARE(digests[0], digests[1]);
    if (!suffix.isEmpty()) {
        QVERIFY(bytes[0].size() > 3 << 10);
        QVERIFY(bytes[0] == bytes[1]);
    }
    QCOMPARE(snapshot(src), before);
    QCOMPARE(readAll(src + QStringLiteral("/.git/index")), index);
    // Nothing but the outputs next to them: no temporary sibling left.
    QStringList expected{QStringLiteral("data"), QStringLiteral("dev.json"), QStringLiteral("first") + suffix,
                         QStringLiteral("project"), QStringLiteral("second") + suffix};
    expected.sort();
    QCOMPARE(siblings(tmp.path()), expected);
}

void TestPack::dvcProject()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("churn"));
    QCOMPARE(makeDvcProject(src), QString());
    const QString envFile = tmp.filePath(QStringLiteral("dev.json"));
    QVERIFY(writeFile(envFile, environmentJson(QStringLiteral("laptop"))));
    const QMap<QString, QByteArray> before = snapshot(src);
    pack::PackOptions o = optionsFor(src, tmp.filePath(QStringLiteral("churn.tar.zst")));
    o.developmentEnvironment = envFile;
    const pack::PackPlan plan = pack::planPack(o);
    QVERIFY2(plan.ok, qPrintable(plan.error));
    QVERIFY(plan.dirtyFiles.isEmpty());
    QVERIFY2(plan.untrackedFiles.isEmpty(), qPrintable(plan.untrackedFiles.join(QLatin1Char(','))));
    const pack::PackResult r = pack::writePackSync(plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(snapshot(src), before);

    const LoadResult loaded = loadPackageSync(r.out);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    const Package &p = *loaded.package;
    QVERIFY(p.code.usable() && p.dataset.usable() && p.environments.usable() && p.results.usable());
    QCOMPARE(p.name, QStringLiteral("churn"));
    const QByteArray manifest = readAll(p.dataset.manifestPath);
    // Outputs by hash: the directory expanded from the cache listing, the import, the metrics.
    QVERIFY2(manifest.contains("\"path\":\"data/prepared/train.csv\""), manifest.constData());
    QVERIFY(manifest.contains("\"path\":\"data/prepared/test.csv\""));
    QVERIFY(manifest.contains("\"path\":\"data/data.xml\""));
    QVERIFY(manifest.contains("\"path\":\"eval/metrics.json\""));
    QVERIFY(
        !QFile::exists(p.rootPath + QStringLiteral("/data/prepared/train.csv"))); // referenced, not copied
    QCOMPARE(p.results.claimed.size(), 1);
    QCOMPARE(p.results.claimed.first().relativePath, QStringLiteral("results/dvc/eval/metrics.json"));
    QVERIFY(p.environments.find(QStringLiteral("development")));
    QVERIFY(p.environments.find(QStringLiteral("requirements.txt")));
}

void TestPack::realWorldDvcAndMlflowFiles()
{
    const QString shared = QStringLiteral(MR_SHARED_DIR "/real-world/");
    if (!QFileInfo(shared).isDir())
        QSKIP("no shared real-world files");
    const auto real = [&](const char *name) { return readAll(shared + QString::fromLatin1(name)); };
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("example-get-started"));
    {
        GitFixture fx(src, false);
        fx.write(QStringLiteral("dvc.yaml"), real("iterative+example-get-started__dvc.yaml@06ea489"));
        fx.write(QStringLiteral("dvc.lock"), real("iterative+example-get-started__dvc.lock@06ea489"));
        fx.write(QStringLiteral("params.yaml"), real("iterative+example-get-started__params.yaml@06ea489"));
        fx.write(QStringLiteral("data/data.xml.dvc"),
                 real("iterative+example-get-started__data_data.xml.dvc@06ea489"));
        fx.write(QStringLiteral(".gitignore"), "/eval\n/model.pkl\n");
        const char *mlflow = "mlflow+mlflow__tests_resources_example_mlflow_2.12_langchain_model__";
        for (const char *f : {"MLmodel", "conda.yaml", "python_env.yaml", "requirements.txt"})
            fx.write(QStringLiteral("model/") + QString::fromLatin1(f),
                     real((std::string(mlflow) + f).c_str()));
        fx.commit(QStringLiteral("first"));
        fx.write(QStringLiteral("src/train.py"), "print('train')\n");
        fx.commit(QStringLiteral("second"));
        fx.checkout();
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }
    // `eval` is a DVC output: its metrics are in the working copy, not in git.
    QVERIFY(writeFile(src + QStringLiteral("/eval/metrics.json"),
                      real("iterative+example-get-started__eval_live_metrics.json@ae0920e")));
    const QMap<QString, QByteArray> before = snapshot(src);
    const pack::PackPlan plan = pack::planPack(optionsFor(src, tmp.filePath(QStringLiteral("out"))));
    QVERIFY2(plan.ok, qPrintable(plan.error));
    const QString notes = plan.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("data/prepared")), qPrintable(notes)); // no cache, no folder
    QVERIFY(notes.contains(QStringLiteral("eval/metrics.json is a DVC output")));
    const pack::PackResult r = pack::writePackSync(plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(snapshot(src), before);
    const LoadResult loaded = loadPackageSync(r.out);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    const Package &p = *loaded.package;
    QVERIFY(p.dataset.usable());
    QVERIFY(readAll(p.dataset.manifestPath).contains("\"path\":\"data/data.xml\""));
    QVERIFY(p.results.usable());
    QCOMPARE(p.results.claimed.first().relativePath, QStringLiteral("results/dvc/eval/metrics.json"));
    QVERIFY(p.environments.find(QStringLiteral("model/MLmodel")));
    QVERIFY(p.environments.find(QStringLiteral("model/requirements.txt")));
}

void TestPack::bareRepositoryHoldsOnlyReachableObjects()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QString unreachable;
    {
        GitFixture fx(src, false);
        fx.write(QStringLiteral("a.py"), "a\n");
        fx.commit(QStringLiteral("one"));
        fx.write(QStringLiteral("a.py"), "b\n");
        fx.commit(QStringLiteral("two"));
        fx.write(QStringLiteral("secret.txt"), "not for the reviewer\n");
        unreachable = fx.commit(QStringLiteral("dangling"), QString());
        fx.checkout();
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }
    pack::PackOptions o = optionsFor(src, tmp.filePath(QStringLiteral("out")));
    const pack::PackPlan plan = pack::planPack(o);
    QVERIFY2(plan.ok, qPrintable(plan.error));
    const pack::PackResult r = pack::writePackSync(plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString bare = r.out + QStringLiteral("/code.git");
    QVERIFY(!QFile::exists(bare + QStringLiteral("/hooks")));
    QVERIFY(!QFile::exists(bare + QStringLiteral("/description")));
    QVERIFY(!readAll(bare + QStringLiteral("/config")).contains("remote"));
    code::git::Repository repo;
    QVERIFY(!code::git::openRepository(bare, &repo));
    git_strarray remotes{};
    QCOMPARE(git_remote_list(&remotes, repo.get()), 0);
    QCOMPARE(int(remotes.count), 0);
    git_strarray_dispose(&remotes);
    git_odb *odb = nullptr;
    QCOMPARE(git_repository_odb(&odb, repo.get()), 0);
    git_oid id;
    QVERIFY(code::git::oidFromHex(unreachable, &id));
    QVERIFY(!git_odb_exists(odb, &id));
    QVERIFY(code::git::oidFromHex(plan.headId, &id));
    QVERIFY(git_odb_exists(odb, &id));
    git_odb_free(odb);
    code::git::Commit head;
    QVERIFY(!code::git::resolveCommit(repo.get(), QStringLiteral("refs/heads/head"), &head));
    QCOMPARE(code::git::oidToHex(*git_commit_id(head.get())), plan.headId);
}

void TestPack::canceledLeavesNothing()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    pack::PackOptions o = optionsFor(src, tmp.filePath(QStringLiteral("out.tar.zst")));
    o.dataDirs << src + QStringLiteral("/.git");
    const pack::PackPlan plan = pack::planPack(o);
    QVERIFY2(plan.ok, qPrintable(plan.error));
    QPromise<pack::PackResult> promise;
    QFuture<pack::PackResult> future = promise.future();
    promise.start();
    future.cancel();
    pack::writePack(promise, plan);
    promise.finish();
    QCOMPARE(future.resultCount(), 0); // a canceled promise drops its result
    QCOMPARE(siblings(tmp.path()), QStringList{QStringLiteral("project")});
}

namespace {

// Bytes that compress a little and differ from file to file.
QByteArray filler(qsizetype size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        b[i] = char('a' + (x >> 16) % 23);
    }
    return b;
}

} // namespace

void TestPack::dataFilesArchivedWhole_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("1 job, tar.zst") << 1 << ".tar.zst";
    QTest::newRow("2 jobs, tar.zst") << 2 << ".tar.zst";
    QTest::newRow("4 jobs, tar.zst") << 4 << ".tar.zst";
    QTest::newRow("2 jobs, zip") << 2 << ".zip";
}

// Many files of mixed sizes through the read-ahead window (buffers reused across files of
// other sizes), one above the in-memory limit (streamed and hashed on the way), empty files:
// every byte arrives, and the manifest's hashes are those of the files.
void TestPack::dataFilesArchivedWhole()
{
    QFETCH(int, jobs);
    QFETCH(QString, suffix);
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    const QString data = tmp.filePath(QStringLiteral("data"));
    QMap<QString, QByteArray> files;
    for (int i = 0; i < 240; ++i) {
        const qsizetype size = i % 40 == 0 ? 0 : (qsizetype(i) * 7919) % (300 << 10);
        files.insert(QStringLiteral("shard-%1/part-%2.txt").arg(i / 100).arg(i, 3, 10, QLatin1Char('0')),
                     filler(size, i));
    }
    files.insert(QStringLiteral("exactly-1mib.bin"), filler(1 << 20, 1000));
    files.insert(QStringLiteral("large.bin"), filler((17 << 20) + 123, 1001)); // above the limit
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(writeFile(data + QLatin1Char('/') + it.key(), it.value()));

    pack::PackOptions o = optionsFor(src, tmp.filePath(QStringLiteral("out") + suffix));
    o.jobs = jobs;
    o.dataDirs << data;
    const pack::PackPlan plan = pack::planPack(o);
    QVERIFY2(plan.ok, qPrintable(plan.error));
    QCOMPARE(plan.dataFiles.size(), files.size());
    const pack::PackResult r = pack::writePackSync(plan);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.notes.isEmpty()); // zstd got its threads (libarchive >= 3.6)

    const LoadResult loaded = loadPackageSync(r.out);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    const QString root = loaded.package->rootPath;
    QCOMPARE(computeDigestSync(root).digest, r.digest);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(readAll(root + QStringLiteral("/data/files/") + it.key()) == it.value(),
                 qPrintable(it.key()));
    const QList<QByteArray> lines = readAll(root + QStringLiteral("/data/manifest.jsonl")).split('\n');
    int listed = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const nlohmann::json entry = nlohmann::json::parse(line.toStdString());
        const QString path = QString::fromStdString(entry.at("path").get<std::string>());
        QVERIFY2(files.contains(path), qPrintable(path));
        QCOMPARE(entry.at("size").get<qint64>(), files.value(path).size());
        QCOMPARE(QByteArray::fromStdString(entry.at("sha256").get<std::string>()),
                 QCryptographicHash::hash(files.value(path), QCryptographicHash::Sha256).toHex());
        ++listed;
    }
    QCOMPARE(listed, files.size());
}

void TestPack::dataChangedWhilePacking_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::newRow("small file grew") << "b.txt"
                                     << "grow";
    QTest::newRow("small file shrank") << "b.txt"
                                       << "shrink";
    QTest::newRow("small file removed") << "b.txt"
                                        << "remove";
    QTest::newRow("large file grew") << "large.bin"
                                     << "grow";
    QTest::newRow("large file shrank") << "large.bin"
                                       << "shrink";
}

// The archive's headers carry the planned sizes: a data file whose size changed after planning
// fails the pack, naming the file, and leaves nothing behind.
void TestPack::dataChangedWhilePacking()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    const QString data = tmp.filePath(QStringLiteral("data"));
    QVERIFY(writeFile(data + QStringLiteral("/a.txt"), filler(5000, 1)));
    QVERIFY(writeFile(data + QStringLiteral("/b.txt"), filler(70000, 2)));
    QVERIFY(writeFile(data + QStringLiteral("/large.bin"), filler(17 << 20, 3)));
    QVERIFY(writeFile(data + QStringLiteral("/z.txt"), filler(100, 4)));
    pack::PackOptions o = optionsFor(src, tmp.filePath(QStringLiteral("out.tar.zst")));
    o.dataDirs << data;
    const pack::PackPlan plan = pack::planPack(o);
    QVERIFY2(plan.ok, qPrintable(plan.error));

    const QString path = data + QLatin1Char('/') + file;
    const QByteArray before = readAll(path);
    if (change == QLatin1String("grow"))
        QVERIFY(writeFile(path, before + "more"));
    else if (change == QLatin1String("shrink"))
        QVERIFY(writeFile(path, before.left(before.size() - 10)));
    else
        QVERIFY(QFile::remove(path));
    const pack::PackResult r = pack::writePackSync(plan);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(path), qPrintable(r.error));
    QCOMPARE(siblings(tmp.path()), (QStringList{QStringLiteral("data"), QStringLiteral("project")}));
}

QTEST_GUILESS_MAIN(TestPack)
#include "tst_pack.moc"
