// SPDX-License-Identifier: Apache-2.0
#include "models/results/comparison.h"
#include "testutil.h"

#include <QTest>

#include <cmath>

using namespace mr;
using namespace mr::results;
using mr::results::test::value;

Q_DECLARE_METATYPE(mr::results::Status)
Q_DECLARE_METATYPE(mr::MetricSpec::Better)

class TestResultsComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void status_data();
    void status();
    void differences();
    void toleranceRules_data();
    void toleranceRules();
    void names();
};

void TestResultsComparison::status_data()
{
    QTest::addColumn<QString>("claimed");
    QTest::addColumn<QString>("rerun");
    QTest::addColumn<MetricSpec::Better>("better");
    QTest::addColumn<double>("abs");
    QTest::addColumn<double>("rel");
    QTest::addColumn<Status>("expected");

    using B = MetricSpec::Better;
    // Exactly at the tolerance is inside, even though 0.91 - 0.90 is not 0.01 in binary.
    QTest::newRow("at abs tolerance, above")
        << "0.90"
        << "0.91" << B::Higher << 0.01 << -1.0 << Status::WithinTolerance;
    QTest::newRow("at abs tolerance, below")
        << "0.90"
        << "0.89" << B::Higher << 0.01 << -1.0 << Status::WithinTolerance;
    QTest::newRow("at rel tolerance") << "200"
                                      << "190" << B::Higher << -1.0 << 0.05 << Status::WithinTolerance;
    QTest::newRow("just beyond, worse") << "0.90"
                                        << "0.8899" << B::Higher << 0.01 << -1.0 << Status::WorseThanClaimed;
    QTest::newRow("just beyond, better")
        << "0.90"
        << "0.9101" << B::Higher << 0.01 << -1.0 << Status::BetterThanClaimed;
    QTest::newRow("lower is better, rerun higher")
        << "0.5"
        << "0.6" << B::Lower << 0.05 << -1.0 << Status::WorseThanClaimed;
    QTest::newRow("lower is better, rerun lower")
        << "0.5"
        << "0.4" << B::Lower << 0.05 << -1.0 << Status::BetterThanClaimed;
    QTest::newRow("direction unknown, outside") << "0.5"
                                                << "0.6" << B::Unknown << 0.05 << -1.0 << Status::Differs;
    QTest::newRow("direction unknown, inside")
        << "0.5"
        << "0.52" << B::Unknown << 0.05 << -1.0 << Status::WithinTolerance;
    // Both tolerances: the looser bound wins (max(abs, rel*|claimed|)).
    QTest::newRow("both, rel looser, inside") << "100"
                                              << "104" << B::Higher << 1.0 << 0.05 << Status::WithinTolerance;
    QTest::newRow("both, rel looser, outside")
        << "100"
        << "94" << B::Higher << 1.0 << 0.05 << Status::WorseThanClaimed;
    QTest::newRow("both, abs looser, inside") << "1"
                                              << "1.5" << B::Higher << 0.5 << 0.01 << Status::WithinTolerance;
    QTest::newRow("both, abs looser, outside")
        << "1"
        << "0.4" << B::Higher << 0.5 << 0.01 << Status::WorseThanClaimed;
    // Zero claimed with only a relative tolerance: the default absolute tolerance (0.001) applies.
    QTest::newRow("zero claimed, rel, inside default abs")
        << "0"
        << "0.0005" << B::Lower << -1.0 << 0.1 << Status::WithinTolerance;
    QTest::newRow("zero claimed, rel, outside default abs")
        << "0"
        << "0.002" << B::Lower << -1.0 << 0.1 << Status::WorseThanClaimed;
    QTest::newRow("negative claimed uses |claimed|")
        << "-2"
        << "-2.1" << B::Unknown << -1.0 << 0.05 << Status::WithinTolerance;
    QTest::newRow("declared exact abs 0") << "1"
                                          << "1.0000001" << B::Unknown << 0.0 << -1.0 << Status::Differs;
    QTest::newRow("declared exact abs 0, equal")
        << "1"
        << "1" << B::Unknown << 0.0 << -1.0 << Status::WithinTolerance;
    // No tolerance declared: the default (abs 0.001, rel 1%) applies, never exact.
    QTest::newRow("default tolerance inside")
        << "0.9"
        << "0.905" << B::Unknown << -1.0 << -1.0 << Status::WithinTolerance;
    QTest::newRow("default tolerance outside")
        << "0.9"
        << "0.92" << B::Higher << -1.0 << -1.0 << Status::BetterThanClaimed;
    QTest::newRow("default tolerance, zero claimed")
        << "0"
        << "0.0009" << B::Unknown << -1.0 << -1.0 << Status::WithinTolerance;
    // NaN never compares.
    QTest::newRow("NaN rerun") << "0.9"
                               << "nan" << B::Higher << 1.0 << 1.0 << Status::Differs;
    QTest::newRow("NaN claimed") << "nan"
                                 << "0.9" << B::Higher << 1.0 << 1.0 << Status::Differs;
    QTest::newRow("NaN both") << "nan"
                              << "nan" << B::Higher << 1.0 << 1.0 << Status::Differs;
    // Infinities.
    QTest::newRow("equal infinities") << "inf"
                                      << "inf" << B::Higher << 0.01 << -1.0 << Status::WithinTolerance;
    QTest::newRow("rerun +inf, higher") << "1"
                                        << "inf" << B::Higher << 0.01 << -1.0 << Status::BetterThanClaimed;
    QTest::newRow("rerun -inf, higher") << "1"
                                        << "-inf" << B::Higher << 0.01 << -1.0 << Status::WorseThanClaimed;
    QTest::newRow("claimed +inf, lower") << "inf"
                                         << "3" << B::Lower << 0.01 << -1.0 << Status::BetterThanClaimed;
    QTest::newRow("opposite infinities") << "-inf"
                                         << "inf" << B::Unknown << 1e300 << -1.0 << Status::Differs;
    // Missing sides.
    QTest::newRow("missing rerun") << "0.9"
                                   << "missing" << B::Higher << 0.01 << -1.0 << Status::MissingInRerun;
    QTest::newRow("missing claim") << "missing"
                                   << "0.9" << B::Higher << 0.01 << -1.0 << Status::MissingInClaim;
    // Non-numbers.
    QTest::newRow("equal strings") << "s:ok"
                                   << "s:ok" << B::Unknown << -1.0 << -1.0 << Status::WithinTolerance;
    QTest::newRow("different strings") << "s:ok"
                                       << "s:failed" << B::Higher << -1.0 << -1.0 << Status::Differs;
    QTest::newRow("string against number") << "s:0.9"
                                           << "0.9" << B::Higher << 1.0 << -1.0 << Status::Differs;
    QTest::newRow("null both") << "null"
                               << "null" << B::Unknown << -1.0 << -1.0 << Status::WithinTolerance;
    QTest::newRow("null against number") << "0.9"
                                         << "null" << B::Higher << 1.0 << -1.0 << Status::Differs;
    QTest::newRow("booleans differ") << "true"
                                     << "false" << B::Unknown << -1.0 << -1.0 << Status::Differs;
}

