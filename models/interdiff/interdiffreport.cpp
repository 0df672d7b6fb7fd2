// SPDX-License-Identifier: Apache-2.0
#include "models/interdiff/interdiffreport.h"
#include <QCoreApplication>

namespace mr::interdiff {

namespace {

std::string s(const QString &t)
{
    return t.toStdString();
}

nlohmann::ordered_json nullable(const QString &t)
{
    return t.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s(t));
}

nlohmann::ordered_json beforeNow(const QString &b, const QString &n)
{
    return {{"before", nullable(b)}, {"now", nullable(n)}};
}

QString md(const QString &t)
{
    return markdownEscape(t);
}

QString h(const QString &t)
{
    return t.toHtmlEscaped();
}

QString orDash(const QString &t)
{
    return t.isEmpty() ? QStringLiteral("—") : t;
}

// One table in both Markdown and HTML; every cell is package text, escaped here.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    int total = 0;

    void add(const QStringList &row) { rows << row; }
    QString markdown(int cap) const
    {
        QString m =
            QStringLiteral("| %1 |\n|%2\n")
                .arg(header.join(QStringLiteral(" | ")), QStringLiteral("---|").repeated(header.size()));
        for (int i = 0; i < rows.size() && i < cap; ++i) {
            QStringList cells;
            for (const QString &c : rows.at(i))
                cells << md(orDash(c)).replace(QLatin1Char('\n'), QLatin1Char(' '));
            m += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
        if (rows.size() > cap)
            m += QCoreApplication::translate("mr::Interdiff", "\n… and %1 more.\n").arg(rows.size() - cap);
        return m + QLatin1Char('\n');
    }
    QString html(int cap) const
    {
        QString t = QStringLiteral("<table><tr>");
        for (const QString &c : header)
            t += QStringLiteral("<th>%1</th>").arg(h(c));
        t += QStringLiteral("</tr>\n");
        for (int i = 0; i < rows.size() && i < cap; ++i) {
            t += QStringLiteral("<tr>");
            for (const QString &c : rows.at(i))
                t += QStringLiteral("<td>%1</td>").arg(h(orDash(c)));
            t += QStringLiteral("</tr>\n");
        }
        t += QStringLiteral("</table>\n");
        if (rows.size() > cap)
            t += QStringLiteral("<p>… and %1 more.</p>\n").arg(rows.size() - cap);
        return t;
    }
};

QString notCompared(bool before, bool now, const QString &error)
{
    if (!error.isEmpty())
        return QCoreApplication::translate("mr::Interdiff", "Not compared: %1").arg(error);
    if (!before && !now)
        return QCoreApplication::translate("mr::Interdiff", "Neither version provides this section.");
    return now ? QCoreApplication::translate("mr::Interdiff",
                                             "The previous version did not provide this section.")
               : QCoreApplication::translate("mr::Interdiff",
                                             "This version no longer provides this section.");
}

} // namespace

