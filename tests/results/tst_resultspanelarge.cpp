// SPDX-License-Identifier: Apache-2.0
// The Results pane at scale (issue 15): groups by the prefix before '.' or '/' ("eval/",
// "train/"), and the chart plots a bounded number of metrics, saying how many of how many.
#include "widgets/results/resultschartview.h"
#include "widgets/results/resultsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QTest>

using namespace mr;
using namespace mr::results;

namespace {

// Rows as analyzeResults gives them (sorted by name), every claim 0.5 with tolerance 0.01 and
// the rerun `shift(i)` away from it.
ResultsAnalysis analysisOf(const QStringList &names, const std::function<double(int)> &shift)
{
    ResultsAnalysis a;
    a.sectionProvided = true;
    a.hasRerun = true;
    QStringList sorted = names;
    sorted.sort();
    for (int i = 0; i < sorted.size(); ++i) {
        MetricRow r;
        r.name = sorted.at(i);
        r.claimed = MetricValue::fromNumber(0.5);
        r.rerun = MetricValue::fromNumber(0.5 + shift(i));
        r.tolerance.abs = 0.01;
        r.tolerance.bound = 0.01;
        r.comparison = compareValues(r.claimed, r.rerun, r.better, r.tolerance);
        a.rows.append(r);
    }
    return a;
}

} // namespace

class TestResultsPaneLarge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsBySlashAndDot_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QStringList>("groups"); // outermost first
        QTest::addColumn<QString>("leaf");
        QTest::newRow("slash") << "eval/acc" << QStringList{"eval"} << "acc";
        QTest::newRow("slash then dot") << "train/by_region.eu" << QStringList{"train", "by_region"} << "eu";
        QTest::newRow("dots") << "test.by_region.us.f1" << QStringList{"test", "by_region", "us"} << "f1";
        QTest::newRow("top level") << "loss" << QStringList{} << "loss";
    }

    void groupsBySlashAndDot()
    {
        QFETCH(QString, metric);
        QFETCH(QStringList, groups);
        QFETCH(QString, leaf);
        ResultsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(analysisOf({"eval/acc", "eval/loss", "train/by_region.eu", "train/by_region.us",
                                      "test.by_region.us.f1", "loss"},
                                     [](int) { return 0.0; }));
        // Top level: eval, loss, test, train.
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex index = model.indexOfMetric(metric);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), leaf);
        QStringList found;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            found.prepend(p.data().toString());
        QCOMPARE(found, groups);
    }

    void chartIsBoundedWithANote()
    {
        QStringList names;
        for (int i = 0; i < 5000; ++i)
            names << QStringLiteral("eval/slice_%1.m%2").arg(i / 100).arg(i);
        // Metric i is (i % 97) / 10 tolerances away: the furthest are those with i % 97 == 96.
        const ResultsAnalysis a = analysisOf(names, [](int i) { return 0.001 * (i % 97); });
        ResultsChartView view;
        view.resize(700, 900);
        view.setAnalysis(a);
        QCOMPARE(view.plottedCount(), 5000);
        QCOMPARE(view.layout().entries.size(), ResultsChartView::kMaxRows);
        QVERIFY2(view.chart()->title().contains(QLatin1String("Showing 50 of 5,000 metrics")),
                 qPrintable(view.chart()->title()));
        double nearest = 1e9;
        for (const ChartEntry &e : view.layout().entries)
            nearest = std::min(nearest, std::fabs(e.deviation));
        QVERIFY2(nearest >= 5.0, qPrintable(QString::number(nearest))); // only the furthest are kept
        QVERIFY(view.minimumHeight() <= 120 + 22 * int(ResultsChartView::kMaxRows));
        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QStringLiteral("/tmp/tst_resultspanelarge-chart.png"));
        // Under the bound nothing is left out and the title has no note.
        view.setAnalysis(analysisOf(names.mid(0, 20), [](int) { return 0.0; }));
        QCOMPARE(view.layout().entries.size(), 20);
        QVERIFY(!view.chart()->title().contains(QLatin1String("Showing")));
    }
};

QTEST_MAIN(TestResultsPaneLarge)
#include "tst_resultspanelarge.moc"
