// SPDX-License-Identifier: Apache-2.0
// Benchmark helper for scripts/bench-carry (not a ctest test): carries a review of COMMENTS
// comments (two per changed file, spread over each file) from OLD to NEW and prints one
// "key value" line per figure, medians over the runs.
#include "models/interdiff/carryreview.h"
#include "models/package/loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mr;

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
        err << "usage: bench_carry OLD NEW COMMENTS [RUNS]\n";
        return 2;
    }
    const PackagePtr before = loadPackageSync(args[1]).package, now = loadPackageSync(args[2]).package;
    if (!before || !now) {
        err << "bench_carry: cannot open the packages\n";
        return 2;
    }
    const int comments = args[3].toInt();
    const int runs = args.size() > 4 ? args[4].toInt() : 5;
    // The files to comment on: every file the diff to NEW changes.
    const interdiff::Interdiff probe = interdiff::interdiffSync(before, now);
    if (!probe.code.compared) {
        err << "bench_carry: " << probe.code.error << "\n";
        return 2;
    }
    QStringList paths;
    for (const interdiff::CodeFileChange &f : probe.code.files)
        if (f.state != interdiff::ItemState::Added)
            paths << f.oldPath;
    review::ReviewDocument doc;
    for (int i = 0; i < comments; ++i) {
        review::Comment c;
        c.id = QStringLiteral("c%1").arg(i);
        c.author = Person{QStringLiteral("Bench"), {}};
        c.body = QStringLiteral("comment %1").arg(i);
        const int first = (i / paths.size()) % 2 ? 70 : 5; // two per file: lines 5-7 and 70-72
        c.anchor = Anchor::codeLines(paths.at(i % paths.size()), Anchor::Side::New, first, first + 2,
                                     QStringLiteral("0123456789abcdef"));
        doc.comments << c;
    }
    const interdiff::CarryOptions digests{QStringLiteral("sha256:old"), QStringLiteral("sha256:new")};
    std::vector<double> totalMs, codeMs, carryMs;
    interdiff::CarryOutcome last;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        last = interdiff::carrySync(before, now, doc, digests);
        totalMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const interdiff::CodeInterdiff code = interdiff::codeInterdiff(*before, *now);
        codeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        const review::AnchorResolver resolve = interdiff::anchorResolver(last.interdiff);
        t.restart();
        const review::ReviewDocument carried =
            review::carryReview(doc, {before->name, before->version, digests.beforeDigest},
                                {now->name, now->version, digests.nowDigest}, resolve);
        carryMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (carried.comments.size() != doc.comments.size() || code.files.isEmpty())
            return 1;
    }
    out << "files " << last.interdiff.code.files.size() << "\n";
    out << "comments " << last.document.comments.size() << "\n";
    out << "statuses " << interdiff::carrySummary(last.document).replace(QLatin1Char(' '), QLatin1Char('_'))
        << "\n";
    out << "carry_ms " << median(totalMs) << "\n";
    out << "code_interdiff_ms " << median(codeMs) << "\n";
    out << "map_comments_ms " << median(carryMs) << "\n";
    return 0;
}
