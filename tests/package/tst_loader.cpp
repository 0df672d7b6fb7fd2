// SPDX-License-Identifier: Apache-2.0
#include "models/package/digest.h"
#include "models/package/loader.h"
#include "models/package/packagefindings.h"
#include "testpackages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;

namespace {
const QByteArray kMinimal = R"({"format": "modelreview.package/v1", "name": "demo", "version": "1.0"})";

QByteArray withSections(const QByteArray &sections)
{
    return R"({"format": "modelreview.package/v1", "name": "demo", "version": "1.0", )" + sections + "}";
}
} // namespace

class TestLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fatalErrors_data();
    void fatalErrors();
    void sectionErrors_data();
    void sectionErrors();
    void fullPackage();
    void missingSectionsAreFindings();
    void symlinkLeavingPackage();
    void loadingWritesNothing();
    void archiveWithSingleFolder();
    void archiveExtractionRemovedWithPackage();
    void notAPackage();
};

void TestLoader::fatalErrors_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("trailing comma")
        << QByteArray("{\n  \"format\": \"modelreview.package/v1\",\n  \"name\": \"x\",\n}") << 4 << 1
        << "malformed JSON";
    QTest::newRow("unterminated string") << QByteArray("{\"name\": \"abc") << 1 << 14 << "malformed JSON";
    QTest::newRow("empty file") << QByteArray() << 1 << 1 << "malformed JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << 1 << "expected a JSON object";
    QTest::newRow("name missing") << QByteArray(R"({"format": "modelreview.package/v1", "version": "1"})")
                                  << 0 << 0 << "required field \"name\" is missing";
    QTest::newRow("name not a string")
        << QByteArray("{\"format\": \"modelreview.package/v1\",\n \"name\": 7, \"version\": \"1\"}") << 2 << 2
        << "name: expected a string, found number";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something/v1", "name": "a", "version": "1"})")
                                  << 1 << 2 << "expected \"modelreview.package/v1\", found \"something/v1\"";
    QTest::newRow("newer format")
        << QByteArray(R"({"format": "modelreview.package/v7", "name": "a", "version": "1"})") << 1 << 2
        << "newer than this version reads";
}

void TestLoader::fatalErrors()
{
    QFETCH(QByteArray, document);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), document}}));
    const LoadResult r = loadPackageSync(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.file.endsWith(QLatin1String("/model-package.json")), qPrintable(r.error.file));
    QVERIFY2(r.error.toString().contains(message), qPrintable(r.error.toString()));
    if (line > 0) {
        QCOMPARE(r.error.line, line);
        QCOMPARE(r.error.column, column);
    }
}

void TestLoader::sectionErrors_data()
{
    QTest::addColumn<QByteArray>("sections");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("message");

    QTest::newRow("dotdot") << QByteArray(R"("dataset": {"manifest": "../outside.jsonl"})") << "dataset"
                            << "leaves the package";
    QTest::newRow("absolute") << QByteArray(R"("dataset": {"manifest": "/etc/passwd"})") << "dataset"
                              << "absolute path";
    QTest::newRow("missing file") << QByteArray(R"("environments": {"development": "env/none.txt"})")
                                  << "environments"
                                  << "\"env/none.txt\" does not exist";
    QTest::newRow("not an object") << QByteArray(R"("code": "code.git")") << "code"
                                   << "expected an object, found string";
    QTest::newRow("code without head")
        << QByteArray(R"("code": {"repository": "repo", "base": "a"})") << "code"
        << "required field \"head\" is missing";
    QTest::newRow("negative tolerance")
        << QByteArray(R"("results": {"metrics": {"auc": {"abs_tolerance": -1}}})") << "results"
        << "results.metrics.auc.abs_tolerance: tolerance must be a non-negative number";
    QTest::newRow("tolerance not a number")
        << QByteArray(R"("results": {"metrics": {"auc": {"rel_tolerance": "5%"}}})") << "results"
        << "tolerance must be a non-negative number";
    QTest::newRow("bad direction") << QByteArray(R"("results": {"metrics": {"auc": {"better": "up"}}})")
                                   << "results"
                                   << "expected \"higher\" or \"lower\"";
    QTest::newRow("artifact hash") << QByteArray(R"("artifacts": [{"path": "repo/a.txt", "sha256": "xyz"}])")
                                   << "artifacts"
                                   << "sha256 must be 64 hexadecimal digits";
}

