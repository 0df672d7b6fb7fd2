// SPDX-License-Identifier: Apache-2.0
#include "testutil.h"
#include "widgets/results/resultschartview.h"
#include "widgets/results/resultsmodel.h"
#include "widgets/results/resultspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace mr;
using namespace mr::results;
using namespace mr::results::test;

namespace {

// Nine metrics in three slices; statuses: 5 within, 1 worse, 1 better, 1 differs, 1 missing in
// rerun, plus 1 missing in claim.
PackagePtr fixture(const QTemporaryDir &dir)
{
    auto p = std::make_shared<Package>(
        makePackage(dir, {{"claimed/metrics.json", R"({"test": {"acc": 0.90, "f1": 0.80, "loss": 0.30,
              "by_region": {"eu": {"roc_auc": 0.91}, "us": {"roc_auc": 0.87}}},
              "train": {"acc": 0.95, "loss": 0.10}, "latency_ms": 12.5, "gone": 1})"}},
                    {{"rerun/metrics.json", R"({"test": {"acc": 0.85, "f1": 0.80, "loss": 0.25,
              "by_region": {"eu": {"roc_auc": 0.912}, "us": {"roc_auc": 0.95}}},
              "train": {"acc": 0.951, "loss": 0.10}, "latency_ms": 12.5, "extra": 3,
              "provenance": {"environment": "reference", "host": "ci-runner-3", "ran_at": "2026-11-20T10:15:00Z",
                             "command": "python eval.py"}})"}}));
    p->results.metrics.insert("test.acc", MetricSpec{MetricSpec::Better::Higher, 0.01, -1});
    p->results.metrics.insert("test.loss", MetricSpec{MetricSpec::Better::Lower, 0.01, -1});
    p->environments.provided = true;
    p->environments.files = {NamedFile{"development", "d.txt", dir.filePath("d.txt")},
                             NamedFile{"reference", "r.txt", dir.filePath("r.txt")}};
    return p;
}

int visibleMetrics(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        n += i.data(ResultsTreeModel::MetricNameRole).toString().isEmpty() ? 0 : 1;
        n += visibleMetrics(m, i);
    }
    return n;
}

QScatterSeries *seriesNamed(QChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (s->name() == name)
            return qobject_cast<QScatterSeries *>(s);
    return nullptr;
}

} // namespace

class TestResultsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void itemModel();
    void placeholders();
    void loadsTableAndChart();
    void filters_data();
    void filters();
    void sorting();
    void commentAndReveal();
    void defaultToleranceControl();
    void markers();
    void persistedDefault();

private:
    QTemporaryDir m_settings;
};

void TestResultsPane::initTestCase()
{
    // Never read or write the user's settings; start from the documented defaults.
    QVERIFY(m_settings.isValid());
    qputenv("MODELREVIEW_SETTINGS_DIR", m_settings.path().toLocal8Bit());
}

