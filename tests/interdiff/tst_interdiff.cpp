// SPDX-License-Identifier: Apache-2.0
// The interdiff of v2 against v1: every pane's rows, the JSON object and the report section.
#include "carryscenario.h"

#include "models/interdiff/interdiffreport.h"
#include "models/package/loader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace mr;
using namespace mr::interdiff;

class TestInterdiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void code();
    void dataset();
    void environments();
    void results();
    void package();
    void json();
    void reportSection();
    void asyncWithProgress();
    void missingSections();
    void baseChanged();

private:
    QTemporaryDir m_dir;
    PackagePtr m_v1, m_v2;
    Interdiff m_x;
};

void TestInterdiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(test::writePackage(m_dir.filePath(QStringLiteral("v1")), test::version1()), QString());
    test::PackageVersion v2 = test::version2();
    v2.summary = QStringLiteral("<script>alert(1)</script> | pipe");
    QCOMPARE(test::writePackage(m_dir.filePath(QStringLiteral("v2")), v2), QString());
    m_v1 = loadPackageSync(m_dir.filePath(QStringLiteral("v1"))).package;
    m_v2 = loadPackageSync(m_dir.filePath(QStringLiteral("v2"))).package;
    QVERIFY(m_v1 && m_v2);
    m_x = interdiffSync(m_v1, m_v2);
}

void TestInterdiff::code()
{
    QVERIFY2(m_x.code.compared, qPrintable(m_x.code.error));
    QVERIFY(!m_x.code.baseChanged);
    QMap<QString, CodeFileChange> byPath;
    for (const CodeFileChange &f : m_x.code.files)
        byPath.insert(f.path, f);
    QCOMPARE(byPath.keys(), (QStringList{"a.py", "added.py", "b.py", "gone.py", "new.py"}));
    QCOMPARE(byPath["a.py"].state, ItemState::Modified);
    QCOMPARE(byPath["a.py"].additions, 1);
    QCOMPARE(byPath["a.py"].deletions, 0);
    QCOMPARE(byPath["b.py"].additions, 2);
    QCOMPARE(byPath["b.py"].deletions, 1);
    QCOMPARE(byPath["b.py"].hunks.size(), 2);
    QCOMPARE(byPath["new.py"].state, ItemState::Renamed);
    QCOMPARE(byPath["new.py"].oldPath, QStringLiteral("old.py"));
    QCOMPARE(byPath["gone.py"].state, ItemState::Removed);
    QCOMPARE(byPath["added.py"].state, ItemState::Added);
    QCOMPARE(m_x.code.additions(), 1 + 2 + 1);
}

void TestInterdiff::dataset()
{
    QVERIFY2(m_x.dataset.compared, qPrintable(m_x.dataset.error));
    QCOMPARE(m_x.dataset.added, 1);
    QCOMPARE(m_x.dataset.removed, 1);
    QCOMPARE(m_x.dataset.modified, 1);
    QCOMPARE(m_x.dataset.renamed, 1);
    QCOMPARE(m_x.dataset.unchanged, 1);
    bool renamed = false;
    for (const DatasetChange &c : m_x.dataset.changes)
        if (c.state == ItemState::Renamed) {
            renamed = true;
            QCOMPARE(c.path, QStringLiteral("ren2.csv"));
            QCOMPARE(c.oldPath, QStringLiteral("ren1.csv"));
        }
    QVERIFY(renamed);
}

void TestInterdiff::environments()
{
    QVERIFY(m_x.environments.compared);
    QMap<QString, EnvironmentChange> byName;
    for (const EnvironmentChange &e : m_x.environments.environments)
        byName.insert(e.name, e);
    QCOMPARE(byName.keys(), (QStringList{"development", "reference", "staging"}));
    QCOMPARE(byName["staging"].state, ItemState::Removed);
    const QList<EnvironmentRowChange> rows = byName["development"].rows;
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).key, QStringLiteral("pandas"));
    QCOMPARE(rows.at(0).before, QStringLiteral("2.1.0"));
    QCOMPARE(rows.at(0).now, QStringLiteral("2.2.0"));
    QCOMPARE(rows.at(1).key, QStringLiteral("scipy"));
    QCOMPARE(rows.at(1).state, ItemState::Removed);
}

