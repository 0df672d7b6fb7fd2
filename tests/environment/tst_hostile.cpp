// SPDX-License-Identifier: Apache-2.0
// Hostile and real-world input: binary and huge files, include loops and escapes, mutated
// fixtures of every format, and the files in ../shared/real-world.
#include "models/environment/comparison.h"
#include "models/environment/readers.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace mr::environment;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QString messages(const Environment &env)
{
    QStringList out;
    for (const auto &d : env.diagnostics)
        out.append(d.toString());
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void binaryFile();
    void hugeFile();
    void includeLoop();
    void includeEscape();
    void symlinkEscape();
    void mutatedFixtures();
    void realWorld_data();
    void realWorld();
    void realWorldComparison();
};

void TestHostile::binaryFile()
{
    QTemporaryDir dir;
    write(dir.filePath("env.txt"), QByteArray("numpy==1.0\nabc\0\x01\x02", 17));
    const Environment env = readEnvironmentFile(dir.filePath("env.txt"), "development");
    QVERIFY(env.failed);
    QCOMPARE(env.diagnostics.size(), 1);
    QCOMPARE(env.diagnostics[0].file, QStringLiteral("env.txt"));
    QCOMPARE(env.diagnostics[0].line, 2);
    QCOMPARE(env.diagnostics[0].column, 4);
    QVERIFY(env.diagnostics[0].message.contains("binary"));
    QVERIFY(env.packages.isEmpty());
}

void TestHostile::hugeFile()
{
    QTemporaryDir dir;
    write(dir.filePath("big.txt"), QByteArray(5000, 'a'));
    ReadOptions options;
    options.maxBytes = 4096;
    const Environment env = readEnvironmentFile(dir.filePath("big.txt"), "development", options);
    QVERIFY(env.failed);
    QVERIFY(env.diagnostics.value(0).message.contains("too large"));
}

void TestHostile::includeLoop()
{
    QTemporaryDir dir;
    write(dir.filePath("a.txt"), "numpy==1.0\n-r b.txt\n");
    write(dir.filePath("b.txt"), "pandas==2.0\n\n-r a.txt\n-r b.txt\n");
    const Environment env = readEnvironmentFile(dir.filePath("a.txt"), "development");
    QVERIFY(!env.failed);
    QCOMPARE(env.packages.size(), 2);
    QCOMPARE(env.diagnostics.size(), 2);
    QCOMPARE(env.diagnostics[0].file, QStringLiteral("b.txt"));
    QCOMPARE(env.diagnostics[0].line, 3);
    QVERIFY2(env.diagnostics[0].message.contains("include loop") &&
                 env.diagnostics[0].message.contains("a.txt -> b.txt -> a.txt"),
             qPrintable(messages(env)));
    QCOMPARE(env.diagnostics[1].line, 4);
    QVERIFY(env.diagnostics[1].message.contains("b.txt -> b.txt"));
}

void TestHostile::includeEscape()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("pkg/env"));
    write(dir.filePath("secret.txt"), "leaked==1.0\n");
    write(dir.filePath("pkg/env/req.txt"),
          "numpy==1.0\n-r ../../secret.txt\n-r /etc/passwd\n-r https://example.com/r.txt\n-r nothere.txt\n");
    ReadOptions options;
    options.root = dir.filePath("pkg");
    const Environment env = readEnvironmentFile(dir.filePath("pkg/env/req.txt"), "development", options);
    QCOMPARE(env.packages.size(), 1);
    QCOMPARE(env.diagnostics.size(), 4);
    QVERIFY(env.diagnostics[0].message.contains("outside the package"));
    QCOMPARE(env.diagnostics[0].file, QStringLiteral("env/req.txt"));
    QCOMPARE(env.diagnostics[0].line, 2);
    QVERIFY(env.diagnostics[1].message.contains("outside the package"));
    QVERIFY(env.diagnostics[2].message.contains("remote include"));
    QVERIFY(env.diagnostics[3].message.contains("not found"));
    QCOMPARE(env.indexOf("leaked"), -1);
}

void TestHostile::symlinkEscape()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("pkg"));
    write(dir.filePath("outside.txt"), "leaked==1.0\n");
    if (!QFile::link(dir.filePath("outside.txt"), dir.filePath("pkg/inside.txt")))
        QSKIP("symbolic links unavailable");
    write(dir.filePath("pkg/req.txt"), "-r inside.txt\n");
    ReadOptions options;
    options.root = dir.filePath("pkg");
    const Environment env = readEnvironmentFile(dir.filePath("pkg/req.txt"), "development", options);
    QCOMPARE(env.indexOf("leaked"), -1);
    QVERIFY2(env.diagnostics.value(0).message.contains("outside the package"), qPrintable(messages(env)));
}

