// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/datasetreport.h"
#include "models/core/paneids.h"

#include "models/core/jsonutil.h"
#include <QCoreApplication>

namespace mr::dataset {

namespace {

using nlohmann::json;

json splitJson(const QMap<QString, SplitTotals> &perSplit)
{
    json j = json::object();
    for (auto it = perSplit.cbegin(); it != perSplit.cend(); ++it)
        j[ss(it.key())] = {{"files", it->files}, {"bytes", it->bytes}, {"rows", it->rows}};
    return j;
}

json countsJson(const DiffCounts &c)
{
    json j = json::object();
    for (int s = 0; s < kDiffStateCount; ++s)
        j[ss(diffStateName(DiffState(s)))] = c[size_t(s)];
    return j;
}

QString md(const QString &s)
{
    return markdownEscape(s);
}
QString h(const QString &s)
{
    return s.toHtmlEscaped();
}

// A small two-format table builder: Markdown and escaped HTML from the same rows.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    void render(QString &markdown, QString &html) const
    {
        markdown +=
            QStringLiteral("| %1 |\n|%2\n")
                .arg(header.join(QStringLiteral(" | ")), QStringLiteral("---|").repeated(header.size()));
        html += QStringLiteral("<table><tr>");
        for (const QString &c : header)
            html += QStringLiteral("<th>%1</th>").arg(h(c));
        html += QStringLiteral("</tr>");
        for (const QStringList &r : rows) {
            QStringList escaped;
            html += QStringLiteral("<tr>");
            for (const QString &c : r) {
                escaped << md(c);
                html += QStringLiteral("<td>%1</td>").arg(h(c));
            }
            html += QStringLiteral("</tr>");
            markdown += QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
        }
        html += QStringLiteral("</table>\n");
        markdown += QLatin1Char('\n');
    }
};

} // namespace

mr::SectionReport buildSectionReport(const mr::Package &package)
{
    const DatasetData data = loadDataset(package);
    return buildSectionReport(package, data, nullptr);
}

