// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the results readers (JSON in resultsreader.cpp, YAML and CSV in resultsreadertext.cpp).

#include "models/results/resultsreader.h"

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

namespace mr::results::detail {

// `dvc metrics diff --json` ({file: {metric: {old, new, diff}}}, optionally under "diff") gives
// each metric's new value; `dvc exp show --json` (DVC 3: a list of revisions; DVC 2:
// {"workspace": {"baseline": ...}}) gives the workspace's metrics, every metrics file merged.
// Anything else is returned as it is.
nlohmann::json unwrapDvcOutput(const nlohmann::json &root);

constexpr int kMaxDepth = 64;

struct DepthExceeded
{
};

inline Diagnostic diag(const QString &file, const QString &where, const QString &message, int line = 0,
                       int column = 0)
{
    return Diagnostic{file, line, column, where, message};
}

inline QString joinKey(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

struct Builder
{
    ResultsFile &out;
    QHash<QString, QString> seen; // name -> where it was first seen
    bool capped = false;          // kMaxMetricsPerFile reached (reported once)
    // false: `seen` is not kept and duplicates are not looked for (the streaming JSON path
    // looks for them once, in name order, after reading: a hash of a million names is slow).
    bool trackSeen = true;

    // Returns false when `name` was read before (the value is then dropped with a diagnostic).
    bool add(const QString &name, MetricValue value, const QString &where)
    {
        value.file = out.displayName;
        if (name.isEmpty()) {
            out.diagnostics.append(
                diag(out.displayName, where, QStringLiteral("empty metric name; value ignored"), value.line));
            return true;
        }
        const auto it = trackSeen ? seen.constFind(name) : seen.constEnd();
        if (it != seen.constEnd()) {
            out.diagnostics.append(
                diag(out.displayName, name,
                     QStringLiteral("duplicated metric name after flattening (keys %1 and %2); "
                                    "the first value is kept")
                         .arg(it.value(), where),
                     value.line));
            return false;
        }
        if (out.metrics.size() >= kMaxMetricsPerFile) {
            if (out.metrics.size() == kMaxMetricsPerFile && !capped) {
                capped = true;
                out.diagnostics.append(diag(out.displayName, name,
                                            QStringLiteral("more than %1 metrics in one file: the rest, from "
                                                           "\"%2\" on, are not read")
                                                .arg(kMaxMetricsPerFile)
                                                .arg(name),
                                            value.line));
            }
            return true;
        }
        if (trackSeen)
            seen.insert(name, where);
        out.metrics.append(NamedValue{name, std::move(value)});
        return true;
    }
};

// The streaming JSON path (resultsjsonfast.cpp): flattens `text` (non-finite tokens already
// rewritten) into `b`. Returns false when the file needs the tree reader (parse error, duplicated
// key or flattened name, DVC output, deep nesting); `b` is then to be discarded.
bool readResultsJsonFast(const QByteArray &text, Builder &b);

// Classifies an unquoted scalar (YAML plain scalar or CSV cell).
MetricValue classifyText(const QString &raw);

// Reads the reserved top-level keys "provenance" and "metric_specs".
void readReserved(const nlohmann::json &root, Builder &b);

} // namespace mr::results::detail
