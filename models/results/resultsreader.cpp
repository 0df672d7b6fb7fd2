// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultsreader.h"

#include "models/core/jsonutil.h"
#include "models/results/readerinternal.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace mr::results {

using namespace detail;

namespace detail {

// Classifies an unquoted scalar (YAML plain scalar or CSV cell).
MetricValue classifyText(const QString &raw)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    const QString t = raw.trimmed();
    if (t.isEmpty() || t == QLatin1String("~") || t.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return MetricValue::null();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return MetricValue::fromBool(true);
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return MetricValue::fromBool(false);
    const QString lower = t.toLower();
    if (lower == QLatin1String(".nan") || lower == QLatin1String("nan"))
        return MetricValue::fromNumber(std::numeric_limits<double>::quiet_NaN());
    for (const char *inf : {".inf", "inf", "infinity"}) {
        const QLatin1String s(inf);
        if (lower == s || lower == QLatin1Char('+') + s)
            return MetricValue::fromNumber(std::numeric_limits<double>::infinity());
        if (lower == QLatin1Char('-') + s)
            return MetricValue::fromNumber(-std::numeric_limits<double>::infinity());
    }
    if (number.match(t).hasMatch()) {
        bool ok = false;
        const double v = t.toDouble(&ok); // C locale semantics for QString::toDouble
        if (ok || std::isinf(v))
            return MetricValue::fromNumber(v);
    }
    return MetricValue::fromString(raw);
}

} // namespace detail

namespace {

using nlohmann::json;

// Python's json module writes NaN, Infinity and -Infinity as bare tokens, which JSON (and
// nlohmann) reject. They are rewritten outside strings to sentinel strings before parsing.
const QChar kSentinel(0xE000);

// ---- JSON ---------------------------------------------------------------------------------

struct Replacement
{
    qsizetype newStart, newLength, oldLength;
};

QByteArray rewriteNonFinite(const QByteArray &in, QList<Replacement> *reps)
{
    QByteArray out;
    bool inString = false;
    bool escape = false;
    qsizetype copied = 0; // bytes of `in` already copied to `out`
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in.at(i);
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != 'N' && c != 'I' && c != '-')
            continue;
        for (const char *t : {"NaN", "Infinity", "-Infinity"}) {
            const qsizetype len = qsizetype(qstrlen(t));
            if (i + len > n || qstrncmp(in.constData() + i, t, len) != 0)
                continue;
            if (i + len < n && QChar::isLetterOrNumber(uchar(in.at(i + len))))
                break;
            out += in.mid(copied, i - copied);
            const QByteArray replacement = QByteArray("\"\\ue000") + t + '"';
            reps->append(Replacement{out.size(), replacement.size(), len});
            out += replacement;
            copied = i + len;
            i += len - 1;
            break;
        }
    }
    if (reps->isEmpty())
        return in;
    out += in.mid(copied);
    return out;
}

qsizetype originalOffset(qsizetype offset, const QList<Replacement> &reps)
{
    qsizetype shift = 0;
    for (const Replacement &r : reps) {
        if (offset < r.newStart)
            break;
        if (offset < r.newStart + r.newLength)
            return r.newStart - shift;
        shift += r.newLength - r.oldLength;
    }
    return offset - shift;
}

struct Container
{
    bool object = false;
    QSet<std::string> keys;
    std::string key;
};

void flattenJson(const json &j, const QString &prefix, Builder &b, int depth)
{
    if (depth > kMaxDepth) {
        b.out.diagnostics.append(
            diag(b.out.displayName, prefix,
                 QCoreApplication::translate("mr::Results", "nesting too deep; ignored")));
        return;
    }
    switch (j.type()) {
    case json::value_t::object:
        for (auto it = j.begin(); it != j.end(); ++it)
            flattenJson(it.value(), joinKey(prefix, qs(it.key())), b, depth + 1);
        break;
    case json::value_t::array:
        for (size_t i = 0; i < j.size(); ++i)
            flattenJson(j[i], joinKey(prefix, QString::number(i)), b, depth + 1);
        break;
    case json::value_t::string: {
        const QString s = qs(j.get<std::string>());
        if (s.startsWith(kSentinel))
            b.add(prefix, classifyText(s.mid(1)), prefix);
        else
            b.add(prefix, MetricValue::fromString(s), prefix);
        break;
    }
    case json::value_t::boolean: b.add(prefix, MetricValue::fromBool(j.get<bool>()), prefix); break;
    case json::value_t::null: b.add(prefix, MetricValue::null(), prefix); break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: b.add(prefix, MetricValue::fromNumber(j.get<double>()), prefix); break;
    default:
        b.out.diagnostics.append(
            diag(b.out.displayName, prefix,
                 QCoreApplication::translate("mr::Results", "unsupported value (%1)").arg(jsonTypeName(j))));
    }
}

