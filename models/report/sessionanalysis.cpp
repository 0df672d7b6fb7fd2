// SPDX-License-Identifier: Apache-2.0
#include "models/report/sessionanalysis.h"
#include "models/findings/applypolicy.h"

#include "models/code/codediff.h"
#include "models/code/codereport.h"
#include "models/core/async.h"
#include "models/core/jsonutil.h"
#include "models/dataset/datasetreport.h"
#include "models/environment/comparison.h"
#include "models/environment/environmentreport.h"
#include "models/package/digest.h"
#include "models/package/packagefindings.h"
#include "models/results/metricvalue.h"
#include "models/results/resultsreport.h"

#include <QCoreApplication>
#include <functional>
#include <iterator>
#include <optional>

namespace mr::report {

using namespace mr::session;

namespace {

std::string ss(const QString &s)
{
    return s.toStdString();
}

std::string timeText(const QDateTime &t)
{
    return t.isValid() ? ss(t.toUTC().toString(Qt::ISODate)) : std::string();
}

QString runSentence(const VerificationRun &run)
{
    const dataset::VerifyTotals &t = run.totals;
    auto n = [&](dataset::EntryStatus s) { return t.counts[size_t(s)]; };
    QString who = run.by.name.isEmpty() ? QCoreApplication::translate("mr::Report", "an unnamed reviewer")
                                        : run.by.name;
    if (!run.by.email.isEmpty())
        who += QStringLiteral(" <%1>").arg(run.by.email);
    const QString state = t.canceled   ? QCoreApplication::translate("mr::Report", "canceled before the end")
                          : t.complete ? QStringLiteral("complete")
                                       : QStringLiteral("incomplete");
    return QCoreApplication::translate(
               "mr::Report", "Verified by %1 on %2 (%3): %4 ok, %5 mismatch, %6 missing, %7 unreadable, "
                             "%8 without hash, %9 not checked, %10 unlisted.")
        .arg(who, run.finished.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), state)
        .arg(n(dataset::EntryStatus::Ok))
        .arg(n(dataset::EntryStatus::Mismatch))
        .arg(n(dataset::EntryStatus::Missing))
        .arg(n(dataset::EntryStatus::Unreadable))
        .arg(n(dataset::EntryStatus::NoHash))
        .arg(n(dataset::EntryStatus::Pending))
        .arg(t.unlisted);
}

nlohmann::json runJson(const VerificationRun &run)
{
    const dataset::VerifyTotals &t = run.totals;
    nlohmann::json totals = nlohmann::json::object();
    for (int i = 0; i < dataset::kEntryStatusCount; ++i)
        totals[ss(dataset::entryStatusName(dataset::EntryStatus(i)))] = t.counts[size_t(i)];
    totals["unlisted"] = t.unlisted;
    return {{"started", timeText(run.started)},
            {"finished", timeText(run.finished)},
            {"by", {{"name", ss(run.by.name)}, {"email", ss(run.by.email)}}},
            {"complete", t.complete},
            {"canceled", t.canceled},
            {"root_available", t.rootAvailable},
            {"totals", totals}};
}

SectionReport datasetSection(const SessionState &state)
{
    const Package &package = *state.package;
    const dataset::Verification *verification =
        state.verification ? state.verification->verification.get() : nullptr;
    SectionReport s = state.dataset ? dataset::buildSectionReport(package, *state.dataset, verification)
                                    : dataset::buildSectionReport(package);
    if (state.verification) {
        if (s.json.contains("verification") && s.json["verification"].is_object())
            s.json["verification"]["run"] = runJson(*state.verification);
        const QString sentence = runSentence(*state.verification);
        s.markdown = markdownEscape(sentence) + QStringLiteral("\n\n") + s.markdown;
        s.html = QStringLiteral("<p class=\"run\">%1</p>\n").arg(sentence.toHtmlEscaped()) + s.html;
    } else {
        const QString none =
            QCoreApplication::translate("mr::Report", "The data was not verified in this review session.");
        s.markdown = none + QStringLiteral("\n\n") + s.markdown;
        s.html = QStringLiteral("<p class=\"run\">%1</p>\n").arg(none) + s.html;
    }
    return s;
}

SectionReport environmentSection(const SessionState &state)
{
    if (!state.environments || !state.package->environments.provided)
        return environment::buildSectionReport(*state.package);
    const environment::LoadedEnvironments &loaded = *state.environments;
    environment::Comparison comparison = loaded.defaultComparison();
    if (!state.development.isEmpty() && !state.reference.isEmpty()) {
        const environment::Environment *d = loaded.find(state.development);
        const environment::Environment *r = loaded.find(state.reference);
        if (d && r && !d->failed && !r->failed)
            comparison = environment::compareEnvironments(*d, *r);
    }
    return environment::sectionReportFrom(loaded, comparison);
}

using Build = SectionReport (*)(const SessionState &);

SectionReport codeSection(const SessionState &state)
{
    return state.codeFiles ? code::sectionReportFrom(*state.codeFiles)
                           : code::buildSectionReport(*state.package);
}

SectionReport resultsSection(const SessionState &state)
{
    return state.results ? results::buildSectionReport(*state.results)
                         : results::buildSectionReport(*state.package);
}

} // namespace

