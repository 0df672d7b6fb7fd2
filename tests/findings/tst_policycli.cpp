// SPDX-License-Identifier: Apache-2.0
// The findings policy on the command line, as a user runs it: --policy on every command, the
// policy found beside the package, malformed policies (exit 2 with file:line:column), the
// policy named by inspect and reports, and suppressions in the review file (accepted, then
// reopened when the package changes).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QString &settingsDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("MODELREVIEW_SETTINGS_DIR"), settingsDir); // no user policy leaks in
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MR_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray capture(const char *numpy)
{
    return QByteArray::fromStdString(json{
        {"format", "modelreview.environment/v1"},
        {"python", {{"version", "3.11.2"}}},
        {"packages", {{{"name", "numpy"}, {"version", numpy}}, {{"name", "pillow"}, {"version", "10.4.0"}}}}}
                                         .dump());
}

const json *findingByRule(const json &doc, const char *rule)
{
    for (const json &f : doc.at("findings"))
        if (f.at("rule") == rule)
            return &f;
    return nullptr;
}

} // namespace

class TestPolicyCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaultsNameItems();
    void policyOption();
    void policyBesidePackage();
    void malformedOnEveryCommand_data();
    void malformedOnEveryCommand();
    void suppressionAcceptedThenReopened();
    void malformedSuppressions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root, m_settings;
    json inspect(const QStringList &extra = {});
};

void TestPolicyCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = m_dir->filePath(QStringLiteral("pkg"));
    m_settings = m_dir->filePath(QStringLiteral("settings"));
    QDir().mkpath(m_settings);
    QVERIFY(writeFile(m_root + QStringLiteral("/model-package.json"),
                      R"({"format": "modelreview.package/v1", "name": "p", "version": "1",
                          "environments": {"development": "env/dev.json", "reference": "env/ref.json"}})"));
    QVERIFY(writeFile(m_root + QStringLiteral("/env/dev.json"), capture("1.26.4")));
    QVERIFY(writeFile(m_root + QStringLiteral("/env/ref.json"), capture("2.1.1")));
}

json TestPolicyCli::inspect(const QStringList &extra)
{
    const Run r =
        run(QStringList{QStringLiteral("inspect"), m_root, QStringLiteral("--json")} + extra, m_settings);
    if (r.code != 0) {
        qWarning("%s", r.err.constData());
        return {};
    }
    return json::parse(r.out.toStdString());
}

void TestPolicyCli::defaultsNameItems()
{
    const json doc = inspect();
    QVERIFY(doc.is_object());
    QVERIFY(doc.at("policy").at("source").is_null());
    const json *f = findingByRule(doc, "environment.major-drift-critical");
    QVERIFY(f);
    QCOMPARE(f->at("severity").get<std::string>(), std::string("error"));
    QCOMPARE(f->at("items").size(), size_t(1));
    QCOMPARE(f->at("items")[0].at("path").get<std::string>(), std::string("numpy"));
    QVERIFY(f->at("message").get<std::string>().find("numpy 1.26.4 \u2192 2.1.1") != std::string::npos);
    QCOMPARE(f->at("fingerprint").get<std::string>().size(), size_t(16));

    const Run human = run({QStringLiteral("inspect"), m_root}, m_settings);
    QCOMPARE(human.code, 0);
    QVERIFY(human.out.contains("Policy:    built-in defaults"));
}

void TestPolicyCli::policyOption()
{
    const QString policy = m_dir->filePath(QStringLiteral("team.json"));
    QVERIFY(writeFile(policy,
                      R"({"rules": {"environment.major-drift-critical": "off"}, "critical_packages": []})"));
    json doc = inspect({QStringLiteral("--policy"), policy});
    QVERIFY(doc.is_object());
    QVERIFY(!findingByRule(doc, "environment.major-drift-critical"));
    QCOMPARE(doc.at("policy").at("source").get<std::string>(),
             QFileInfo(policy).absoluteFilePath().toStdString());
    const Run human =
        run({QStringLiteral("inspect"), m_root, QStringLiteral("--policy"), policy}, m_settings);
    QVERIFY(human.out.contains("Policy:    " + QFileInfo(policy).absoluteFilePath().toUtf8() + " (sha256 "));

    // Reports say which policy applied and list the items.
    QVERIFY(writeFile(policy, R"({"rules": {"environment.major-drift-critical": "warning"}})"));
    const Run md = run({QStringLiteral("report"), m_root, QStringLiteral("--format"), QStringLiteral("md"),
                        QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--policy"), policy},
                       m_settings);
    QCOMPARE(md.code, 0);
    QVERIFY(md.out.contains("Policy: "));
    QVERIFY(md.out.contains("team.json"));
    QVERIFY2(md.out.contains("| Warning | Environment | numpy 1.26.4 \xe2\x86\x92 2.1.1 |"),
             md.out.constData());
    const Run html =
        run({QStringLiteral("report"), m_root, QStringLiteral("--format"), QStringLiteral("html"),
             QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--policy"), policy},
            m_settings);
    QCOMPARE(html.code, 0);
    QVERIFY(html.out.contains("<p>Policy: "));
}

void TestPolicyCli::policyBesidePackage()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral(".modelreview-policy.toml")),
                      "[rules]\n\"environment.major-drift-critical\" = \"info\"\n"));
    const json doc = inspect();
    QVERIFY(doc.is_object());
    QCOMPARE(findingByRule(doc, "environment.major-drift-critical")->at("severity").get<std::string>(),
             std::string("info"));
    QVERIFY(doc.at("policy").at("source").get<std::string>().find(".modelreview-policy.toml") !=
            std::string::npos);
}

