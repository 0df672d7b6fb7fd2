// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultschart.h"
#include "models/results/resultsreport.h"
#include "testutil.h"

#include <QGuiApplication>
#include <QTest>

using namespace mr;
using namespace mr::results;
using namespace mr::results::test;

class TestResultsReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonSection();
    void escaping();
    void notProvided();
    void chartLayoutGroups();
    void chartImage();
};

void TestResultsReport::jsonSection()
{
    QTemporaryDir dir;
    Package p = makePackage(dir, {{"c.json", R"({"test": {"acc": 0.9, "loss": 0.5, "n": NaN}, "gone": 1})"}},
                            {{"r.json", R"({"test": {"acc": 0.8, "loss": 0.5, "n": 1}})"}});
    p.results.metrics.insert("test.acc", MetricSpec{MetricSpec::Better::Higher, 0.01, 0.02});
    const SectionReport r = buildSectionReport(p);
    QCOMPARE(r.id, QStringLiteral("results"));
    const nlohmann::json &j = r.json;
    QCOMPARE(j.at("metrics").size(), size_t(4));
    const nlohmann::json *acc = nullptr;
    for (const auto &m : j.at("metrics"))
        if (m.at("name") == "test.acc")
            acc = &m;
    QVERIFY(acc);
    QCOMPARE(acc->at("claimed").get<double>(), 0.9);
    QCOMPARE(acc->at("rerun").get<double>(), 0.8);
    QVERIFY(qFuzzyCompare(acc->at("abs_diff").get<double>(), -0.1));
    QVERIFY(qFuzzyCompare(acc->at("rel_diff").get<double>(), -0.1 / 0.9));
    QCOMPARE(acc->at("better").get<std::string>(), std::string("higher"));
    QVERIFY(qFuzzyCompare(acc->at("tolerance").get<double>(), 0.018)); // max(0.01, 0.02 * 0.9)
    QCOMPARE(acc->at("tolerance_detail").at("source").get<std::string>(), std::string("package"));
    QCOMPARE(acc->at("status").get<std::string>(), std::string("worse_than_claimed"));
    for (const auto &m : j.at("metrics")) {
        if (m.at("name") == "test.n") {
            QCOMPARE(m.at("claimed").get<std::string>(), std::string("NaN"));
            QVERIFY(m.at("abs_diff").is_null());
            QCOMPARE(m.at("status").get<std::string>(), std::string("differs"));
        }
        if (m.at("name") == "gone") {
            QVERIFY(m.at("rerun").is_null());
            QCOMPARE(m.at("status").get<std::string>(), std::string("missing_in_rerun"));
            QCOMPARE(m.at("tolerance_detail").at("source").get<std::string>(), std::string("default"));
        }
    }
    QCOMPARE(j.at("totals").at("metrics").get<int>(), 4);
    QCOMPARE(j.at("totals").at("worse_than_claimed").get<int>(), 1);
    QCOMPARE(j.at("totals").at("within_tolerance").get<int>(), 1);
    QCOMPARE(j.at("within_tolerance").get<bool>(), false);
    QVERIFY(r.markdown.contains(QLatin1String("| test.acc | 0.9 | 0.8 |")));
    QVERIFY(r.html.contains(QLatin1String("<tr class=\"worse_than_claimed\">")));
    QVERIFY(r.findings.size() >= 3);
    // The JSON section survives a dump (no NaN leaks into it).
    QVERIFY(!QString::fromStdString(j.dump()).contains(QLatin1String("NaN,")));
}