nlohmann::ordered_json interdiffJson(const Interdiff &x, int listCap)
{
    nlohmann::ordered_json j;
    j["previous"] = {{"name", s(x.previousName)}, {"version", s(x.previousVersion)}};
    j["package"] = nlohmann::ordered_json::array();
    for (const FieldChange &f : x.package)
        j["package"].push_back(
            {{"field", s(f.field)}, {"before", nullable(f.before)}, {"now", nullable(f.now)}});

    const CodeInterdiff &c = x.code;
    nlohmann::ordered_json code{{"compared", c.compared}, {"error", nullable(c.error)}};
    code["previous_head"] = nullable(c.oldHead);
    code["head"] = nullable(c.newHead);
    code["previous_base"] = nullable(c.oldBase);
    code["base"] = nullable(c.newBase);
    code["base_changed"] = c.baseChanged;
    code["files"] = nlohmann::ordered_json::array();
    for (int i = 0; i < c.files.size() && i < listCap; ++i) {
        const CodeFileChange &f = c.files.at(i);
        code["files"].push_back({{"path", s(f.path)},
                                 {"previous_path", s(f.oldPath)},
                                 {"state", s(itemStateName(f.state))},
                                 {"additions", f.additions},
                                 {"deletions", f.deletions},
                                 {"binary", f.binary}});
    }
    code["files_total"] = c.files.size();
    code["additions"] = c.additions();
    code["deletions"] = c.deletions();
    j["code"] = code;

    const DatasetInterdiff &d = x.dataset;
    nlohmann::ordered_json data{{"compared", d.compared}, {"error", nullable(d.error)}};
    data["totals"] = {{"added", d.added},
                      {"removed", d.removed},
                      {"modified", d.modified},
                      {"renamed", d.renamed},
                      {"unchanged", d.unchanged}};
    data["changes"] = nlohmann::ordered_json::array();
    for (int i = 0; i < d.changes.size() && i < listCap; ++i) {
        const DatasetChange &e = d.changes.at(i);
        data["changes"].push_back({{"path", s(e.path)},
                                   {"previous_path", nullable(e.oldPath)},
                                   {"state", s(itemStateName(e.state))}});
    }
    data["changes_total"] = d.changes.size();
    j["dataset"] = data;

    nlohmann::ordered_json envs{{"compared", x.environments.compared}};
    envs["environments"] = nlohmann::ordered_json::array();
    for (const EnvironmentChange &e : x.environments.environments) {
        nlohmann::ordered_json item{{"name", s(e.name)}, {"state", s(itemStateName(e.state))}};
        item["rows"] = nlohmann::ordered_json::array();
        for (int i = 0; i < e.rows.size() && i < listCap; ++i) {
            const EnvironmentRowChange &r = e.rows.at(i);
            item["rows"].push_back({{"key", s(r.key)},
                                    {"label", s(r.label)},
                                    {"before", nullable(r.before)},
                                    {"now", nullable(r.now)},
                                    {"state", s(itemStateName(r.state))}});
        }
        envs["environments"].push_back(item);
    }
    j["environments"] = envs;

    nlohmann::ordered_json results{{"compared", x.results.compared}};
    results["metrics"] = nlohmann::ordered_json::array();
    for (const MetricChange &m : x.results.metrics)
        results["metrics"].push_back({{"name", s(m.name)},
                                      {"state", s(itemStateName(m.state))},
                                      {"claimed", beforeNow(m.claimedBefore, m.claimedNow)},
                                      {"rerun", beforeNow(m.rerunBefore, m.rerunNow)},
                                      {"status", beforeNow(m.statusBefore, m.statusNow)}});
    j["results"] = results;
    return j;
}

