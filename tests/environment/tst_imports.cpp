// SPDX-License-Identifier: Apache-2.0
#include "models/environment/environmentreport.h"
#include "models/environment/pythonimports.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

#include <nlohmann/json.hpp>

using namespace mr::environment;

namespace {

// Creates a repository with one commit holding `files`; returns the commit id (hex).
QString makeRepository(const QString &path, const QMap<QString, QByteArray> &files)
{
    git_libgit2_init();
    git_repository *repo = nullptr;
    if (git_repository_init(&repo, path.toUtf8().constData(), 0) < 0)
        return {};
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString full = path + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(it.value());
    }
    git_index *index = nullptr;
    git_oid treeId, commitId;
    git_tree *tree = nullptr;
    git_signature *sig = nullptr;
    QString result;
    if (git_repository_index(&index, repo) == 0) {
        bool ok = true;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            ok = ok && git_index_add_bypath(index, it.key().toUtf8().constData()) == 0;
        if (ok && git_index_write(index) == 0 && git_index_write_tree(&treeId, index) == 0 &&
            git_tree_lookup(&tree, repo, &treeId) == 0 &&
            git_signature_now(&sig, "Test", "test@example.com") == 0 &&
            git_commit_create_v(&commitId, repo, "HEAD", sig, sig, nullptr, "fixture", tree, 0) == 0) {
            char hex[41] = {};
            git_oid_tostr(hex, sizeof hex, &commitId);
            result = QString::fromLatin1(hex);
        }
    }
    git_signature_free(sig);
    git_tree_free(tree);
    git_index_free(index);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return result;
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestImports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void source_data();
    void source();
    void mapping_data();
    void mapping();
    void repository();
    void badRevision();
    void packageReport();
};

void TestImports::source_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("modules");
    QTest::newRow("plain") << "import numpy\n" << QStringList{"numpy"};
    QTest::newRow("alias and list") << "import numpy as np, pandas as pd\n" << QStringList{"numpy", "pandas"};
    QTest::newRow("dotted") << "import PIL.Image\nfrom sklearn.ensemble import RandomForestClassifier\n"
                            << QStringList{"PIL", "sklearn"};
    QTest::newRow("relative skipped") << "from . import utils\nfrom .models import x\n" << QStringList{};
    QTest::newRow("future skipped") << "from __future__ import annotations\n" << QStringList{};
    QTest::newRow("indented") << "def f():\n    import yaml  # lazy\n" << QStringList{"yaml"};
    QTest::newRow("docstring") << "\"\"\"\nimport fake\n\"\"\"\nimport real\n" << QStringList{"real"};
    QTest::newRow("one-line docstring") << "\"\"\"Module.\"\"\"\nimport real\n" << QStringList{"real"};
    QTest::newRow("not an import") << "important = 1\nfromage = 2\n" << QStringList{};
    QTest::newRow("first use once") << "import torch\nimport torch.nn\n" << QStringList{"torch"};
}

void TestImports::source()
{
    QFETCH(QString, text);
    QFETCH(QStringList, modules);
    QStringList got;
    for (const ImportUse &u : importsInSource(text))
        got.append(u.module);
    QCOMPARE(got, modules);
}

void TestImports::mapping_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("first");
    QTest::newRow("sklearn") << "sklearn"
                             << "scikit-learn";
    QTest::newRow("cv2") << "cv2"
                         << "opencv-python";
    QTest::newRow("PIL") << "PIL"
                         << "pillow";
    QTest::newRow("yaml") << "yaml"
                          << "pyyaml";
    QTest::newRow("bs4") << "bs4"
                         << "beautifulsoup4";
    QTest::newRow("dateutil") << "dateutil"
                              << "python-dateutil";
    QTest::newRow("identity") << "numpy"
                              << "numpy";
    QTest::newRow("underscore") << "typing_extensions"
                                << "typing-extensions";
}

void TestImports::mapping()
{
    QFETCH(QString, module);
    QFETCH(QString, first);
    QCOMPARE(distributionsForImport(module).first(), first);
    QVERIFY(!isStandardLibraryModule(module));
    QVERIFY(isStandardLibraryModule("os"));
    QVERIFY(isStandardLibraryModule("_thread"));
}

