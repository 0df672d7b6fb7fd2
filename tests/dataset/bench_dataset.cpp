// SPDX-License-Identifier: Apache-2.0
// The Dataset pane's benchmark driver, run by scripts/bench-dataset (not a test). Each mode
// prints "name value unit" lines the script collects:
//   gen-manifest OUT N [SEED]           a JSON Lines manifest of N entries (~150 bytes a line)
//   gen-tree ROOT N BYTES MANIFEST      N files of BYTES random bytes and their SHA-256 manifest
//   load FILE                           synchronous load + index; time and peak memory
//   model FILE                          async load into the table model (table complete),
//                                       then sort by path, by size, and filter; peak memory
//   diff A B                            load both, then index + diff timed
//   verify MANIFEST ROOT [JOBS]         verification time and throughput
//   pane PACKAGE_DIR                    the Dataset pane (offscreen) until loaded; peak memory
#include "models/core/hashing.h"
#include "models/dataset/baselinediff.h"
#include "models/dataset/manifestreader.h"
#include "models/dataset/verifier.h"
#include "widgets/dataset/datasetpane.h"
#include "widgets/dataset/manifesttablemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QtConcurrent>

#include <cstdio>
#include <malloc.h>
#include <random>
#include <sys/resource.h>
#include <thread>
#include <time.h>

using namespace mr::dataset;

namespace {

double peakMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// CPU time of the calling thread: on a machine shared with other work, the single-threaded
// steps' own cost (wall time there includes waiting for a core).
double threadCpuS()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
}