void TestResultsComparison::status()
{
    QFETCH(QString, claimed);
    QFETCH(QString, rerun);
    QFETCH(MetricSpec::Better, better);
    QFETCH(double, abs);
    QFETCH(double, rel);
    QFETCH(Status, expected);
    MetricSpec spec;
    spec.better = better;
    spec.absTolerance = abs;
    spec.relTolerance = rel;
    const MetricValue c = value(claimed);
    const EffectiveTolerance t = effectiveTolerance(spec, ToleranceSource::Package, c, DefaultTolerance{});
    const Comparison cmp = compareValues(c, value(rerun), better, t);
    QCOMPARE(statusName(cmp.status), statusName(expected));
}

void TestResultsComparison::differences()
{
    MetricSpec spec;
    spec.absTolerance = 0.01;
    const EffectiveTolerance t = effectiveTolerance(spec, ToleranceSource::Package, value("0.8"), {});
    Comparison c = compareValues(value("0.8"), value("0.7"), MetricSpec::Better::Higher, t);
    QCOMPARE(c.status, Status::WorseThanClaimed);
    QVERIFY(qFuzzyCompare(c.absDiff, -0.1));
    QVERIFY(qFuzzyCompare(c.relDiff, -0.125));
    // Zero claimed: the relative difference is undefined.
    c = compareValues(value("0"), value("0.5"), MetricSpec::Better::Higher, t);
    QVERIFY(std::isnan(c.relDiff));
    QCOMPARE(c.absDiff, 0.5);
    c = compareValues(value("nan"), value("0.5"), MetricSpec::Better::Higher, t);
    QVERIFY(std::isnan(c.absDiff));
}

void TestResultsComparison::toleranceRules_data()
{
    QTest::addColumn<QString>("claimed");
    QTest::addColumn<double>("abs");
    QTest::addColumn<double>("rel");
    QTest::addColumn<double>("bound");
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("absFromDefault");
    const int pkg = int(ToleranceSource::Package), def = int(ToleranceSource::Default);
    QTest::newRow("abs only") << "0.9" << 0.02 << -1.0 << 0.02 << pkg << false;
    QTest::newRow("rel only") << "50" << -1.0 << 0.1 << 5.0 << pkg << false;
    QTest::newRow("both, max") << "50" << 7.0 << 0.1 << 7.0 << pkg << false;
    QTest::newRow("rel only, zero claimed") << "0" << -1.0 << 0.1 << 0.001 << pkg << true;
    QTest::newRow("rel only, NaN claimed") << "nan" << -1.0 << 0.1 << 0.001 << pkg << true;
    QTest::newRow("default, large claimed") << "300" << -1.0 << -1.0 << 3.0 << def << false;
    QTest::newRow("default, small claimed") << "0.05" << -1.0 << -1.0 << 0.001 << def << false;
}

void TestResultsComparison::toleranceRules()
{
    QFETCH(QString, claimed);
    QFETCH(double, abs);
    QFETCH(double, rel);
    QFETCH(double, bound);
    QFETCH(int, source);
    QFETCH(bool, absFromDefault);
    MetricSpec spec;
    spec.absTolerance = abs;
    spec.relTolerance = rel;
    const EffectiveTolerance t =
        effectiveTolerance(spec, ToleranceSource::Package, value(claimed), DefaultTolerance{});
    QVERIFY2(qFuzzyCompare(t.bound, bound), qPrintable(QString::number(t.bound)));
    QCOMPARE(int(t.source), source);
    QCOMPARE(t.absFromDefault, absFromDefault);
    QVERIFY(!t.display().isEmpty());
    if (source == int(ToleranceSource::Default))
        QVERIFY(t.display().contains(QLatin1String("default")));
}

void TestResultsComparison::names()
{
    for (Status s : {Status::WithinTolerance, Status::BetterThanClaimed, Status::WorseThanClaimed,
                     Status::Differs, Status::MissingInRerun, Status::MissingInClaim}) {
        Status back;
        QVERIFY(statusFromName(statusName(s), &back));
        QCOMPARE(back, s);
    }
    Status dummy;
    QVERIFY(!statusFromName(QStringLiteral("nope"), &dummy));
    QCOMPARE(statusName(Status::WorseThanClaimed), QStringLiteral("worse_than_claimed"));
}

QTEST_GUILESS_MAIN(TestResultsComparison)
#include "tst_resultscomparison.moc"
