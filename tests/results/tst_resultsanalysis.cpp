// SPDX-License-Identifier: Apache-2.0
#include "gitfixture.h"
#include "models/results/resultsanalysis.h"
#include "testutil.h"

#include <QTest>

using namespace mr;
using namespace mr::results;
using namespace mr::results::test;

namespace {
QStringList ruleIds(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.ruleId);
    return out;
}
const Finding *findRule(const Findings &findings, const QString &rule)
{
    for (const Finding &f : findings)
        if (f.ruleId == rule)
            return &f;
    return nullptr;
}
QString diagText(const Diagnostics &d)
{
    QStringList out;
    for (const Diagnostic &x : d)
        out.append(x.toString());
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestResultsAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void severalFilesPerSide();
    void findings();
    void noRerun_data();
    void noRerun();
    void specPrecedence();
    void mixedTypes();
    void defaultTolerance();
    void provenance_data();
    void provenance();
    void provenanceMerge();
    void packageIsNotModified();
};

void TestResultsAnalysis::severalFilesPerSide()
{
    QTemporaryDir dir;
    const Package p =
        makePackage(dir,
                    {{"claimed/metrics.json", R"({"test": {"acc": 0.9, "f1": 0.8}})"},
                     {"claimed/slices.csv", "metric,value\ntest.by_region.eu.acc,0.85\ntest.acc,0.1\n"}},
                    {{"rerun/metrics.yaml", "test:\n  acc: 0.9\n  f1: 0.8\n"},
                     {"rerun/slices.json", R"({"test.by_region.eu.acc": 0.851})"}});
    const ResultsAnalysis a = analyzePackage(p);
    QCOMPARE(a.rows.size(), 3);
    QCOMPARE(a.rows.at(0).name, QStringLiteral("test.acc"));
    QCOMPARE(a.rows.at(1).name, QStringLiteral("test.by_region.eu.acc"));
    QCOMPARE(a.rows.at(1).slice(), QStringLiteral("test.by_region.eu"));
    QCOMPARE(a.rows.at(1).leaf(), QStringLiteral("acc"));
    QCOMPARE(a.rows.at(1).claimed.file, QStringLiteral("claimed/slices.csv"));
    QCOMPARE(a.rows.at(1).rerun.file, QStringLiteral("rerun/slices.json"));
    QCOMPARE(a.count(Status::WithinTolerance), 3);
    // test.acc appears in two claimed files: the first (metrics.json) wins, the second is named.
    QCOMPARE(a.rows.at(0).claimed.number, 0.9);
    QCOMPARE(a.diagnostics.size(), 1);
    QCOMPARE(a.diagnostics.first().file, QStringLiteral("claimed/slices.csv"));
    QCOMPARE(a.diagnostics.first().where, QStringLiteral("test.acc"));
    QCOMPARE(a.diagnostics.first().line, 3);
    QVERIFY(a.withinTolerance());
    QVERIFY(a.hasRerun);
}

