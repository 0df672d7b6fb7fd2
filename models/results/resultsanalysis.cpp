// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultsanalysis.h"
#include "models/core/paneids.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <algorithm>

#include <QCoreApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cmath>

namespace mr::results {

namespace {

QString displayName(const NamedFile &f)
{
    return f.relativePath.isEmpty() ? QFileInfo(f.path).fileName() : f.relativePath;
}

// One side's metrics sorted by name, pointing into the ResultsFile lists (which outlive it).
// Rows come out in name order, so the two sides are merged, not looked up: linear when the
// files are in name order already (the readers give that for flat files), n log n otherwise,
// and 16 bytes per metric instead of a hash node.
struct Side
{
    struct Entry
    {
        const QString *name;
        const MetricValue *value;
    };
    std::vector<Entry> values;
    // One file already in name order without repeats (the common case) is read in place: a
    // million entries are 16 MiB that the peak does not need.
    const QList<NamedValue> *single = nullptr;

    static bool less(const Entry &x, const Entry &y) { return *x.name < *y.name; }
    size_t size() const { return single ? size_t(single->size()) : values.size(); }
    bool empty() const { return size() == 0; }
    const QString &name(size_t i) const { return single ? single->at(qsizetype(i)).name : *values[i].name; }
    const MetricValue &value(size_t i) const
    {
        return single ? single->at(qsizetype(i)).value : *values[i].value;
    }
    bool contains(const QString &n) const
    {
        size_t lo = 0, hi = size();
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (name(mid) < n)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < size() && name(lo) == n;
    }
};

Side mergeSide(const QList<ResultsFile> &files, Diagnostics *diags)
{
    Side side;
    if (files.size() == 1) {
        const QList<NamedValue> &m = files.first().metrics;
        bool strictlySorted = true;
        for (qsizetype i = 1; i < m.size() && strictlySorted; ++i)
            strictlySorted = m.at(i - 1).name < m.at(i).name;
        if (strictlySorted) {
            side.single = &m;
            return side;
        }
    }
    size_t total = 0;
    for (const ResultsFile &f : files)
        total += size_t(f.metrics.size());
    side.values.reserve(total);
    for (const ResultsFile &f : files)
        for (const NamedValue &nv : f.metrics)
            side.values.push_back(Side::Entry{&nv.name, &nv.value});
    if (!std::is_sorted(side.values.cbegin(), side.values.cend(), Side::less))
        std::stable_sort(side.values.begin(), side.values.end(), Side::less); // file order among equals
    // The same name twice: the first (in file order) is kept.
    size_t kept = 0;
    for (size_t i = 0; i < side.values.size(); ++i) {
        if (kept > 0 && *side.values[kept - 1].name == *side.values[i].name) {
            const MetricValue &v = *side.values[i].value;
            diags->append(Diagnostic{
                v.file, v.line, 0, *side.values[i].name,
                QCoreApplication::translate("mr::Results", "metric also given in %1; the first value is kept")
                    .arg(side.values[kept - 1].value->file)});
            continue;
        }
        side.values[kept++] = side.values[i];
    }
    side.values.resize(kept);
    return side;
}

// The rerun's names are mostly the claimed ones: share their strings (a million names cost
// about 80 MiB each time they are held). Linear when both sides are in name order.
void internRerunNames(ResultsInput &in)
{
    std::vector<const QString *> claimed;
    for (const ResultsFile &f : std::as_const(in.claimedFiles))
        for (const NamedValue &nv : f.metrics)
            claimed.push_back(&nv.name);
    const auto less = [](const QString *x, const QString *y) { return *x < *y; };
    if (!std::is_sorted(claimed.cbegin(), claimed.cend(), less))
        std::sort(claimed.begin(), claimed.end(), less);
    for (ResultsFile &f : in.rerunFiles) {
        auto cursor = claimed.cbegin();
        for (NamedValue &nv : f.metrics) {
            // Walk forward while the rerun is in order; search again when it is not.
            if (cursor != claimed.cend() && **cursor > nv.name)
                cursor = claimed.cbegin();
            auto it = cursor;
            for (int step = 0; step < 4 && it != claimed.cend() && **it < nv.name; ++step)
                ++it;
            if (it != claimed.cend() && **it < nv.name)
                it = std::lower_bound(it, claimed.cend(), &nv.name, less);
            cursor = it;
            if (it != claimed.cend() && **it == nv.name)
                nv.name = **it;
        }
    }
#ifdef __GLIBC__
    // The rerun's own name strings were small blocks spread over the heap; hand their pages
    // back, or they stay resident next to the rows the comparison is about to allocate.
    malloc_trim(0);
#endif
}

QString describe(const MetricRow &r)
{
    return QCoreApplication::translate("mr::Results", "claimed %1, rerun %2")
        .arg(r.claimed.display(), r.rerun.display());
}

} // namespace

QString sliceOf(const QString &metricName)
{
    const qsizetype dot = metricName.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : metricName.left(dot);
}

QString MetricRow::slice() const
{
    return sliceOf(name);
}

QString MetricRow::leaf() const
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.mid(dot + 1);
}