SectionReport interdiffSection(const Interdiff &x, int listCap)
{
    SectionReport r;
    r.id = QStringLiteral("interdiff");
    r.title = QCoreApplication::translate("mr::Interdiff", "Since the previous review");
    r.json = nlohmann::json::parse(interdiffJson(x, listCap).dump());
    QString m, html;
    auto para = [&](const QString &text) {
        m += md(text) + QStringLiteral("\n\n");
        html += QStringLiteral("<p>%1</p>\n").arg(h(text));
    };
    auto heading = [&](const QString &text) {
        m += QStringLiteral("#### %1\n\n").arg(md(text));
        html += QStringLiteral("<h4>%1</h4>\n").arg(h(text));
    };
    auto table = [&](const Table &t) {
        m += t.markdown(listCap);
        html += t.html(listCap);
    };
    para(QCoreApplication::translate("mr::Interdiff", "Compared with %1 %2.")
             .arg(x.previousName, x.previousVersion));

    heading(QStringLiteral("Package"));
    if (x.package.isEmpty()) {
        para(QCoreApplication::translate("mr::Interdiff", "No difference in model-package.json."));
    } else {
        Table t{{QStringLiteral("Field"), QStringLiteral("Before"), QStringLiteral("Now")}, {}, 0};
        for (const FieldChange &f : x.package)
            t.add({f.field, f.before, f.now});
        table(t);
    }

    heading(QStringLiteral("Code"));
    const CodeInterdiff &c = x.code;
    if (!c.compared) {
        para(notCompared(c.presentBefore, c.presentNow, c.error));
    } else {
        para(QCoreApplication::translate("mr::Interdiff", "Head %1 → %2: %3 file(s) changed, +%4 −%5. %6")
                 .arg(c.oldHead.left(12), c.newHead.left(12))
                 .arg(c.files.size())
                 .arg(c.additions())
                 .arg(c.deletions())
                 .arg(c.baseChanged
                          ? QCoreApplication::translate("mr::Interdiff", "The base changed (%1 → %2).")
                                .arg(c.oldBase.left(12), c.newBase.left(12))
                          : QCoreApplication::translate("mr::Interdiff", "The base is unchanged.")));
        if (!c.files.isEmpty()) {
            Table t{
                {QStringLiteral("File"), QStringLiteral("Change"), QStringLiteral("+"), QStringLiteral("−")},
                {},
                0};
            for (const CodeFileChange &f : c.files)
                t.add({f.state == ItemState::Renamed ? QStringLiteral("%1 → %2").arg(f.oldPath, f.path)
                                                     : f.path,
                       itemStateName(f.state),
                       f.binary ? QStringLiteral("binary") : QString::number(f.additions),
                       f.binary ? QString() : QString::number(f.deletions)});
            table(t);
        }
    }

    heading(QStringLiteral("Dataset"));
    const DatasetInterdiff &d = x.dataset;
    if (!d.compared) {
        para(notCompared(d.presentBefore, d.presentNow, d.error));
    } else {
        para(QCoreApplication::translate("mr::Interdiff",
                                         "%1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.")
                 .arg(d.added)
                 .arg(d.removed)
                 .arg(d.modified)
                 .arg(d.renamed)
                 .arg(d.unchanged));
        if (!d.changes.isEmpty()) {
            Table t{{QStringLiteral("Entry"), QStringLiteral("Change"),
                     QCoreApplication::translate("mr::Interdiff", "Previous path")},
                    {},
                    0};
            for (const DatasetChange &e : d.changes)
                t.add(
                    {e.path, itemStateName(e.state), e.state == ItemState::Renamed ? e.oldPath : QString()});
            table(t);
        }
    }

    heading(QStringLiteral("Environments"));
    const EnvironmentsInterdiff &e = x.environments;
    if (!e.compared) {
        para(notCompared(e.presentBefore, e.presentNow, {}));
    } else if (e.environments.isEmpty()) {
        para(QCoreApplication::translate("mr::Interdiff", "No difference."));
    } else {
        Table t{{QStringLiteral("Environment"), QStringLiteral("Row"), QStringLiteral("Before"),
                 QStringLiteral("Now")},
                {},
                0};
        for (const EnvironmentChange &env : e.environments) {
            if (env.state != ItemState::Modified)
                t.add({env.name,
                       QCoreApplication::translate("mr::Interdiff", "(environment %1)")
                           .arg(itemStateName(env.state)),
                       {},
                       {}});
            for (const EnvironmentRowChange &row : env.rows)
                t.add({env.name, row.label, row.before, row.now});
        }
        table(t);
    }

    heading(QStringLiteral("Results"));
    const ResultsInterdiff &res = x.results;
    if (!res.compared) {
        para(notCompared(res.presentBefore, res.presentNow, {}));
    } else if (res.metrics.isEmpty()) {
        para(QCoreApplication::translate("mr::Interdiff", "No difference."));
    } else {
        Table t{{QStringLiteral("Metric"), QStringLiteral("Claimed"), QStringLiteral("Rerun"),
                 QStringLiteral("Status")},
                {},
                0};
        auto arrow = [](const QString &b, const QString &n) {
            return b == n ? b : QStringLiteral("%1 → %2").arg(orDash(b), orDash(n));
        };
        for (const MetricChange &mc : res.metrics)
            t.add({mc.name, arrow(mc.claimedBefore, mc.claimedNow), arrow(mc.rerunBefore, mc.rerunNow),
                   arrow(mc.statusBefore, mc.statusNow)});
        table(t);
    }
    r.markdown = m;
    r.html = html;
    return r;
}

} // namespace mr::interdiff