void TestInterdiff::results()
{
    QVERIFY(m_x.results.compared);
    QStringList names;
    for (const MetricChange &m : m_x.results.metrics)
        names << m.name + QLatin1Char(':') + itemStateName(m.state);
    QCOMPARE(names, (QStringList{"auc:modified", "f1:modified", "loss:removed"}));
    QCOMPARE(m_x.results.metrics.at(0).claimedBefore, QStringLiteral("0.8"));
    QCOMPARE(m_x.results.metrics.at(0).claimedNow, QStringLiteral("0.85"));
    QCOMPARE(m_x.results.metrics.at(1).rerunNow, QStringLiteral("0.6"));
}

void TestInterdiff::package()
{
    QStringList fields;
    for (const FieldChange &f : m_x.package)
        fields << f.field;
    QVERIFY(fields.contains(QStringLiteral("version")));
    QVERIFY(fields.contains(QStringLiteral("summary")));
    QVERIFY(fields.contains(QStringLiteral("code.head")));
    QVERIFY(!fields.contains(QStringLiteral("code.base"))); // the base is the same commit
    QVERIFY(fields.contains(QStringLiteral("environments.staging")));
}

void TestInterdiff::json()
{
    const nlohmann::ordered_json j = interdiffJson(m_x);
    for (const char *key : {"previous", "package", "code", "dataset", "environments", "results"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(j["code"]["files_total"].get<int>(), 5);
    QCOMPARE(j["code"]["base_changed"].get<bool>(), false);
    QCOMPARE(j["dataset"]["totals"]["renamed"].get<int>(), 1);
    QCOMPARE(j["previous"]["version"].get<std::string>(), std::string("1.0.0"));
    const nlohmann::ordered_json capped = interdiffJson(m_x, 2);
    QCOMPARE(capped["code"]["files"].size(), size_t(2));
    QCOMPARE(capped["code"]["files_total"].get<int>(), 5);
}

void TestInterdiff::reportSection()
{
    const SectionReport s = interdiffSection(m_x);
    QCOMPARE(s.id, QStringLiteral("interdiff"));
    QCOMPARE(s.title, QStringLiteral("Since the previous review"));
    QVERIFY(!s.html.contains(QLatin1String("<script>")));
    QVERIFY(s.html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(s.markdown.contains(QLatin1String("ren1.csv")));
    QVERIFY(s.markdown.contains(QLatin1String("\\|"))); // a pipe in package text cannot break a table
    QVERIFY(s.markdown.contains(QStringLiteral("0.8 → 0.85")));
}

void TestInterdiff::asyncWithProgress()
{
    QFutureWatcher<Interdiff> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<Interdiff>::finished);
    QSignalSpy progress(&watcher, &QFutureWatcher<Interdiff>::progressValueChanged);
    watcher.setFuture(QtConcurrent::run(&computeInterdiff, m_v1, m_v2));
    QVERIFY(finished.wait(60000));
    QVERIFY(progress.count() > 0);
    QCOMPARE(watcher.result().code.files.size(), m_x.code.files.size());
}

void TestInterdiff::missingSections()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath(QStringLiteral("bare"));
    QDir().mkpath(bare);
    QFile f(bare + QStringLiteral("/model-package.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "modelreview.package/v1", "name": "churn-classifier", "version": "3"})");
    f.close();
    const PackagePtr none = loadPackageSync(bare).package;
    QVERIFY(none);
    const Interdiff x = interdiffSync(m_v1, none);
    QVERIFY(!x.code.compared);
    QVERIFY(!x.code.presentNow);
    QVERIFY(!x.dataset.compared);
    const SectionReport s = interdiffSection(x);
    QVERIFY(s.markdown.contains(QLatin1String("no longer provides")));
}

void TestInterdiff::baseChanged()
{
    QTemporaryDir dir;
    test::PackageVersion v = test::version2();
    v.baseFiles[QStringLiteral("a.py")] = "rebased\n" + v.baseFiles[QStringLiteral("a.py")];
    QCOMPARE(test::writePackage(dir.filePath(QStringLiteral("v2b")), v), QString());
    const PackagePtr p = loadPackageSync(dir.filePath(QStringLiteral("v2b"))).package;
    const Interdiff x = interdiffSync(m_v1, p);
    QVERIFY(x.code.compared);
    QVERIFY(x.code.baseChanged);
    QCOMPARE(x.code.baseFiles.size(), 1);
    QCOMPARE(x.code.baseFiles.first().path, QStringLiteral("a.py"));
}

QTEST_GUILESS_MAIN(TestInterdiff)
#include "tst_interdiff.moc"
