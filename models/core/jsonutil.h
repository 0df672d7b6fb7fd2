// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace mr {

struct JsonParseOptions
{
    // Duplicate object keys are an error (package and review files: two tools reading the same
    // file must not see different values).
    bool rejectDuplicateKeys = false;
    int maxDepth = 512; // see kMaxJsonDepth in jsonguard.h
};

// Parses a small JSON document (package file, review file, results). On a syntax error, a
// number out of range (1e400), nesting deeper than `maxDepth` or (when asked) a duplicate key
// returns nullopt and fills `error` with the file, 1-based line and column, and what is wrong.
// Never throws.
std::optional<nlohmann::json> parseJson(const QByteArray &data, const QString &fileName, Diagnostic *error);
std::optional<nlohmann::json> parseJson(const QByteArray &data, const QString &fileName, Diagnostic *error,
                                        const JsonParseOptions &options);

// Reads and parses a file; a missing or unreadable file is reported in `error` too.
std::optional<nlohmann::json> readJsonFile(const QString &path, const QString &displayName,
                                           Diagnostic *error);

// Maps a byte offset in `data` to a 1-based line and column.
void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column);

inline QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
inline std::string ss(const QString &s)
{
    return s.toStdString();
}

// "string", "number", ...: for messages such as "expected a string, found a number".
QString jsonTypeName(const nlohmann::json &j);

} // namespace mr