void TestLoader::sectionErrors()
{
    QFETCH(QByteArray, sections);
    QFETCH(QString, section);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), withSections(sections)},
                                         {QStringLiteral("repo/a.txt"), "a"}}));
    const LoadResult r = loadPackageSync(dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error.toString())); // the rest of the package still opens
    const Package &p = *r.package;
    const QMap<QString, const Section *> bySection{{QStringLiteral("code"), &p.code},
                                                   {QStringLiteral("dataset"), &p.dataset},
                                                   {QStringLiteral("environments"), &p.environments},
                                                   {QStringLiteral("results"), &p.results},
                                                   {QStringLiteral("artifacts"), &p.artifacts}};
    const Section *s = bySection.value(section);
    QVERIFY(s->provided);
    QCOMPARE(s->errors.size(), 1);
    const QString text = s->errors.first().toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("model-package.json:1:")), qPrintable(text)); // names file and line
    for (auto it = bySection.begin(); it != bySection.end(); ++it) {
        if (it.key() != section)
            QVERIFY(it.value()->errors.isEmpty());
    }
    const Findings f = packageFindings(p, nullptr);
    QVERIFY(std::any_of(f.begin(), f.end(),
                        [](const Finding &x) { return x.ruleId == QLatin1String("package.section-error"); }));
}

void TestLoader::fullPackage()
{
    QTemporaryDir dir;
    const QByteArray doc = R"({
      "format": "modelreview.package/v1", "name": "churn", "version": "2.3.0",
      "created": "2026-11-20T10:00:00Z", "submitter": {"name": "A. Engineer", "email": "a@example.org"},
      "summary": "Retrained.", "x-team": {"owner": "ml"},
      "code": {"repository": "code.git", "base": "v1", "head": "v2"},
      "dataset": {"manifest": "data/manifest.jsonl", "baseline": "data/baseline.jsonl", "root": "data/files"},
      "environments": {"development": "env/laptop.txt", "reference": "env/prod.json", "staging": "env/staging.txt"},
      "results": {"claimed": "results/claimed.json", "rerun": ["results/rerun.json", "results/rerun2.yaml"],
                  "metrics": {"test.roc_auc": {"better": "higher", "abs_tolerance": 0.005},
                              "latency": {"better": "lower", "rel_tolerance": 0.1}},
                  "provenance": {"environment": "reference"}},
      "artifacts": [{"path": "model/model.json", "sha256": "AB00000000000000000000000000000000000000000000000000000000000000", "size": 3}]
    })";
    QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), doc},
                                         {QStringLiteral("code.git/HEAD"), "ref: refs/heads/main\n"},
                                         {QStringLiteral("data/manifest.jsonl"), "{}\n"},
                                         {QStringLiteral("data/baseline.jsonl"), "{}\n"},
                                         {QStringLiteral("env/laptop.txt"), "a==1\n"},
                                         {QStringLiteral("env/prod.json"), "{}"},
                                         {QStringLiteral("env/staging.txt"), ""},
                                         {QStringLiteral("results/claimed.json"), "{}"},
                                         {QStringLiteral("results/rerun.json"), "{}"},
                                         {QStringLiteral("results/rerun2.yaml"), ""},
                                         {QStringLiteral("model/model.json"), "abc"}}));
    const LoadResult r = loadPackageSync(dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Package &p = *r.package;
    QCOMPARE(p.name, QStringLiteral("churn"));
    QCOMPARE(p.submitter.email, QStringLiteral("a@example.org"));
    QCOMPARE(p.unknownKeys, QStringList{QStringLiteral("x-team")});
    QVERIFY(p.code.usable());
    QCOMPARE(p.code.repositoryPath, dir.path() + QStringLiteral("/code.git"));
    QCOMPARE(p.dataset.rootPath, dir.path() + QStringLiteral("/data/files")); // need not exist
    QCOMPARE(p.environments.files.size(), 3);
    QCOMPARE(p.environments.files.at(2).name, QStringLiteral("staging"));
    QCOMPARE(p.results.rerun.size(), 2);
    QCOMPARE(p.results.metrics.value(QStringLiteral("test.roc_auc")).absTolerance, 0.005);
    QCOMPARE(p.results.metrics.value(QStringLiteral("latency")).better, MetricSpec::Better::Lower);
    QCOMPARE(p.results.metrics.value(QStringLiteral("latency")).absTolerance, -1.0);
    QCOMPARE(p.results.provenance.value("environment", ""), std::string("reference"));
    QCOMPARE(p.artifacts.artifacts.size(), 1);
    QCOMPARE(p.artifacts.artifacts.first().sha256.left(4), QStringLiteral("ab00"));
    QCOMPARE(p.artifacts.artifacts.first().size, 3);
    const Findings f = packageFindings(p, nullptr);
    QCOMPARE(countFindings(f, Finding::Severity::Error), 0);
    QCOMPARE(countFindings(f, Finding::Severity::Warning), 0);
}