void TestResultsReport::escaping()
{
    QTemporaryDir dir;
    const Package p = makePackage(
        dir, {{"c.json", R"({"<script>|*x*": "<b>bold</b>"})"}},
        {{"r.json", R"({"<script>|*x*": "<b>bold</b>", "provenance": {"host": "<img src=x>"}})"}});
    const SectionReport r = buildSectionReport(p);
    QVERIFY(!r.html.contains(QLatin1String("<script>")));
    QVERIFY(!r.html.contains(QLatin1String("<b>")));
    QVERIFY(!r.html.contains(QLatin1String("<img")));
    QVERIFY(r.html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(r.markdown.contains(QLatin1String("\\<script\\>\\|\\*x\\*")));
    QVERIFY(r.markdown.contains(QLatin1String("\\<img src=x\\>")));
}

void TestResultsReport::notProvided()
{
    Package p;
    p.name = QStringLiteral("empty");
    const SectionReport r = buildSectionReport(p);
    QCOMPARE(r.json.at("provided").get<bool>(), false);
    QVERIFY(r.findings.isEmpty());
    QVERIFY(r.image.isNull());
    QVERIFY(r.markdown.contains(QLatin1String("no results section")));
}

void TestResultsReport::chartLayoutGroups()
{
    QTemporaryDir dir;
    const Package p = makePackage(
        dir, {{"c.json", R"({"b": {"x": 1, "y": 2}, "a": 0.5, "b.z": 3, "s": "text", "n": NaN, "big": 1})"}},
        {{"r.json",
          R"({"b": {"x": 1.001, "y": 200}, "a": 0.5, "b.z": 3, "s": "text", "n": 1, "big": Infinity})"}});
    const ResultsAnalysis a = analyzePackage(p);
    const ChartLayout layout = chartLayout(a);
    // Finite claimed numbers only: a, big, b.x, b.y, b.z (s is a string, n is NaN).
    QCOMPARE(layout.entries.size(), 5);
    QCOMPARE(layout.slices, (QStringList{"", "b"}));
    QStringList order;
    for (const ChartEntry &e : layout.entries)
        order.append(e.name);
    QCOMPARE(order, (QStringList{"a", "big", "b.x", "b.y", "b.z"}));
    QCOMPARE(layout.range, 6.0);
    QVERIFY(layout.entries.at(3).clamped); // 200 against 2 is far outside the axis
    QCOMPARE(layout.entries.at(3).deviation, 6.0);
    QVERIFY(layout.entries.at(1).clamped); // infinity
    QVERIFY(!layout.entries.at(2).clamped);
    QVERIFY(qFuzzyCompare(layout.entries.at(2).deviation, 0.001 / 0.01));
}

void TestResultsReport::chartImage()
{
    QTemporaryDir dir;
    const Package p =
        makePackage(dir, {{"c.json", R"({"test": {"acc": 0.9, "f1": 0.8}, "train": {"acc": 0.95}})"}},
                    {{"r.json", R"({"test": {"acc": 0.7, "f1": 0.8}, "train": {"acc": 0.951}})"}});
    const SectionReport r = buildSectionReport(p);
    QVERIFY(!r.image.isNull());
    QCOMPARE(r.image.width(), 900);
    // Two slice headings and three rows make the image taller than an empty chart.
    QVERIFY(r.image.height() > 56 + 44 + 2 * 24 + 3 * 22);
    // The tolerance band and a "differs" marker (orange) were drawn.
    int band = 0, orange = 0;
    for (int y = 0; y < r.image.height(); ++y)
        for (int x = 0; x < r.image.width(); ++x) {
            const QRgb c = r.image.pixel(x, y);
            band += c == qRgb(0xc8, 0xe6, 0xc9) ? 1 : 0;
            orange += c == qRgb(0xef, 0x6c, 0x00) ? 1 : 0;
        }
    QVERIFY(band > 1000);
    QVERIFY(orange > 10);
    if (qEnvironmentVariableIsSet("MR_SCREENSHOT_DIR"))
        r.image.save(qEnvironmentVariable("MR_SCREENSHOT_DIR") + QStringLiteral("/results-report-chart.png"));
}

QTEST_MAIN(TestResultsReport)
#include "tst_resultsreport.moc"