int genManifest(const QString &out, qint64 n, quint64 seed)
{
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    std::mt19937_64 rng(seed);
    const char *splits[] = {"train", "train", "train", "validation", "test"};
    const char *media[] = {"image/jpeg", "image/png", "text/csv"};
    QByteArray buf;
    buf.reserve(1 << 20);
    for (qint64 i = 0; i < n; ++i) {
        // Baselines (seed != 1) differ: ~1% modified, ~0.5% renamed, ~0.5% removed.
        const quint64 r = rng();
        qint64 id = i;
        if (seed != 1 && r % 200 == 0)
            id = n + i; // renamed (same content, new path)
        std::uint8_t d[32];
        std::mt19937_64 content(quint64(i) * 2654435761u + 17);
        for (int k = 0; k < 4; ++k) {
            const quint64 v = content() ^ (seed != 1 && r % 100 == 1 ? 0xFF : 0);
            std::memcpy(d + k * 8, &v, 8);
        }
        if (seed != 1 && r % 200 == 3)
            continue; // removed
        char line[512];
        const int len = std::snprintf(
            line, sizeof line,
            "{\"path\":\"shard-%03lld/class-%02lld/img-%08lld.jpg\",\"size\":%lld,"
            "\"sha256\":\"%s\",\"rows\":%lld,\"split\":\"%s\",\"media_type\":\"%s\"}\n",
            (long long)(id % 997), (long long)(id % 37), (long long)id, (long long)(10000 + i % 90000),
            QByteArray(reinterpret_cast<const char *>(d), 32).toHex().constData(), (long long)(1 + i % 50),
            splits[i % 5], media[i % 3]);
        buf.append(line, len);
        if (buf.size() > (1 << 20) - 512) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return 0;
}

int genTree(const QString &root, int n, qint64 bytes, const QString &manifestPath)
{
    QDir().mkpath(root);
    std::vector<QByteArray> lines(static_cast<size_t>(n));
    std::atomic<int> next{0};
    auto worker = [&] {
        QByteArray data(bytes, Qt::Uninitialized);
        for (int i = next++; i < n; i = next++) {
            std::mt19937_64 rng(quint64(i) + 1);
            for (qint64 k = 0; k + 8 <= bytes; k += 8) {
                const quint64 v = rng();
                std::memcpy(data.data() + k, &v, 8);
            }
            const QString rel = QStringLiteral("d%1/f%2.bin").arg(i % 100, 2, 10, QLatin1Char('0')).arg(i);
            const QString path = root + QLatin1Char('/') + rel;
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                std::abort();
            f.write(data);
            f.close();
            lines[size_t(i)] = "{\"path\":\"" + rel.toUtf8() + "\",\"size\":" + QByteArray::number(bytes) +
                               ",\"sha256\":\"" + mr::hashBytes(data, mr::HashAlgorithm::Sha256) + "\"}\n";
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < std::max(2u, std::thread::hardware_concurrency()); ++t)
        threads.emplace_back(worker);
    for (auto &t : threads)
        t.join();
    QFile m(manifestPath);
    if (!m.open(QIODevice::WriteOnly))
        return 2;
    for (const QByteArray &l : lines)
        m.write(l);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // What docs/dataset-pane.md recommends for the application's main(): a fixed mmap
    // threshold, so that large freed blocks (loader batches) go back to the system instead of
    // staying in glibc's heap (MR_BENCH_DYNAMIC_MMAP=1 measures without it).
    if (qEnvironmentVariableIntValue("MR_BENCH_DYNAMIC_MMAP") == 0)
        mallopt(M_MMAP_THRESHOLD, 1 << 20);
    QApplication app(argc, argv);
    const QStringList a = app.arguments().mid(1);
    if (a.isEmpty())
        return 2;
    const QString mode = a[0];
    QElapsedTimer t;
    if (mode == QLatin1String("gen-manifest") && a.size() >= 3)
        return genManifest(a[1], a[2].toLongLong(), a.size() > 3 ? a[3].toULongLong() : 1);
    if (mode == QLatin1String("gen-tree") && a.size() >= 5)
        return genTree(a[1], a[2].toInt(), a[3].toLongLong(), a[4]);
    if (mode == QLatin1String("load") && a.size() >= 2) {
        const double c0 = threadCpuS();
        t.start();
        const ManifestLoadResult r = loadManifestSync(a[1], a[1]);
        report("load_sync_s", t.nsecsElapsed() / 1e9, "s");
        report("load_sync_cpu_s", threadCpuS() - c0, "s");
        report("entries", double(r.manifest ? r.manifest->size() : 0), "");
        report("store_mib", r.manifest ? double(r.manifest->memoryBytes()) / 1048576.0 : 0, "MiB");
        report("peak_mib", peakMiB(), "MiB");
        return r.ok() ? 0 : 1;
    }
    if (mode == QLatin1String("model") && a.size() >= 2) {
        ManifestTableModel model;
        QFutureWatcher<ManifestBatch> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::resultsReadyAt, &model, [&](int b, int e) {
            for (int i = b; i < e; ++i) {
                const ManifestBatch batch = watcher.resultAt(i);
                if (batch.estimatedRows > 0 && model.manifest()->isEmpty())
                    model.reserve(batch.estimatedRows, batch.estimatedPathBytes);
                model.appendBatch(*batch.rows);
                *batch.rows = Manifest();
            }
        });
        QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
        const QString path = a[1];
        t.start();
        watcher.setFuture(
            QtConcurrent::run([path](QPromise<ManifestBatch> &p) { loadManifest(p, path, path); }));
        done.wait(120000);
        report("load_table_s", t.nsecsElapsed() / 1e9, "s");
        report("rows", model.rowCount(), "");
        double c = threadCpuS();
        t.restart();
        model.sort(ManifestTableModel::PathColumn, Qt::DescendingOrder);
        report("sort_path_s", t.nsecsElapsed() / 1e9, "s");
        report("sort_path_cpu_s", threadCpuS() - c, "s");
        c = threadCpuS();
        t.restart();
        model.sort(ManifestTableModel::SizeColumn, Qt::AscendingOrder);
        report("sort_size_s", t.nsecsElapsed() / 1e9, "s");
        report("sort_size_cpu_s", threadCpuS() - c, "s");
        c = threadCpuS();
        t.restart();
        model.setTextFilter(QStringLiteral("CLASS-07/img-0001"));
        report("filter_text_s", t.nsecsElapsed() / 1e9, "s");
        report("filter_text_cpu_s", threadCpuS() - c, "s");
        report("filtered_rows", model.rowCount(), "");
        t.restart();
        model.setTextFilter(QString());
        report("filter_clear_s", t.nsecsElapsed() / 1e9, "s");
        t.restart();
        model.setColumnFilter(ManifestTableModel::FixedColumnCount + 1, QStringLiteral("validation"));
        report("filter_column_s", t.nsecsElapsed() / 1e9, "s");
        report("peak_mib", peakMiB(), "MiB");
        return 0;
    }
    if (mode == QLatin1String("diff") && a.size() >= 3) {
        ManifestLoadResult x = loadManifestSync(a[1], a[1]);
        ManifestLoadResult y = loadManifestSync(a[2], a[2]);
        if (!x.ok() || !y.ok())
            return 1;
        const double c0 = threadCpuS();
        t.start();
        x.manifest->buildIndex();
        y.manifest->buildIndex();
        const double indexS = t.nsecsElapsed() / 1e9;
        t.restart();
        const BaselineDiff d = diffManifests(*x.manifest, *y.manifest);
        const double diffS = t.nsecsElapsed() / 1e9;
        report("index_both_s", indexS, "s");
        report("diff_s", diffS, "s");
        report("index_plus_diff_s", indexS + diffS, "s");
        report("index_plus_diff_cpu_s", threadCpuS() - c0, "s");
        report("modified", double(d.counts[int(DiffState::Modified)]), "");
        report("renamed", double(d.counts[int(DiffState::Renamed)]), "");
        report("added", double(d.counts[int(DiffState::Added)]), "");
        report("removed", double(d.counts[int(DiffState::Removed)]), "");
        report("peak_mib", peakMiB(), "MiB");
        return 0;
    }
    if (mode == QLatin1String("verify") && a.size() >= 3) {
        const ManifestLoadResult r = loadManifestSync(a[1], a[1]);
        if (!r.ok())
            return 1;
        Verification v(r.manifest, a[2]);
        VerifyOptions o;
        o.jobs = a.size() > 3 ? a[3].toInt() : 0;
        o.findUnlisted = true;
        t.start();
        const VerifyTotals totals = verifySync(v, o);
        const double s = t.nsecsElapsed() / 1e9;
        report("verify_s", s, "s");
        report("verify_mb_per_s", double(v.progress().bytesDone) / 1e6 / s, "MB/s");
        report("ok", double(totals.counts[int(EntryStatus::Ok)]), "");
        report("problems", double(totals.problems()), "");
        return totals.problems() == 0 ? 0 : 1;
    }
    if (mode == QLatin1String("pane") && a.size() >= 2) {
        auto p = std::make_shared<mr::Package>();
        p->rootPath = a[1];
        p->name = QStringLiteral("bench");
        p->dataset.provided = true;
        p->dataset.manifest = QStringLiteral("manifest.jsonl");
        p->dataset.baseline = QStringLiteral("baseline.jsonl");
        p->dataset.manifestPath = a[1] + QStringLiteral("/manifest.jsonl");
        p->dataset.baselinePath = a[1] + QStringLiteral("/baseline.jsonl");
        mr::DatasetPane pane;
        pane.resize(1400, 800);
        pane.show();
        QSignalSpy loaded(&pane, &mr::DatasetPane::loaded);
        t.start();
        pane.setPackage(p);
        loaded.wait(180000);
        report("pane_loaded_s", t.nsecsElapsed() / 1e9, "s");
        report("pane_rows", pane.tableModel()->rowCount(), "");
        report("peak_mib", peakMiB(), "MiB");
        if (a.size() > 2)
            pane.grab().save(a[2]);
        return 0;
    }
    std::fprintf(stderr, "bench_dataset: unknown mode or missing arguments\n");
    return 2;
}
