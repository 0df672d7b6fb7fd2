// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/package/package.h"
#include "models/results/metricvalue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <nlohmann/json.hpp>

namespace mr::results {

// Metrics read from one file; the rest are left out with one diagnostic naming the first metric
// not read, which becomes a results.bad-input finding (docs/results-format.md). Two files of a
// million metrics each are read and compared in about 500 MiB; this cap keeps a hostile file
// near 1 GiB instead of exhausting memory.
constexpr qsizetype kMaxMetricsPerFile = 2'000'000;

struct NamedValue
{
    QString name; // flattened with dots: "test.by_region.eu.roc_auc"
    MetricValue value;
};

// A per-metric spec given inside a results file (top-level "metric_specs" in JSON/YAML, or the
// optional columns abs_tolerance, rel_tolerance, better in CSV). Negative or non-numeric
// tolerances are diagnostics naming file and key, and are left out.
struct FileSpec
{
    MetricSpec spec;
    QString file;
};

struct ResultsFile
{
    QString path;              // absolute (empty for in-memory reads)
    QString displayName;       // for messages: the path as written in the package
    bool readable = false;     // false when the file could not be opened or parsed at all
    QList<NamedValue> metrics; // in file order, duplicates dropped (first kept)
    QMap<QString, FileSpec> specs;
    nlohmann::json provenance; // the top-level "provenance" object, or null
    Diagnostics diagnostics;
};

enum class ResultsFormat { Json, Yaml, Csv };

// Format from the extension (.json, .yaml/.yml, .csv); anything else is read as JSON.
ResultsFormat formatForPath(const QString &path);

// Readers. They never throw; every problem is a diagnostic naming `displayName` and, where
// known, line, column and key. The reserved top-level keys "provenance" and "metric_specs" are
// not metrics. Nested objects flatten with dots (DVC's metrics.json), arrays with the index.
ResultsFile readResultsJson(const QByteArray &data, const QString &displayName);
ResultsFile readResultsYaml(const QByteArray &data, const QString &displayName);
ResultsFile readResultsCsv(const QByteArray &data, const QString &displayName);
ResultsFile readResultsData(const QByteArray &data, ResultsFormat format, const QString &displayName);
// Reads a file from disk (read-only); a missing file is a diagnostic, never an exception.
ResultsFile readResultsFile(const QString &path, const QString &displayName);

// Results as ML tools write them (resultsreaderml.cpp). readResultsFile() picks them by content:
// a folder is an MLflow metrics/ folder (or .eval_results/), a .md file a model card.
// MLflow: one file per metric ("timestamp value step" or "timestamp value" lines); the latest
// value by (step, timestamp); a key with "/" (nested folders) is named with dots.
ResultsFile readMlflowMetrics(const QString &dir, const QString &displayName);
// Hugging Face model card: the YAML front matter's model-index results, named
// "<dataset type>[.<config>][.<split>].<metric type>"; lines are the README's.
ResultsFile readModelCard(const QByteArray &data, const QString &displayName);
// Hugging Face .eval_results/*.yaml: a list of {dataset: {id, task_id}, value}, named
// "<dataset id>.<task id>"; a folder reads every *.yaml in it.
ResultsFile readEvalResults(const QByteArray &data, const QString &displayName);
ResultsFile readEvalResultsFolder(const QString &dir, const QString &displayName);
// Splits a card's "---" front matter off; `firstLine` is its first line in the file.
bool cardFrontMatter(const QByteArray &data, QByteArray *yaml, int *firstLine);

// Parses {abs_tolerance, rel_tolerance, better} for one metric; problems appended to `diags`
// with `where` naming the key. Returns false when nothing usable was given.
bool parseMetricSpec(const nlohmann::json &j, const QString &file, const QString &where, MetricSpec *spec,
                     Diagnostics *diags);

} // namespace mr::results
