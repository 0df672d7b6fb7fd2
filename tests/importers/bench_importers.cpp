// SPDX-License-Identifier: Apache-2.0
// Benchmark driver for scripts/bench-importers (not a ctest test):
//   gen-run DIR METRICS STEPS      an MLflow run folder with METRICS metric files of STEPS lines
//   open-run DIR                   opens it as the GUI does (overview: the package; Results: the
//                                  metrics), prints "open_s <seconds>" and "metrics <n>"
//   gen-dir FILE ENTRIES           a DVC .dir listing of ENTRIES files
//   load-dir FILE                  reads it, prints "load_s <seconds>" and "entries <n>"
#include "models/dvc/dvcproject.h"
#include "models/importers/importer.h"
#include "models/results/resultsreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstdio>
#include <cstring>

namespace {

int genRun(const QString &dir, int metrics, int steps)
{
    QDir().mkpath(dir + QStringLiteral("/metrics"));
    QDir().mkpath(dir + QStringLiteral("/params"));
    QDir().mkpath(dir + QStringLiteral("/tags"));
    QDir().mkpath(dir + QStringLiteral("/artifacts"));
    QFile meta(dir + QStringLiteral("/meta.yaml"));
    if (!meta.open(QIODevice::WriteOnly))
        return 1;
    meta.write("experiment_id: '1'\nrun_id: 9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e\nrun_name: bench\nstatus: 3\n"
               "start_time: 1700000000000\nlifecycle_stage: active\n");
    QByteArray block;
    for (int m = 0; m < metrics; ++m) {
        QFile f(dir + QStringLiteral("/metrics/metric_%1").arg(m, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        block.clear();
        for (int s = 0; s < steps; ++s) {
            char line[96];
            const int n = std::snprintf(line, sizeof line, "%lld %.17g %d\n", 1700000000000LL + s * 1000LL,
                                        0.5 + 0.4 * double(s) / steps + m * 1e-6, s);
            block.append(line, n);
        }
        f.write(block);
    }
    return 0;
}

int openRun(const QString &dir)
{
    QElapsedTimer t;
    t.start();
    const mr::LoadResult r = mr::importers::openSourceSync(dir);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error.toString()));
        return 1;
    }
    qsizetype n = 0;
    for (const mr::NamedFile &f : r.package->results.claimed)
        n += mr::results::readResultsFile(f.path, f.relativePath).metrics.size();
    std::printf("open_s %.3f\nmetrics %lld\n", t.nsecsElapsed() / 1e9, qlonglong(n));
    return 0;
}

int genDir(const QString &file, qint64 entries)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QByteArray block = "[";
    for (qint64 i = 0; i < entries; ++i) {
        char line[160];
        const int n = std::snprintf(
            line, sizeof line,
            "%s{\"md5\": \"%016llx%016llx\", \"relpath\": \"images/part-%03lld/img_%08lld.jpg\"}",
            i ? ", " : "", (unsigned long long)(i * 2654435761ULL), (unsigned long long)(~i), i % 1000, i);
        block.append(line, n);
        if (block.size() > (4 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    block.append("]");
    f.write(block);
    return 0;
}

int loadDir(const QString &file)
{
    QElapsedTimer t;
    t.start();
    // What the dataset pane keeps per entry (models/dataset/manifest.h): the path in one arena,
    // its offset, and the 16 digest bytes.
    std::string arena;
    std::vector<std::uint64_t> offsets;
    std::vector<std::array<std::uint8_t, 16>> digests;
    const qint64 estimate = QFileInfo(file).size() / 80;
    arena.reserve(size_t(estimate) * 40);
    offsets.reserve(size_t(estimate));
    digests.reserve(size_t(estimate));
    mr::Diagnostics diags;
    mr::Diagnostic error;
    const bool ok = mr::dvc::readDirListing(
        file, file,
        [&](std::string_view rel, const std::uint8_t *md5, qint64) {
            offsets.push_back(arena.size());
            arena.append(rel);
            std::array<std::uint8_t, 16> d;
            std::memcpy(d.data(), md5, 16);
            digests.push_back(d);
        },
        &diags, &error);
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::printf("load_s %.3f\nentries %zu\n", t.nsecsElapsed() / 1e9, offsets.size());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 5 && a[1] == QLatin1String("gen-run"))
        return genRun(a[2], a[3].toInt(), a[4].toInt());
    if (a.size() >= 3 && a[1] == QLatin1String("open-run"))
        return openRun(a[2]);
    if (a.size() >= 4 && a[1] == QLatin1String("gen-dir"))
        return genDir(a[2], a[3].toLongLong());
    if (a.size() >= 3 && a[1] == QLatin1String("load-dir"))
        return loadDir(a[2]);
    std::fprintf(
        stderr,
        "usage: bench_importers gen-run DIR METRICS STEPS | open-run DIR | gen-dir FILE N | load-dir FILE\n");
    return 2;
}
