// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultsanalysis.h"
#include "models/core/paneids.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <algorithm>

#include <QCoreApplication>
#include <cmath>

namespace mr::results {

namespace {

QString displayName(const NamedFile &f)
{
    return f.relativePath.isEmpty() ? QFileInfo(f.path).fileName() : f.relativePath;
}

struct Side
{
    QMap<QString, MetricValue> values;
};

Side mergeSide(const QList<ResultsFile> &files, Diagnostics *diags)
{
    Side side;
    for (const ResultsFile &f : files) {
        for (const NamedValue &nv : f.metrics) {
            const auto it = side.values.constFind(nv.name);
            if (it != side.values.constEnd()) {
                diags->append(
                    Diagnostic{f.displayName, nv.value.line, 0, nv.name,
                               QCoreApplication::translate("mr::Results",
                                                           "metric also given in %1; the first value is kept")
                                   .arg(it->file)});
                continue;
            }
            side.values.insert(nv.name, nv.value);
        }
    }
    return side;
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
    for (const MetricRow &r : rows)
        if (r.name == name)
            return &r;
    return nullptr;
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
    a.hasRerun = !rerun.values.isEmpty();

    QMap<QString, FileSpec> fileSpecs;
    for (const QList<ResultsFile> *side : {&input.claimedFiles, &input.rerunFiles})
        for (const ResultsFile &f : *side)
            for (auto it = f.specs.constBegin(); it != f.specs.constEnd(); ++it)
                if (!fileSpecs.contains(it.key()))
                    fileSpecs.insert(it.key(), it.value());

    QStringList names = claimed.values.keys();
    for (const QString &n : rerun.values.keys())
        if (!claimed.values.contains(n))
            names.append(n);
    std::sort(names.begin(), names.end());

    for (const QString &name : std::as_const(names)) {
        MetricRow row;
        row.name = name;
        row.claimed = claimed.values.value(name);
        row.rerun = rerun.values.value(name);
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
    for (qsizetype i = 0; i + 1 < names.size(); ++i) {
        const QString prefix = names.at(i) + QLatin1Char('.');
        for (qsizetype j = i + 1; j < names.size() && names.at(j).startsWith(names.at(i)); ++j) {
            if (names.at(j).startsWith(prefix)) {
                const MetricRow &r = a.rows.at(i);
                a.diagnostics.append(Diagnostic{
                    r.claimed.present() ? r.claimed.file : r.rerun.file, 0, 0, names.at(i),
                    QCoreApplication::translate("mr::Results",
                                                "mixed types: a value here, and a group of metrics "
                                                "(%1) elsewhere")
                        .arg(names.at(j))});
                break;
            }
        }
    }
    for (auto it = package.results.metrics.constBegin(); it != package.results.metrics.constEnd(); ++it)
        if (!claimed.values.contains(it.key()) && !rerun.values.contains(it.key()))
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
    if (a.sectionProvided && claimed.values.isEmpty())
        add("results.no-claim", Finding::Severity::Warning, {},
            QCoreApplication::translate("mr::Results", "No claimed metrics."));
    for (const MetricRow &r : std::as_const(a.rows)) {
        switch (r.status()) {
        case Status::WorseThanClaimed:
            add("results.worse-than-claimed", Finding::Severity::Error, r.name,
                QCoreApplication::translate("mr::Results",
                                            "%1 is worse than claimed outside tolerance %2: %3.")
                    .arg(r.name, r.tolerance.display(), describe(r)));
            break;
        case Status::Differs:
            add("results.differs", Finding::Severity::Warning, r.name,
                QCoreApplication::translate("mr::Results", "%1 differs from the claim (%2).")
                    .arg(r.name, describe(r)));
            break;
        case Status::MissingInRerun:
            if (a.hasRerun)
                add("results.missing-in-rerun", Finding::Severity::Warning, r.name,
                    QCoreApplication::translate("mr::Results", "%1 is claimed (%2) but missing in the rerun.")
                        .arg(r.name, r.claimed.display()));
            break;
        case Status::MissingInClaim:
            add("results.missing-in-claim", Finding::Severity::Info, r.name,
                QCoreApplication::translate("mr::Results", "%1 appears in the rerun only.").arg(r.name));
            break;
        default: break;
        }
    }
    for (const Diagnostic &d : std::as_const(a.diagnostics)) {
        const bool isMetric = claimed.values.contains(d.where) || rerun.values.contains(d.where);
        add("results.bad-input", Finding::Severity::Warning, isMetric ? d.where : QString(), d.toString());
    }
    a.findings += input.provenanceFindings;
    sortFindings(a.findings);
    return a;
}

ResultsAnalysis analyzePackage(const Package &package, const DefaultTolerance &defaults)
{
    return analyzeResults(loadResultsInput(package), package, defaults);
}

} // namespace mr::results
