// SPDX-License-Identifier: Apache-2.0
// DVC `.dir` listings: found in the cache layouts of DVC 2 and 3, read with simdjson On Demand.
#include "models/dvc/dvcproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>
#include <simdjson.h>

namespace mr::dvc {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool parseMd5(std::string_view hex, std::uint8_t *out)
{
    if (hex.size() != 32)
        return false;
    for (size_t i = 0; i < 16; ++i) {
        const int hi = hexValue(hex[2 * i]), lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = std::uint8_t(hi << 4 | lo);
    }
    return true;
}

} // namespace

QString findDirListing(const QString &root, const QString &md5)
{
    if (md5.size() != 32)
        return {};
    const QString head = md5.left(2), tail = md5.mid(2);
    for (QChar c : md5)
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {}; // the hash becomes part of a path: only hex
    const QDir dir(root);
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    for (const char *layout : {".dvc/cache/files/md5/%1/%2.dir", ".dvc/cache/%1/%2.dir"}) {
        const QString candidate = dir.filePath(QString::fromLatin1(layout).arg(head, tail));
        // Only a regular file that stays below the root (a cache linked elsewhere is not read).
        if (QFileInfo(candidate).isFile() && !canonicalRoot.isEmpty() &&
            QFileInfo(candidate).canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/')))
            return candidate;
    }
    return {};
}

bool readDirListing(const QString &path, const QString &display, const DirEntryFn &entry,
                    Diagnostics *diagnostics, Diagnostic *error, int maxDiagnostics)
{
    using namespace simdjson;
    // The listing is mapped, not copied, when the page it ends in leaves simdjson its padding
    // (readable zeros after the end); otherwise it is loaded into a padded copy.
    QFile file(path);
    padded_string copy;
    padded_string_view text;
    const uchar *map = nullptr;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {display,
                  0,
                  0,
                  {},
                  QCoreApplication::translate("mr::Dvc", "cannot read the directory listing: %1")
                      .arg(file.errorString())};
        return false;
    }
    const qint64 size = file.size();
    const qint64 page = 4096;
    if (size > 0 && size % page != 0 && page - size % page >= qint64(SIMDJSON_PADDING))
        map = file.map(0, size);
    if (map) {
        text = padded_string_view(reinterpret_cast<const char *>(map), size_t(size),
                                  size_t(size + (page - size % page)));
    } else {
        if (padded_string::load(QFile::encodeName(path).toStdString()).get(copy) != SUCCESS) {
            *error = {display,
                      0,
                      0,
                      {},
                      QCoreApplication::translate("mr::Dvc", "cannot read the directory listing")};
            return false;
        }
        text = copy;
    }
    int reported = 0;
    auto note = [&](qsizetype index, const QString &message) {
        if (diagnostics && reported++ < maxDiagnostics)
            diagnostics->append({display, 0, 0, QStringLiteral("[%1]").arg(index), message});
    };
    ondemand::parser parser;
    ondemand::document doc;
    if (auto e = parser.iterate(text).get(doc); e != SUCCESS) {
        *error = {
            display,
            1,
            1,
            {},
            QCoreApplication::translate("mr::Dvc", "not JSON: %1").arg(QString::fromUtf8(error_message(e)))};
        return false;
    }
    ondemand::array array;
    if (doc.get_array().get(array) != SUCCESS) {
        *error = {display,
                  1,
                  1,
                  {},
                  QCoreApplication::translate("mr::Dvc", "a directory listing must be a JSON array")};
        return false;
    }
    qsizetype index = 0;
    for (auto item : array) {
        ondemand::object object;
        if (item.get_object().get(object) != SUCCESS) {
            // The array itself may be broken (truncated file): stop with the position.
            const char *where = nullptr;
            if (doc.current_location().get(where) == SUCCESS && where) {
                int line = 1, column = 1;
                for (const char *c = text.data(); c < where; ++c)
                    (*c == '\n') ? (++line, column = 1) : ++column;
                *error = {display, line, column, QStringLiteral("[%1]").arg(index),
                          QCoreApplication::translate("mr::Dvc", "an entry is not a JSON object")};
            } else {
                *error = {display, 0, 0, QStringLiteral("[%1]").arg(index),
                          QCoreApplication::translate("mr::Dvc", "an entry is not a JSON object")};
            }
            return false;
        }
        std::string_view relpath, md5hex;
        qint64 size = -1;
        bool bad = false;
        for (auto field : object) {
            // Keys compared raw (DVC writes plain ASCII keys): no unescaping per field.
            ondemand::raw_json_string key;
            if (field.key().get(key) != SUCCESS) {
                bad = true;
                break;
            }
            if (key == "relpath") {
                if (field.value().get_string().get(relpath) != SUCCESS)
                    bad = true;
            } else if (key == "md5") {
                // Hex digits need no unescaping: read in place, quotes stripped.
                std::string_view token;
                if (field.value().raw_json_token().get(token) != SUCCESS)
                    bad = true;
                else if (token.size() >= 34 && token[0] == '"' && token[33] == '"')
                    md5hex = token.substr(1, 32);
                else
                    md5hex = {};
            } else if (key == "size") {
                std::int64_t s = -1;
                if (field.value().get_int64().get(s) == SUCCESS && s >= 0)
                    size = s;
            }
        }
        std::uint8_t digest[16];
        if (bad || relpath.empty() || !parseMd5(md5hex, digest)) {
            if (bad) {
                *error = {display, 0, 0, QStringLiteral("[%1]").arg(index),
                          QCoreApplication::translate("mr::Dvc", "malformed entry")};
                return false;
            }
            note(index,
                 QCoreApplication::translate("mr::Dvc", "an entry lacks relpath or a 32-hex-digit md5"));
        } else {
            entry(relpath, digest, size);
        }
        ++index;
    }
    if (diagnostics && reported > maxDiagnostics)
        diagnostics->append({display,
                             0,
                             0,
                             {},
                             QCoreApplication::translate("mr::Dvc", "%1 more entries refused")
                                 .arg(reported - maxDiagnostics)});
    return true;
}

} // namespace mr::dvc