void TestImports::repository()
{
    QTemporaryDir dir;
    const QString head = makeRepository(
        dir.path(),
        {
            {"train.py",
             "import numpy as np\nimport os, sys\nfrom sklearn.ensemble import RandomForestClassifier\n"
             "from churn.features import build\nimport cv2\nimport helpers\n"},
            {"helpers.py", "import json\n"},
            {"churn/__init__.py", ""},
            {"churn/features.py", "import pandas\n\n\nimport torch\n"},
            {"notes.txt", "import notpython\n"},
        });
    QVERIFY(!head.isEmpty());
    const ImportScan scan = scanRepositoryImports(dir.path(), head);
    QVERIFY2(scan.ok, qPrintable(scan.error));
    QCOMPARE(scan.filesScanned, 4);
    QStringList got;
    for (const ImportUse &u : scan.imports)
        got.append(QStringLiteral("%1@%2:%3").arg(u.module, u.file).arg(u.line));
    QCOMPARE(got, QStringList({"cv2@train.py:5", "numpy@train.py:1", "pandas@churn/features.py:1",
                               "sklearn@train.py:3", "torch@churn/features.py:4"}));
}

void TestImports::badRevision()
{
    QTemporaryDir dir;
    QVERIFY(!makeRepository(dir.path(), {{"a.py", "import x\n"}}).isEmpty());
    const ImportScan scan = scanRepositoryImports(dir.path(), "no-such-branch");
    QVERIFY(!scan.ok);
    QVERIFY2(scan.error.contains("no-such-branch"), qPrintable(scan.error));
    const ImportScan none = scanRepositoryImports(dir.filePath("missing"), "HEAD");
    QVERIFY(!none.ok);
    QVERIFY(none.error.contains("cannot open"));
}

void TestImports::packageReport()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("code"));
    QVERIFY(QDir(dir.path()).mkpath("env"));
    const QString head = makeRepository(
        dir.filePath("code"), {
                                  {"train.py", "import numpy\nfrom sklearn import svm\nimport cv2\nimport "
                                               "torch\nfrom PIL import Image\nimport yaml\n"},
                              });
    QVERIFY(!head.isEmpty());
    write(dir.filePath("env/development.txt"),
          "numpy==1.26.4\nscikit-learn==1.4.0\nopencv-python-headless==4.9.0.80\n"
          "torch==2.4.1\npillow==10.2.0\nPyYAML==6.0.1\n");
    write(dir.filePath("env/reference.txt"),
          "numpy==1.26.4\nscikit-learn==1.4.0\npillow==10.2.0\npyyaml==6.0.1\n");
    mr::Package package;
    package.rootPath = dir.path();
    package.code.provided = true;
    package.code.repositoryPath = dir.filePath("code");
    package.code.head = head;
    package.environments.provided = true;
    package.environments.files = {{"development", "env/development.txt", dir.filePath("env/development.txt")},
                                  {"reference", "env/reference.txt", dir.filePath("env/reference.txt")}};
    const mr::SectionReport report = buildSectionReport(package);
    QVERIFY(report.json.at("imports").at("scanned").get<bool>());
    QStringList missing;
    for (const mr::Finding &f : report.findings)
        if (f.ruleId == QLatin1String("environment.import-missing")) {
            missing.append(f.item.path);
            QCOMPARE(f.severity, mr::Finding::Severity::Error);
            QCOMPARE(f.item.kind, mr::Anchor::Kind::EnvironmentPackage);
        }
    missing.sort();
    QCOMPARE(missing, QStringList({"opencv-python", "torch"}));

    package.code.head = "deadbeef";
    const mr::SectionReport bad = buildSectionReport(package);
    QVERIFY(!bad.json.at("imports").at("scanned").get<bool>());
    QVERIFY(bad.json.at("imports").contains("error"));
    QCOMPARE(bad.json.at("rows").size(), report.json.at("rows").size()); // the rest still shown
}

QTEST_GUILESS_MAIN(TestImports)
#include "tst_imports.moc"
