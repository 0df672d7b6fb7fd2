// SPDX-License-Identifier: Apache-2.0
// The bundled example package, opened with the package loader, through the pane contract.
#include "models/environment/environmentreport.h"
#include "models/package/loader.h"

#include <QDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr::environment;

class TestExample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sectionReport();
};

void TestExample::sectionReport()
{
    const QString dir = QStringLiteral(MODELREVIEW_EXAMPLE_DIR);
    if (!QFile::exists(dir + "/model-package.json"))
        QSKIP("the example package has not been generated");
    const mr::LoadResult result = mr::loadPackageSync(dir);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const mr::SectionReport report = buildSectionReport(*result.package);
    const nlohmann::json &j = report.json;
    QVERIFY(j.at("provided").get<bool>());
    QCOMPARE(j.at("pair").get<std::string>(), std::string("development..reference"));
    for (const auto &env : j.at("environments"))
        QVERIFY2(!env.at("failed").get<bool>() && env.at("diagnostics").empty(), env.dump().c_str());
    QVERIFY(j.at("rows").size() > 20);
    QMap<QString, QString> rows;
    for (const auto &row : j.at("rows"))
        rows.insert(QString::fromStdString(row.at("name").get<std::string>()),
                    QString::fromStdString(row.at("change").get<std::string>()));
    QCOMPARE(rows.value("churnlib"), QStringLiteral("incomparable")); // local path against a VCS tag
    QSet<QString> rules;
    for (const mr::Finding &f : report.findings)
        rules.insert(f.ruleId);
    // What the example's README promises a reviewer: a local path, an editable checkout, and
    // Python 3.11.9 on macOS arm64 (from the freeze's capture header) against 3.10.15 on Debian x86_64.
    for (const char *rule : {"environment.local-path", "environment.editable", "environment.python-minor",
                             "environment.os-different", "environment.architecture-different"})
        QVERIFY2(rules.contains(QLatin1String(rule)), rule);
    QCOMPARE(rows.value("platform:python"), QStringLiteral("downgraded"));
    QCOMPARE(rows.value("numpy"), QStringLiteral("downgraded"));
    QCOMPARE(rows.value("jupyterlab"), QStringLiteral("only_in_development"));
    QStringList all(rules.cbegin(), rules.cend());
    all.sort();
    qInfo("rules: %s", qPrintable(all.join(QLatin1Char(' '))));
    QVERIFY(j.at("imports").at("scanned").get<bool>());
    QVERIFY(!report.markdown.isEmpty());
    QVERIFY(report.html.contains("<table>"));
}

QTEST_GUILESS_MAIN(TestExample)
#include "tst_example.moc"