void TestResultsAnalysis::findings()
{
    QTemporaryDir dir;
    Package p =
        makePackage(dir, {{"c.json", R"({"acc": 0.9, "loss": 0.3, "f1": 0.7, "auc": 0.8, "gone": 1})"}},
                    {{"r.json", R"({"acc": 0.8, "loss": 0.2, "f1": 0.6, "auc": 0.8, "new": 2})"}});
    p.results.metrics.insert("acc", MetricSpec{MetricSpec::Better::Higher, 0.01, -1});
    p.results.metrics.insert("loss", MetricSpec{MetricSpec::Better::Lower, 0.01, -1});
    const ResultsAnalysis a = analyzePackage(p);
    QCOMPARE(statusName(a.find("acc")->status()), QStringLiteral("worse_than_claimed"));
    QCOMPARE(statusName(a.find("loss")->status()), QStringLiteral("better_than_claimed"));
    QCOMPARE(statusName(a.find("f1")->status()), QStringLiteral("differs"));
    QCOMPARE(statusName(a.find("gone")->status()), QStringLiteral("missing_in_rerun"));
    QCOMPARE(statusName(a.find("new")->status()), QStringLiteral("missing_in_claim"));
    const Finding *worse = findRule(a.findings, "results.worse-than-claimed");
    QVERIFY(worse);
    QCOMPARE(worse->severity, Finding::Severity::Error);
    QCOMPARE(worse->item, Anchor::metric("acc"));
    QCOMPARE(worse->pane, QStringLiteral("results"));
    QCOMPARE(findRule(a.findings, "results.differs")->severity, Finding::Severity::Warning);
    QCOMPARE(findRule(a.findings, "results.differs")->item, Anchor::metric("f1"));
    QCOMPARE(findRule(a.findings, "results.missing-in-rerun")->severity, Finding::Severity::Warning);
    QCOMPARE(findRule(a.findings, "results.missing-in-claim")->severity, Finding::Severity::Info);
    QVERIFY(!findRule(a.findings, "results.no-rerun"));
    QVERIFY(!findRule(a.findings, "results.better-than-claimed"));
    QVERIFY(!a.withinTolerance());
    // Errors first.
    QCOMPARE(a.findings.first().severity, Finding::Severity::Error);
}

void TestResultsAnalysis::noRerun_data()
{
    QTest::addColumn<bool>("listRerun");
    QTest::addColumn<QByteArray>("rerun");
    QTest::newRow("no rerun file") << false << QByteArray();
    QTest::newRow("empty rerun file") << true << QByteArray("{}");
    QTest::newRow("unreadable rerun file") << true << QByteArray("{\"acc\": ");
}

void TestResultsAnalysis::noRerun()
{
    QFETCH(bool, listRerun);
    QFETCH(QByteArray, rerun);
    QTemporaryDir dir;
    QList<QPair<QString, QByteArray>> r;
    if (listRerun)
        r.append({"r.json", rerun});
    const Package p = makePackage(dir, {{"c.json", R"({"acc": 0.9, "f1": 0.5})"}}, r);
    const ResultsAnalysis a = analyzePackage(p);
    const Finding *f = findRule(a.findings, "results.no-rerun");
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Severity::Error);
    QCOMPARE(a.count(Status::MissingInRerun), 2);
    // Without a rerun, per-metric "missing in rerun" findings would only repeat the one error.
    QVERIFY(!findRule(a.findings, "results.missing-in-rerun"));
    QVERIFY(!a.withinTolerance());
}

void TestResultsAnalysis::specPrecedence()
{
    QTemporaryDir dir;
    Package p = makePackage(dir, {{"c.json", R"({"acc": 0.9, "loss": 0.5,
                               "metric_specs": {"acc": {"abs_tolerance": 0.5, "better": "lower"},
                                                "loss": {"abs_tolerance": 0.05, "better": "lower"}}})"}},
                            {{"r.json", R"({"acc": 0.8, "loss": 0.6})"}});
    p.results.metrics.insert("acc", MetricSpec{MetricSpec::Better::Higher, 0.01, -1});
    const ResultsAnalysis a = analyzePackage(p);
    // The package's declaration wins over the file's.
    QCOMPARE(a.find("acc")->better, MetricSpec::Better::Higher);
    QCOMPARE(a.find("acc")->tolerance.source, ToleranceSource::Package);
    QCOMPARE(a.find("acc")->tolerance.bound, 0.01);
    QCOMPARE(a.find("acc")->status(), Status::WorseThanClaimed);
    // Where the package is silent, the file's spec applies.
    QCOMPARE(a.find("loss")->tolerance.source, ToleranceSource::ResultsFile);
    QCOMPARE(a.find("loss")->better, MetricSpec::Better::Lower);
    QCOMPARE(a.find("loss")->status(), Status::WorseThanClaimed);
}

