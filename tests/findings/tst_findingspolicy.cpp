// SPDX-License-Identifier: Apache-2.0
// The policy file (overrides, off, critical packages, where it is found, malformed JSON and
// TOML with located errors), suppressions (kept, reopened when items change, malformed) and
// the item list every finding carries.
#include "models/findings/applypolicy.h"
#include "models/findings/policy.h"
#include "models/findings/rules.h"
#include "models/findings/suppression.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using namespace mr::findings;

namespace {

Finding envFinding(const QString &rule, Finding::Severity s,
                   const QList<std::pair<QString, QString>> &packages)
{
    QList<FindingItem> items;
    for (const auto &[name, label] : packages)
        items.append({Anchor::environmentPackage(QStringLiteral("dev..prod"), name), label});
    return itemsFinding(rule, s, QStringLiteral("environment"), QStringLiteral("summary"), items);
}

Findings sample()
{
    return {envFinding(QStringLiteral("environment.major-drift"), Finding::Severity::Warning,
                       {{QStringLiteral("pillow"), QStringLiteral("pillow 10.4.0 → 11.1.0")},
                        {QStringLiteral("transformers"), QStringLiteral("transformers 3.0.0 → 4.1.0")}}),
            envFinding(QStringLiteral("environment.major-drift-critical"), Finding::Severity::Error,
                       {{QStringLiteral("numpy"), QStringLiteral("numpy 1.26.4 → 2.1.1")}}),
            Finding{QStringLiteral("dataset.total-size"), Finding::Severity::Warning,
                    QStringLiteral("dataset"), Anchor::package(), QStringLiteral("sizes differ")},
            Finding{QStringLiteral("package.unknown-keys"), Finding::Severity::Info,
                    QStringLiteral("package"), Anchor::package(), QStringLiteral("unknown keys: x")}};
}

const Finding *byRule(const Findings &f, const QString &rule)
{
    for (const Finding &x : f)
        if (x.ruleId == rule)
            return &x;
    return nullptr;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestFindingsPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messageNamesUpToTwentyItems();
    void fingerprintIgnoresOrderAndFollowsItems();
    void builtinPolicyKeepsDefaults();
    void overrides_data();
    void overrides();
    void criticalPackagesPromote();
    void malformed_data();
    void malformed();
    void findOrder();
    void bothFormatsIsAnError();
    void submitRequirementsPassThrough();
    void suppressionKeptAndReopened();
    void suppressionJsonRoundTrip();
    void malformedSuppressions_data();
    void malformedSuppressions();
};

void TestFindingsPolicy::messageNamesUpToTwentyItems()
{
    QList<FindingItem> items;
    for (int i = 0; i < 25; ++i)
        items.append(
            {Anchor::datasetEntry(QStringLiteral("f%1.csv").arg(i)), QStringLiteral("f%1.csv").arg(i)});
    const Finding f =
        itemsFinding(QStringLiteral("dataset.no-hash"), Finding::Severity::Warning, QStringLiteral("dataset"),
                     QStringLiteral("25 of 25 entries have no digest"), items);
    QVERIFY(f.message.contains(QLatin1String("f0.csv, f1.csv")));
    QVERIFY(f.message.contains(QLatin1String("f19.csv")));
    QVERIFY(!f.message.contains(QLatin1String("f20.csv")));
    QVERIFY(f.message.endsWith(QLatin1String("and 5 more")));
    QCOMPARE(f.item, items.first().anchor);
    nlohmann::json j = f;
    QCOMPARE(j.at("items").size(), size_t(25));
    QCOMPARE(j.at("items")[24].at("path").get<std::string>(), std::string("f24.csv"));
    QCOMPARE(j.at("items")[24].at("label").get<std::string>(), std::string("f24.csv"));
    // A rule that bounds its items counts the rest.
    const Finding bounded = itemsFinding(QStringLiteral("dataset.no-hash"), Finding::Severity::Warning,
                                         QStringLiteral("dataset"), QStringLiteral("s"), items, 1000);
    QVERIFY(bounded.message.endsWith(QLatin1String("and 1005 more")));
    j = bounded;
    QCOMPARE(j.at("items_omitted").get<int>(), 1000);
    // A finding naming no items still lists its one anchor.
    const Finding single{QStringLiteral("package.unknown-keys"), Finding::Severity::Info,
                         QStringLiteral("package"), Anchor::package(), QStringLiteral("m")};
    j = single;
    QCOMPARE(j.at("items").size(), size_t(1));
}

void TestFindingsPolicy::fingerprintIgnoresOrderAndFollowsItems()
{
    const Finding a = envFinding(
        QStringLiteral("environment.major-drift"), Finding::Severity::Warning,
        {{QStringLiteral("a"), QStringLiteral("a 1 → 2")}, {QStringLiteral("b"), QStringLiteral("b 1 → 2")}});
    const Finding b = envFinding(
        QStringLiteral("environment.major-drift"), Finding::Severity::Warning,
        {{QStringLiteral("b"), QStringLiteral("b 1 → 2")}, {QStringLiteral("a"), QStringLiteral("a 1 → 2")}});
    const Finding c = envFinding(
        QStringLiteral("environment.major-drift"), Finding::Severity::Warning,
        {{QStringLiteral("a"), QStringLiteral("a 1 → 3")}, {QStringLiteral("b"), QStringLiteral("b 1 → 2")}});
    QCOMPARE(a.fingerprint(), b.fingerprint());
    QVERIFY(a.fingerprint() != c.fingerprint());
    QCOMPARE(a.fingerprint().size(), 16);
    Finding other = a;
    other.ruleId = QStringLiteral("environment.downgrade");
    QVERIFY(other.fingerprint() != a.fingerprint());
}

void TestFindingsPolicy::builtinPolicyKeepsDefaults()
{
    const Findings out = applyPolicy(sample(), Policy{});
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.first().severity, Finding::Severity::Error); // sorted, most severe first
    QCOMPARE(byRule(out, QStringLiteral("environment.major-drift"))->severity, Finding::Severity::Warning);
    QCOMPARE(Policy{}.describe(), QStringLiteral("built-in defaults"));
}

