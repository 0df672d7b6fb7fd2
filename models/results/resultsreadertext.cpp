// SPDX-License-Identifier: Apache-2.0
// The YAML and CSV results readers.
#include "models/core/yamlutil.h"
#include "models/results/resultsreader.h"

#include "models/core/jsonutil.h"
#include "models/results/readerinternal.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <cmath>

namespace mr::results {

using namespace detail;

namespace {

using nlohmann::json;

// ---- YAML ---------------------------------------------------------------------------------

bool isQuoted(const YAML::Node &n)
{
    const std::string &tag = n.Tag();
    return tag == "!" || tag == "tag:yaml.org,2002:str" || tag == "!!str";
}

json yamlToJson(const YAML::Node &n, int depth)
{
    if (depth > kMaxDepth)
        throw DepthExceeded{};
    switch (n.Type()) {
    case YAML::NodeType::Map: {
        json o = json::object();
        for (const auto &kv : n)
            o[kv.first.IsScalar() ? kv.first.Scalar() : std::string("?")] = yamlToJson(kv.second, depth + 1);
        return o;
    }
    case YAML::NodeType::Sequence: {
        json a = json::array();
        for (const auto &v : n)
            a.push_back(yamlToJson(v, depth + 1));
        return a;
    }
    case YAML::NodeType::Scalar: {
        if (isQuoted(n))
            return n.Scalar();
        const MetricValue v = classifyText(qs(n.Scalar()));
        switch (v.kind) {
        case MetricValue::Kind::Number:
            return std::isfinite(v.number) ? json(v.number) : json(ss(formatNumber(v.number)));
        case MetricValue::Kind::Bool: return v.text == QLatin1String("true");
        case MetricValue::Kind::Null: return nullptr;
        default: return n.Scalar();
        }
    }
    default: return nullptr;
    }
}

void flattenYaml(const YAML::Node &n, const QString &prefix, Builder &b, int depth)
{
    const int line = n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
    if (depth > kMaxDepth) {
        b.out.diagnostics.append(diag(b.out.displayName, prefix,
                                      QCoreApplication::translate("mr::Results", "nesting too deep; ignored"),
                                      line));
        return;
    }
    MetricValue v;
    switch (n.Type()) {
    case YAML::NodeType::Map:
        for (const auto &kv : n) {
            if (!kv.first.IsScalar()) {
                b.out.diagnostics.append(
                    diag(b.out.displayName, prefix,
                         QCoreApplication::translate("mr::Results", "a key is not a scalar"),
                         kv.first.Mark().line + 1, kv.first.Mark().column + 1));
                continue;
            }
            const QString key = qs(kv.first.Scalar());
            if (depth == 0 && (key == QLatin1String("provenance") || key == QLatin1String("metric_specs")))
                continue;
            flattenYaml(kv.second, joinKey(prefix, key), b, depth + 1);
        }
        return;
    case YAML::NodeType::Sequence: {
        int i = 0;
        for (const auto &item : n)
            flattenYaml(item, joinKey(prefix, QString::number(i++)), b, depth + 1);
        return;
    }
    case YAML::NodeType::Scalar:
        v = isQuoted(n) ? MetricValue::fromString(qs(n.Scalar())) : classifyText(qs(n.Scalar()));
        break;
    case YAML::NodeType::Null: v = MetricValue::null(); break;
    default: return;
    }
    v.line = line;
    b.add(prefix, v, prefix);
}

// ---- CSV ----------------------------------------------------------------------------------

struct CsvRow
{
    int line = 0;
    QStringList cells;
};

QList<CsvRow> splitCsv(const QString &text, ResultsFile &out)
{
    QList<CsvRow> rows;
    CsvRow row;
    QString cell;
    bool quoted = false;
    bool any = false;
    int line = 1;
    row.line = 1;
    const qsizetype n = text.size();
    auto endRow = [&] {
        row.cells.append(cell);
        cell.clear();
        if (any || row.cells.size() > 1 || !row.cells.first().trimmed().isEmpty())
            rows.append(row);
        row = CsvRow{};
        any = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            any = true;
            cell.clear();
        } else if (c == QLatin1Char(',')) {
            row.cells.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            endRow();
            row.line = ++line;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (quoted)
        out.diagnostics.append(diag(out.displayName, {},
                                    QCoreApplication::translate("mr::Results", "unterminated quoted field"),
                                    row.line));
    if (!cell.isEmpty() || !row.cells.isEmpty())
        endRow();
    return rows;
}

} // namespace

ResultsFile readResultsYaml(const QByteArray &data, const QString &displayName)
{
    ResultsFile out;
    out.displayName = displayName;
    Builder b{out, {}};
    YAML::Node root;
    Diagnostic yamlError;
    if (!loadYaml(data, displayName, &root, &yamlError)) {
        out.diagnostics.append(yamlError);
        return out;
    }
    try {
        if (root.IsNull() || !root.IsDefined()) {
            out.readable = true;
            out.diagnostics.append(diag(
                displayName, {}, QCoreApplication::translate("mr::Results", "the file holds no metrics")));
            return out;
        }
        if (!root.IsMap()) {
            out.diagnostics.append(diag(
                displayName, {},
                QCoreApplication::translate("mr::Results", "expected a mapping of metrics at the top level"),
                root.Mark().line + 1, root.Mark().column + 1));
            return out;
        }
        if (const YAML::Node p = root["provenance"]; p.IsDefined() && !p.IsNull())
            readReserved(json{{"provenance", yamlToJson(p, 1)}}, b);
        if (const YAML::Node s = root["metric_specs"]; s.IsDefined() && !s.IsNull())
            readReserved(json{{"metric_specs", yamlToJson(s, 1)}}, b);
        flattenYaml(root, {}, b, 0);
        out.readable = true;
    } catch (const YAML::Exception &e) {
        out.diagnostics.append(diag(
            displayName, {}, QCoreApplication::translate("mr::Results", "malformed YAML: %1").arg(qs(e.msg)),
            e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0));
    } catch (const DepthExceeded &) {
        out.diagnostics.append(
            diag(displayName, {},
                 QCoreApplication::translate("mr::Results", "nesting deeper than %1 levels").arg(kMaxDepth)));
    }
    return out;
}

ResultsFile readResultsCsv(const QByteArray &data, const QString &displayName)
{
    ResultsFile out;
    out.displayName = displayName;
    out.readable = true;
    Builder b{out, {}};
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<CsvRow> rows = splitCsv(text, out);
    int nameCol = 0, valueCol = 1, absCol = -1, relCol = -1, betterCol = -1;
    qsizetype first = 0;
    if (!rows.isEmpty()) {
        QStringList header;
        for (const QString &c : rows.first().cells)
            header.append(c.trimmed().toLower());
        const int n =
            int(header.indexOf(QStringLiteral("metric")) >= 0 ? header.indexOf(QStringLiteral("metric"))
                                                              : header.indexOf(QStringLiteral("name")));
        const int v = int(header.indexOf(QStringLiteral("value")));
        if (n >= 0 && v >= 0) {
            nameCol = n;
            valueCol = v;
            absCol = int(header.indexOf(QStringLiteral("abs_tolerance")));
            relCol = int(header.indexOf(QStringLiteral("rel_tolerance")));
            betterCol = int(header.indexOf(QStringLiteral("better")));
            first = 1;
        } else if (header.size() >= 2 && classifyText(header.at(1)).kind == MetricValue::Kind::String) {
            out.diagnostics.append(
                diag(displayName, {},
                     QCoreApplication::translate("mr::Results", "expected a header with the columns "
                                                                "metric,value; found \"%1\"")
                         .arg(rows.first().cells.join(QLatin1Char(','))),
                     rows.first().line));
            first = 1;
        }
    }
    if (rows.size() <= first)
        out.diagnostics.append(
            diag(displayName, {}, QCoreApplication::translate("mr::Results", "the file holds no metrics")));
    for (qsizetype i = first; i < rows.size(); ++i) {
        const CsvRow &row = rows.at(i);
        if (row.cells.size() <= std::max(nameCol, valueCol)) {
            out.diagnostics.append(
                diag(displayName, row.cells.value(nameCol).trimmed(),
                     QCoreApplication::translate("mr::Results", "expected %1 columns, found %2")
                         .arg(std::max(nameCol, valueCol) + 1)
                         .arg(row.cells.size()),
                     row.line));
            continue;
        }
        const QString name = row.cells.at(nameCol).trimmed();
        MetricValue v = classifyText(row.cells.at(valueCol));
        v.line = row.line;
        b.add(name, v, name);
        json spec = json::object();
        if (absCol >= 0 && !row.cells.value(absCol).trimmed().isEmpty())
            spec["abs_tolerance"] = toJson(classifyText(row.cells.value(absCol)));
        if (relCol >= 0 && !row.cells.value(relCol).trimmed().isEmpty())
            spec["rel_tolerance"] = toJson(classifyText(row.cells.value(relCol)));
        if (betterCol >= 0 && !row.cells.value(betterCol).trimmed().isEmpty())
            spec["better"] = ss(row.cells.value(betterCol).trimmed().toLower());
        if (!spec.empty() && !name.isEmpty()) {
            MetricSpec s;
            const qsizetype before = out.diagnostics.size();
            if (parseMetricSpec(spec, displayName, name, &s, &out.diagnostics))
                out.specs.insert(name, FileSpec{s, displayName});
            for (qsizetype k = before; k < out.diagnostics.size(); ++k)
                out.diagnostics[k].line = row.line;
        }
    }
    return out;
}

} // namespace mr::results
