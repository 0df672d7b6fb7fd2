// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultsreport.h"
#include "models/core/paneids.h"

#include "models/core/jsonutil.h"
#include "models/results/resultschart.h"

#include <QCoreApplication>
#include <cmath>

namespace mr::results {

namespace {

constexpr Status kAllStatuses[] = {Status::WithinTolerance,  Status::BetterThanClaimed,
                                   Status::WorseThanClaimed, Status::Differs,
                                   Status::MissingInRerun,   Status::MissingInClaim};

QString diffText(double v, bool percent = false)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    if (percent)
        return QStringLiteral("%1%2%").arg(v > 0 ? "+" : "").arg(v * 100, 0, 'g', 4);
    return QStringLiteral("%1%2").arg(v > 0 ? "+" : "").arg(v, 0, 'g', 6);
}

QStringList provenanceLines(const Provenance &p)
{
    QStringList out;
    if (!p.given)
        return {QCoreApplication::translate("mr::Results", "Provenance: not given.")};
    auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out.append(QStringLiteral("%1: %2").arg(label, value));
    };
    add(QStringLiteral("Environment"), p.environment);
    QString rev = p.revision;
    if (!p.revisionSha.isEmpty())
        rev += QStringLiteral(" (%1%2)").arg(
            p.revisionSha.left(12), p.revisionSha == p.headSha
                                        ? QCoreApplication::translate("mr::Results", ", the head revision")
                                        : QCoreApplication::translate("mr::Results", ", not head"));
    else if (!p.revisionError.isEmpty())
        rev += QStringLiteral(" (%1)").arg(p.revisionError);
    add(QStringLiteral("Revision"), rev);
    add(QStringLiteral("Host"), p.host);
    add(QCoreApplication::translate("mr::Results", "Ran at"), p.ranAt);
    add(QStringLiteral("Command"), p.command);
    for (const auto &kv : p.extra)
        add(kv.first, kv.second);
    return out;
}

} // namespace

nlohmann::json toJson(const ResultsAnalysis &a)
{
    using nlohmann::json;
    json j = json::object();
    j["provided"] = a.sectionProvided;
    j["default_tolerance"] = {{"abs", a.defaults.abs}, {"rel", a.defaults.rel}};
    json metrics = json::array();
    for (const MetricRow &r : a.rows) {
        json m = json::object();
        m["name"] = ss(r.name);
        m["slice"] = ss(r.slice());
        m["claimed"] = toJson(r.claimed);
        m["rerun"] = toJson(r.rerun);
        m["claimed_type"] = ss(r.claimed.typeName());
        m["rerun_type"] = ss(r.rerun.typeName());
        m["abs_diff"] = finiteOrNull(r.comparison.absDiff);
        m["rel_diff"] = finiteOrNull(r.comparison.relDiff);
        m["better"] = ss(betterName(r.better));
        m["tolerance"] = finiteOrNull(r.tolerance.bound);
        m["tolerance_detail"] = {{"abs", r.tolerance.abs >= 0 ? json(r.tolerance.abs) : json(nullptr)},
                                 {"rel", r.tolerance.rel >= 0 ? json(r.tolerance.rel) : json(nullptr)},
                                 {"abs_from_default", r.tolerance.absFromDefault},
                                 {"source", ss(toleranceSourceName(r.tolerance.source))}};
        m["status"] = ss(statusName(r.status()));
        if (r.claimed.present())
            m["claimed_file"] = ss(r.claimed.file);
        if (r.rerun.present())
            m["rerun_file"] = ss(r.rerun.file);
        metrics.push_back(m);
    }
    j["metrics"] = metrics;
    json totals = json::object();
    totals["metrics"] = a.rows.size();
    for (Status s : kAllStatuses)
        totals[ss(statusName(s))] = a.count(s);
    j["totals"] = totals;
    j["within_tolerance"] = a.withinTolerance();
    j["has_rerun"] = a.hasRerun;
    j["provenance"] = toJson(a.provenance);
    json diags = json::array();
    for (const Diagnostic &d : a.diagnostics)
        diags.push_back(ss(d.toString()));
    j["diagnostics"] = diags;
    return j;
}