void TestResultsAnalysis::mixedTypes()
{
    QTemporaryDir dir;
    Package p = makePackage(dir, {{"c.json", R"({"acc": 0.9, "note": "ok", "grp": 1, "x": 1})"}},
                            {{"r.json", R"({"acc": "0.9", "note": "ok", "grp": {"sub": 2}, "x": 1})"}});
    p.results.metrics.insert("declared_only", MetricSpec{});
    const ResultsAnalysis a = analyzePackage(p);
    QCOMPARE(a.find("acc")->status(), Status::Differs);
    QCOMPARE(a.find("note")->status(), Status::WithinTolerance);
    const QString text = diagText(a.diagnostics);
    QVERIFY2(text.contains(QLatin1String("r.json: acc: mixed types: number in c.json, string here")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("c.json: grp: mixed types: a value here, and a group")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("results.metrics.declared_only")), qPrintable(text));
    // Every diagnostic is also a finding, anchored at the metric when it names one.
    const Finding *bad = findRule(a.findings, "results.bad-input");
    QVERIFY(bad);
    QCOMPARE(a.rows.size(), 5); // the rest of the table is still shown
}

void TestResultsAnalysis::defaultTolerance()
{
    QTemporaryDir dir;
    const Package p = makePackage(dir, {{"c.json", R"({"acc": 0.90})"}}, {{"r.json", R"({"acc": 0.905})"}});
    const ResultsInput in = loadResultsInput(p);
    ResultsAnalysis a = analyzeResults(in, p, DefaultTolerance{});
    QCOMPARE(a.rows.first().status(), Status::WithinTolerance);
    QCOMPARE(a.rows.first().tolerance.source, ToleranceSource::Default);
    a = analyzeResults(in, p, DefaultTolerance{0.001, 0.001});
    QCOMPARE(a.rows.first().status(), Status::Differs);
    QVERIFY(qFuzzyCompare(a.rows.first().tolerance.bound, 0.001));
}

void TestResultsAnalysis::provenance_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("revision"); // "@head", "@first" or a revspec
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("reference at head") << "reference"
                                       << "@head" << QStringList{};
    QTest::newRow("reference at HEAD spec") << "reference"
                                            << "HEAD" << QStringList{};
    QTest::newRow("short sha of head") << "reference"
                                       << "@head7" << QStringList{};
    QTest::newRow("other revision") << "reference"
                                    << "@first" << QStringList{"results.provenance.revision-mismatch"};
    QTest::newRow("development environment")
        << "development"
        << "@head" << QStringList{"results.provenance.development-environment"};
    QTest::newRow("unknown environment") << "laptop2"
                                         << "@head"
                                         << QStringList{"results.provenance.not-reference-environment",
                                                        "results.provenance.unknown-environment"};
    QTest::newRow("unresolvable revision")
        << "reference"
        << "no-such-branch" << QStringList{"results.provenance.revision-unresolved"};
    QTest::newRow("nothing given") << ""
                                   << "" << QStringList{};
}

