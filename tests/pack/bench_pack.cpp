// SPDX-License-Identifier: Apache-2.0
// Benchmark helper for scripts/bench-pack (not a ctest test): one pack of SOURCE with --data
// DATA into OUT (the suffix picks the format), timed; prints "key value" lines.
#include "models/pack/pack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout), err(stderr);
    if (args.size() < 4) {
        err << "usage: bench_pack SOURCE DATA OUT [JOBS]\n";
        return 2;
    }
    mr::pack::PackOptions o;
    o.source = args[1];
    o.dataDirs << args[2];
    o.out = args[3];
    o.jobs = args.size() > 4 ? args[4].toInt() : 0;
    o.sourceDateEpoch = 1700000000;
    QElapsedTimer t;
    t.start();
    const mr::pack::PackPlan plan = mr::pack::planPack(o);
    if (!plan.ok) {
        err << "bench_pack: " << plan.error << "\n";
        return plan.exitCode;
    }
    const qint64 planNs = t.nsecsElapsed();
    const mr::pack::PackResult r = mr::pack::writePackSync(plan);
    const qint64 totalNs = t.nsecsElapsed();
    if (!r.ok) {
        err << "bench_pack: " << r.error << "\n";
        return 2;
    }
    out << "pack_ms " << double(totalNs) / 1e6 << "\n"
        << "plan_ms " << double(planNs) / 1e6 << "\n"
        << "files " << plan.dataFiles.size() << "\n"
        << "bytes " << plan.dataBytes << "\n"
        << "digest " << r.digest << "\n";
    return 0;
}