int ResultsAnalysis::count(Status s) const
{
    int n = 0;
    for (const MetricRow &r : rows)
        n += r.status() == s ? 1 : 0;
    return n;
}

int ResultsAnalysis::comparedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const MetricRow &r) { return r.claimed.isNumber() && r.rerun.isNumber(); }));
}

bool ResultsAnalysis::withinTolerance() const
{
    if (!hasRerun || comparedCount() == 0)
        return false;
    for (const MetricRow &r : rows) {
        if (!r.claimed.present())
            continue;
        if (r.status() != Status::WithinTolerance && r.status() != Status::BetterThanClaimed)
            return false;
    }
    return true;
}

const MetricRow *ResultsAnalysis::find(const QString &name) const
{
    // rows are sorted by name (analyzeResults): a binary search, not a scan per lookup.
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), name,
                                     [](const MetricRow &r, const QString &n) { return r.name < n; });
    return it != rows.cend() && it->name == name ? &*it : nullptr;
}

ResultsInput loadResultsInput(const Package &package)
{
    ResultsInput in;
    const ResultsSection &s = package.results;
    in.sectionProvided = s.provided;
    in.diagnostics += s.errors;
    for (const NamedFile &f : s.claimed) {
        ResultsFile rf = readResultsFile(f.path, displayName(f));
        if (!rf.provenance.is_null())
            rf.diagnostics.append(
                Diagnostic{rf.displayName, 0, 0, QStringLiteral("provenance"),
                           QCoreApplication::translate("mr::Results",
                                                       "provenance describes the rerun; in a claimed file "
                                                       "it is ignored")});
        in.diagnostics += rf.diagnostics;
        in.claimedFiles.append(rf);
    }
    for (const NamedFile &f : s.rerun) {
        ResultsFile rf = readResultsFile(f.path, displayName(f));
        in.diagnostics += rf.diagnostics;
        in.rerunFiles.append(rf);
    }
    internRerunNames(in);
    if (s.provenance.is_object())
        mergeProvenance(&in.provenance, s.provenance,
                        QStringLiteral("model-package.json: results.provenance"), &in.diagnostics);
    bool hasRerun = false;
    for (const ResultsFile &rf : std::as_const(in.rerunFiles)) {
        mergeProvenance(&in.provenance, rf.provenance, rf.displayName, &in.diagnostics);
        hasRerun = hasRerun || !rf.metrics.isEmpty();
    }
    in.provenanceFindings = checkProvenance(&in.provenance, package, hasRerun);
    return in;
}