void TestPolicyCli::malformedOnEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("beside"); // found beside the package rather than given with --policy
    for (const char *c : {"inspect", "report", "verify", "gate", "capture-env"})
        QTest::newRow(c) << QString::fromLatin1(c) << false;
    for (const char *c : {"inspect", "report", "verify", "gate"})
        QTest::newRow(QByteArray(c) + " beside") << QString::fromLatin1(c) << true;
}

void TestPolicyCli::malformedOnEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(bool, beside);
    const QString policy = beside ? m_dir->filePath(QStringLiteral(".modelreview-policy.json"))
                                  : m_dir->filePath(QStringLiteral("team.json"));
    QVERIFY(writeFile(policy, "{\n  \"rules\": {\n    \"environment.major-drif\": \"error\"\n  }\n}\n"));
    QStringList args{command};
    if (command != QLatin1String("capture-env"))
        args << m_root;
    if (command == QLatin1String("report"))
        args << QStringLiteral("-o") << m_dir->filePath(QStringLiteral("out.md"));
    if (!beside)
        args << QStringLiteral("--policy") << policy;
    const Run r = run(args, m_settings);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QFileInfo(policy).fileName().toUtf8() +
                            ":3:5: rules.environment.major-drif: unknown rule id"),
             r.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.md"))));
}

void TestPolicyCli::suppressionAcceptedThenReopened()
{
    const json before = inspect();
    const json *f = findingByRule(before, "environment.major-drift-critical");
    QVERIFY(f);
    const json review{{"format", "modelreview.review/v1"},
                      {"suppressions",
                       {{{"rule", "environment.major-drift-critical"},
                         {"fingerprint", f->at("fingerprint")},
                         {"items", {"environment|numpy|development..reference"}},
                         {"reason", "numpy 2 verified by the rerun"},
                         {"by", "Ada <ada@example.org>"},
                         {"at", "2026-12-01T02:00:00Z"}}}}};
    QVERIFY(writeFile(m_root + QStringLiteral(".review.json"), QByteArray::fromStdString(review.dump())));
    json doc = inspect();
    f = findingByRule(doc, "environment.major-drift-critical");
    QVERIFY(f);
    QCOMPARE(f->at("accepted").at("reason").get<std::string>(), std::string("numpy 2 verified by the rerun"));
    QCOMPARE(f->at("accepted").at("by").get<std::string>(), std::string("Ada <ada@example.org>"));
    Run human = run({QStringLiteral("inspect"), m_root}, m_settings);
    QVERIFY(human.out.contains("(accepted by Ada <ada@example.org>: numpy 2 verified by the rerun)"));
    QVERIFY(human.out.contains("Findings:  0 error(s)"));
    const Run md = run({QStringLiteral("report"), m_root, QStringLiteral("--format"), QStringLiteral("md"),
                        QStringLiteral("-o"), QStringLiteral("-")},
                       m_settings);
    QCOMPARE(md.code, 0);
    QVERIFY2(md.out.contains("| Error (accepted) | Environment |"), md.out.constData());
    QVERIFY2(md.out.contains("Accepted by Ada <ada@example.org>: numpy 2 verified by the rerun |") ||
                 md.out.contains("Accepted by Ada \\<ada@example.org\\>: numpy 2 verified by the rerun |"),
             md.out.constData());

    // numpy moves in production: the finding is open again.
    QVERIFY(writeFile(m_root + QStringLiteral("/env/ref.json"), capture("2.2.0")));
    doc = inspect();
    f = findingByRule(doc, "environment.major-drift-critical");
    QVERIFY(f && !f->contains("accepted"));
    QVERIFY(f->at("reopened").get<bool>());
    human = run({QStringLiteral("inspect"), m_root}, m_settings);
    QVERIFY(human.out.contains("Findings:  1 error(s)"));
}

void TestPolicyCli::malformedSuppressions()
{
    QVERIFY(writeFile(
        m_root + QStringLiteral(".review.json"),
        R"({"format": "modelreview.review/v1", "suppressions": [{"rule": "x", "fingerprint": "y"}]})"));
    const Run r = run({QStringLiteral("inspect"), m_root}, m_settings);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("suppressions[0].reason"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