void TestFindingsPolicy::overrides_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("toml");
    QTest::newRow("json") << QByteArray(R"({"format": "modelreview.policy/v1", "rules": {
        "environment.major-drift": "error", "dataset.total-size": "off", "package.unknown-keys": "warning"}})")
                          << false;
    QTest::newRow("toml") << QByteArray(
                                 "format = \"modelreview.policy/v1\"\n[rules]\n\"environment.major-drift\" = "
                                 "\"error\"\n\"dataset.total-size\" = \"off\"\n\"package.unknown-keys\" = "
                                 "\"warning\"\n")
                          << true;
}

void TestFindingsPolicy::overrides()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, toml);
    const PolicyLoadResult r = parsePolicy(text, QStringLiteral("p"), toml);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Findings out = applyPolicy(sample(), *r.policy);
    QCOMPARE(out.size(), 3);
    QVERIFY(!byRule(out, QStringLiteral("dataset.total-size")));
    QCOMPARE(byRule(out, QStringLiteral("environment.major-drift"))->severity, Finding::Severity::Error);
    QCOMPARE(byRule(out, QStringLiteral("package.unknown-keys"))->severity, Finding::Severity::Warning);
    QCOMPARE(byRule(out, QStringLiteral("environment.major-drift-critical"))->severity,
             Finding::Severity::Error);
    QCOMPARE(applyPolicy(out, *r.policy), out); // idempotent
    const nlohmann::json j = r.policy->toJson();
    QCOMPARE(j.at("rules").at("dataset.total-size").get<std::string>(), std::string("off"));
}