void TestResultsAnalysis::provenance()
{
    QFETCH(QString, environment);
    QFETCH(QString, revision);
    QFETCH(QStringList, rules);
    QTemporaryDir dir;
    GitFixture git(dir.filePath("repo"));
    QVERIFY(git.ok());
    const QString first = git.commit("train.py", "print(1)\n", "first");
    const QString head = git.commit("train.py", "print(2)\n", "second");
    QVERIFY(!first.isEmpty() && !head.isEmpty());
    if (revision == QLatin1String("@head"))
        revision = head;
    else if (revision == QLatin1String("@head7"))
        revision = head.left(7);
    else if (revision == QLatin1String("@first"))
        revision = first;
    nlohmann::json prov = nlohmann::json::object();
    if (!environment.isEmpty())
        prov["environment"] = environment.toStdString();
    if (!revision.isEmpty())
        prov["revision"] = revision.toStdString();
    prov["host"] = "ci-runner-3";
    prov["ran_at"] = "2026-11-20T10:15:00Z";
    nlohmann::json rerun = {{"acc", 0.9}, {"provenance", prov}};
    Package p = makePackage(dir, {{"c.json", R"({"acc": 0.9})"}},
                            {{"r.json", QByteArray::fromStdString(rerun.dump())}});
    p.code.provided = true;
    p.code.repositoryPath = dir.filePath("repo");
    // libgit2 1.5 and 1.9 may differ on the initial branch name: point head at the commit id.
    p.code.head = head;
    p.environments.provided = true;
    p.environments.files = {NamedFile{"development", "env/dev.txt", dir.filePath("env/dev.txt")},
                            NamedFile{"reference", "env/ref.txt", dir.filePath("env/ref.txt")}};
    const ResultsAnalysis a = analyzePackage(p);
    QStringList got;
    for (const QString &id : ruleIds(a.findings))
        if (id.startsWith(QLatin1String("results.provenance.")))
            got.append(id);
    got.sort();
    QCOMPARE(got, rules);
    QVERIFY2(a.diagnostics.isEmpty(), qPrintable(diagText(a.diagnostics)));
    QVERIFY(a.provenance.given);
    QCOMPARE(a.provenance.host, QStringLiteral("ci-runner-3"));
    QVERIFY(a.provenance.ranAtParsed.isValid());
    if (!revision.isEmpty() && !rules.contains("results.provenance.revision-unresolved")) {
        QCOMPARE(a.provenance.headSha, head);
        QCOMPARE(a.provenance.revisionSha, revision == first ? first : head);
    }
    if (rules.contains("results.provenance.revision-mismatch"))
        QCOMPARE(findRule(a.findings, "results.provenance.revision-mismatch")->severity,
                 Finding::Severity::Error);
    if (rules.contains("results.provenance.revision-unresolved"))
        QVERIFY(a.provenance.revisionError.contains(QLatin1String("no-such-branch")));
}

void TestResultsAnalysis::provenanceMerge()
{
    QTemporaryDir dir;
    Package p = makePackage(
        dir, {{"c.json", R"({"acc": 0.9})"}},
        {{"r.json",
          R"({"acc": 0.9, "provenance": {"host": "b", "command": "make eval", "ran_at": "yesterday", "environment": 7}})"}});
    p.results.provenance = {{"host", "a"}, {"gpu", "A100"}};
    const ResultsAnalysis a = analyzePackage(p);
    QCOMPARE(a.provenance.host, QStringLiteral("a"));
    QCOMPARE(a.provenance.command, QStringLiteral("make eval"));
    QCOMPARE(a.provenance.sources.size(), 2);
    QCOMPARE(a.provenance.extra.size(), 1);
    const QString text = diagText(a.diagnostics);
    QVERIFY2(text.contains(QLatin1String("r.json: provenance.host: conflicts")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("r.json: provenance.ran_at: \"yesterday\" is not an ISO 8601")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("r.json: provenance.environment: expected a string")),
             qPrintable(text));
    // No repository to check a revision against: no revision finding without a revision.
    QVERIFY(!findRule(a.findings, "results.provenance.revision-unresolved"));
    QVERIFY(!findRule(a.findings, "results.provenance.missing"));

    const Package none = makePackage(dir, {{"c2.json", R"({"acc": 0.9})"}}, {{"r2.json", R"({"acc": 0.9})"}});
    const ResultsAnalysis b = analyzePackage(none);
    QCOMPARE(findRule(b.findings, "results.provenance.missing")->severity, Finding::Severity::Info);
}

void TestResultsAnalysis::packageIsNotModified()
{
    QTemporaryDir dir;
    const Package p =
        makePackage(dir, {{"c.json", R"({"acc": NaN})"}}, {{"r.csv", "metric,value\nacc,0.9\n"}});
    QFile f(dir.filePath("c.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    f.close();
    const QDateTime modified = QFileInfo(f).lastModified();
    const ResultsAnalysis a = analyzePackage(p);
    QCOMPARE(a.rows.first().status(), Status::Differs);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QCOMPARE(QFileInfo(f).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 2);
}

QTEST_GUILESS_MAIN(TestResultsAnalysis)
#include "tst_resultsanalysis.moc"