ResultsAnalysis analyzeResults(const ResultsInput &input, const Package &package,
                               const DefaultTolerance &defaults)
{
    ResultsAnalysis a;
    a.sectionProvided = input.sectionProvided;
    a.defaults = defaults;
    a.provenance = input.provenance;
    a.diagnostics = input.diagnostics;

    const Side claimed = mergeSide(input.claimedFiles, &a.diagnostics);
    const Side rerun = mergeSide(input.rerunFiles, &a.diagnostics);
    a.hasRerun = !rerun.empty();

    QMap<QString, FileSpec> fileSpecs;
    for (const QList<ResultsFile> *side : {&input.claimedFiles, &input.rerunFiles})
        for (const ResultsFile &f : *side)
            for (auto it = f.specs.constBegin(); it != f.specs.constEnd(); ++it)
                if (!fileSpecs.contains(it.key()))
                    fileSpecs.insert(it.key(), it.value());

    a.rows.reserve(qsizetype(std::max(claimed.size(), rerun.size())));
    size_t ci = 0, ri = 0;
    const size_t cn = claimed.size(), rn = rerun.size();
    while (ci < cn || ri < rn) {
        MetricRow row;
        // The rerun's value is taken only when its name is the claimed one or comes first.
        const bool takeClaimed = ci < cn && (ri == rn || !(rerun.name(ri) < claimed.name(ci)));
        const bool takeRerun = ri < rn && (ci == cn || !(claimed.name(ci) < rerun.name(ri)));
        row.name = takeClaimed ? claimed.name(ci) : rerun.name(ri); // shared: the claimed file's string
        if (takeClaimed)
            row.claimed = claimed.value(ci++);
        if (takeRerun)
            row.rerun = rerun.value(ri++);
        const QString &name = row.name;
        const MetricSpec pkgSpec = package.results.metrics.value(name);
        const FileSpec fileSpec = fileSpecs.value(name);
        row.better = pkgSpec.better != MetricSpec::Better::Unknown ? pkgSpec.better : fileSpec.spec.better;
        const bool pkgTol = pkgSpec.absTolerance >= 0 || pkgSpec.relTolerance >= 0;
        row.tolerance = effectiveTolerance(pkgTol ? pkgSpec : fileSpec.spec,
                                           pkgTol ? ToleranceSource::Package : ToleranceSource::ResultsFile,
                                           row.claimed, defaults);
        row.comparison = compareValues(row.claimed, row.rerun, row.better, row.tolerance);
        if (row.claimed.present() && row.rerun.present() && row.claimed.kind != row.rerun.kind)
            a.diagnostics.append(
                Diagnostic{row.rerun.file, row.rerun.line, 0, name,
                           QCoreApplication::translate("mr::Results", "mixed types: %1 in %2, %3 here")
                               .arg(row.claimed.typeName(), row.claimed.file, row.rerun.typeName())});
        a.rows.append(row);
    }
    // A name that is both a value and a group ("a": 1 and "a.b": 2) flattens ambiguously.
    const auto names = [&a](qsizetype i) -> const QString & { return a.rows.at(i).name; };
    for (qsizetype i = 0; i + 1 < a.rows.size(); ++i) {
        const QString &value = names(i);
        for (qsizetype j = i + 1; j < a.rows.size() && names(j).startsWith(value); ++j) {
            if (names(j).size() > value.size() && names(j).at(value.size()) == QLatin1Char('.')) {
                const MetricRow &r = a.rows.at(i);
                a.diagnostics.append(Diagnostic{
                    r.claimed.present() ? r.claimed.file : r.rerun.file, 0, 0, names(i),
                    QCoreApplication::translate("mr::Results",
                                                "mixed types: a value here, and a group of metrics "
                                                "(%1) elsewhere")
                        .arg(names(j))});
                break;
            }
        }
    }
    for (auto it = package.results.metrics.constBegin(); it != package.results.metrics.constEnd(); ++it)
        if (!claimed.contains(it.key()) && !rerun.contains(it.key()))
            a.diagnostics.append(Diagnostic{
                QStringLiteral("model-package.json"), 0, 0, QStringLiteral("results.metrics.") + it.key(),
                QCoreApplication::translate("mr::Results", "declared, but no results file has this metric")});

    // Findings.
    auto add = [&](const char *rule, Finding::Severity sev, const QString &metric, const QString &message) {
        a.findings.append(Finding{QString::fromLatin1(rule), sev, paneKey(PaneId::Results),
                                  metric.isEmpty() ? Anchor::package() : Anchor::metric(metric), message});
    };
    if (a.sectionProvided && !a.hasRerun)
        add("results.no-rerun", Finding::Severity::Error, {},
            input.rerunFiles.isEmpty()
                ? QCoreApplication::translate("mr::Results",
                                              "No rerun results: nobody reproduced the claimed metrics.")
                : QCoreApplication::translate(
                      "mr::Results",
                      "The rerun results hold no metrics: nobody reproduced the claimed metrics."));
    if (a.sectionProvided && claimed.empty())
        add("results.no-claim", Finding::Severity::Warning, {},
            QCoreApplication::translate("mr::Results", "No claimed metrics."));
    // One finding per metric up to kMaxFindingsPerRule for each rule, then one finding with the
    // count of the rest at the same severity (a million differing metrics must not become a
    // million findings; the gate still sees the severity).
    QHash<QString, qsizetype> perRule;
    QHash<QString, Finding::Severity> ruleSeverity;
    auto addCapped = [&](const char *rule, Finding::Severity sev, const MetricRow &r, const auto &message) {
        qsizetype &n = perRule[QString::fromLatin1(rule)];
        if (n++ < kMaxFindingsPerRule)
            add(rule, sev, r.name, message());
        ruleSeverity.insert(QString::fromLatin1(rule), sev);
    };
    for (const MetricRow &r : std::as_const(a.rows)) {
        switch (r.status()) {
        case Status::WorseThanClaimed:
            addCapped("results.worse-than-claimed", Finding::Severity::Error, r, [&] {
                return QCoreApplication::translate("mr::Results",
                                                   "%1 is worse than claimed outside tolerance %2: %3.")
                    .arg(r.name, r.tolerance.display(), describe(r));
            });
            break;
        case Status::Differs:
            addCapped("results.differs", Finding::Severity::Warning, r, [&] {
                return QCoreApplication::translate("mr::Results", "%1 differs from the claim (%2).")
                    .arg(r.name, describe(r));
            });
            break;
        case Status::MissingInRerun:
            if (a.hasRerun)
                addCapped("results.missing-in-rerun", Finding::Severity::Warning, r, [&] {
                    return QCoreApplication::translate("mr::Results",
                                                       "%1 is claimed (%2) but missing in the rerun.")
                        .arg(r.name, r.claimed.display());
                });
            break;
        case Status::MissingInClaim:
            addCapped("results.missing-in-claim", Finding::Severity::Info, r, [&] {
                return QCoreApplication::translate("mr::Results", "%1 appears in the rerun only.")
                    .arg(r.name);
            });
            break;
        default: break;
        }
    }
    qsizetype badInput = 0;
    for (const Diagnostic &d : std::as_const(a.diagnostics)) {
        if (badInput++ >= kMaxFindingsPerRule)
            continue;
        const bool isMetric = claimed.contains(d.where) || rerun.contains(d.where);
        add("results.bad-input", Finding::Severity::Warning, isMetric ? d.where : QString(), d.toString());
    }
    perRule.insert(QStringLiteral("results.bad-input"), badInput);
    ruleSeverity.insert(QStringLiteral("results.bad-input"), Finding::Severity::Warning);
    for (auto it = perRule.constBegin(); it != perRule.constEnd(); ++it)
        if (it.value() > kMaxFindingsPerRule)
            a.findings.append(
                Finding{it.key(), ruleSeverity.value(it.key()), paneKey(PaneId::Results), Anchor::package(),
                        QCoreApplication::translate("mr::Results",
                                                    "%1 more findings of this kind (%2 in all); the "
                                                    "Results pane and the JSON report list every metric.")
                            .arg(it.value() - kMaxFindingsPerRule)
                            .arg(it.value())});
    a.findings += input.provenanceFindings;
    sortFindings(a.findings);
    return a;
}

ResultsAnalysis analyzePackage(const Package &package, const DefaultTolerance &defaults)
{
    return analyzeResults(loadResultsInput(package), package, defaults);
}

} // namespace mr::results
