// SPDX-License-Identifier: Apache-2.0
// Results as ML tools write them: an MLflow file store's metrics/ folder, a Hugging Face model
// card's model-index, and Hugging Face .eval_results/*.yaml files.
#include "models/core/yamlutil.h"
#include "models/results/readerinternal.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace mr::results {

using namespace detail;

namespace {

constexpr qint64 kMaxMetricFile = qint64(2) << 30; // a metric history larger than this is refused

// The latest value of one MLflow metric file, by (step, timestamp), and its problems.
struct MetricHistory
{
    QString name;
    bool found = false;
    double value = 0;
    qint64 step = 0, timestamp = 0;
    int line = 0;
    qint64 lines = 0;
    Diagnostics diagnostics;
};

template<typename T> bool parseField(const char *&p, const char *end, T *out)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    const auto [q, ec] = std::from_chars(p, end, *out);
    if (ec != std::errc() || q == p)
        return false;
    p = q;
    return true;
}

// MLflow writes "timestamp value step" (2.x and late 1.x) or "timestamp value" (early 1.x);
// the value may be "nan", "inf" or "-inf" as Python prints them.
bool parseValue(const char *&p, const char *end, double *out)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    const auto [q, ec] = std::from_chars(p, end, *out);
    if (ec == std::errc() && q != p) {
        p = q;
        return true;
    }
    if (ec == std::errc::result_out_of_range) {
        *out = *p == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        while (p < end && *p != ' ' && *p != '\t')
            ++p;
        return true;
    }
    return false;
}

void readHistory(const QString &path, const QString &display, MetricHistory *h)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        h->diagnostics.append(diag(
            display, {}, QCoreApplication::translate("mr::Results", "cannot read: %1").arg(f.errorString())));
        return;
    }
    if (f.size() > kMaxMetricFile) {
        h->diagnostics.append(
            diag(display, {}, QCoreApplication::translate("mr::Results", "larger than 2 GiB; not read")));
        return;
    }
    uchar *map = f.size() > 0 ? f.map(0, f.size()) : nullptr;
    QByteArray copy;
    const char *data = reinterpret_cast<const char *>(map);
    if (!map && f.size() > 0) {
        copy = f.readAll();
        data = copy.constData();
    }
    const char *p = data, *end = data + f.size();
    int line = 0;
    while (p < end) {
        ++line;
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char *lineEnd = eol > p && eol[-1] == '\r' ? eol - 1 : eol;
        const char *c = p;
        p = eol + 1;
        if (c == lineEnd)
            continue;
        qint64 ts = 0, step = 0;
        double value = 0;
        const char *start = c;
        bool ok = parseField(c, lineEnd, &ts) && parseValue(c, lineEnd, &value);
        if (ok) {
            while (c < lineEnd && (*c == ' ' || *c == '\t'))
                ++c;
            if (c < lineEnd)
                ok = parseField(c, lineEnd, &step);
            while (ok && c < lineEnd && (*c == ' ' || *c == '\t'))
                ++c;
            ok = ok && c == lineEnd;
        }
        if (!ok) {
            if (h->diagnostics.size() < 100)
                h->diagnostics.append(
                    diag(display, h->name,
                         QCoreApplication::translate("mr::Results",
                                                     "expected \"timestamp value [step]\", found \"%1\"")
                             .arg(QString::fromUtf8(start, qMin<qsizetype>(80, lineEnd - start))),
                         line, int(c - start) + 1));
            continue;
        }
        ++h->lines;
        if (!h->found || step > h->step || (step == h->step && ts >= h->timestamp)) {
            h->found = true;
            h->value = value;
            h->step = step;
            h->timestamp = ts;
            h->line = line;
        }
    }
    if (map)
        f.unmap(map);
}

QString yamlScalar(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

MetricValue yamlValue(const YAML::Node &n)
{
    MetricValue v = classifyText(yamlScalar(n));
    v.line = n.Mark().line + 1;
    return v;
}

} // namespace

