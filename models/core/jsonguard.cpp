// SPDX-License-Identifier: Apache-2.0
#include "models/core/jsonguard.h"

#include "models/core/jsonutil.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <string>
#include <unordered_map>
#include <vector>

namespace mr {

namespace {

// The end of the string literal that opens at `at` (one past its closing quote), or -1 when it
// never closes.
qsizetype stringEnd(const QByteArray &data, qsizetype at)
{
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = at + 1; i < n; ++i) {
        if (p[i] == '\\')
            ++i;
        else if (p[i] == '"')
            return i + 1;
    }
    return -1;
}

std::string decodeKey(const QByteArray &data, qsizetype from, qsizetype to)
{
    const char *p = data.constData();
    bool escaped = false;
    for (qsizetype i = from + 1; i + 1 < to; ++i) {
        if (p[i] == '\\') {
            escaped = true;
            break;
        }
    }
    if (!escaped)
        return std::string(p + from + 1, size_t(to - from - 2));
    try {
        return nlohmann::json::parse(p + from, p + to).get<std::string>();
    } catch (const nlohmann::json::exception &) {
        return std::string(p + from, size_t(to - from)); // malformed: compare the raw text
    }
}

struct Container
{
    bool object = false;
    bool expectKey = false;
    int index = 0;
    std::string key;
    std::unordered_map<std::string, qsizetype> keys; // key -> offset of its first occurrence
};

QString pathOf(const std::vector<Container> &stack)
{
    QString path;
    for (const Container &c : stack) {
        if (c.object) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += qs(c.key);
        } else {
            path += QStringLiteral("[%1]").arg(c.index);
        }
    }
    return path;
}

} // namespace

bool checkJsonDepth(const QByteArray &data, const QString &fileName, int maxDepth, Diagnostic *error)
{
    const char *p = data.constData();
    const qsizetype n = data.size();
    int depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            const qsizetype end = stringEnd(data, i);
            if (end < 0)
                return true; // unterminated: the parser reports it with its place
            i = end - 1;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) {
                if (error) {
                    *error =
                        Diagnostic{fileName,
                                   0,
                                   0,
                                   {},
                                   QCoreApplication::translate("mr::Core", "nesting deeper than %1 levels")
                                       .arg(maxDepth)};
                    lineColumnAt(data, i, &error->line, &error->column);
                }
                return false;
            }
        } else if (c == '}' || c == ']') {
            if (depth > 0)
                --depth;
        }
    }
    return true;
}

bool checkJsonDuplicateKeys(const QByteArray &data, const QString &fileName, Diagnostic *error)
{
    const char *p = data.constData();
    const qsizetype n = data.size();
    std::vector<Container> stack;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        switch (c) {
        case '{': stack.push_back(Container{true, true, 0, {}, {}}); break;
        case '[': stack.push_back(Container{false, false, 0, {}, {}}); break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty()) {
                stack.back().expectKey = stack.back().object;
                ++stack.back().index;
            }
            break;
        case '"': {
            const qsizetype end = stringEnd(data, i);
            if (end < 0)
                return true;
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Container &top = stack.back();
                top.expectKey = false;
                top.key = decodeKey(data, i, end);
                const auto [it, inserted] = top.keys.emplace(top.key, i);
                if (!inserted) {
                    if (error) {
                        int firstLine = 0, firstColumn = 0;
                        lineColumnAt(data, it->second, &firstLine, &firstColumn);
                        *error = Diagnostic{fileName, 0, 0, pathOf(stack),
                                            QCoreApplication::translate(
                                                "mr::Core", "duplicate key \"%1\" (first at line %2, column "
                                                            "%3): readers disagree on which value counts")
                                                .arg(qs(top.key))
                                                .arg(firstLine)
                                                .arg(firstColumn)};
                        lineColumnAt(data, i, &error->line, &error->column);
                    }
                    return false;
                }
            }
            i = end - 1;
            break;
        }
        default: break;
        }
    }
    return true;
}

} // namespace mr
