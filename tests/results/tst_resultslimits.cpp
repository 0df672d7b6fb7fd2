// SPDX-License-Identifier: Apache-2.0
// Huge metric files (issue 15): the documented per-file cap gives a diagnostic instead of
// exhausting memory, and the report figure is not laid out at 22 px per metric.
#include "models/package/loader.h"
#include "models/results/resultsanalysis.h"
#include "models/results/resultschart.h"
#include "models/results/resultsreader.h"
#include "models/results/resultsreport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;

namespace {

QByteArray metricsJson(int count, double shift)
{
    QByteArray out = "{";
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ',';
        out += "\"slice_" + QByteArray::number(i / 100) + ".m" + QByteArray::number(i) +
               "\":" + QByteArray::number(0.5 + (i % 7 == 0 ? shift * (i % 13) : 0), 'g', 10);
    }
    return out + "}";
}

} // namespace

class TestResultsLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capGivesADiagnostic_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("kept");
        QTest::addColumn<bool>("capped");
        const int cap = int(results::kMaxMetricsPerFile);
        QTest::newRow("well under the cap") << 1000 << 1000 << false;
        QTest::newRow("at the cap") << cap << cap << false;
        QTest::newRow("past the cap") << cap + 123 << cap << true;
    }

    void capGivesADiagnostic()
    {
        QFETCH(int, count);
        QFETCH(int, kept);
        QFETCH(bool, capped);
        const results::ResultsFile f =
            results::readResultsJson(metricsJson(count, 0), QStringLiteral("rerun.json"));
        QVERIFY(f.readable);
        QCOMPARE(int(f.metrics.size()), kept);
        int capDiagnostics = 0;
        for (const Diagnostic &d : f.diagnostics)
            capDiagnostics +=
                d.message.contains(QStringLiteral("more than %1 metrics").arg(results::kMaxMetricsPerFile))
                    ? 1
                    : 0;
        QCOMPARE(capDiagnostics, capped ? 1 : 0);
    }

    // A package of `count` metrics where every 7th rerun value moves by shift * (i % 13).
    static results::ResultsAnalysis analysisOf(QTemporaryDir &dir, int count, double shift)
    {
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        if (!write(QStringLiteral("claimed.json"), metricsJson(count, 0)) ||
            !write(QStringLiteral("rerun.json"), metricsJson(count, shift)) ||
            !write(QStringLiteral("model-package.json"),
                   R"({"format": "modelreview.package/v1", "name": "n", "version": "1",
                       "results": {"claimed": "claimed.json", "rerun": "rerun.json"}})"))
            return {};
        const LoadResult loaded = loadPackageSync(dir.path());
        return loaded.ok() ? results::analyzePackage(*loaded.package) : results::ResultsAnalysis{};
    }

    void reportTablesAreBounded_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("bounded");
        QTest::newRow("small: every row") << 700 << false;
        QTest::newRow("large: failures first, bounded") << 20000 << true;
    }

    void reportTablesAreBounded()
    {
        QFETCH(int, count);
        QFETCH(bool, bounded);
        QTemporaryDir dir;
        const results::ResultsAnalysis a = analysisOf(dir, count, 0.01);
        QCOMPARE(int(a.rows.size()), count);
        int failing = 0;
        for (const results::MetricRow &r : a.rows)
            failing += r.status() != results::Status::WithinTolerance ? 1 : 0;
        QVERIFY(failing > 0);
        const SectionReport report = results::buildSectionReport(a);
        // Every metric stays in the JSON report; past 10,000 rows they are streamed where the
        // report is written, and the text is exactly what one tree would have given.
        QCOMPARE(bool(report.streamed), count > 10000);
        std::string text;
        const nlohmann::ordered_json doc{{"format", "x"}, {"results", nlohmann::ordered_json(report.json)}};
        writeJsonText(doc, {report}, [&](std::string_view piece) { text.append(piece); });
        const nlohmann::ordered_json tree{{"format", "x"},
                                          {"results", nlohmann::ordered_json(results::toJson(a))}};
        QCOMPARE(int(tree.at("results").at("metrics").size()), count);
        QVERIFY(text == tree.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
        const int mdRows = int(report.markdown.count(QLatin1String("\n| slice\\_")));
        const int htmlRows = int(report.html.count(QLatin1String("<tr class=")));
        QCOMPARE(mdRows, bounded ? 1000 : count);
        QCOMPARE(htmlRows, bounded ? 1000 : count);
        const QString note =
            QStringLiteral("Showing 1000 of %1 metrics (%2 outside tolerance").arg(count).arg(failing);
        QCOMPARE(report.markdown.contains(note), bounded);
        QCOMPARE(report.html.contains(note), bounded);
        if (bounded) {
            // The failures come first: the first min(failing, 1000) rows of the table all fail.
            const int firstOk = int(report.html.indexOf(QLatin1String("<tr class=\"within_tolerance\">")));
            const int lastFailing = int(report.html.lastIndexOf(QLatin1String("<tr class=\"differs\">")));
            QVERIFY(firstOk < 0 || lastFailing < firstOk);
        }
        // The findings are bounded per rule too, and say how many are left out.
        int differs = 0;
        bool summary = false;
        for (const Finding &f : a.findings) {
            differs += f.ruleId == QLatin1String("results.differs") &&
                               !f.message.contains(QLatin1String("more findings"))
                           ? 1
                           : 0;
            summary = summary || f.message.contains(QLatin1String("more findings of this kind"));
        }
        QVERIFY(differs <= int(results::kMaxFindingsPerRule));
        QCOMPARE(summary, failing > int(results::kMaxFindingsPerRule));
    }

    void chartIsBounded()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(QStringLiteral("claimed.json"), metricsJson(5000, 0)));
        QVERIFY(write(QStringLiteral("rerun.json"), metricsJson(5000, 0.01)));
        QVERIFY(write(QStringLiteral("model-package.json"),
                      R"({"format": "modelreview.package/v1", "name": "n", "version": "1",
                          "results": {"claimed": "claimed.json", "rerun": "rerun.json"}})"));
        const LoadResult loaded = loadPackageSync(dir.path());
        QVERIFY(loaded.ok());
        const results::ResultsAnalysis a = results::analyzePackage(*loaded.package);
        QCOMPARE(a.rows.size(), 5000);
        QElapsedTimer timer;
        timer.start();
        const QImage image = results::renderResultsChart(a);
        QVERIFY(!image.isNull());
        QVERIFY2(image.height() < 300 * 22 + 300 * 24 + 200, qPrintable(QString::number(image.height())));
        qInfo("5000 metrics: figure %dx%d in %lld ms", image.width(), image.height(), timer.elapsed());
    }
};

QTEST_MAIN(TestResultsLimits)
#include "tst_resultslimits.moc"
