// SPDX-License-Identifier: Apache-2.0
// Every supported format read from a hand-written fixture, detected by content (the fixtures are
// written under neutral names unless the name is part of what is tested).
#include "models/environment/readers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr::environment;

class TestFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data();
    void read();
    void v1RoundTrip();
    void mlflowFollowsFiles();
};

static void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

static QString describe(const Environment &env, const QString &name)
{
    const int i = env.indexOf(name);
    if (i < 0)
        return QStringLiteral("absent");
    const PackageEntry &p = env.packages[i];
    return QStringLiteral("%1|%2|%3|%4").arg(p.version, p.specifier, sourceName(p.source), p.url);
}

void TestFormats::read_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("packages");
    QTest::addColumn<QString>("probe");    // a package to describe
    QTest::addColumn<QString>("expected"); // version|specifier|source|url
    QTest::addColumn<QString>("python");
    QTest::addColumn<int>("diagnostics");

    QTest::newRow("v1") << "a" << QByteArray(R"({
  "format": "modelreview.environment/v1",
  "captured": "2026-11-20T10:00:00Z", "host": "prod-train-01",
  "os": {"name": "Debian GNU/Linux", "version": "12", "kernel": "6.1.0-18-amd64", "architecture": "x86_64"},
  "python": {"version": "3.11.2", "implementation": "CPython", "executable": "/usr/bin/python3"},
  "accelerators": {"cuda": "12.1", "cudnn": "8.9.2", "driver": "535.104.05", "gpus": ["NVIDIA A10G"]},
  "locale": "C.UTF-8", "timezone": "UTC",
  "variables": {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "8"},
  "base_image": "python:3.11-slim",
  "packages": [{"name": "numpy", "version": "1.26.4", "source": "registry"},
               {"name": "churnlib", "version": "0.1.0", "source": "editable", "url": "file:///Users/ana/src/churnlib"},
               {"name": "odd", "version": "1.0", "source": "teleport"}]
})") << "modelreview-v1" << 3
                        << "churnlib"
                        << "0.1.0||editable|file:///Users/ana/src/churnlib"
                        << "3.11.2" << 1;

    QTest::newRow("v1 wrong types")
        << "b"
        << QByteArray(R"({"format": "modelreview.environment/v1", "os": [], "python": {"version": 3.11},
      "packages": [{"version": "1"}, 7, {"name": "x"}]})")
        << "modelreview-v1" << 1 << "x"
        << "|*|registry|"
        << "3.11" << 3;

    QTest::newRow("pip list json") << "c" << QByteArray(R"([{"name": "numpy", "version": "1.26.4"},
      {"name": "churnlib", "version": "0.1.0", "editable_project_location": "/Users/ana/src/churnlib"}])")
                                   << "pip-list-json" << 2 << "churnlib"
                                   << "0.1.0||editable|/Users/ana/src/churnlib"
                                   << "" << 0;

    QTest::newRow("conda environment")
        << "d"
        << QByteArray("name: churn\nchannels:\n  - conda-forge\ndependencies:\n"
                      "  - python=3.11.7\n  - numpy=1.26.4\n  - conda-forge::scikit-learn=1.4.0=py311_0\n"
                      "  - cudatoolkit\n  - pip\n  - pip:\n    - torch==2.4.1+cu118\n"
                      "    - churnlib @ file:///Users/ana/src/churnlib\n  - ???\n")
        << "conda-environment" << 6 << "scikit-learn"
        << "1.4.0||registry|"
        << "3.11.7" << 1;

    QTest::newRow("conda export")
        << "e"
        << QByteArray("# This file may be used to create an environment using:\n"
                      "# $ conda create --name <env> --file <this file>\n# platform: linux-64\n"
                      "_libgcc_mutex=0.1=conda_forge\nnumpy=1.26.4=py311h64a7726_0\npython=3.11.7=hab00c5b_1_"
                      "cpython\n"
                      "torch=2.4.1=pypi_0\nbroken line here\n")
        << "conda-export" << 3 << "numpy"
        << "1.26.4||registry|"
        << "3.11.7" << 1;

    QTest::newRow("conda explicit")
        << "f"
        << QByteArray(
               "# platform: linux-64\n@EXPLICIT\n"
               "https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda#abc\n"
               "https://conda.anaconda.org/conda-forge/linux-64/python-3.11.7-hab00c5b_1_cpython.conda\n"
               "https://conda.anaconda.org/conda-forge/noarch/scikit-learn-1.4.0-py311_0.tar.bz2\n"
               "file:///home/ana/conda-bld/linux-64/churnlib-0.1.0-0.tar.bz2\nnot a url\n")
        << "conda-explicit" << 3 << "churnlib"
        << "0.1.0||file|file:///home/ana/conda-bld/linux-64/churnlib-0.1.0-0.tar.bz2"
        << "3.11.7" << 1;

    QTest::newRow("uv.lock")
        << "g"
        << QByteArray("version = 1\nrequires-python = \">=3.11\"\n\n"
                      "[[package]]\nname = \"numpy\"\nversion = \"1.26.4\"\nsource = { registry = "
                      "\"https://pypi.org/simple\" }\n\n"
                      "[[package]]\nname = \"churn\"\nversion = \"0.1.0\"\nsource = { editable = \".\" }\n\n"
                      "[[package]]\nname = \"tool\"\nversion = \"2.0\"\nsource = { git = "
                      "\"https://github.com/o/tool?rev=main#abc\" }\n\n"
                      "[[package]]\nname = \"local-wheel\"\nversion = \"0.3\"\nsource = { path = "
                      "\"wheels/local_wheel-0.3-py3-none-any.whl\" }\n")
        << "uv-lock" << 4 << "tool"
        << "2.0||vcs|https://github.com/o/tool?rev=main#abc"
        << "" << 0;

    QTest::newRow("uv.lock unknown version")
        << "h" << QByteArray("version = 7\n\n[[package]]\nname = \"numpy\"\nversion = \"1.26.4\"\n")
        << "uv-lock" << 1 << "numpy"
        << "1.26.4||registry|"
        << "" << 1;

    QTest::newRow("poetry.lock")
        << "i"
        << QByteArray(
               "[[package]]\nname = \"numpy\"\nversion = \"1.26.4\"\ndescription = \"\"\noptional = false\n"
               "python-versions = \">=3.9\"\nfiles = []\n\n"
               "[[package]]\nname = \"churnlib\"\nversion = \"0.1.0\"\ndevelop = true\n\n"
               "[package.source]\ntype = \"directory\"\nurl = \"../churnlib\"\n\n"
               "[[package]]\nname = \"tool\"\nversion = \"2.0\"\n\n[package.source]\ntype = \"git\"\n"
               "url = \"https://github.com/o/tool.git\"\nreference = \"main\"\nresolved_reference = "
               "\"abc\"\n\n"
               "[metadata]\nlock-version = \"2.0\"\npython-versions = \"^3.11\"\ncontent-hash = \"x\"\n")
        << "poetry-lock" << 3 << "churnlib"
        << "0.1.0||editable|../churnlib"
        << "" << 0;

    QTest::newRow("poetry.lock unknown version")
        << "j"
        << QByteArray(
               "[[package]]\nname = \"numpy\"\nversion = \"1.26.4\"\n\n[metadata]\nlock-version = \"9.0\"\n")
        << "poetry-lock" << 1 << "numpy"
        << "1.26.4||registry|"
        << "" << 1;

    QTest::newRow("toml syntax error")
        << "k" << QByteArray("[[package]]\nname = \"numpy\nversion = 1\n") << "uv-lock" << 0 << "numpy"
        << "absent"
        << "" << 1;

    QTest::newRow("python_env")
        << "l"
        << QByteArray("python: 3.10.12\nbuild_dependencies:\n  - pip==22.3.1\n  - setuptools==65.6.3\n"
                      "dependencies:\n  - mlflow[gateway]==2.12.2\n  - numpy==1.23.5\n")
        << "mlflow-python-env" << 4 << "mlflow"
        << "2.12.2||registry|"
        << "3.10.12" << 0;

    QTest::newRow("dockerfile")
        << "Dockerfile"
        << QByteArray("# syntax=docker/dockerfile:1\nARG PY=3.11\n"
                      "FROM --platform=linux/amd64 python:${PY}-slim AS base\nRUN pip install numpy\n"
                      "FROM base AS final\nCOPY . /app\n")
        << "dockerfile" << 0 << "numpy"
        << "absent"
        << "" << 0;

    QTest::newRow("requirements") << "m" << QByteArray("numpy==1.26.4\nrequests>=2\n-e .\n") << "requirements"
                                  << 3 << "requests"
                                  << "|>=2|registry|"
                                  << "" << 0;

    QTest::newRow("utf16 freeze") << "n"
                                  << QByteArray("\xFF\xFEn\0u\0m\0p\0y\0=\0=\0\x31\0.\0\x30\0\r\0\n\0", 26)
                                  << "requirements" << 1 << "numpy"
                                  << "1.0||registry|"
                                  << "" << 0;

    QTest::newRow("latin-1 line") << "o" << QByteArray("numpy==1.26.4\n# caf\xE9\npandas==2.2.1\n")
                                  << "requirements" << 2 << "pandas"
                                  << "2.2.1||registry|"
                                  << "" << 1;

    QTest::newRow("yaml syntax error") << "p" << QByteArray("dependencies:\n  - numpy\n  - [unclosed\n")
                                       << "conda-environment" << 0 << "numpy"
                                       << "absent"
                                       << "" << 1;

    QTest::newRow("bad json") << "q"
                              << QByteArray(
                                     "{\"format\": \"modelreview.environment/v1\",\n \"packages\": [,]}")
                              << "modelreview-v1" << 0 << "numpy"
                              << "absent"
                              << "" << 1;
}

