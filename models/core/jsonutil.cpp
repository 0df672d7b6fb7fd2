// SPDX-License-Identifier: Apache-2.0
#include "models/core/jsonutil.h"

#include "models/core/jsonguard.h"

#include <QCoreApplication>
#include <QFile>

namespace mr {

void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    int l = 1;
    int c = 1;
    const qsizetype end = qMin(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++l;
            c = 1;
        } else if ((uchar(data.at(i)) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++c;
        }
    }
    *line = l;
    *column = c;
}

std::optional<nlohmann::json> parseJson(const QByteArray &data, const QString &fileName, Diagnostic *error)
{
    return parseJson(data, fileName, error, JsonParseOptions{});
}

std::optional<nlohmann::json> parseJson(const QByteArray &data, const QString &fileName, Diagnostic *error,
                                        const JsonParseOptions &options)
{
    Diagnostic scratch;
    Diagnostic *d = error ? error : &scratch;
    if (!checkJsonDepth(data, fileName, options.maxDepth, d))
        return std::nullopt;
    std::optional<nlohmann::json> parsed;
    try {
        parsed = nlohmann::json::parse(data.constBegin(), data.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        *d = Diagnostic{fileName, 0, 0, {}, {}};
        // e.byte is the 1-based position of the offending byte.
        lineColumnAt(data, qsizetype(e.byte > 0 ? e.byte - 1 : 0), &d->line, &d->column);
        QString what = QString::fromUtf8(e.what());
        // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: " prefix.
        const qsizetype colon = what.indexOf(
            QStringLiteral(": "), what.indexOf(QCoreApplication::translate("mr::Core", "parse error")));
        if (colon >= 0)
            what = what.mid(colon + 2);
        d->message = QCoreApplication::translate("mr::Core", "malformed JSON: ") + what;
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range &e) {
        // "number overflow parsing '1e400'" carries the token but no position: find the token.
        *d = Diagnostic{fileName, 0, 0, {}, {}};
        const std::string what = e.what();
        const size_t open = what.find('\'');
        const size_t close = what.rfind('\'');
        if (open != std::string::npos && close > open + 1) {
            const QByteArray token = QByteArray::fromStdString(what.substr(open + 1, close - open - 1));
            const qsizetype at = data.indexOf(token);
            if (at >= 0)
                lineColumnAt(data, at, &d->line, &d->column);
            d->message = QCoreApplication::translate("mr::Core", "number %1 is out of range")
                             .arg(QString::fromUtf8(token));
        } else {
            d->message = QCoreApplication::translate("mr::Core", "a number is out of range");
        }
        return std::nullopt;
    } catch (const std::exception &e) {
        *d = Diagnostic{
            fileName,
            0,
            0,
            {},
            QCoreApplication::translate("mr::Core", "cannot read: %1").arg(QString::fromUtf8(e.what()))};
        return std::nullopt;
    }
    if (options.rejectDuplicateKeys && !checkJsonDuplicateKeys(data, fileName, d))
        return std::nullopt;
    return parsed;
}

std::optional<nlohmann::json> readJsonFile(const QString &path, const QString &displayName, Diagnostic *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            error->file = displayName;
            error->message =
                f.exists() ? QCoreApplication::translate("mr::Core", "cannot read: %1").arg(f.errorString())
                           : QCoreApplication::translate("mr::Core", "file not found");
        }
        return std::nullopt;
    }
    return parseJson(f.readAll(), displayName, error);
}

QString jsonTypeName(const nlohmann::json &j)
{
    return QString::fromLatin1(j.type_name());
}

} // namespace mr
