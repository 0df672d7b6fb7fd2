// SPDX-License-Identifier: Apache-2.0
#include "models/results/metricvalue.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace mr::results {

MetricValue MetricValue::fromNumber(double v)
{
    MetricValue m;
    m.kind = Kind::Number;
    m.number = v;
    return m;
}

MetricValue MetricValue::fromString(const QString &s)
{
    MetricValue m;
    m.kind = Kind::String;
    m.text = s;
    return m;
}

MetricValue MetricValue::fromBool(bool b)
{
    MetricValue m;
    m.kind = Kind::Bool;
    m.text = b ? QStringLiteral("true") : QStringLiteral("false");
    return m;
}

MetricValue MetricValue::null()
{
    MetricValue m;
    m.kind = Kind::Null;
    return m;
}

bool MetricValue::isFiniteNumber() const
{
    return kind == Kind::Number && std::isfinite(number);
}

QString formatNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, r.ptr - buf);
}

QString formatNumber(double v, const QLocale &locale)
{
    if (!std::isfinite(v) || locale.language() == QLocale::C)
        return formatNumber(v);
    return locale.toString(v, 'g', QLocale::FloatingPointShortest);
}

QString MetricValue::display() const
{
    switch (kind) {
    case Kind::Missing: return {};
    case Kind::Number: return formatNumber(number);
    case Kind::String: return QLatin1Char('"') + text + QLatin1Char('"');
    case Kind::Bool: return text;
    case Kind::Null: return QStringLiteral("null");
    }
    return {};
}

QString MetricValue::typeName() const
{
    switch (kind) {
    case Kind::Missing: return QStringLiteral("missing");
    case Kind::Number: return QStringLiteral("number");
    case Kind::String: return QStringLiteral("string");
    case Kind::Bool: return QStringLiteral("boolean");
    case Kind::Null: return QStringLiteral("null");
    }
    return {};
}

nlohmann::json finiteOrNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

nlohmann::json toJson(const MetricValue &value)
{
    switch (value.kind) {
    case MetricValue::Kind::Missing:
    case MetricValue::Kind::Null: return nullptr;
    case MetricValue::Kind::Number:
        return std::isfinite(value.number) ? nlohmann::json(value.number)
                                           : nlohmann::json(formatNumber(value.number).toStdString());
    case MetricValue::Kind::String: return value.text.toStdString();
    case MetricValue::Kind::Bool: return value.text == QLatin1String("true");
    }
    return nullptr;
}

} // namespace mr::results
