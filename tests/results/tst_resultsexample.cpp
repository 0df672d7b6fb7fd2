// SPDX-License-Identifier: Apache-2.0
#include "models/package/loader.h"
#include "models/results/resultsreport.h"

#include <QDir>
#include <QTest>

using namespace mr;
using namespace mr::results;

// The bundled example package (generated into the build tree by examples/) read through the real
// loader: the integration shape the example generator and this pane agree on.
class TestResultsExample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplePackage();
};

void TestResultsExample::examplePackage()
{
#ifdef MODELREVIEW_EXAMPLE_DIR
    const QString path = QStringLiteral(MODELREVIEW_EXAMPLE_DIR);
#else
    const QString path = QStringLiteral(MR_BINARY_DIR "/examples/churn-classifier");
#endif
    if (!QFile::exists(QDir(path).filePath(QString::fromLatin1(kPackageFile))))
        QSKIP("the example package has not been generated in this build tree");
    const LoadResult loaded = loadPackageSync(path);
    QVERIFY(loaded.package);
    const Package &p = *loaded.package;
    QVERIFY(p.results.provided);
    const ResultsAnalysis a = analyzePackage(p);
    QVERIFY(a.hasRerun);
    QVERIFY(!a.rows.isEmpty());
    QVERIFY2(a.diagnostics.isEmpty(), qPrintable(a.diagnostics.value(0).toString()));
    for (const Finding &f : a.findings) {
        QVERIFY2(f.ruleId != QLatin1String("results.bad-input"), qPrintable(f.message));
        QVERIFY2(f.ruleId != QLatin1String("results.provenance.revision-unresolved"), qPrintable(f.message));
    }
    // Every metric the package declares a spec for is in at least one results file.
    for (auto it = p.results.metrics.constBegin(); it != p.results.metrics.constEnd(); ++it)
        QVERIFY2(a.find(it.key()), qPrintable(it.key()));
    if (a.provenance.given && !a.provenance.revision.isEmpty())
        QVERIFY(!a.provenance.revisionSha.isEmpty());
    const SectionReport r = buildSectionReport(p);
    QCOMPARE(r.json.at("metrics").size(), size_t(a.rows.size()));
}

QTEST_GUILESS_MAIN(TestResultsExample)
#include "tst_resultsexample.moc"
