// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/package.h"
#include "models/results/metricvalue.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <limits>

namespace mr::results::test {

// "missing", "null", "true"/"false", "s:text" (a string), "nan", "inf", "-inf", or a number.
inline MetricValue value(const QString &spec)
{
    if (spec == QLatin1String("missing"))
        return {};
    if (spec == QLatin1String("null"))
        return MetricValue::null();
    if (spec == QLatin1String("true") || spec == QLatin1String("false"))
        return MetricValue::fromBool(spec == QLatin1String("true"));
    if (spec.startsWith(QLatin1String("s:")))
        return MetricValue::fromString(spec.mid(2));
    if (spec == QLatin1String("nan"))
        return MetricValue::fromNumber(std::numeric_limits<double>::quiet_NaN());
    if (spec == QLatin1String("inf"))
        return MetricValue::fromNumber(std::numeric_limits<double>::infinity());
    if (spec == QLatin1String("-inf"))
        return MetricValue::fromNumber(-std::numeric_limits<double>::infinity());
    bool ok = false;
    const double v = spec.toDouble(&ok);
    Q_ASSERT(ok);
    return MetricValue::fromNumber(v);
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A package built by hand: results files written under `dir`, section fields set directly.
inline Package makePackage(const QTemporaryDir &dir, const QList<QPair<QString, QByteArray>> &claimed,
                           const QList<QPair<QString, QByteArray>> &rerun)
{
    Package p;
    p.rootPath = dir.path();
    p.sourcePath = dir.path();
    p.name = QStringLiteral("fixture");
    p.results.provided = true;
    for (const auto &[rel, data] : claimed) {
        writeFile(dir.filePath(rel), data);
        p.results.claimed.append(NamedFile{QStringLiteral("claimed"), rel, dir.filePath(rel)});
    }
    for (const auto &[rel, data] : rerun) {
        writeFile(dir.filePath(rel), data);
        p.results.rerun.append(NamedFile{QStringLiteral("rerun"), rel, dir.filePath(rel)});
    }
    return p;
}

} // namespace mr::results::test
