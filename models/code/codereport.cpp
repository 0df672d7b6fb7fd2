// SPDX-License-Identifier: Apache-2.0
#include "models/code/codereport.h"
#include "models/code/codediff.h"
#include "models/core/paneids.h"

#include <QCoreApplication>
#include <QThread>

namespace mr::code {

namespace {

QString cell(const FileDiff &f, int value)
{
    return f.binary ? QStringLiteral("binary") : QString::number(value);
}

QString statusLabel(const FileDiff &f)
{
    QString s = humanLabel(statusName(f.status));
    if (f.status == FileStatus::Renamed || f.status == FileStatus::Copied)
        s += QStringLiteral(" (%1%)").arg(f.similarity);
    return s;
}

} // namespace

SectionReport sectionReportFrom(const FileList &list)
{
    SectionReport r;
    r.id = sectionKey(PaneId::Code);
    r.title = QStringLiteral("Code");
    r.findings = list.findings;
    r.findings += countFindings(list.files);
    nlohmann::json j;
    j["repository"] = list.repositoryPath.toStdString();
    j["base"] = {{"spec", list.base.toStdString()}, {"sha", list.baseSha.toStdString()}};
    j["head"] = {{"spec", list.head.toStdString()}, {"sha", list.headSha.toStdString()}};
    if (!list.ok())
        j["error"] = list.error.toStdString();
    nlohmann::json files = nlohmann::json::array();
    for (const FileDiff &f : list.files) {
        nlohmann::json o{{"path", f.path.toStdString()},
                         {"old_path", f.oldPath.toStdString()},
                         {"status", statusName(f.status).toStdString()},
                         {"additions", f.additions},
                         {"deletions", f.deletions},
                         {"binary", f.binary}};
        if (f.status == FileStatus::Renamed || f.status == FileStatus::Copied)
            o["similarity"] = f.similarity;
        files.push_back(std::move(o));
    }
    j["files"] = std::move(files);
    const Totals t = totalsOf(list.files);
    j["totals"] = {
        {"files", t.files}, {"additions", t.additions}, {"deletions", t.deletions}, {"binary", t.binary}};
    nlohmann::json notes = nlohmann::json::array();
    for (const QString &n : list.notes)
        notes.push_back(n.toStdString());
    j["notes"] = std::move(notes);
    r.json = std::move(j);

    QString md, html;
    const QString range = QStringLiteral("%1 (%2) → %3 (%4)")
                              .arg(list.base, list.baseSha.left(12), list.head, list.headSha.left(12));
    md += QCoreApplication::translate("mr::Code", "Revisions: %1\n\n").arg(markdownEscape(range));
    html += QStringLiteral("<p>Revisions: %1</p>\n").arg(range.toHtmlEscaped());
    if (!list.ok()) {
        md += QCoreApplication::translate("mr::Code", "**Failed:** %1\n").arg(markdownEscape(list.error));
        html += QCoreApplication::translate("mr::Code", "<p><strong>Failed:</strong> %1</p>\n")
                    .arg(list.error.toHtmlEscaped());
        r.markdown = md;
        r.html = html;
        return r;
    }
    for (const QString &n : list.notes) {
        md += QStringLiteral("> %1\n\n").arg(markdownEscape(n));
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(n.toHtmlEscaped());
    }
    md +=
        QCoreApplication::translate("mr::Code", "| Status | File | Added | Removed |\n|---|---|---:|---:|\n");
    html += QCoreApplication::translate(
        "mr::Code", "<table class=\"code-files\">\n<thead><tr><th>Status</th><th>File</th><th>Added</th>"
                    "<th>Removed</th></tr></thead>\n<tbody>\n");
    for (const FileDiff &f : list.files) {
        const QString name = f.oldPath != f.path && !f.oldPath.isEmpty() && f.status != FileStatus::Deleted
                                 ? QStringLiteral("%1 → %2").arg(f.oldPath, f.path)
                                 : f.path;
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(statusLabel(f), markdownEscape(name), cell(f, f.additions), cell(f, f.deletions));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(statusLabel(f).toHtmlEscaped(), name.toHtmlEscaped(), cell(f, f.additions),
                         cell(f, f.deletions));
    }
    const QString totals =
        QCoreApplication::translate("mr::Code", "%1 file(s) changed, %2 line(s) added, %3 removed, %4 binary")
            .arg(t.files)
            .arg(t.additions)
            .arg(t.deletions)
            .arg(t.binary);
    md += QStringLiteral("| | **Total: %1** | %2 | %3 |\n\n%4\n")
              .arg(t.files)
              .arg(t.additions)
              .arg(t.deletions)
              .arg(totals);
    html += QCoreApplication::translate(
                "mr::Code",
                "</tbody>\n<tfoot><tr><td></td><td>Total: %1</td><td>%2</td><td>%3</td></tr></tfoot>\n"
                "</table>\n<p>%4</p>\n")
                .arg(t.files)
                .arg(t.additions)
                .arg(t.deletions)
                .arg(totals);
    r.markdown = md;
    r.html = html;
    return r;
}

SectionReport buildSectionReport(const Package &package)
{
    FileList list = fileList(package);
    if (list.ok())
        list.files =
            lineCounts(list.repositoryPath, list.files, {}, qBound(1, QThread::idealThreadCount(), 4));
    SectionReport r = sectionReportFrom(list);
    r.json["provided"] = package.code.provided;
    return r;
}

} // namespace mr::code
