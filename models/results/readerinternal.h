// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the results readers (JSON in resultsreader.cpp, YAML and CSV in resultsreadertext.cpp).

#include "models/results/resultsreader.h"

#include <QHash>
#include <QString>

namespace mr::results::detail {

constexpr int kMaxDepth = 64;
// Metrics read from one file; the rest are left out with a diagnostic (docs/results.md). A
// million metrics took 8.9 GiB and 78 s before; the pane and reports group and page, but no
// review reads more than this many values one by one.
constexpr qsizetype kMaxMetricsPerFile = 200'000;

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

    void add(const QString &name, MetricValue value, const QString &where)
    {
        value.file = out.displayName;
        if (name.isEmpty()) {
            out.diagnostics.append(
                diag(out.displayName, where, QStringLiteral("empty metric name; value ignored"), value.line));
            return;
        }
        const auto it = seen.constFind(name);
        if (it != seen.constEnd()) {
            out.diagnostics.append(
                diag(out.displayName, name,
                     QStringLiteral("duplicated metric name after flattening (keys %1 and %2); "
                                    "the first value is kept")
                         .arg(it.value(), where),
                     value.line));
            return;
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
            return;
        }
        seen.insert(name, where);
        out.metrics.append(NamedValue{name, value});
    }
};

// Classifies an unquoted scalar (YAML plain scalar or CSV cell).
MetricValue classifyText(const QString &raw);

// Reads the reserved top-level keys "provenance" and "metric_specs".
void readReserved(const nlohmann::json &root, Builder &b);

} // namespace mr::results::detail
