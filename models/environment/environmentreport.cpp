// SPDX-License-Identifier: Apache-2.0
#include "models/environment/environmentreport.h"
#include "models/core/jsonutil.h"
#include "models/core/paneids.h"
#include "models/environment/readers.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mr::environment {

const Environment *LoadedEnvironments::find(const QString &name) const
{
    for (const Environment &e : environments)
        if (e.name == name)
            return &e;
    return nullptr;
}

Comparison LoadedEnvironments::defaultComparison() const
{
    const Environment *dev = find(development), *ref = find(reference);
    if (!dev || !ref || dev->failed || ref->failed) {
        Comparison c;
        c.development = development;
        c.reference = reference;
        return c;
    }
    return compareEnvironments(*dev, *ref);
}

namespace {

template<typename Progress>
LoadedEnvironments load(const Package &package, const std::atomic_bool *cancel, Progress progress)
{
    LoadedEnvironments loaded;
    loaded.development = package.environments.development;
    loaded.reference = package.environments.reference;
    ReadOptions options;
    options.root = package.rootPath;
    int step = 0;
    for (const NamedFile &file : package.environments.files) {
        if (cancel && cancel->load())
            return loaded;
        Environment env;
        if (file.path.isEmpty()) {
            env.name = file.name;
            env.file = file.relativePath;
            env.failed = true;
            env.diagnostics.append(
                {package.displayPath(file.relativePath), 0, 0, file.name,
                 QCoreApplication::translate("mr::Environment", "the path is not inside the package")});
        } else {
            env = readEnvironmentFile(file.path, file.name, options);
        }
        loaded.environments.append(env);
        progress(++step);
    }
    if (package.code.provided && !package.code.repositoryPath.isEmpty() && !package.code.head.isEmpty())
        loaded.imports = scanRepositoryImports(package.code.repositoryPath, package.code.head, cancel);
    else
        loaded.imports.error =
            QCoreApplication::translate("mr::Environment", "the package has no code section");
    progress(++step);
    return loaded;
}

QString cell(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

} // namespace

LoadedEnvironments loadEnvironments(const Package &package, const std::atomic_bool *cancel)
{
    return load(package, cancel, [](int) {});
}

void loadEnvironmentsTask(QPromise<LoadedEnvironments> &promise, const PackagePtr &package)
{
    if (!package) {
        promise.addResult(LoadedEnvironments{});
        return;
    }
    promise.setProgressRange(0, int(package->environments.files.size()) + 1);
    std::atomic_bool cancel = false;
    LoadedEnvironments loaded = load(*package, &cancel, [&](int step) {
        promise.setProgressValue(step);
        if (promise.isCanceled())
            cancel = true;
    });
    if (!promise.isCanceled())
        promise.addResult(std::move(loaded));
}

nlohmann::json comparisonJson(const LoadedEnvironments &loaded, const Comparison &comparison)
{
    using nlohmann::json;
    json j = json::object();
    j["development"] = ss(comparison.development);
    j["reference"] = ss(comparison.reference);
    j["pair"] = ss(comparison.pair());
    json envs = json::array();
    for (const Environment &e : loaded.environments) {
        json o = {{"name", ss(e.name)},
                  {"file", ss(e.file)},
                  {"format", ss(e.format)},
                  {"packages", e.packages.size()},
                  {"failed", e.failed}};
        json diags = json::array();
        for (const Diagnostic &d : e.diagnostics)
            diags.push_back(ss(d.toString()));
        o["diagnostics"] = diags;
        envs.push_back(o);
    }
    j["environments"] = envs;
    json rows = json::array();
    json changes = json::object(), levels = json::object();
    for (int i = 0; i < kChangeCount; ++i)
        changes[ss(changeName(Change(i)))] = comparison.count(Change(i));
    for (int i = 0; i < kLevelCount; ++i)
        levels[ss(levelName(Level(i)))] = comparison.count(Level(i));
    for (const ComparisonRow &r : comparison.rows) {
        json o = {{"name", ss(r.key)},
                  {"label", ss(r.label)},
                  {"kind", r.kind == ComparisonRow::Kind::Platform ? "platform" : "package"},
                  {"development", r.development.isEmpty() ? json(nullptr) : json(ss(r.development))},
                  {"reference", r.reference.isEmpty() ? json(nullptr) : json(ss(r.reference))},
                  {"change", ss(changeName(r.change))},
                  {"level", ss(levelName(r.level))}};
        if (r.calver)
            o["calver"] = true;
        if (r.textCompared)
            o["compared_as_text"] = true;
        if (!r.developmentSource.isEmpty() && r.developmentSource != QLatin1String("registry"))
            o["development_source"] = ss(r.developmentSource);
        if (!r.referenceSource.isEmpty() && r.referenceSource != QLatin1String("registry"))
            o["reference_source"] = ss(r.referenceSource);
        rows.push_back(o);
    }
    j["rows"] = rows;
    j["totals"] = {{"change", changes}, {"level", levels}};
    json imports = {{"scanned", loaded.imports.ok}};
    if (!loaded.imports.revision.isEmpty())
        imports["revision"] = ss(loaded.imports.revision);
    if (!loaded.imports.ok && !loaded.imports.error.isEmpty())
        imports["error"] = ss(loaded.imports.error);
    json modules = json::array();
    for (const ImportUse &u : loaded.imports.imports)
        modules.push_back(ss(u.module));
    imports["modules"] = modules;
    j["imports"] = imports;
    return j;
}

SectionReport buildSectionReport(const Package &package)
{
    SectionReport report;
    report.id = sectionKey(PaneId::Environment);
    report.title = QStringLiteral("Environments");
    if (!package.environments.provided) {
        report.json = {{"provided", false}};
        report.markdown =
            QCoreApplication::translate("mr::Environment", "No environments in this package.\n");
        report.html =
            QCoreApplication::translate("mr::Environment", "<p>No environments in this package.</p>\n");
        return report;
    }
    const LoadedEnvironments loaded = loadEnvironments(package);
    return sectionReportFrom(loaded, loaded.defaultComparison());
}

SectionReport sectionReportFrom(const LoadedEnvironments &loaded, const Comparison &comparison)
{
    SectionReport report;
    report.id = sectionKey(PaneId::Environment);
    report.title = QStringLiteral("Environments");
    report.json = comparisonJson(loaded, comparison);
    report.json["provided"] = true;
    report.findings = environmentFindings(loaded, comparison);

    QString md, html;
    const QString pairText = QCoreApplication::translate("mr::Environment", "%1 against %2")
                                 .arg(comparison.development, comparison.reference);
    md += QCoreApplication::translate("mr::Environment", "Comparing %1.\n\n").arg(markdownEscape(pairText));
    html += QStringLiteral("<p>Comparing %1.</p>\n").arg(pairText.toHtmlEscaped());
    QList<const ComparisonRow *> changed;
    for (const ComparisonRow &r : comparison.rows)
        if (r.changed())
            changed.append(&r);
    if (comparison.rows.isEmpty()) {
        md += QCoreApplication::translate(
            "mr::Environment", "No comparison: an environment of the pair is missing or unreadable.\n\n");
        html += QCoreApplication::translate(
            "mr::Environment",
            "<p>No comparison: an environment of the pair is missing or unreadable.</p>\n");
    } else if (changed.isEmpty()) {
        md += QCoreApplication::translate("mr::Environment", "No differences in %1 rows.\n\n")
                  .arg(comparison.rows.size());
        html += QCoreApplication::translate("mr::Environment", "<p>No differences in %1 rows.</p>\n")
                    .arg(comparison.rows.size());
    } else {
        md += QCoreApplication::translate("mr::Environment",
                                          "| Item | %1 | %2 | Change | Level |\n|---|---|---|---|---|\n")
                  .arg(markdownEscape(comparison.development), markdownEscape(comparison.reference));
        html += QStringLiteral("<table>\n<thead><tr><th>Item</th><th>%1</th><th>%2</th><th>Change</"
                               "th><th>Level</th></tr></thead>\n<tbody>\n")
                    .arg(comparison.development.toHtmlEscaped(), comparison.reference.toHtmlEscaped());
        for (const ComparisonRow *r : std::as_const(changed)) {
            const QString change = humanLabel(changeName(r->change)), level = humanLabel(levelName(r->level));
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(markdownEscape(r->label), markdownEscape(cell(r->development)),
                           markdownEscape(cell(r->reference)), markdownEscape(change), level);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                        .arg(r->label.toHtmlEscaped(), cell(r->development).toHtmlEscaped(),
                             cell(r->reference).toHtmlEscaped(), change, level);
        }
        md += QLatin1Char('\n');
        html += QStringLiteral("</tbody>\n</table>\n");
    }
    QStringList changeTotals, levelTotals;
    for (int i = 0; i < kChangeCount; ++i)
        changeTotals.append(
            QStringLiteral("%1 %2").arg(humanLabel(changeName(Change(i)))).arg(comparison.count(Change(i))));
    for (int i = 0; i < kLevelCount; ++i)
        levelTotals.append(
            QStringLiteral("%1 %2").arg(humanLabel(levelName(Level(i)))).arg(comparison.count(Level(i))));
    md += QCoreApplication::translate("mr::Environment", "Totals by change: %1.\n\nTotals by level: %2.\n")
              .arg(markdownEscape(changeTotals.join(QStringLiteral(", "))),
                   levelTotals.join(QStringLiteral(", ")));
    html += QCoreApplication::translate("mr::Environment",
                                        "<p>Totals by change: %1.</p>\n<p>Totals by level: %2.</p>\n")
                .arg(changeTotals.join(QStringLiteral(", ")).toHtmlEscaped(),
                     levelTotals.join(QStringLiteral(", ")));
    report.markdown = md;
    report.html = html;
    return report;
}

} // namespace mr::environment