// Restores sentinel strings to what the file said (for provenance and specs).
json restoreSentinels(const json &j)
{
    if (j.is_string()) {
        const QString s = qs(j.get<std::string>());
        return s.startsWith(kSentinel) ? json(ss(s.mid(1))) : j;
    }
    if (j.is_object() || j.is_array()) {
        json copy = j;
        for (auto &v : copy)
            v = restoreSentinels(v);
        return copy;
    }
    return j;
}

} // namespace

void detail::readReserved(const json &root, Builder &b)
{
    ResultsFile &out = b.out;
    if (auto p = root.find("provenance"); p != root.end()) {
        if (p->is_object())
            out.provenance = restoreSentinels(*p);
        else if (!p->is_null())
            out.diagnostics.append(
                diag(out.displayName, QStringLiteral("provenance"),
                     QCoreApplication::translate("mr::Results", "expected an object, found %1")
                         .arg(jsonTypeName(*p))));
    }
    if (auto s = root.find("metric_specs"); s != root.end()) {
        if (!s->is_object()) {
            out.diagnostics.append(
                diag(out.displayName, QStringLiteral("metric_specs"),
                     QCoreApplication::translate("mr::Results", "expected an object, found %1")
                         .arg(jsonTypeName(*s))));
            return;
        }
        for (auto it = s->begin(); it != s->end(); ++it) {
            const QString name = qs(it.key());
            MetricSpec spec;
            if (parseMetricSpec(restoreSentinels(it.value()), out.displayName,
                                QStringLiteral("metric_specs.") + name, &spec, &out.diagnostics))
                out.specs.insert(name, FileSpec{spec, out.displayName});
        }
    }
}

namespace {

void flattenRoot(const json &root, Builder &b)
{
    if (!root.is_object()) {
        b.out.diagnostics.append(
            diag(b.out.displayName, {},
                 QCoreApplication::translate("mr::Results",
                                             "expected an object of metrics at the top level, found %1")
                     .arg(jsonTypeName(root))));
        return;
    }
    readReserved(root, b);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == "provenance" || it.key() == "metric_specs")
            continue;
        flattenJson(it.value(), qs(it.key()), b, 1);
    }
}

} // namespace

bool parseMetricSpec(const json &j, const QString &file, const QString &where, MetricSpec *spec,
                     Diagnostics *diags)
{
    if (!j.is_object()) {
        diags->append(diag(file, where,
                           QCoreApplication::translate(
                               "mr::Results", "expected an object with abs_tolerance, rel_tolerance or "
                                              "better, found %1")
                               .arg(jsonTypeName(j))));
        return false;
    }
    bool any = false;
    if (auto b = j.find("better"); b != j.end() && !b->is_null()) {
        const std::string v = b->is_string() ? b->get<std::string>() : std::string();
        if (v == "higher" || v == "lower") {
            spec->better = v == "higher" ? MetricSpec::Better::Higher : MetricSpec::Better::Lower;
            any = true;
        } else {
            diags->append(
                diag(file, where + QStringLiteral(".better"),
                     QCoreApplication::translate("mr::Results", "expected \"higher\" or \"lower\"")));
        }
    }
    for (const char *key : {"abs_tolerance", "rel_tolerance"}) {
        auto t = j.find(key);
        if (t == j.end() || t->is_null())
            continue;
        const QString k = where + QLatin1Char('.') + QLatin1String(key);
        if (!t->is_number()) {
            diags->append(diag(file, k,
                               QCoreApplication::translate(
                                   "mr::Results", "tolerance must be a non-negative number, found %1")
                                   .arg(t->is_string() ? qs(t->get<std::string>()) : jsonTypeName(*t))));
            continue;
        }
        const double v = t->get<double>();
        if (!(v >= 0) || !std::isfinite(v)) {
            diags->append(diag(file, k,
                               QCoreApplication::translate(
                                   "mr::Results", "tolerance must be a non-negative number, found %1")
                                   .arg(formatNumber(v))));
            continue;
        }
        (qstrcmp(key, "abs_tolerance") == 0 ? spec->absTolerance : spec->relTolerance) = v;
        any = true;
    }
    return any;
}

ResultsFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return ResultsFormat::Yaml;
    if (suffix == QLatin1String("csv"))
        return ResultsFormat::Csv;
    return ResultsFormat::Json;
}

