// SPDX-License-Identifier: Apache-2.0
// Benchmark helper for scripts/bench-results (not a ctest test): reads and compares a package's
// claimed and rerun metric files (analyzePackage: both readers, the merge, every comparison)
// and prints "key value" lines: medians over the runs and the peak resident memory.
#include "models/package/loader.h"
#include "models/results/resultsanalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace mr;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout), err(stderr);
    if (args.size() < 2) {
        err << "usage: bench_results PACKAGE [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 3;
    const LoadResult loaded = loadPackageSync(args[1]);
    if (!loaded.ok()) {
        err << "bench_results: " << loaded.error.toString() << "\n";
        return 2;
    }
    std::vector<double> ms;
    qsizetype rows = 0, diagnostics = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const results::ResultsAnalysis a = results::analyzePackage(*loaded.package);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        rows = a.rows.size();
        diagnostics = a.diagnostics.size();
    }
    std::sort(ms.begin(), ms.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "rows " << rows << "\ndiagnostics " << diagnostics << "\nread_compare_ms " << ms[ms.size() / 2]
        << "\npeak_rss_mib " << usage.ru_maxrss / 1024 << "\n";
    return 0;
}