void TestHostile::mutatedFixtures()
{
    // Seeds of every format, cut and flipped at random (fixed seed): the readers must never
    // crash, and every diagnostic must name the file.
    const QList<QByteArray> seeds = {
        R"({"format": "modelreview.environment/v1", "os": {"name": "x"}, "packages": [{"name": "a", "version": "1"}]})",
        R"([{"name": "numpy", "version": "1.26.4", "editable_project_location": "/x"}])",
        "dependencies:\n  - python=3.11\n  - numpy=1.26.4=py_0\n  - pip:\n    - torch==2.4.1\n    - -r "
        "other.txt\n",
        "# platform: linux-64\nnumpy=1.26.4=py311_0\npython=3.11.7=h_1\n",
        "@EXPLICIT\nhttps://conda.anaconda.org/c/linux-64/numpy-1.26.4-py311_0.conda#abc\n",
        "version = 1\n[[package]]\nname = \"numpy\"\nversion = \"1.26.4\"\nsource = { git = \"x\" }\n",
        "[[package]]\nname = \"numpy\"\nversion = \"1.26.4\"\n[package.source]\ntype = "
        "\"git\"\n[metadata]\nlock-version = \"2.0\"\n",
        "python: 3.10\nbuild_dependencies:\n  - pip==1\ndependencies:\n  - -r requirements.txt\n",
        "flavors:\n  python_function:\n    env: conda.yaml\n    python_version: 3.10\nmlflow_version: 2.0\n",
        "ARG X=1\nFROM python:${X} AS a\nFROM a\n",
        "numpy==1.0 \\\n --hash=sha256:x\n-e .\n-r self.txt\nname @ file:///x\n",
    };
    QTemporaryDir dir;
    QRandomGenerator rng(20261126);
    int read = 0;
    for (const QByteArray &seed : seeds) {
        for (int round = 0; round < 60; ++round) {
            QByteArray data = seed;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !data.isEmpty(); ++e) {
                const int at = int(rng.bounded(int(data.size())));
                switch (rng.bounded(3)) {
                case 0: data[at] = char(rng.bounded(256)); break;
                case 1: data.truncate(at); break;
                default: data.insert(at, "[{\"'\\\n=:-"[rng.bounded(9)]); break;
                }
            }
            for (const char *name : {"self.txt", "requirements.txt", "other.txt", "conda.yaml"})
                write(dir.filePath(name), data);
            const Environment env = readEnvironmentFile(dir.filePath("self.txt"), "development");
            for (const auto &d : env.diagnostics)
                QVERIFY2(!d.file.isEmpty() && !d.message.isEmpty(), qPrintable(d.toString()));
            if (env.failed)
                QVERIFY(!env.diagnostics.isEmpty());
            ++read;
        }
    }
    QCOMPARE(read, int(seeds.size()) * 60);
}

void TestHostile::realWorld_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("packages");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QString>("version");
    const QString prefix =
        QStringLiteral("mlflow+mlflow__tests_resources_example_mlflow_2.12_langchain_model__");
    QTest::newRow("requirements") << prefix + "requirements.txt"
                                  << "requirements" << 21 << ""
                                  << "databricks-rag-studio"
                                  << "0.2.0.dev0";
    QTest::newRow("conda.yaml") << prefix + "conda.yaml"
                                << "conda-environment" << 21 << "3.10.12"
                                << "mlflow"
                                << "2.12.2";
    QTest::newRow("python_env.yaml") << prefix + "python_env.yaml"
                                     << "mlflow-python-env" << 3 << "3.10.12"
                                     << "setuptools"
                                     << "65.6.3";
    QTest::newRow("MLmodel") << prefix + "MLmodel"
                             << "mlflow-model" << 2 << "3.10.12"
                             << "langchain"
                             << "0.1.20";
}

void TestHostile::realWorld()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, packages);
    QFETCH(QString, python);
    QFETCH(QString, probe);
    QFETCH(QString, version);
    const QString path = QStringLiteral(MR_SHARED_DIR "/real-world/") + file;
    if (!QFile::exists(path))
        QSKIP("../shared/real-world is not present");
    const Environment env = readEnvironmentFile(path, "development");
    QCOMPARE(env.format, format);
    QCOMPARE(env.packages.size(), packages);
    QCOMPARE(env.pythonVersion, python);
    const int i = env.indexOf(probe);
    QVERIFY(i >= 0);
    QCOMPARE(env.packages[i].version, version);
    QVERIFY(!env.failed);
    // The shared folder renames files, so MLflow's references (-r requirements.txt, conda.yaml)
    // do not resolve there: reported with file and line, the rest still read.
    if (format == QLatin1String("mlflow-python-env")) {
        QCOMPARE(env.diagnostics.size(), 1);
        QCOMPARE(env.diagnostics[0].line, 7);
        QVERIFY(env.diagnostics[0].message.contains("requirements.txt"));
    } else if (format != QLatin1String("mlflow-model")) {
        QVERIFY2(env.diagnostics.isEmpty(), qPrintable(messages(env)));
    }
}

void TestHostile::realWorldComparison()
{
    // Restored under MLflow's own names, the model directory reads whole: MLmodel follows
    // python_env.yaml, which includes requirements.txt; requirements.txt lists a package that
    // conda.yaml lacks.
    const QString shared = QStringLiteral(
        MR_SHARED_DIR "/real-world/mlflow+mlflow__tests_resources_example_mlflow_2.12_langchain_model__");
    if (!QFile::exists(shared + "MLmodel"))
        QSKIP("../shared/real-world is not present");
    QTemporaryDir dir;
    for (const char *name : {"MLmodel", "conda.yaml", "python_env.yaml", "requirements.txt"})
        QVERIFY(QFile::copy(shared + QLatin1String(name), dir.filePath(name)));
    const Environment model = readEnvironmentFile(dir.filePath("MLmodel"), "development");
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(messages(model)));
    QCOMPARE(model.packages.size(),
             3 + 21 + 0); // build deps, requirements; mlflow and langchain already listed
    const Environment conda = readEnvironmentFile(dir.filePath("conda.yaml"), "reference");
    const Comparison c = compareEnvironments(model, conda);
    const int rag = c.indexOf("databricks-rag-studio");
    QVERIFY(rag >= 0);
    QCOMPARE(c.rows[rag].change, Change::OnlyInDevelopment);
    QCOMPARE(c.rows[c.indexOf("pip")].change, Change::Unpinned);
    QCOMPARE(c.rows[c.indexOf("platform:python")].change, Change::Unchanged);
    QCOMPARE(c.count(Change::OnlyInDevelopment), 3); // setuptools, wheel, databricks-rag-studio
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
