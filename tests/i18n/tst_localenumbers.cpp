// SPDX-License-Identifier: Apache-2.0
// Numbers a person reads follow the locale in the panes ("1.000" and "6,371" in German), while
// the C-locale spelling stays for machine output (formatNumber(v), display()).
#include "models/results/resultsanalysis.h"
#include "tests/results/testutil.h"
#include "widgets/results/resultsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using namespace mr::results;

class TestLocaleNumbers : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void resultsPane_data();
    void resultsPane();
    void machineSpellingUnchanged();
};

void TestLocaleNumbers::resultsPane_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("thousand");
    QTest::addColumn<QString>("fraction");
    QTest::addColumn<QString>("tolerance");
    QTest::addColumn<QString>("relDiff");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("1.000")
                            << QStringLiteral("6,371") << QStringLiteral("0,01") << QStringLiteral("-5,556");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("1,000")
                             << QStringLiteral("6.371") << QStringLiteral("0.01") << QStringLiteral("-5.556");
}

void TestLocaleNumbers::resultsPane()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, thousand);
    QFETCH(QString, fraction);
    QFETCH(QString, tolerance);
    QFETCH(QString, relDiff);
    QLocale::setDefault(locale);

    QTemporaryDir dir;
    Package p = test::makePackage(dir, {{"claimed/m.json", R"({"count": 1000, "score": 6.371, "acc": 0.9})"}},
                                  {{"rerun/m.json", R"({"count": 1000, "score": 6.371, "acc": 0.85})"}});
    p.results.metrics.insert("acc", MetricSpec{MetricSpec::Better::Higher, 0.01, -1});
    ResultsTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analyzePackage(p));

    const QModelIndex count = model.indexOfMetric(QStringLiteral("count"));
    const QModelIndex score = model.indexOfMetric(QStringLiteral("score"));
    const QModelIndex acc = model.indexOfMetric(QStringLiteral("acc"));
    QVERIFY(count.isValid() && score.isValid() && acc.isValid());
    QCOMPARE(count.siblingAtColumn(ResultsTreeModel::ClaimedColumn).data().toString(), thousand);
    QCOMPARE(score.siblingAtColumn(ResultsTreeModel::RerunColumn).data().toString(), fraction);
    // The tolerance column (C locale before): "±0,01 (abs 0,01, declared)" in German.
    const QString tol = acc.siblingAtColumn(ResultsTreeModel::ToleranceColumn).data().toString();
    QVERIFY2(tol.startsWith(QStringLiteral("±") + tolerance), qPrintable(tol));
    QVERIFY2(tol.contains(tolerance), qPrintable(tol));
    // Relative difference: (0.85 - 0.9) / 0.9 = -5.556 %.
    const QString rel = acc.siblingAtColumn(ResultsTreeModel::RelDiffColumn).data().toString();
    QVERIFY2(rel.startsWith(relDiff), qPrintable(rel));
    // The chart's tooltip formats with the same function.
    QCOMPARE(formatNumber(6.371, QLocale()), fraction);
    QCOMPARE(formatNumber(1000, QLocale()), thousand);
}

// JSON and the command line keep the C spelling whatever the default locale is.
void TestLocaleNumbers::machineSpellingUnchanged()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(formatNumber(6.371), QStringLiteral("6.371"));
    QCOMPARE(formatNumber(1000), QStringLiteral("1000"));
    EffectiveTolerance t;
    t.abs = 0.01;
    t.bound = 0.01;
    t.source = ToleranceSource::Package;
    QCOMPARE(t.display(), QStringLiteral("±0.01 (abs 0.01, declared)"));
    QCOMPARE(t.display(QLocale()), QStringLiteral("±0,01 (abs 0,01, declared)"));
}

QTEST_MAIN(TestLocaleNumbers)
#include "tst_localenumbers.moc"