ResultsFile readResultsJson(const QByteArray &data, const QString &displayName)
{
    ResultsFile out;
    out.displayName = displayName;
    QList<Replacement> reps;
    const QByteArray text = rewriteNonFinite(data, &reps);
    {
        ResultsFile fast;
        fast.displayName = displayName;
        Builder fb{fast, {}};
        if (readResultsJsonFast(text, fb)) {
            fast.readable = true;

            return fast;
        }
    }
    Builder b{out, {}};
    std::vector<Container> stack;
    QStringList duplicates;
    auto callback = [&](int depth, json::parse_event_t event, json &parsed) {
        if (depth > kMaxDepth + 2)
            throw DepthExceeded{};
        switch (event) {
        case json::parse_event_t::object_start: stack.push_back(Container{true, {}, {}}); break;
        case json::parse_event_t::array_start: stack.push_back(Container{false, {}, "[]"}); break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            if (!stack.empty())
                stack.pop_back();
            break;
        case json::parse_event_t::key:
            if (!stack.empty() && parsed.is_string()) {
                Container &top = stack.back();
                const std::string key = parsed.get<std::string>();
                top.key = key;
                if (top.keys.contains(key)) {
                    QStringList path;
                    for (const Container &c : stack)
                        path.append(qs(c.key));
                    duplicates.append(path.join(QLatin1Char('.')));
                }
                top.keys.insert(key);
            }
            break;
        case json::parse_event_t::value: break;
        }
        return true;
    };
    json root;
    try {
        root = json::parse(text.constBegin(), text.constEnd(), callback);
    } catch (const json::parse_error &e) {
        Diagnostic d;
        d.file = displayName;
        const qsizetype offset = originalOffset(qsizetype(e.byte > 0 ? e.byte - 1 : 0), reps);
        lineColumnAt(data, offset, &d.line, &d.column);
        QString what = QString::fromUtf8(e.what());
        const qsizetype colon = what.indexOf(
            QStringLiteral(": "), what.indexOf(QCoreApplication::translate("mr::Results", "parse error")));
        if (colon >= 0)
            what = what.mid(colon + 2);
        d.message = QCoreApplication::translate("mr::Results", "malformed JSON: ") + what;
        out.diagnostics.append(d);
        return out;
    } catch (const DepthExceeded &) {
        out.diagnostics.append(
            diag(displayName, {},
                 QCoreApplication::translate("mr::Results", "nesting deeper than %1 levels").arg(kMaxDepth)));
        return out;
    } catch (const std::exception &e) {
        out.diagnostics.append(diag(
            displayName, {},
            QCoreApplication::translate("mr::Results", "cannot read: %1").arg(QString::fromUtf8(e.what()))));
        return out;
    }
    out.readable = true;
    for (const QString &key : std::as_const(duplicates))
        out.diagnostics.append(
            diag(displayName, key,
                 QCoreApplication::translate("mr::Results", "duplicated key; the last value is kept")));
    flattenRoot(unwrapDvcOutput(root), b);
    return out;
}

ResultsFile readResultsData(const QByteArray &data, ResultsFormat format, const QString &displayName)
{
    switch (format) {
    case ResultsFormat::Yaml: return readResultsYaml(data, displayName);
    case ResultsFormat::Csv: return readResultsCsv(data, displayName);
    case ResultsFormat::Json: break;
    }
    return readResultsJson(data, displayName);
}

ResultsFile readResultsFile(const QString &path, const QString &displayName)
{
    const QFileInfo info(path);
    if (info.isDir())
        return info.fileName() == QLatin1String(".eval_results") ? readEvalResultsFolder(path, displayName)
                                                                 : readMlflowMetrics(path, displayName);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ResultsFile out;
        out.path = path;
        out.displayName = displayName;
        out.diagnostics.append(diag(
            displayName, {},
            f.exists() ? QCoreApplication::translate("mr::Results", "cannot read: %1").arg(f.errorString())
                       : QCoreApplication::translate("mr::Results", "file not found")));
        return out;
    }
    if (info.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0) {
        ResultsFile out = readModelCard(f.readAll(), displayName);
        out.path = path;
        return out;
    }
    if (info.dir().dirName() == QLatin1String(".eval_results")) {
        ResultsFile out = readEvalResults(f.readAll(), displayName);
        out.path = path;
        return out;
    }
    ResultsFile out = readResultsData(f.readAll(), formatForPath(path), displayName);
    out.path = path;
    return out;
}

} // namespace mr::results