void TestFindingsPolicy::criticalPackagesPromote()
{
    const PolicyLoadResult r =
        parsePolicy(R"({"critical_packages": ["Transformers", "onnxruntime"]})", QStringLiteral("p"), false);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.policy->criticalPackages,
             (QStringList{QStringLiteral("transformers"), QStringLiteral("onnxruntime")}));
    const Findings out = applyPolicy(sample(), *r.policy);
    const Finding *drift = byRule(out, QStringLiteral("environment.major-drift"));
    const Finding *critical = byRule(out, QStringLiteral("environment.major-drift-critical"));
    QVERIFY(drift && critical);
    QCOMPARE(drift->items.size(), 1);
    QCOMPARE(drift->items.first().anchor.path, QStringLiteral("pillow"));
    QCOMPARE(critical->items.size(), 2); // numpy (built in) and transformers (the policy's)
    QCOMPARE(critical->severity, Finding::Severity::Error);
    QVERIFY(critical->message.contains(QStringLiteral("transformers 3.0.0 → 4.1.0")));
    QVERIFY(critical->message.startsWith(
        QLatin1String("2 critical package(s) differ by a major version between dev and prod")));
    QCOMPARE(applyPolicy(out, *r.policy), out);
    // All of a finding's items critical: the plain finding goes away.
    Policy all = *r.policy;
    all.criticalPackages << QStringLiteral("pillow");
    const Findings moved = applyPolicy(sample(), all);
    QVERIFY(!byRule(moved, QStringLiteral("environment.major-drift")));
    QCOMPARE(byRule(moved, QStringLiteral("environment.major-drift-critical"))->items.size(), 3);
}

void TestFindingsPolicy::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("toml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    QTest::newRow("json syntax") << QByteArray("{\n  \"rules\": {\n    \"dataset.no-hash\": error\n  }\n}")
                                 << false << 3 << 24 << "";
    QTest::newRow("json unknown rule")
        << QByteArray("{\n  \"rules\": {\n    \"dataset.no-hashes\": \"error\"\n  }\n}") << false << 3 << 5
        << "unknown rule id";
    QTest::newRow("json bad severity")
        << QByteArray("{\"rules\": {\n\"dataset.no-hash\": \"fatal\"}}") << false << 2 << 1 << "\"fatal\"";
    QTest::newRow("json severity number")
        << QByteArray("{\"rules\": {\"dataset.no-hash\": 3}}") << false << 1 << 12 << "found a number";
    QTest::newRow("json unknown key")
        << QByteArray("{\n \"critcal_packages\": []}") << false << 2 << 2 << "unknown key";
    QTest::newRow("json rules not object")
        << QByteArray("{\"rules\": [\"x\"]}") << false << 1 << 2 << "expected an object";
    QTest::newRow("json bad package")
        << QByteArray("{\"critical_packages\": [\"../etc\"]}") << false << 1 << 2 << "critical_packages[0]";
    QTest::newRow("json not object") << QByteArray("[1]") << false << 1 << 1 << "expected a JSON object";
    QTest::newRow("json bad format") << QByteArray("{\"format\": \"modelreview.policy/v9\"}") << false << 1
                                     << 2 << "modelreview.policy/v1";
    QTest::newRow("toml syntax") << QByteArray("[rules]\n\"dataset.no-hash\" = \n") << true << 2 << 0 << "";
    QTest::newRow("toml unknown rule")
        << QByteArray("[rules]\n\n\"nope.rule\" = \"off\"\n") << true << 3 << 1 << "unknown rule id";
    QTest::newRow("toml bad severity")
        << QByteArray("[rules]\n\"dataset.no-hash\" = \"loud\"\n") << true << 2 << 1 << "\"loud\"";
    QTest::newRow("toml unknown key") << QByteArray("\n\nseverity = 1\n") << true << 3 << 0 << "unknown key";
    QTest::newRow("toml rules not table")
        << QByteArray("rules = 3\n") << true << 1 << 0 << "expected a table";
}

void TestFindingsPolicy::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, toml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    const PolicyLoadResult r = parsePolicy(text, QStringLiteral("team.policy"), toml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.file, QStringLiteral("team.policy"));
    QCOMPARE(r.error.line, line);
    if (column > 0)
        QCOMPARE(r.error.column, column);
    else
        QVERIFY(r.error.column > 0);
    QVERIFY2(r.error.toString().contains(says), qPrintable(r.error.toString()));
}

