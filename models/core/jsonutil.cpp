// SPDX-License-Identifier: Apache-2.0
#include "models/core/jsonutil.h"

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
    try {
        return nlohmann::json::parse(data.constBegin(), data.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        if (error) {
            error->file = fileName;
            // e.byte is the 1-based position of the offending byte.
            lineColumnAt(data, qsizetype(e.byte > 0 ? e.byte - 1 : 0), &error->line, &error->column);
            QString what = QString::fromUtf8(e.what());
            // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: " prefix.
            const qsizetype colon =
                what.indexOf(QStringLiteral(": "), what.indexOf(QStringLiteral("parse error")));
            if (colon >= 0)
                what = what.mid(colon + 2);
            error->message = QStringLiteral("malformed JSON: ") + what;
        }
        return std::nullopt;
    }
}

std::optional<nlohmann::json> readJsonFile(const QString &path, const QString &displayName, Diagnostic *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            error->file = displayName;
            error->message = f.exists() ? QStringLiteral("cannot read: %1").arg(f.errorString())
                                        : QStringLiteral("file not found");
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