void TestFormats::read()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    QFETCH(int, packages);
    QFETCH(QString, probe);
    QFETCH(QString, expected);
    QFETCH(QString, python);
    QFETCH(int, diagnostics);
    QTemporaryDir dir;
    write(dir.filePath(fileName), content);
    QCOMPARE(formatName(detectFormat(content, fileName)), format);
    const Environment env = readEnvironmentFile(dir.filePath(fileName), QStringLiteral("development"));
    QStringList messages;
    for (const auto &d : env.diagnostics) {
        messages.append(d.toString());
        QCOMPARE(d.file, fileName);
    }
    QCOMPARE(env.format, format);
    QCOMPARE(env.packages.size(), packages);
    QCOMPARE(describe(env, probe), expected);
    QCOMPARE(env.pythonVersion, python);
    QVERIFY2(env.diagnostics.size() == diagnostics, qPrintable(messages.join(QLatin1Char('\n'))));
    if (format == QLatin1String("dockerfile"))
        QCOMPARE(env.baseImage, QStringLiteral("python:3.11-slim"));
    if (format == QLatin1String("modelreview-v1") && packages == 3) {
        QCOMPARE(env.gpus, QStringList{"NVIDIA A10G"});
        QCOMPARE(env.variables.value("PYTHONHASHSEED"), QStringLiteral("0"));
        QCOMPARE(env.osName, QStringLiteral("Debian GNU/Linux"));
        QCOMPARE(env.baseImage, QStringLiteral("python:3.11-slim"));
    }
}