std::function<QStringList(const Anchor &)> codeFileLinesFrom(const code::FileList &files)
{
    return [files](const Anchor &anchor) -> QStringList {
        for (const code::FileDiff &f : files.files) {
            const bool old = anchor.side == Anchor::Side::Old;
            if ((old ? f.oldPath : f.path) != anchor.path && f.path != anchor.path)
                continue;
            const QString blob = old ? f.oldId : f.newId;
            return blob.isEmpty() || f.binary ? QStringList() : code::blobLines(files.repositoryPath, blob);
        }
        return {};
    };
}

nlohmann::json sessionJson(const SessionState &state)
{
    nlohmann::json j = nlohmann::json::object();
    j["verification"] = state.verification ? runJson(*state.verification) : nlohmann::json();
    if (state.results)
        j["default_tolerance"] = {{"abs", state.results->defaults.abs}, {"rel", state.results->defaults.rel}};
    else
        j["default_tolerance"] = nullptr;
    j["metrics_compared"] = state.metricsCompared();
    if (!state.development.isEmpty() && !state.reference.isEmpty())
        j["environment_pair"] = {{"development", ss(state.development)}, {"reference", ss(state.reference)}};
    else
        j["environment_pair"] = nullptr;
    QStringList viewed(state.viewed.cbegin(), state.viewed.cend());
    viewed.sort();
    j["viewed"] = nlohmann::json::array();
    for (const QString &v : std::as_const(viewed))
        j["viewed"].push_back(ss(v));
    j["failed_sections"] = nlohmann::json::object();
    for (auto it = state.failedSections.cbegin(); it != state.failedSections.cend(); ++it)
        j["failed_sections"][ss(sectionKey(it.key()))] = ss(it.value());
    return j;
}

namespace {

// The analysis with `step(done, total)` called after each section; false from it cancels.
std::optional<Analysis> analyze(const SessionState &state, const DigestResult &digest,
                                const std::function<bool(int, int)> &step)
{
    Analysis a;
    a.package = state.package;
    if (!state.package)
        return a;
    const struct
    {
        PaneId pane;
        Build build;
    } parts[] = {{PaneId::Code, &codeSection},
                 {PaneId::Dataset, &datasetSection},
                 {PaneId::Environment, &environmentSection},
                 {PaneId::Results, &resultsSection}};
    const int total = int(std::size(parts)) + 1;
    // The digest binds the report to the package; the GUI passes the one it computed.
    a.digest = digest.ok ? digest : computeDigestSync(state.package->rootPath);
    if (!step(1, total))
        return std::nullopt;
    a.findings = packageFindings(*state.package, &a.digest);
    int done = 1;
    for (const auto &p : parts) {
        SectionReport s;
        try {
            s = p.build(state);
        } catch (const std::exception &e) {
            // A pane's failure is confined to its section; the rest of the report still builds.
            s.json = {{"error", e.what()}};
            s.markdown = markdownEscape(QString::fromUtf8(e.what()));
            s.html = QString::fromUtf8(e.what()).toHtmlEscaped();
        }
        if (s.id.isEmpty())
            s.id = sectionKey(p.pane);
        if (s.title.isEmpty())
            s.title = paneTitle(p.pane);
        a.findings += s.findings;
        a.sections << s;
        if (!step(++done, total))
            return std::nullopt;
    }
    // The same findings policy the window applies (a malformed one is reported when the package
    // opens; the report then names the built-in policy). The review's suppressions are applied
    // by the exporters (allFindings).
    a.policy = findings::findPolicy(state.package->sourcePath).policy.value_or(findings::Policy{});
    a.findings = findings::applyPolicy(a.findings, a.policy);
    a.session = sessionJson(state);
    return a;
}

} // namespace

void analyzeSession(QPromise<Analysis> &promise, const SessionState &state, const DigestResult &digest)
{
    const std::optional<Analysis> a = analyze(state, digest, [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    if (a)
        promise.addResult(*a);
}

void exportSession(QPromise<ExportResult> &promise, const SessionState &state, const DigestResult &digest,
                   const review::ReviewDocument &review, Format format, const QString &path,
                   const ReportOptions &options)
{
    const std::optional<Analysis> a = analyze(state, digest, [&promise](int done, int total) {
        promise.setProgressRange(0, total + 1);
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    if (!a)
        return;
    ExportResult r;
    r.path = path;
    r.ok = writeReport(format, *a, &review, path, &r.error, options);
    promise.setProgressValue(promise.future().progressMaximum());
    promise.addResult(r);
}

Analysis analyzeSessionSync(const SessionState &state, const DigestResult &digest)
{
    return runSync<Analysis>([&](QPromise<Analysis> &p) { analyzeSession(p, state, digest); });
}

} // namespace mr::report