ResultsFile readMlflowMetrics(const QString &dir, const QString &displayName)
{
    ResultsFile out;
    out.path = dir;
    out.displayName = displayName;
    if (!QFileInfo(dir).isDir()) {
        out.diagnostics.append(
            diag(displayName, {}, QCoreApplication::translate("mr::Results", "folder not found")));
        return out;
    }
    QList<MetricHistory> histories;
    QStringList paths;
    const QDir base(dir);
    QDirIterator it(dir, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        MetricHistory h;
        // A key with "/" is stored as nested folders; shown with dots like other nested names.
        h.name = base.relativeFilePath(path).replace(QLatin1Char('/'), QLatin1Char('.'));
        histories.append(h);
        paths.append(path);
    }
    QList<int> order(histories.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return histories[a].name < histories[b].name; });
    QtConcurrent::blockingMap(order, [&](int i) {
        readHistory(paths[i], displayName + QLatin1Char('/') + base.relativeFilePath(paths[i]),
                    &histories[i]);
    });
    Builder b{out, {}};
    for (int i : order) {
        MetricHistory &h = histories[i];
        out.diagnostics += h.diagnostics;
        if (!h.found) {
            if (h.diagnostics.isEmpty())
                out.diagnostics.append(
                    diag(displayName + QLatin1Char('/') + base.relativeFilePath(paths[i]), h.name,
                         QCoreApplication::translate("mr::Results", "no values recorded")));
            continue;
        }
        MetricValue v = MetricValue::fromNumber(h.value);
        v.line = h.line;
        b.add(h.name, v, h.name);
    }
    out.readable = true;
    return out;
}

bool cardFrontMatter(const QByteArray &data, QByteArray *yaml, int *firstLine)
{
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (!text.startsWith("---\n") && !text.startsWith("---\r\n"))
        return false;
    const qsizetype begin = text.indexOf('\n') + 1;
    qsizetype pos = begin;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = text.size();
        const QByteArray line = text.mid(pos, eol - pos).trimmed();
        if (line == "---" || line == "...") {
            *yaml = text.mid(begin, pos - begin);
            *firstLine = 2;
            return true;
        }
        pos = eol + 1;
    }
    return false;
}

ResultsFile readModelCard(const QByteArray &data, const QString &displayName)
{
    ResultsFile out;
    out.displayName = displayName;
    QByteArray yaml;
    int first = 0;
    if (!cardFrontMatter(data, &yaml, &first)) {
        out.diagnostics.append(
            diag(displayName, {},
                 QCoreApplication::translate("mr::Results", "no YAML front matter (--- ... ---)"), 1, 1));
        return out;
    }
    YAML::Node root;
    Diagnostic error;
    if (!loadYaml(yaml, displayName, &root, &error)) {
        if (error.line > 0)
            error.line += first - 1;
        out.diagnostics.append(error);
        return out;
    }
    out.readable = true;
    Builder b{out, {}};
    const YAML::Node index = root.IsMap() ? root["model-index"] : YAML::Node();
    if (!index) {
        out.diagnostics.append(
            diag(displayName, QStringLiteral("model-index"),
                 QCoreApplication::translate("mr::Results", "the card's front matter has no model-index")));
        return out;
    }
    try {
        if (!index.IsSequence()) {
            out.diagnostics.append(diag(displayName, QStringLiteral("model-index"),
                                        QCoreApplication::translate("mr::Results", "not a list"),
                                        index.Mark().line + first, index.Mark().column + 1));
            return out;
        }
        for (const auto &model : index) {
            const YAML::Node results = model["results"];
            if (!results || !results.IsSequence())
                continue;
            for (const auto &r : results) {
                const YAML::Node ds = r["dataset"];
                QStringList prefix;
                for (const char *k : {"type", "config", "split"}) {
                    QString v = ds ? yamlScalar(ds[k]) : QString();
                    if (v.isEmpty() && qstrcmp(k, "type") == 0 && ds)
                        v = yamlScalar(ds["name"]);
                    if (!v.isEmpty())
                        prefix << v;
                }
                const YAML::Node metrics = r["metrics"];
                if (!metrics || !metrics.IsSequence())
                    continue;
                for (const auto &m : metrics) {
                    QString type = yamlScalar(m["type"]);
                    if (type.isEmpty())
                        type = yamlScalar(m["name"]);
                    MetricValue v = yamlValue(m["value"]);
                    v.line += first - 1;
                    if (type.isEmpty() || !m["value"]) {
                        out.diagnostics.append(
                            diag(displayName, QStringLiteral("model-index"),
                                 QCoreApplication::translate("mr::Results", "a metric lacks type or value"),
                                 m.Mark().line + first, m.Mark().column + 1));
                        continue;
                    }
                    b.add((prefix + QStringList{type}).join(QLatin1Char('.')), v,
                          QStringLiteral("model-index"));
                }
            }
        }
    } catch (const YAML::Exception &e) {
        out.diagnostics.append(
            diag(displayName, {}, QString::fromStdString(e.msg), e.mark.line + first, e.mark.column + 1));
    }
    return out;
}