void TestFindingsPolicy::findOrder()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString parent = dir.filePath(QStringLiteral("reviews"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(parent + QStringLiteral("/pkg")));
    qputenv("MODELREVIEW_SETTINGS_DIR", home.toLocal8Bit());
    const QString package = parent + QStringLiteral("/pkg");

    PolicyLoadResult r = findPolicy(package);
    QVERIFY(r.ok());
    QVERIFY(r.policy->isBuiltin());

    QVERIFY(writeFile(home + QStringLiteral("/.modelreview-policy.toml"),
                      "[rules]\n\"dataset.no-hash\" = \"info\"\n"));
    r = findPolicy(package);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.policy->source, home + QStringLiteral("/.modelreview-policy.toml"));
    QVERIFY(r.policy->describe().startsWith(r.policy->source + QStringLiteral(" (sha256 ")));

    // Beside the package wins over the user's configuration; inside the package is never read.
    QVERIFY(writeFile(package + QStringLiteral("/.modelreview-policy.json"),
                      "{\"rules\": {\"dataset.no-hash\": \"off\"}}"));
    r = findPolicy(package);
    QCOMPARE(r.policy->source, home + QStringLiteral("/.modelreview-policy.toml"));
    QVERIFY(writeFile(parent + QStringLiteral("/.modelreview-policy.json"),
                      "{\"rules\": {\"dataset.no-hash\": \"error\"}}"));
    r = findPolicy(package);
    QCOMPARE(r.policy->source, parent + QStringLiteral("/.modelreview-policy.json"));
    QCOMPARE(r.policy->rules.value(QStringLiteral("dataset.no-hash")).severity, Finding::Severity::Error);

    // --policy wins over both; a missing one is an error naming it.
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("team.json")), "{\"rules\": {\"dataset.no-hash\": \"info\"}}"));
    r = findPolicy(package, dir.filePath(QStringLiteral("team.json")));
    QCOMPARE(r.policy->source, dir.filePath(QStringLiteral("team.json")));
    r = findPolicy(package, dir.filePath(QStringLiteral("absent.json")));
    QVERIFY(!r.ok());
    QVERIFY(r.error.toString().contains(QLatin1String("absent.json")));

    // A malformed file found beside the package is an error, not a fallback.
    QVERIFY(writeFile(parent + QStringLiteral("/.modelreview-policy.json"),
                      "{\"rules\": {\"dataset.no-hash\": \"error\",}}"));
    r = findPolicy(package);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.line, 1);
    qunsetenv("MODELREVIEW_SETTINGS_DIR");
}

void TestFindingsPolicy::bothFormatsIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pkg"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".modelreview-policy.json")), "{}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".modelreview-policy.toml")), ""));
    const PolicyLoadResult r = findPolicy(dir.filePath(QStringLiteral("pkg")));
    QVERIFY(!r.ok());
    QVERIFY(r.error.message.contains(QLatin1String("keep one")));
}

void TestFindingsPolicy::submitRequirementsPassThrough()
{
    PolicyLoadResult r =
        parsePolicy(R"({"submit_requirements": {"no_error_findings": true, "dataset_verified": false}})",
                    QStringLiteral("p"), false);
    QVERIFY(r.ok());
    QCOMPARE(r.policy->submitRequirements.at("no_error_findings").get<bool>(), true);
    r = parsePolicy("[submit_requirements]\nno_error_findings = true\nlist = [\"a\"]\n", QStringLiteral("p"),
                    true);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.policy->submitRequirements.at("no_error_findings").get<bool>(), true);
    QCOMPARE(r.policy->submitRequirements.at("list").at(0).get<std::string>(), std::string("a"));
    QVERIFY(r.policy->toJson().at("submit_requirements") == r.policy->submitRequirements);
}

