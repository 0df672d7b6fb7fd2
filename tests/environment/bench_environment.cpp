// SPDX-License-Identifier: Apache-2.0
// Benchmark helper for scripts/bench-environment (not a ctest test): reads environment files
// and prints "key value" lines: the median read time and the package count of each.
#include "models/environment/readers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
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
    if (args.size() < 3) {
        err << "usage: bench_environment RUNS FILE...\n";
        return 2;
    }
    const int runs = args[1].toInt();
    for (const QString &file : args.mid(2)) {
        std::vector<double> ms;
        qsizetype packages = 0;
        environment::ReadOptions options;
        options.maxBytes = qint64(1) << 30;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const environment::Environment env =
                environment::readEnvironmentFile(file, QStringLiteral("development"), options);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            packages = env.packages.size();
        }
        std::sort(ms.begin(), ms.end());
        const QString key = QFileInfo(file).completeBaseName();
        out << key << "_ms " << ms[ms.size() / 2] << "\n" << key << "_packages " << packages << "\n";
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak_rss_mib " << usage.ru_maxrss / 1024 << "\n";
    return 0;
}
