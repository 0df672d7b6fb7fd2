// SPDX-License-Identifier: Apache-2.0
// Benchmark helper for scripts/bench-code (not a ctest test): times the Code pane's stages on a
// repository and prints one "key value" line per figure, medians over the runs.
#include "models/code/codediff.h"
#include "models/code/gitutil.h"
#include "models/code/highlight.h"

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
    QStringList args = app.arguments();
    // --no-hash-verification: measures what libgit2's strict hash verification (on in the
    // product: package objects are untrusted) costs, by turning it off for this process only.
    if (args.removeAll(QStringLiteral("--no-hash-verification")) > 0) {
        mr::code::git::ensureInitialised();
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    }
    QTextStream out(stdout), err(stderr);
    if (args.value(1) == QLatin1String("--patch") && args.size() >= 6) {
        // One big file: its patch (hunks, both whole texts, intra-line) and its highlighting.
        const int runs = args.size() > 6 ? args[6].toInt() : 3;
        const FileList list = fileList(args[2], args[3], args[4]);
        const FileDiff *file = nullptr;
        for (const FileDiff &f : list.files)
            if (f.path == args[5])
                file = &f;
        if (!file) {
            err << "bench_code: " << args[5] << " is not among the changed files\n";
            return 2;
        }
        std::vector<double> patchMs, highlightMs;
        FilePatch p;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            p = patch(list.repositoryPath, *file);
            patchMs.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            highlightLines(p.file.oldPath, p.oldText.lines, false);
            highlightLines(p.file.path, p.newText.lines, false);
            highlightMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        int lines = 0;
        for (const Hunk &h : p.hunks)
            lines += int(h.lines.size());
        out << "patch_lines " << lines << "\nhunks " << p.hunks.size() << "\npatch_ms " << median(patchMs)
            << "\nhighlight_ms " << (highlightingAvailable() ? median(highlightMs) : -1) << "\n";
        return 0;
    }
    if (args.size() < 4) {
        err << "usage: bench_code REPOSITORY BASE HEAD [RUNS] [THREADS]\n";
        return 2;
    }
    const int runs = args.size() > 4 ? args[4].toInt() : 5;
    const int threads = args.size() > 5 ? args[5].toInt() : qMax(1, QThread::idealThreadCount());
    std::vector<double> listMs, wholeMs, wholeCpuMs, plainListMs;
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
        DiffOptions plain; // the same list without rename detection: what renames cost
        plain.detectRenames = false;
        t.restart();
        fileList(args[1], args[2], args[3], plain);
        plainListMs.push_back(double(t.nsecsElapsed()) / 1e6);
        files = int(counted.size());
    }
    out << "files " << files << "\nadditions " << totals.additions << "\ndeletions " << totals.deletions
        << "\nfilelist_ms " << median(listMs) << "\nfilelist_norenames_ms " << median(plainListMs)
        << "\nwholediff_ms " << median(wholeMs) << "\nwholediff_cpu_ms " << median(wholeCpuMs) << "\nthreads "
        << threads << "\n";
    return 0;
}