void TestFormats::v1RoundTrip()
{
    Environment env;
    env.name = "development";
    env.captured = "2026-11-20T10:00:00Z";
    env.osName = "Debian GNU/Linux";
    env.architecture = "x86_64";
    env.cpu = "AMD EPYC";
    env.cpuCores = 8;
    env.pythonVersion = "3.11.2";
    env.cuda = "12.1";
    env.gpus = {"NVIDIA A10G", "NVIDIA A10G"};
    env.variables.insert("OMP_NUM_THREADS", "8");
    PackageEntry p;
    p.name = "Torch";
    p.normalized = "torch";
    p.version = "2.4.1+cu118";
    p.extras = {"cuda"};
    env.packages.append(p);
    p = {};
    p.name = "requests";
    p.normalized = "requests";
    p.specifier = ">=2";
    p.source = PackageEntry::Source::Vcs;
    p.url = "git+https://x/y";
    env.packages.append(p);
    QTemporaryDir dir;
    write(dir.filePath("env.json"), QByteArray::fromStdString(toJson(env).dump(2)));
    const Environment back = readEnvironmentFile(dir.filePath("env.json"), "development");
    QVERIFY(back.diagnostics.isEmpty());
    QCOMPARE(back.cpuCores, 8);
    QCOMPARE(back.gpus, env.gpus);
    QCOMPARE(back.variables, env.variables);
    QCOMPARE(back.packages.size(), 2);
    for (int i = 0; i < 2; ++i) {
        PackageEntry a = env.packages[i], b = back.packages[i];
        b.file.clear();
        QCOMPARE(b, a);
    }
}

void TestFormats::mlflowFollowsFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("model"));
    write(
        dir.filePath("model/MLmodel"),
        "flavors:\n  python_function:\n    env:\n      conda: conda.yaml\n      virtualenv: python_env.yaml\n"
        "    python_version: 3.10.12\n  sklearn:\n    sklearn_version: 1.3.2\nmlflow_version: 2.12.2\n");
    write(dir.filePath("model/python_env.yaml"),
          "python: 3.10.12\nbuild_dependencies:\n  - pip==22.3.1\ndependencies:\n  - -r requirements.txt\n");
    write(dir.filePath("model/requirements.txt"), "numpy==1.23.5\nmlflow==2.12.2\n-r ../../outside.txt\n");
    write(dir.filePath("model/conda.yaml"), "dependencies:\n  - python=3.10.12\n");
    ReadOptions options;
    options.root = dir.path();
    const Environment env = readEnvironmentFile(dir.filePath("model/MLmodel"), "reference", options);
    QCOMPARE(env.format, QStringLiteral("mlflow-model"));
    QCOMPARE(env.pythonVersion, QStringLiteral("3.10.12"));
    QCOMPARE(describe(env, "numpy"), QStringLiteral("1.23.5||registry|"));
    QCOMPARE(describe(env, "pip"), QStringLiteral("22.3.1||registry|"));
    QCOMPARE(describe(env, "scikit-learn"), QStringLiteral("1.3.2||registry|"));
    QCOMPARE(env.packages.size(), 4);
    QCOMPARE(env.diagnostics.size(), 1);
    QCOMPARE(env.diagnostics[0].file, QStringLiteral("model/requirements.txt"));
    QCOMPARE(env.diagnostics[0].line, 3);
    QVERIFY2(env.diagnostics[0].message.contains("outside the package"),
             qPrintable(env.diagnostics[0].toString()));
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