void TestResultsPane::itemModel()
{
    QTemporaryDir dir;
    const PackagePtr p = fixture(dir);
    ResultsTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analyzePackage(*p));
    QCOMPARE(visibleMetrics(&model), 10);
    // Top level: slices "test" and "train", then the top-level metrics.
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex eu = model.indexOfMetric("test.by_region.eu.roc_auc");
    QVERIFY(eu.isValid());
    QCOMPARE(eu.data().toString(), QStringLiteral("roc_auc"));
    QCOMPARE(eu.parent().data().toString(), QStringLiteral("eu"));
    QCOMPARE(eu.parent().parent().parent().data().toString(), QStringLiteral("test"));
    QCOMPARE(eu.siblingAtColumn(ResultsTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Within tolerance"));
    QVERIFY(
        !eu.siblingAtColumn(ResultsTreeModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex acc = model.indexOfMetric("test.acc");
    QCOMPARE(acc.siblingAtColumn(ResultsTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Worse than claimed"));
    QCOMPARE(acc.siblingAtColumn(ResultsTreeModel::AbsDiffColumn).data().toString(), QStringLiteral("-0.05"));
    // A group names what it holds and shows its worst status.
    const QModelIndex test = acc.parent();
    QCOMPARE(Status(test.data(ResultsTreeModel::StatusRole).toInt()), Status::WorseThanClaimed);
    QVERIFY(test.siblingAtColumn(ResultsTreeModel::StatusColumn)
                .data()
                .toString()
                .contains(QLatin1String("1 worse than claimed")));
    proxy.setTextFilter("roc");
    QCOMPARE(visibleMetrics(&proxy), 2);
    proxy.setStatusFilter({Status::Differs});
    QCOMPARE(visibleMetrics(&proxy), 1); // test.by_region.us.roc_auc
    proxy.setTextFilter({});
    QCOMPARE(visibleMetrics(&proxy), 1);
    model.setAnalysis(ResultsAnalysis{});
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsPane::placeholders()
{
    ResultsPane pane;
    QCOMPARE(pane.objectName(), QStringLiteral("resultsPane"));
    QVERIFY(pane.placeholderText().contains(QLatin1String("No package")));
    auto empty = std::make_shared<Package>();
    pane.setPackage(empty);
    QVERIFY(pane.placeholderText().contains(QLatin1String("no results section")));
    QVERIFY(pane.findings().isEmpty());
    auto *label = pane.findChild<QLabel *>("resultsPlaceholder");
    QVERIFY(label && label->isVisibleTo(&pane));
    pane.setPackage(nullptr);
    QVERIFY(pane.placeholderText().contains(QLatin1String("No package")));
}

void TestResultsPane::loadsTableAndChart()
{
    QTemporaryDir dir;
    ResultsPane pane;
    pane.resize(1200, 900);
    QSignalSpy changed(&pane, &ResultsPane::analysisChanged);
    QSignalSpy checklist(&pane, &Pane::checklistSuggested);
    pane.setPackage(fixture(dir));
    QVERIFY(pane.placeholderText().contains(QLatin1String("Loading")));
    QVERIFY(changed.wait(5000));
    QVERIFY(pane.placeholderText().isEmpty());
    QCOMPARE(checklist.size(), 1);
    QCOMPARE(checklist.last().at(0).toString(), QStringLiteral("results_within_tolerance"));
    QCOMPARE(checklist.last().at(1).toBool(), false);
    QVERIFY(!pane.findings().isEmpty());

    auto *view = pane.findChild<QChartView *>("resultsChart");
    QVERIFY(view);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // Nine metrics have a numeric claim (all but "extra"); eight have a rerun ("gone" has none).
    QScatterSeries *claimed = seriesNamed(view, "Claimed");
    QScatterSeries *rerun = seriesNamed(view, "Rerun");
    QVERIFY(claimed && rerun);
    QCOMPARE(claimed->count(), 9);
    QCOMPARE(rerun->count(), 8);
    // "us" (0.87 -> 0.95) is far outside the default tolerance: clamped to the axis edge.
    const ChartLayout &layout = static_cast<ResultsChartView *>(view)->layout();
    QCOMPARE(layout.entries.size(), 9);
    const QImage image = view->grab().toImage();
    QVERIFY(!image.isNull());
    if (qEnvironmentVariableIsSet("MR_SCREENSHOT_DIR")) {
        pane.grab().save(qEnvironmentVariable("MR_SCREENSHOT_DIR") + "/results-pane.png");
        image.save(qEnvironmentVariable("MR_SCREENSHOT_DIR") + "/results-chart.png");
    }
    QVERIFY2(image.width() > 300, qPrintable(QString::number(image.width())));
    // The band was painted.
    int band = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            band += QColor(image.pixel(x, y)) == QColor(0xc8, 0xe6, 0xc9) ? 1 : 0;
    QVERIFY(band > 50);
    auto *provenance = pane.findChild<QWidget *>("resultsProvenance");
    QVERIFY(provenance);
    bool hostShown = false;
    for (QLabel *l : provenance->findChildren<QLabel *>())
        hostShown = hostShown || l->text() == QLatin1String("ci-runner-3");
    QVERIFY(hostShown);
    auto *summary = pane.findChild<QLabel *>("resultsSummary");
    QVERIFY(summary->text().contains(QLatin1String("10 metrics")));
    if (qEnvironmentVariableIsSet("MR_SCREENSHOT_DIR")) {
        pane.grab().save(qEnvironmentVariable("MR_SCREENSHOT_DIR") + "/results-pane.png");
        image.save(qEnvironmentVariable("MR_SCREENSHOT_DIR") + "/results-chart.png");
    }
}

void TestResultsPane::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("statusIndex");
    QTest::addColumn<int>("visible");
    QTest::newRow("all") << "" << 0 << 10;
    QTest::newRow("problems") << "" << 1 << 3; // worse, differs (us), missing in rerun (gone)
    QTest::newRow("text") << "acc" << 0 << 2;
    QTest::newRow("text is case-insensitive") << "ROC" << 0 << 2;
    QTest::newRow("text and status") << "test" << 1 << 2;
    QTest::newRow("missing in claim") << "" << 8 << 1;
    QTest::newRow("nothing") << "zzz" << 0 << 0;
}

void TestResultsPane::filters()
{
    QFETCH(QString, text);
    QFETCH(int, statusIndex);
    QFETCH(int, visible);
    QTemporaryDir dir;
    ResultsPane pane;
    QSignalSpy changed(&pane, &ResultsPane::analysisChanged);
    pane.setPackage(fixture(dir));
    QVERIFY(changed.wait(5000));
    pane.findChild<QLineEdit *>("resultsFilter")->setText(text);
    pane.findChild<QComboBox *>("resultsStatusFilter")->setCurrentIndex(statusIndex);
    auto *tree = pane.findChild<QTreeView *>("resultsTree");
    QCOMPARE(visibleMetrics(tree->model()), visible);
}

void TestResultsPane::sorting()
{
    QTemporaryDir dir;
    ResultsPane pane;
    QSignalSpy changed(&pane, &ResultsPane::analysisChanged);
    pane.setPackage(fixture(dir));
    QVERIFY(changed.wait(5000));
    auto *tree = pane.findChild<QTreeView *>("resultsTree");
    tree->sortByColumn(ResultsTreeModel::ClaimedColumn, Qt::AscendingOrder);
    const QAbstractItemModel *m = tree->model();
    // Top-level metrics by claimed value: gone (1), latency_ms (12.5), then extra (no claim).
    QStringList top;
    for (int r = 0; r < m->rowCount(); ++r)
        if (const QString n = m->index(r, 0).data(ResultsTreeModel::MetricNameRole).toString(); !n.isEmpty())
            top.append(n);
    QCOMPARE(top, (QStringList{"gone", "latency_ms", "extra"}));
    tree->sortByColumn(ResultsTreeModel::StatusColumn, Qt::DescendingOrder);
    // The worst group (test: worse than claimed) comes first.
    QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("test"));
}

void TestResultsPane::commentAndReveal()
{
    QTemporaryDir dir;
    ResultsPane pane;
    QSignalSpy changed(&pane, &ResultsPane::analysisChanged);
    pane.setPackage(fixture(dir));
    QVERIFY(changed.wait(5000));
    QSignalSpy comments(&pane, &Pane::commentRequested);
    auto *filter = pane.findChild<QLineEdit *>("resultsFilter");
    filter->setText("train");
    // Revealing a metric hidden by the filter clears the filter and selects it.
    QVERIFY(pane.reveal(Anchor::metric("test.by_region.us.roc_auc")));
    QVERIFY(filter->text().isEmpty());
    auto *tree = pane.findChild<QTreeView *>("resultsTree");
    QCOMPARE(tree->currentIndex().data(ResultsTreeModel::MetricNameRole).toString(),
             QStringLiteral("test.by_region.us.roc_auc"));
    QVERIFY(!pane.reveal(Anchor::metric("no.such.metric")));
    QVERIFY(!pane.reveal(Anchor::datasetEntry("test.acc")));
    QAction *action = pane.findChild<QAction *>("resultsCommentAction");
    QVERIFY(action);
    QVERIFY(tree->actions().contains(action));
    QVERIFY(pane.menuActions().contains(action));
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(comments.size(), 1);
    const Anchor anchor = comments.first().at(0).value<Anchor>();
    QCOMPARE(anchor, Anchor::metric("test.by_region.us.roc_auc"));
    const QString quoted = comments.first().at(1).toString();
    QVERIFY(quoted.contains(QLatin1String("claimed 0.87, rerun 0.95")));
    QCOMPARE(pane.anchoredText(anchor), quoted);
}

void TestResultsPane::defaultToleranceControl()
{
    QTemporaryDir dir;
    ResultsPane pane;
    QSignalSpy changed(&pane, &ResultsPane::analysisChanged);
    QSignalSpy checklist(&pane, &Pane::checklistSuggested);
    QSignalSpy findingsChanged(&pane, &Pane::findingsChanged);
    pane.setPackage(fixture(dir));
    QVERIFY(changed.wait(5000));
    QCOMPARE(pane.analysis().find("test.by_region.us.roc_auc")->status(), Status::Differs);
    auto *rel = pane.findChild<QDoubleSpinBox *>("resultsDefaultRel");
    QVERIFY(rel);
    rel->setValue(10); // 10 %: 0.87 -> 0.95 is within 0.087
    QCOMPARE(pane.defaultTolerance().rel, 0.1);
    QCOMPARE(pane.analysis().find("test.by_region.us.roc_auc")->status(), Status::WithinTolerance);
    // Declared tolerances are unaffected.
    QCOMPARE(pane.analysis().find("test.acc")->status(), Status::WorseThanClaimed);
    QCOMPARE(checklist.size(), 2);
    QVERIFY(findingsChanged.size() >= 2);
    pane.setDefaultTolerance(DefaultTolerance{0.001, 0.01});
    QCOMPARE(rel->value(), 1.0);
    QCOMPARE(pane.analysis().find("test.by_region.us.roc_auc")->status(), Status::Differs);
}

void TestResultsPane::markers()
{
    QTemporaryDir dir;
    ResultsPane pane;
    QSignalSpy changed(&pane, &ResultsPane::analysisChanged);
    pane.setPackage(fixture(dir));
    QVERIFY(changed.wait(5000));
    CommentMarker m{Anchor::metric("train.acc"), 2, true, true};
    CommentMarker other{Anchor::datasetEntry("train.acc"), 5, false, true};
    pane.setCommentMarkers({m, other});
    auto *tree = pane.findChild<QTreeView *>("resultsTree");
    QVERIFY(pane.reveal(Anchor::metric("train.acc")));
    const QModelIndex i = tree->currentIndex().siblingAtColumn(ResultsTreeModel::CommentsColumn);
    QCOMPARE(i.data().toString(), QStringLiteral("2 comments, blocker"));
    QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().isNull());
    pane.setCommentMarkers({});
    QVERIFY(i.data().toString().isEmpty());
}

void TestResultsPane::persistedDefault()
{
    {
        ResultsPane pane;
        QCOMPARE(pane.defaultTolerance(), DefaultTolerance{});
        pane.findChild<QDoubleSpinBox *>("resultsDefaultAbs")->setValue(0.25);
    }
    ResultsPane again;
    QCOMPARE(again.defaultTolerance().abs, 0.25);
    QCOMPARE(again.findChild<QDoubleSpinBox *>("resultsDefaultAbs")->value(), 0.25);
    again.setDefaultTolerance(DefaultTolerance{});
    QCOMPARE(loadDefaultTolerance(), DefaultTolerance{});
}

QTEST_MAIN(TestResultsPane)
#include "tst_resultspane.moc"
