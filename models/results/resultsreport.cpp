// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultsreport.h"
#include "models/core/paneids.h"

#include "models/core/jsonutil.h"
#include "models/results/resultschart.h"

#include <QCoreApplication>
#include <cmath>
#include <functional>
#include <memory>
#include <string>

namespace mr::results {

namespace {

constexpr Status kAllStatuses[] = {Status::WithinTolerance,  Status::BetterThanClaimed,
                                   Status::WorseThanClaimed, Status::Differs,
                                   Status::MissingInRerun,   Status::MissingInClaim};

// Rows the HTML, PDF and Markdown tables list at most (the JSON report lists all).
constexpr qsizetype kMaxReportRows = 1000;
// Past this many rows the JSON "metrics" array is streamed (SectionReport::streamed).
constexpr qsizetype kMaxJsonTreeRows = 10000;

bool isFailure(Status s)
{
    return s != Status::WithinTolerance && s != Status::BetterThanClaimed;
}

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

namespace {

nlohmann::json rowJson(const MetricRow &r)
{
    using nlohmann::json;
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
    return m;
}

// Writes the "metrics" array as dump(2) would lay it out at `indent`, one row tree at a time.
void writeRows(const ResultsAnalysis &a, const std::function<void(std::string_view)> &out, int indent)
{
    if (a.rows.isEmpty()) {
        out("[]");
        return;
    }
    const std::string inner = "\n" + std::string(size_t(indent) + 2, ' ');
    std::string chunk = "[";
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const std::string row =
            rowJson(a.rows.at(i)).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
        for (size_t from = 0;;) { // the row's lines, each moved right by the array's indent
            const size_t nl = row.find('\n', from);
            chunk += inner;
            chunk.append(row, from, nl == std::string::npos ? std::string::npos : nl - from);
            if (nl == std::string::npos)
                break;
            from = nl + 1;
        }
        if (i + 1 < a.rows.size())
            chunk += ',';
        if (chunk.size() > (1 << 20)) {
            out(chunk);
            chunk.clear();
        }
    }
    chunk += "\n" + std::string(size_t(indent), ' ') + "]";
    out(chunk);
}

nlohmann::json sectionJson(const ResultsAnalysis &a, const std::string *rowsPlaceholder)
{
    using nlohmann::json;
    json j = json::object();
    j["provided"] = a.sectionProvided;
    j["default_tolerance"] = {{"abs", a.defaults.abs}, {"rel", a.defaults.rel}};
    json metrics = json::array();
    if (rowsPlaceholder)
        metrics = *rowsPlaceholder;
    else
        for (const MetricRow &r : a.rows)
            metrics.push_back(rowJson(r));
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

} // namespace

nlohmann::json toJson(const ResultsAnalysis &a)
{
    return sectionJson(a, nullptr);
}

mr::SectionReport buildSectionReport(const ResultsAnalysis &a)
{
    SectionReport r;
    r.id = sectionKey(PaneId::Results);
    r.title = QStringLiteral("Results");
    if (a.rows.size() > kMaxJsonTreeRows) {
        // Written row by row where the JSON report is written, never held as one tree.
        auto streamed = std::make_shared<SectionReport::Streamed>();
        streamed->placeholder = newStreamedPlaceholder("results.metrics");
        const auto shared = std::make_shared<const ResultsAnalysis>(a); // rows shared, not copied
        streamed->write = [shared](const std::function<void(std::string_view)> &out, int indent) {
            writeRows(*shared, out, indent);
        };
        r.json = sectionJson(a, &streamed->placeholder);
        r.streamed = streamed;
    } else {
        r.json = sectionJson(a, nullptr);
    }
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
    // Past kMaxReportRows the tables list the metrics outside tolerance first, then the others
    // in name order, up to the bound, and say how many are left out: 2 x 125k rows took 60 s
    // and 10 GB, and nobody reads a million rows in a PDF. The JSON report keeps every row.
    QList<const MetricRow *> listed;
    listed.reserve(std::min<qsizetype>(a.rows.size(), kMaxReportRows));
    qsizetype failing = 0;
    for (const MetricRow &row : a.rows)
        failing += isFailure(row.status()) ? 1 : 0;
    const bool bounded = a.rows.size() > kMaxReportRows;
    for (const bool wantFailing : {true, false})
        for (const MetricRow &row : a.rows)
            if (listed.size() < kMaxReportRows && (!bounded || isFailure(row.status()) == wantFailing) &&
                (bounded || wantFailing))
                listed.append(&row);
    for (const MetricRow *rowp : std::as_const(listed)) {
        const MetricRow &row = *rowp;
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
    if (listed.size() < a.rows.size()) {
        const QString note =
            QCoreApplication::translate("mr::Results",
                                        "Showing %1 of %2 metrics (%3 outside tolerance or missing, listed "
                                        "first); the JSON report lists every metric.")
                .arg(listed.size())
                .arg(a.rows.size())
                .arg(failing);
        md += QStringLiteral("\n") + note + QLatin1Char('\n');
        html += QStringLiteral("<p class=\"rows-left-out\">%1</p>\n").arg(note.toHtmlEscaped());
    }
    if (!a.diagnostics.isEmpty()) {
        md += QCoreApplication::translate("mr::Results", "\nProblems in the results input:\n\n");
        html += QCoreApplication::translate(
            "mr::Results", "<p>Problems in the results input:</p>\n<ul class=\"diagnostics\">\n");
        for (qsizetype i = 0; i < std::min(a.diagnostics.size(), kMaxReportRows); ++i) {
            const QString text = a.diagnostics.at(i).toString();
            md += QStringLiteral("- ") + markdownEscape(text) + QLatin1Char('\n');
            html += QStringLiteral("<li>%1</li>\n").arg(text.toHtmlEscaped());
        }
        if (a.diagnostics.size() > kMaxReportRows) {
            const QString more =
                QCoreApplication::translate("mr::Results", "… and %1 more (the JSON report lists every one).")
                    .arg(a.diagnostics.size() - kMaxReportRows);
            md += QStringLiteral("- ") + more + QLatin1Char('\n');
            html += QStringLiteral("<li>%1</li>\n").arg(more.toHtmlEscaped());
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
