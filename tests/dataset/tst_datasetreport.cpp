// SPDX-License-Identifier: Apache-2.0
#include "models/core/hashing.h"
#include "models/dataset/datasetreport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr::dataset;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
QByteArray line(const QByteArray &path, const QByteArray &content, const QByteArray &split)
{
    return "{\"path\":\"" + path + "\",\"size\":" + QByteArray::number(content.size()) + ",\"sha256\":\"" +
           mr::hashBytes(content, mr::HashAlgorithm::Sha256) + "\",\"rows\":2,\"split\":\"" + split + "\"}\n";
}
bool hasRule(const mr::Findings &f, const QString &id, mr::Finding::Severity s)
{
    for (const mr::Finding &x : f)
        if (x.ruleId == id && x.severity == s)
            return true;
    return false;
}
} // namespace

class TestDatasetReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notProvided();
    void withBaselineAndVerification();
};

void TestDatasetReport::notProvided()
{
    mr::Package p;
    p.rootPath = "/nonexistent";
    const mr::SectionReport r = buildSectionReport(p);
    QCOMPARE(r.id, QStringLiteral("dataset"));
    QCOMPARE(r.json["provided"].get<bool>(), false);
    QVERIFY(r.findings.isEmpty());
}

void TestDatasetReport::withBaselineAndVerification()
{
    QTemporaryDir dir;
    mr::Package p;
    p.rootPath = dir.path();
    p.name = "pkg";
    p.dataset.provided = true;
    p.dataset.manifest = "data/manifest.jsonl";
    p.dataset.baseline = "data/baseline.jsonl";
    p.dataset.root = "data/files";
    p.dataset.manifestPath = dir.filePath(p.dataset.manifest);
    p.dataset.baselinePath = dir.filePath(p.dataset.baseline);
    p.dataset.rootPath = dir.filePath(p.dataset.root);
    writeFile(p.dataset.manifestPath, line("a.csv", "aaa", "train") + line("b.csv", "bbb", "test") +
                                          line("<script>.csv", "ccc", "test") +
                                          "{\"path\":\"../x\",\"size\":1}\n" +
                                          "{\"path\":\"nohash\",\"size\":1}\n");
    writeFile(p.dataset.baselinePath, line("a.csv", "aaa", "train") + line("b.csv", "old", "test"));
    writeFile(p.dataset.rootPath + "/a.csv", "aaa");
    writeFile(p.dataset.rootPath + "/b.csv", "BBB");
    writeFile(p.dataset.rootPath + "/nohash", "1");
    writeFile(p.dataset.rootPath + "/stray.txt", "?");

    mr::SectionReport r = buildSectionReport(p);
    const auto &j = r.json;
    QCOMPARE(j["manifest"]["entries"].get<int>(), 4);
    QCOMPARE(j["manifest"]["bytes"].get<int>(), 10);
    QCOMPARE(j["manifest"]["rows"].get<int>(), 6);
    QCOMPARE(j["manifest"]["rejected_lines"].get<int>(), 1);
    QCOMPARE(j["splits"]["test"]["files"].get<int>(), 2);
    QCOMPARE(j["baseline"]["totals"]["modified"].get<int>(), 1);
    QCOMPARE(j["baseline"]["totals"]["added"].get<int>(), 2);
    QCOMPARE(j["baseline"]["changes_total"].get<int>(), 3);
    QVERIFY(j["verification"].is_null());
    QVERIFY(hasRule(r.findings, "dataset.path-outside-root", mr::Finding::Severity::Error));
    QVERIFY(hasRule(r.findings, "dataset.no-hash", mr::Finding::Severity::Warning));
    QVERIFY(!hasRule(r.findings, "dataset.mismatch", mr::Finding::Severity::Error));

    const DatasetData data = loadDataset(p);
    Verification v(data.manifest.manifest, p.dataset.rootPath, p.artifacts.artifacts);
    verifySync(v);
    r = buildSectionReport(p, data, &v, 1);
    const auto &vj = r.json["verification"];
    QCOMPARE(vj["totals"]["ok"].get<int>(), 1);
    QCOMPARE(vj["totals"]["mismatch"].get<int>(), 1);
    QCOMPARE(vj["totals"]["missing"].get<int>(), 1);
    QCOMPARE(vj["totals"]["unlisted"].get<int>(), 1);
    QCOMPARE(vj["problems_total"].get<int>(), 2);
    QCOMPARE(vj["problems"].size(), size_t(1)); // capped
    QCOMPARE(vj["unlisted"][0]["path"].get<std::string>(), std::string("stray.txt"));
    QVERIFY(vj["complete"].get<bool>());
    QVERIFY(hasRule(r.findings, "dataset.mismatch", mr::Finding::Severity::Error));
    QVERIFY(hasRule(r.findings, "dataset.missing", mr::Finding::Severity::Error));
    QVERIFY(hasRule(r.findings, "dataset.unlisted", mr::Finding::Severity::Warning));
    // Package text is escaped in both renderings.
    QVERIFY(r.html.contains("&lt;script&gt;.csv"));
    QVERIFY(!r.html.contains("<script>"));
    QVERIFY(r.markdown.contains("\\<script\\>.csv"));
    QVERIFY(r.markdown.contains("1 mismatch"));
}

QTEST_GUILESS_MAIN(TestDatasetReport)
#include "tst_datasetreport.moc"