void TestFindingsPolicy::suppressionKeptAndReopened()
{
    Findings raw = sample();
    const Findings applied = applyPolicy(raw, Policy{});
    const Finding &drift = *byRule(applied, QStringLiteral("environment.major-drift"));
    const Suppression s = Suppression::forFinding(drift, QStringLiteral("pillow 11 is compatible for us"),
                                                  QStringLiteral("Ada <ada@example.org>"),
                                                  QStringLiteral("2026-12-01T02:00:00Z"));
    Findings out = applyPolicy(raw, Policy{}, {s});
    const Finding *accepted = byRule(out, QStringLiteral("environment.major-drift"));
    QVERIFY(accepted && accepted->accepted && !accepted->reopened);
    QCOMPARE(accepted->acceptedReason, QStringLiteral("pillow 11 is compatible for us"));
    QCOMPARE(accepted->acceptedBy, QStringLiteral("Ada <ada@example.org>"));
    QCOMPARE(out.size(), 4); // still listed
    QCOMPARE(countFindings(out, Finding::Severity::Warning), 2);
    QCOMPARE(countOpenFindings(out, Finding::Severity::Warning), 1); // no longer counts
    nlohmann::json j = *accepted;
    QCOMPARE(j.at("accepted").at("reason").get<std::string>(), std::string("pillow 11 is compatible for us"));
    QVERIFY(!byRule(out, QStringLiteral("environment.major-drift-critical"))->accepted);

    // pillow moves to another version: the same rule, an overlapping item, a new fingerprint.
    raw[0] = envFinding(QStringLiteral("environment.major-drift"), Finding::Severity::Warning,
                        {{QStringLiteral("pillow"), QStringLiteral("pillow 10.4.0 → 12.0.0")},
                         {QStringLiteral("transformers"), QStringLiteral("transformers 3.0.0 → 4.1.0")}});
    out = applyPolicy(raw, Policy{}, {s});
    const Finding *back = byRule(out, QStringLiteral("environment.major-drift"));
    QVERIFY(back && !back->accepted && back->reopened);
    QCOMPARE(countOpenFindings(out, Finding::Severity::Warning), 2);
    j = *back;
    QVERIFY(j.at("reopened").get<bool>());

    // A policy severity change does not re-open (the fingerprint is over rule and items).
    const PolicyLoadResult p =
        parsePolicy(R"({"rules": {"environment.major-drift": "error"}})", QStringLiteral("p"), false);
    out = applyPolicy(sample(), *p.policy, {s});
    QVERIFY(byRule(out, QStringLiteral("environment.major-drift"))->accepted);
}

void TestFindingsPolicy::suppressionJsonRoundTrip()
{
    const Findings all = sample();
    const Finding &f = all.first();
    const Suppression s =
        Suppression::forFinding(f, QStringLiteral("why"), QStringLiteral("me"), QStringLiteral("t"));
    nlohmann::json top = nlohmann::json::object();
    top[kSuppressionsKey] = suppressionsToJson({s});
    Suppressions back;
    Diagnostic error;
    QVERIFY(suppressionsFromJson(top, QStringLiteral("r.json"), &back, &error));
    QCOMPARE(back, Suppressions{s});
    QCOMPARE(back.first().itemKeys.size(), 2);
    QVERIFY(suppressionsFromJson(nlohmann::json::object(), QStringLiteral("r.json"), &back, &error));
    QVERIFY(back.isEmpty());
}

void TestFindingsPolicy::malformedSuppressions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("not array") << QByteArray(R"({"suppressions": {}})") << "suppressions";
    QTest::newRow("entry not object") << QByteArray(R"({"suppressions": [3]})") << "suppressions[0]";
    QTest::newRow("no reason") << QByteArray(R"({"suppressions": [{"rule": "a.b", "fingerprint": "f"}]})")
                               << "suppressions[0].reason";
    QTest::newRow("empty reason")
        << QByteArray(R"({"suppressions": [{"rule": "a.b", "fingerprint": "f", "reason": " "}]})")
        << "suppressions[0].reason";
    QTest::newRow("no fingerprint")
        << QByteArray(
               R"({"suppressions": [{"rule": "a.b", "fingerprint": "f", "reason": "r"}, {"rule": "a.b", "reason": "r"}]})")
        << "suppressions[1].fingerprint";
    QTest::newRow("items not strings")
        << QByteArray(R"({"suppressions": [{"rule": "a", "fingerprint": "f", "reason": "r", "items": [1]}]})")
        << "suppressions[0].items";
    QTest::newRow("by not string")
        << QByteArray(R"({"suppressions": [{"rule": "a", "fingerprint": "f", "reason": "r", "by": 1}]})")
        << "suppressions[0].by";
}

void TestFindingsPolicy::malformedSuppressions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    Suppressions out;
    Diagnostic error;
    QVERIFY(!suppressionsFromJson(nlohmann::json::parse(json.toStdString()), QStringLiteral("r.json"), &out,
                                  &error));
    QCOMPARE(error.where, where);
    QCOMPARE(error.file, QStringLiteral("r.json"));
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestFindingsPolicy)
#include "tst_findingspolicy.moc"
