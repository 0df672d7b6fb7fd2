// SPDX-License-Identifier: Apache-2.0
// The dataset, environments, results and metadata parts of the interdiff.
#include "models/core/jsonutil.h"
#include "models/dataset/datasetfindings.h"
#include "models/dataset/manifestreader.h"
#include "models/environment/comparison.h"
#include "models/environment/readers.h"
#include "models/interdiff/interdiff.h"
#include "models/results/resultsanalysis.h"

#include <algorithm>
#include <set>

namespace mr::interdiff {

QString itemStateName(ItemState s)
{
    switch (s) {
    case ItemState::Added: return QStringLiteral("added");
    case ItemState::Removed: return QStringLiteral("removed");
    case ItemState::Modified: return QStringLiteral("modified");
    case ItemState::Renamed: return QStringLiteral("renamed");
    }
    return {};
}

namespace {

std::shared_ptr<const dataset::Manifest> readManifest(const Package &package, QString *error)
{
    dataset::ReadOptions options;
    options.searchRoot = package.rootPath;
    const dataset::ManifestLoadResult r =
        dataset::loadManifestSync(package.dataset.manifestPath,
                                  dataset::datasetDisplayName(package, package.dataset.manifest), options);
    if (!r.ok()) {
        *error = r.error.toString();
        return {};
    }
    return r.manifest;
}

// Row key -> value of one environment, as the comparison shows a side (platform facts and
// packages; a package's value is its version or specifier, with its source when not a registry).
QHash<QString, QString> rowValues(const environment::Environment &env, QHash<QString, QString> *labels)
{
    QHash<QString, QString> out;
    const environment::Comparison self = environment::compareEnvironments(env, env);
    for (const environment::ComparisonRow &r : self.rows) {
        QString value = r.development;
        if (!r.developmentSource.isEmpty() && r.developmentSource != QLatin1String("registry"))
            value += QStringLiteral(" (%1%2)").arg(
                r.developmentSource,
                r.developmentUrl.isEmpty() ? QString() : QStringLiteral(" ") + r.developmentUrl);
        out.insert(r.key, value);
        labels->insert(r.key, r.label);
    }
    return out;
}

EnvironmentValues readEnvironments(const Package &package, QHash<QString, QString> *labels,
                                   QStringList *order)
{
    EnvironmentValues out;
    if (!package.environments.usable())
        return out;
    environment::ReadOptions options;
    options.root = package.rootPath;
    for (const NamedFile &f : package.environments.files) {
        const environment::Environment env = environment::readEnvironmentFile(f.path, f.name, options);
        out.insert(f.name, env.failed ? QHash<QString, QString>() : rowValues(env, labels));
        *order << f.name;
    }
    return out;
}

QString valueText(const nlohmann::json &j)
{
    if (j.is_null())
        return {};
    if (j.is_string())
        return qs(j.get<std::string>());
    return qs(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void compareFields(const QString &prefix, const nlohmann::json &before, const nlohmann::json &now,
                   QList<FieldChange> *out)
{
    std::set<std::string> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        keys.insert(it.key());
    for (auto it = now.begin(); it != now.end(); ++it)
        keys.insert(it.key());
    for (const std::string &key : keys) {
        const nlohmann::json b = before.contains(key) ? before.at(key) : nlohmann::json();
        const nlohmann::json n = now.contains(key) ? now.at(key) : nlohmann::json();
        if (b == n)
            continue;
        const QString field = prefix.isEmpty() ? qs(key) : prefix + QLatin1Char('.') + qs(key);
        if (prefix.isEmpty() && b.is_object() && n.is_object())
            compareFields(field, b, n, out); // one level down: "code.head", "dataset.manifest"
        else
            out->append(FieldChange{field, valueText(b), valueText(n)});
    }
}

} // namespace

DatasetInterdiff datasetInterdiff(const Package &before, const Package &now)
{
    DatasetInterdiff out;
    out.presentBefore = before.dataset.usable() && !before.dataset.manifestPath.isEmpty();
    out.presentNow = now.dataset.usable() && !now.dataset.manifestPath.isEmpty();
    if (!out.presentBefore || !out.presentNow)
        return out;
    QString error;
    out.before = readManifest(before, &error);
    if (out.before)
        out.now = readManifest(now, &error);
    if (!out.before || !out.now) {
        out.error = error;
        out.before.reset();
        out.now.reset();
        return out;
    }
    auto diff = std::make_shared<dataset::BaselineDiff>(dataset::diffManifests(*out.now, *out.before));
    for (qsizetype row = 0; row < out.now->size(); ++row) {
        const dataset::DiffState s = diff->state(row);
        if (s == dataset::DiffState::Unchanged) {
            ++out.unchanged;
            continue;
        }
        DatasetChange c;
        c.path = out.now->path(row);
        const std::int32_t baseRow = diff->baselineRow[size_t(row)];
        c.oldPath = baseRow >= 0 ? out.before->path(baseRow) : QString();
        c.state = s == dataset::DiffState::Added      ? ItemState::Added
                  : s == dataset::DiffState::Renamed  ? ItemState::Renamed
                  : s == dataset::DiffState::Modified ? ItemState::Modified
                                                      : ItemState::Removed;
        (c.state == ItemState::Added     ? out.added
         : c.state == ItemState::Renamed ? out.renamed
                                         : out.modified)++;
        out.changes << c;
    }
    for (const std::int32_t row : diff->removed) {
        const QString path = out.before->path(row);
        out.changes << DatasetChange{path, path, ItemState::Removed};
        ++out.removed;
    }
    out.diff = diff;
    out.compared = true;
    return out;
}

EnvironmentsInterdiff environmentsInterdiff(const Package &before, const Package &now)
{
    EnvironmentsInterdiff out;
    out.presentBefore = before.environments.usable();
    out.presentNow = now.environments.usable();
    out.nowDevelopment = now.environments.development;
    out.nowReference = now.environments.reference;
    QHash<QString, QString> labels;
    QStringList beforeOrder, nowOrder;
    out.before = readEnvironments(before, &labels, &beforeOrder);
    out.now = readEnvironments(now, &labels, &nowOrder);
    if (!out.presentBefore || !out.presentNow)
        return out;
    for (const QString &name : std::as_const(nowOrder)) {
        if (!out.before.contains(name)) {
            out.environments << EnvironmentChange{name, ItemState::Added, {}};
            continue;
        }
        const QHash<QString, QString> &b = out.before[name];
        const QHash<QString, QString> &n = out.now[name];
        QStringList keys = b.keys() + n.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &x, const QString &y) {
            const bool px = x.startsWith(QLatin1String("platform:")),
                       py = y.startsWith(QLatin1String("platform:"));
            return px != py ? px : x < y; // platform rows first, like the comparison
        });
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        EnvironmentChange change{name, ItemState::Modified, {}};
        for (const QString &key : std::as_const(keys)) {
            const bool inBefore = b.contains(key), inNow = n.contains(key);
            if (inBefore && inNow && b.value(key) == n.value(key))
                continue;
            change.rows << EnvironmentRowChange{key, labels.value(key, key), b.value(key), n.value(key),
                                                !inBefore ? ItemState::Added
                                                : !inNow  ? ItemState::Removed
                                                          : ItemState::Modified};
        }
        if (!change.rows.isEmpty())
            out.environments << change;
    }
    for (const QString &name : std::as_const(beforeOrder)) {
        if (!out.now.contains(name))
            out.environments << EnvironmentChange{name, ItemState::Removed, {}};
    }
    out.compared = true;
    return out;
}

ResultsInterdiff resultsInterdiff(const Package &before, const Package &now)
{
    ResultsInterdiff out;
    out.presentBefore = before.results.usable();
    out.presentNow = now.results.usable();
    if (!out.presentNow)
        return out;
    const results::ResultsAnalysis n = results::analyzePackage(now);
    for (const results::MetricRow &r : n.rows)
        out.namesNow.insert(r.name);
    if (!out.presentBefore)
        return out;
    const results::ResultsAnalysis b = results::analyzePackage(before);
    auto fill = [](MetricChange &c, const results::MetricRow *r, bool isBefore) {
        if (!r)
            return;
        (isBefore ? c.claimedBefore : c.claimedNow) = r->claimed.display();
        (isBefore ? c.rerunBefore : c.rerunNow) = r->rerun.display();
        (isBefore ? c.statusBefore : c.statusNow) = results::statusName(r->status());
    };
    QStringList names;
    for (const results::MetricRow &r : b.rows)
        names << r.name;
    for (const results::MetricRow &r : n.rows)
        names << r.name;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const QString &name : std::as_const(names)) {
        const results::MetricRow *rb = b.find(name), *rn = n.find(name);
        MetricChange c;
        c.name = name;
        fill(c, rb, true);
        fill(c, rn, false);
        c.state = !rb ? ItemState::Added : !rn ? ItemState::Removed : ItemState::Modified;
        if (rb && rn && c.claimedBefore == c.claimedNow && c.rerunBefore == c.rerunNow &&
            c.statusBefore == c.statusNow)
            continue;
        out.metrics << c;
    }
    out.compared = true;
    return out;
}