void TestLoader::missingSectionsAreFindings()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"), kMinimal}}));
    const LoadResult r = loadPackageSync(dir.path());
    QVERIFY(r.ok());
    const Findings f = packageFindings(*r.package, nullptr);
    QStringList panes;
    for (const Finding &x : f) {
        QCOMPARE(x.ruleId, QStringLiteral("package.section-missing"));
        QCOMPARE(x.severity, Finding::Severity::Warning);
        panes << x.pane;
    }
    panes.sort();
    QCOMPARE(panes, (QStringList{"code", "dataset", "environment", "package", "results"}));

    DigestResult failed;
    failed.error.message = QStringLiteral("boom");
    const Findings g = packageFindings(*r.package, &failed);
    QCOMPARE(g.first().ruleId, QStringLiteral("package.digest-failed"));
    QCOMPARE(g.first().severity, Finding::Severity::Error);
}

void TestLoader::symlinkLeavingPackage()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    QVERIFY(test::writeTree(outside.path(), {{QStringLiteral("secret.jsonl"), "{}\n"}}));
    QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("model-package.json"),
                                          withSections(R"("dataset": {"manifest": "data/m.jsonl"})")}}));
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/data")));
    QVERIFY(QFile::link(outside.path() + QStringLiteral("/secret.jsonl"),
                        dir.path() + QStringLiteral("/data/m.jsonl")));
    const LoadResult r = loadPackageSync(dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r.package->dataset.errors.size(), 1);
    QVERIFY(r.package->dataset.errors.first().message.contains(QLatin1String("through a link")));
    QVERIFY(r.package->dataset.manifestPath.isEmpty());
}

void TestLoader::loadingWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTree(
        dir.path(),
        {{QStringLiteral("pkg/model-package.json"),
          withSections(
              R"("dataset": {"manifest": "m.jsonl"}, "code": {"repository": "../x", "base": "a", "head": "b"})")},
         {QStringLiteral("pkg/m.jsonl"), "{}\n"}}));
    const auto before = test::snapshot(dir.path());
    {
        const LoadResult r = loadPackageSync(dir.path() + QStringLiteral("/pkg"));
        QVERIFY(r.ok());
        const DigestResult d = computeDigestSync(r.package->rootPath);
        QVERIFY(d.ok);
    }
    QCOMPARE(test::snapshot(dir.path()), before);
}

void TestLoader::archiveWithSingleFolder()
{
    QTemporaryDir src;
    QTemporaryDir work;
    QVERIFY(test::writeTree(
        src.path(), {{QStringLiteral("model-package.json"), kMinimal}, {QStringLiteral("a/b.txt"), "b"}}));
    const QString zip = work.path() + QStringLiteral("/pkg.zip");
    QVERIFY(test::archiveFolder(src.path(), zip, QStringLiteral("zip"), QStringLiteral("churn-1.0")));
    const auto before = test::snapshot(work.path());
    const LoadResult r = loadPackageSync(zip);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QVERIFY(r.package->fromArchive);
    QCOMPARE(QFileInfo(r.package->rootPath).fileName(), QStringLiteral("churn-1.0"));
    QVERIFY(!r.package->rootPath.startsWith(work.path()));
    QCOMPARE(test::snapshot(work.path()), before);
}

void TestLoader::archiveExtractionRemovedWithPackage()
{
    QTemporaryDir src;
    QTemporaryDir work;
    QVERIFY(test::writeTree(src.path(), {{QStringLiteral("model-package.json"), kMinimal}}));
    const QString tgz = work.path() + QStringLiteral("/pkg.tar.gz");
    QVERIFY(test::archiveFolder(src.path(), tgz, QStringLiteral("tar.gz")));
    QString root;
    {
        const LoadResult r = loadPackageSync(tgz);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        root = r.package->rootPath;
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/model-package.json")));
    }
    QVERIFY(!QFileInfo::exists(root));
}

void TestLoader::notAPackage()
{
    QTemporaryDir dir;
    QVERIFY(test::writeTree(dir.path(), {{QStringLiteral("readme.txt"), "hello"}}));
    LoadResult r = loadPackageSync(dir.path());
    QVERIFY(!r.ok());
    QVERIFY(r.error.message.contains(QLatin1String("no model-package.json")));
    r = loadPackageSync(dir.path() + QStringLiteral("/readme.txt"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.message.contains(QLatin1String("neither a folder nor")));
    r = loadPackageSync(dir.path() + QStringLiteral("/nothing-here"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.message, QStringLiteral("no such file or folder"));
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
