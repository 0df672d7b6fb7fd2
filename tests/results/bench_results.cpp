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
    // The machine may be shared: CPU time (user + system) is printed next to the wall time.
    auto cpuMs = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
               (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    };
    auto peakMib = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return u.ru_maxrss / 1024;
    };
    std::vector<double> ms, cpu;
    qsizetype rows = 0, diagnostics = 0;
    long readPeak = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        results::ResultsInput input = results::loadResultsInput(*loaded.package);
        if (i == 0)
            readPeak = peakMib(); // the first run's peak while reading (ru_maxrss only grows)
        const results::ResultsAnalysis a = results::analyzeResults(input, *loaded.package, {});
        input = {};
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
        rows = a.rows.size();
        diagnostics = a.diagnostics.size();
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    out << "rows " << rows << "\ndiagnostics " << diagnostics << "\nread_compare_ms " << ms[ms.size() / 2]
        << "\nread_compare_cpu_ms " << cpu[cpu.size() / 2] << "\npeak_rss_read_mib " << readPeak
        << "\npeak_rss_mib " << peakMib() << "\n";
    return 0;
}