QList<FieldChange> packageInterdiff(const Package &before, const Package &now)
{
    QList<FieldChange> out;
    const nlohmann::json b = before.document.is_object() ? before.document : nlohmann::json::object();
    const nlohmann::json n = now.document.is_object() ? now.document : nlohmann::json::object();
    compareFields({}, b, n, &out);
    return out;
}

void computeInterdiff(QPromise<Interdiff> &promise, const PackagePtr &before, const PackagePtr &now)
{
    Interdiff out;
    if (!before || !now) {
        promise.addResult(out);
        return;
    }
    out.previousName = before->name;
    out.previousVersion = before->version;
    out.name = now->name;
    out.version = now->version;
    promise.setProgressRange(0, 100);
    std::atomic_bool canceled = false;
    auto step = [&](int percent) {
        promise.setProgressValue(percent);
        canceled = promise.isCanceled();
        return !canceled;
    };
    out.package = packageInterdiff(*before, *now);
    if (step(5))
        out.code = codeInterdiff(*before, *now, &canceled);
    if (step(50))
        out.dataset = datasetInterdiff(*before, *now);
    if (step(75))
        out.environments = environmentsInterdiff(*before, *now);
    if (step(85))
        out.results = resultsInterdiff(*before, *now);
    out.canceled = !step(100) || canceled;
    promise.addResult(out);
}

Interdiff interdiffSync(const PackagePtr &before, const PackagePtr &now)
{
    QPromise<Interdiff> promise;
    QFuture<Interdiff> future = promise.future();
    promise.start();
    computeInterdiff(promise, before, now);
    promise.finish();
    return future.resultCount() > 0 ? future.resultAt(0) : Interdiff{};
}

} // namespace mr::interdiff