mr::SectionReport buildSectionReport(const ResultsAnalysis &a)
{
    SectionReport r;
    r.id = sectionKey(PaneId::Results);
    r.title = QStringLiteral("Results");
    r.json = toJson(a);
    r.findings = a.findings;
    r.image = renderResultsChart(a);

    QString md;
    QString html;
    if (!a.sectionProvided) {
        md = QCoreApplication::translate("mr::Results", "The package has no results section.\n");
        html = QCoreApplication::translate("mr::Results", "<p>The package has no results section.</p>\n");
        r.markdown = md;
        r.html = html;
        return r;
    }
    QStringList totals;
    for (Status s : kAllStatuses)
        if (const int n = a.count(s))
            totals.append(QStringLiteral("%1 %2").arg(n).arg(statusLabel(s).toLower()));
    const QString summary =
        QCoreApplication::translate("mr::Results", "%1 metrics: %2. Default tolerance: abs %3, rel %4%.")
            .arg(a.rows.size())
            .arg(totals.isEmpty() ? QStringLiteral("none") : totals.join(QStringLiteral(", ")))
            .arg(formatNumber(a.defaults.abs), formatNumber(a.defaults.rel * 100));
    md += summary + QStringLiteral("\n\n");
    html += QStringLiteral("<p>%1</p>\n").arg(summary.toHtmlEscaped());
    const QStringList prov = provenanceLines(a.provenance);
    html += QStringLiteral("<ul class=\"provenance\">\n");
    for (const QString &line : prov) {
        md += QStringLiteral("- ") + markdownEscape(line) + QLatin1Char('\n');
        html += QStringLiteral("<li>%1</li>\n").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>\n");
    md += QLatin1Char('\n');

    const QStringList headers{QStringLiteral("Metric"),
                              QStringLiteral("Claimed"),
                              QStringLiteral("Rerun"),
                              QCoreApplication::translate("mr::Results", "Abs diff"),
                              QCoreApplication::translate("mr::Results", "Rel diff"),
                              QStringLiteral("Better"),
                              QStringLiteral("Tolerance"),
                              QStringLiteral("Status")};
    md += QStringLiteral("| ") + headers.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < headers.size(); ++i)
        md += i >= 1 && i <= 4 ? QStringLiteral("---:|") : QStringLiteral("---|");
    md += QLatin1Char('\n');
    html += QStringLiteral("<table class=\"results\">\n<thead><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(h);
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const MetricRow &row : a.rows) {
        const QStringList cells{row.name,
                                row.claimed.present() ? row.claimed.display() : QStringLiteral("(missing)"),
                                row.rerun.present() ? row.rerun.display() : QStringLiteral("(missing)"),
                                diffText(row.comparison.absDiff),
                                diffText(row.comparison.relDiff, true),
                                humanLabel(betterName(row.better)),
                                row.tolerance.display(),
                                statusLabel(row.status())};
        md += QStringLiteral("|");
        html += QStringLiteral("<tr class=\"%1\">").arg(statusName(row.status()));
        for (const QString &c : cells) {
            md += QLatin1Char(' ') + markdownEscape(c) + QStringLiteral(" |");
            html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        }
        md += QLatin1Char('\n');
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    if (!a.diagnostics.isEmpty()) {
        md += QCoreApplication::translate("mr::Results", "\nProblems in the results input:\n\n");
        html += QCoreApplication::translate(
            "mr::Results", "<p>Problems in the results input:</p>\n<ul class=\"diagnostics\">\n");
        for (const Diagnostic &d : a.diagnostics) {
            md += QStringLiteral("- ") + markdownEscape(d.toString()) + QLatin1Char('\n');
            html += QStringLiteral("<li>%1</li>\n").arg(d.toString().toHtmlEscaped());
        }
        html += QStringLiteral("</ul>\n");
    }
    r.markdown = md;
    r.html = html;
    return r;
}

mr::SectionReport buildSectionReport(const mr::Package &package)
{
    return buildSectionReport(analyzePackage(package));
}

} // namespace mr::results