ResultsFile readEvalResults(const QByteArray &data, const QString &displayName)
{
    ResultsFile out;
    out.displayName = displayName;
    YAML::Node root;
    Diagnostic error;
    if (!loadYaml(data, displayName, &root, &error)) {
        out.diagnostics.append(error);
        return out;
    }
    out.readable = true;
    Builder b{out, {}};
    try {
        const YAML::Node list = root.IsMap() ? YAML::Node(YAML::NodeType::Sequence) : root;
        if (root.IsMap())
            const_cast<YAML::Node &>(list).push_back(root);
        if (!list.IsSequence()) {
            out.diagnostics.append(
                diag(displayName, {},
                     QCoreApplication::translate("mr::Results", "expected a list of results"), 1, 1));
            return out;
        }
        for (const auto &e : list) {
            const YAML::Node ds = e["dataset"];
            const QString id = ds ? yamlScalar(ds["id"]) : QString();
            const QString task = ds ? yamlScalar(ds["task_id"]) : QString();
            if (id.isEmpty() || !e["value"]) {
                out.diagnostics.append(
                    diag(displayName, {},
                         QCoreApplication::translate("mr::Results", "an entry lacks dataset.id or value"),
                         e.Mark().line + 1, e.Mark().column + 1));
                continue;
            }
            b.add(task.isEmpty() ? id : id + QLatin1Char('.') + task, yamlValue(e["value"]), id);
        }
    } catch (const YAML::Exception &e) {
        out.diagnostics.append(
            diag(displayName, {}, QString::fromStdString(e.msg), e.mark.line + 1, e.mark.column + 1));
    }
    return out;
}

ResultsFile readEvalResultsFolder(const QString &dir, const QString &displayName)
{
    ResultsFile out;
    out.path = dir;
    out.displayName = displayName;
    Builder b{out, {}};
    const QFileInfoList files =
        QDir(dir).entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        const QString display = displayName + QLatin1Char('/') + fi.fileName();
        if (!f.open(QIODevice::ReadOnly) || f.size() > (16 << 20)) {
            out.diagnostics.append(
                diag(display, {},
                     QCoreApplication::translate("mr::Results", "cannot read, or larger than 16 MiB")));
            continue;
        }
        const ResultsFile one = readEvalResults(f.readAll(), display);
        out.diagnostics += one.diagnostics;
        out.readable = out.readable || one.readable;
        // Each value keeps the file it came from (findings name it); the first of a name wins.
        for (const NamedValue &nv : one.metrics) {
            if (b.seen.contains(nv.name)) {
                out.diagnostics.append(diag(
                    display, nv.name,
                    QCoreApplication::translate("mr::Results", "also reported in %1; the first value is kept")
                        .arg(b.seen.value(nv.name)),
                    nv.value.line));
                continue;
            }
            b.seen.insert(nv.name, display);
            out.metrics.append(nv);
        }
    }
    return out;
}

namespace detail {

namespace {

nlohmann::json metricsOf(const nlohmann::json &data)
{
    nlohmann::json merged = nlohmann::json::object();
    if (!data.is_object() || !data.contains("metrics") || !data["metrics"].is_object())
        return merged;
    for (const auto &[file, entry] : data["metrics"].items())
        if (entry.is_object() && entry.contains("data") && entry["data"].is_object())
            merged.update(entry["data"]);
    return merged;
}

bool isMetricsDiff(const nlohmann::json &j)
{
    if (!j.is_object() || j.empty())
        return false;
    for (const auto &file : j) {
        if (!file.is_object())
            return false;
        for (const auto &m : file)
            if (!m.is_object() || !m.contains("new"))
                return false;
    }
    return true;
}

} // namespace

nlohmann::json unwrapDvcOutput(const nlohmann::json &root)
{
    if (root.is_array() && !root.empty() && root[0].is_object() && root[0].contains("rev") &&
        root[0].contains("data")) {
        for (const auto &e : root)
            if (e.is_object() && e.value("rev", std::string()) == "workspace")
                return metricsOf(e["data"]);
        return metricsOf(root[0]["data"]);
    }
    if (root.is_object() && root.contains("workspace") && root["workspace"].is_object() &&
        root["workspace"].contains("baseline") && root["workspace"]["baseline"].is_object())
        return metricsOf(root["workspace"]["baseline"].value("data", nlohmann::json::object()));
    const nlohmann::json &diff =
        root.is_object() && root.size() == 1 && root.contains("diff") ? root["diff"] : root;
    if (isMetricsDiff(diff)) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto &file : diff)
            for (const auto &[name, m] : file.items())
                out[name] = m["new"];
        return out;
    }
    return root;
}

} // namespace detail

} // namespace mr::results