mr::SectionReport buildSectionReport(const mr::Package &package, const DatasetData &data,
                                     const Verification *verification, int listCap)
{
    SectionReport r;
    r.id = sectionKey(PaneId::Dataset);
    r.title = QStringLiteral("Dataset");
    r.findings = datasetFindings(package, data, verification);
    json j = json::object();
    j["provided"] = data.provided;
    j["manifest"] = nullptr;
    j["baseline"] = nullptr;
    j["verification"] = nullptr;
    QString &mdText = r.markdown;
    QString &html = r.html;
    if (!data.provided) {
        r.json = j;
        mdText = QCoreApplication::translate("mr::Dataset", "Dataset not provided.\n");
        html = QCoreApplication::translate("mr::Dataset", "<p>Dataset not provided.</p>\n");
        return r;
    }
    const ManifestLoadResult &ml = data.manifest;
    if (!ml.ok()) {
        j["manifest"] = {{"path", ss(package.dataset.manifest)}, {"error", ss(ml.error.toString())}};
        r.json = j;
        mdText = QCoreApplication::translate("mr::Dataset", "The manifest cannot be read: %1\n")
                     .arg(md(ml.error.toString()));
        html = QCoreApplication::translate("mr::Dataset", "<p>The manifest cannot be read: %1</p>\n")
                   .arg(h(ml.error.toString()));
        return r;
    }
    const Manifest &m = *ml.manifest;
    const ManifestTotals totals = manifestTotals(m);
    json columns = json::array();
    for (const ExtraColumn &c : m.columns())
        columns.push_back(ss(c.name));
    json diags = json::array();
    for (qsizetype i = 0; i < ml.diagnostics.size() && i < listCap; ++i)
        diags.push_back(ss(ml.diagnostics[i].toString()));
    j["manifest"] = {{"path", ss(package.dataset.manifest)},
                     {"format", ss(m.format)},
                     {"entries", totals.files},
                     {"bytes", totals.bytes},
                     {"rows", totals.rows >= 0 ? json(totals.rows) : json(nullptr)},
                     {"with_hash", totals.withHash},
                     {"columns", columns},
                     {"rejected_lines", m.rejectedLines},
                     {"diagnostics", diags},
                     {"diagnostics_total", ml.diagnostics.size() + ml.diagnosticsDropped}};
    j["splits"] = splitJson(totals.perSplit);

    mdText +=
        QCoreApplication::translate("mr::Dataset",
                                    "Manifest %1 (%2): **%3 files**, %4 bytes%5, %6 with a digest.\n\n")
            .arg(md(package.dataset.manifest), md(m.format))
            .arg(totals.files)
            .arg(totals.bytes)
            .arg(totals.rows >= 0 ? QCoreApplication::translate("mr::Dataset", ", %1 rows").arg(totals.rows)
                                  : QString())
            .arg(totals.withHash);
    html +=
        QCoreApplication::translate(
            "mr::Dataset", "<p>Manifest %1 (%2): <b>%3 files</b>, %4 bytes%5, %6 with a digest.</p>\n")
            .arg(h(package.dataset.manifest), h(m.format))
            .arg(totals.files)
            .arg(totals.bytes)
            .arg(totals.rows >= 0 ? QCoreApplication::translate("mr::Dataset", ", %1 rows").arg(totals.rows)
                                  : QString())
            .arg(totals.withHash);
    if (!totals.perSplit.isEmpty()) {
        Table t{{QStringLiteral("split"), QStringLiteral("files"), QStringLiteral("bytes"),
                 QStringLiteral("rows")},
                {}};
        for (auto it = totals.perSplit.cbegin(); it != totals.perSplit.cend(); ++it)
            t.rows.append({it.key().isEmpty() ? QStringLiteral("(none)") : it.key(),
                           QString::number(it->files), QString::number(it->bytes),
                           QString::number(it->rows)});
        t.render(mdText, html);
    }
    if (!ml.diagnostics.isEmpty()) {
        Table t{{QCoreApplication::translate("mr::Dataset", "manifest problem")}, {}};
        for (qsizetype i = 0; i < ml.diagnostics.size() && i < 10; ++i)
            t.rows.append({ml.diagnostics[i].toString()});
        t.render(mdText, html);
    }

    if (data.diff.valid) {
        const Manifest &b = *data.baseline.manifest;
        json changes = json::array();
        Table t{{QStringLiteral("path"), QStringLiteral("state"),
                 QCoreApplication::translate("mr::Dataset", "baseline path")},
                {}};
        qint64 changesTotal = 0;
        auto addChange = [&](const QString &path, DiffState s, const QString &basePath) {
            ++changesTotal;
            if (qsizetype(changes.size()) < listCap) {
                json c = {{"path", ss(path)}, {"state", ss(diffStateName(s))}};
                if (!basePath.isEmpty())
                    c["baseline_path"] = ss(basePath);
                changes.push_back(c);
            }
            if (t.rows.size() < 10)
                t.rows.append({path, humanLabel(diffStateName(s)), basePath});
        };
        for (qsizetype i = 0; i < m.size(); ++i) {
            const DiffState s = data.diff.state(i);
            if (s != DiffState::Unchanged)
                addChange(m.path(i), s,
                          s == DiffState::Renamed ? b.path(data.diff.baselineRow[size_t(i)]) : QString());
        }
        for (const std::int32_t row : data.diff.removed)
            addChange(b.path(row), DiffState::Removed, {});
        json perSplit = json::object();
        for (auto it = data.diff.perSplit.cbegin(); it != data.diff.perSplit.cend(); ++it)
            perSplit[ss(it.key())] = countsJson(it.value());
        j["baseline"] = {{"path", ss(package.dataset.baseline)},
                         {"entries", b.size()},
                         {"totals", countsJson(data.diff.counts)},
                         {"per_split", perSplit},
                         {"changes", changes},
                         {"changes_total", changesTotal}};
        const DiffCounts &c = data.diff.counts;
        const QString line =
            QCoreApplication::translate(
                "mr::Dataset",
                "Against the baseline: %1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.")
                .arg(c[1])
                .arg(c[2])
                .arg(c[3])
                .arg(c[4])
                .arg(c[0]);
        mdText += line + QStringLiteral("\n\n");
        html += QStringLiteral("<p>%1</p>\n").arg(h(line));
        if (!t.rows.isEmpty())
            t.render(mdText, html);
    } else if (data.baselineGiven) {
        j["baseline"] = {{"path", ss(package.dataset.baseline)},
                         {"error", ss(data.baseline.error.toString())}};
    }

    if (verification) {
        const VerifyTotals vt = verification->totals();
        json tj = json::object();
        for (int s = 0; s < kEntryStatusCount; ++s)
            tj[ss(entryStatusName(EntryStatus(s)))] = vt.counts[size_t(s)];
        tj["unlisted"] = vt.unlisted;
        json problems = json::array();
        Table t{{QStringLiteral("path"), QStringLiteral("status"), QStringLiteral("detail")}, {}};
        qint64 problemsTotal = 0;
        const Manifest &vm = verification->manifest();
        for (qsizetype i = 0; i < vm.size(); ++i) {
            const EntryStatus s = verification->status(i);
            if (!isProblem(s))
                continue;
            ++problemsTotal;
            const QString d = verification->detail(i);
            if (qsizetype(problems.size()) < listCap)
                problems.push_back(
                    {{"path", ss(vm.path(i))}, {"status", ss(entryStatusName(s))}, {"detail", ss(d)}});
            if (t.rows.size() < 10)
                t.rows.append({vm.path(i), humanLabel(entryStatusName(s)), d});
        }
        const QList<UnlistedFile> unlisted = verification->unlisted();
        json uj = json::array();
        for (qsizetype i = 0; i < unlisted.size() && i < listCap; ++i)
            uj.push_back({{"path", ss(unlisted[i].path)}, {"size", unlisted[i].size}});
        json aj = json::array();
        for (const ArtifactCheck &a : verification->artifacts())
            aj.push_back({{"path", ss(a.relativePath)},
                          {"status", ss(entryStatusName(a.status))},
                          {"detail", ss(a.detail)}});
        j["verification"] = {{"root", ss(package.dataset.root)},
                             {"root_available", vt.rootAvailable},
                             {"complete", vt.complete},
                             {"totals", tj},
                             {"problems", problems},
                             {"problems_total", problemsTotal},
                             {"unlisted", uj},
                             {"unlisted_total", unlisted.size()},
                             {"artifacts", aj}};
        const auto &c = vt.counts;
        const QString line =
            vt.rootAvailable
                ? QCoreApplication::translate(
                      "mr::Dataset",
                      "Verification%1: %2 ok, %3 mismatch, %4 missing, %5 unreadable, %6 without "
                      "digest, %7 unlisted.")
                      .arg(vt.complete ? QString() : QStringLiteral(" (incomplete)"))
                      .arg(c[int(EntryStatus::Ok)])
                      .arg(c[int(EntryStatus::Mismatch)])
                      .arg(c[int(EntryStatus::Missing)])
                      .arg(c[int(EntryStatus::Unreadable)])
                      .arg(c[int(EntryStatus::NoHash)])
                      .arg(vt.unlisted)
                : QCoreApplication::translate(
                      "mr::Dataset", "The data root is not available: the entries were not verified.");
        mdText += line + QStringLiteral("\n\n");
        html += QStringLiteral("<p>%1</p>\n").arg(h(line));
        if (!t.rows.isEmpty())
            t.render(mdText, html);
        if (!unlisted.isEmpty()) {
            Table u{{QCoreApplication::translate("mr::Dataset", "unlisted file"), QStringLiteral("size")},
                    {}};
            for (qsizetype i = 0; i < unlisted.size() && i < 10; ++i)
                u.rows.append({unlisted[i].path, QString::number(unlisted[i].size)});
            u.render(mdText, html);
        }
        if (!aj.empty()) {
            Table a{{QStringLiteral("artifact"), QStringLiteral("status"), QStringLiteral("detail")}, {}};
            for (const ArtifactCheck &ac : verification->artifacts())
                a.rows.append({ac.relativePath, humanLabel(entryStatusName(ac.status)), ac.detail});
            a.render(mdText, html);
        }
    }
    r.json = j;
    return r;
}

} // namespace mr::dataset
