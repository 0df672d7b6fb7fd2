// SPDX-License-Identifier: Apache-2.0
// Benchmark helper for scripts/bench-code (not a ctest test): times the Code pane's stages on a
// repository and prints one "key value" line per figure, medians over the runs.
#include "models/code/codediff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace mr::code;

static double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

static double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout), err(stderr);
    if (args.size() < 4) {
        err << "usage: bench_code REPOSITORY BASE HEAD [RUNS] [THREADS]\n";
        return 2;
    }
    const int runs = args.size() > 4 ? args[4].toInt() : 5;
    const int threads = args.size() > 5 ? args[5].toInt() : qMax(1, QThread::idealThreadCount());
    std::vector<double> listMs, wholeMs, wholeCpuMs;
    Totals totals;
    int files = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu0 = cpuMs();
        t.start();
        const FileList list = fileList(args[1], args[2], args[3]);
        listMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!list.ok()) {
            err << "bench_code: " << list.error << "\n";
            return 2;
        }
        const QList<FileDiff> counted = lineCounts(list.repositoryPath, list.files, {}, threads);
        wholeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        wholeCpuMs.push_back(cpuMs() - cpu0);
        totals = totalsOf(counted);
        files = int(counted.size());
    }
    out << "files " << files << "\nadditions " << totals.additions << "\ndeletions " << totals.deletions
        << "\nfilelist_ms " << median(listMs) << "\nwholediff_ms " << median(wholeMs) << "\nwholediff_cpu_ms "
        << median(wholeCpuMs) << "\nthreads " << threads << "\n";
    return 0;
}
