// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace mr::results {

// One value read from a results file. Non-numeric values (strings, booleans, null) are kept so
// that the table shows exactly what the file says; NaN and the infinities are numbers.
struct MetricValue
{
    enum class Kind : quint8 { Missing, Number, String, Bool, Null };

    // Laid out small (64 bytes): a million metrics are held twice (files, rows).
    Kind kind = Kind::Missing;
    int line = 0;      // 1-based when the reader knows it (YAML, CSV), else 0
    double number = 0; // Number (may be NaN or infinite)
    QString text;      // String: the string; Bool: "true"/"false"
    QString file;      // display name of the file it came from (shared, not copied)

    static MetricValue fromNumber(double v);
    static MetricValue fromString(const QString &s);
    static MetricValue fromBool(bool b);
    static MetricValue null();

    bool present() const { return kind != Kind::Missing; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isFiniteNumber() const;
    // What the table shows: shortest round-trip number ("0.9460213440787918"), "NaN", "Infinity",
    // "-Infinity", the string in quotes, "true"/"false", "null", or "" when missing.
    QString display() const;
    // "number", "string", "boolean", "null", "missing": for mixed-type messages.
    QString typeName() const;
};

// JSON for reports: numbers as numbers; NaN and infinities as the strings "NaN", "Infinity",
// "-Infinity" (JSON has no literal for them); strings and booleans as themselves; missing as null.
nlohmann::json toJson(const MetricValue &value);
// A double for JSON: finite numbers as numbers, everything else as null.
nlohmann::json finiteOrNull(double v);
// Shortest representation that parses back to the same double.
QString formatNumber(double v);
// The same in a person's locale ("6,371" in German); the C locale gives formatNumber(v).
// Machine output (JSON, the CLI) never uses this.
QString formatNumber(double v, const QLocale &locale);

} // namespace mr::results
