// SPDX-License-Identifier: Apache-2.0
// CSV manifests: a header row naming path, size and sha256 or md5; other columns kept.
#include "models/dataset/manifestreader.h"

#include "models/dataset/recordreader.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>

namespace mr::dataset::detail {

// RFC 4180 fields of one record: quotes doubled inside quoted fields; ',' ';' or tab separate.
static bool splitCsv(std::string_view rec, char sep, std::vector<std::string> *fields)
{
    fields->clear();
    std::string cur;
    size_t i = 0;
    bool quotedField = false;
    for (;;) {
        cur.clear();
        quotedField = i < rec.size() && rec[i] == '"';
        if (quotedField) {
            ++i;
            for (;;) {
                if (i >= rec.size())
                    return false; // unterminated quote
                if (rec[i] == '"') {
                    if (i + 1 < rec.size() && rec[i + 1] == '"') {
                        cur.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cur.push_back(rec[i++]);
            }
            if (i < rec.size() && rec[i] != sep)
                return false;
        } else {
            const size_t end = rec.find(sep, i);
            cur.assign(rec.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
            i = end == std::string_view::npos ? rec.size() : end;
        }
        fields->push_back(cur);
        if (i >= rec.size())
            return true;
        ++i; // separator
    }
}

bool readCsv(ReadContext &ctx, int fd, qint64, Diagnostic *error)
{
    RecordReader reader(fd, ctx.options.maxLineBytes, true);
    std::string_view rec;
    std::vector<std::string> header, fields;
    char sep = ',';
    int pathCol = -1, sizeCol = -1, shaCol = -1, md5Col = -1;
    std::vector<int> extraCols; // manifest column per CSV column, -1 for known ones
    qsizetype sinceCheckpoint = 0;
    for (;;) {
        const RecordStep step = nextRecord(ctx, reader, &rec, error);
        if (step == RecordStep::End)
            break;
        if (step == RecordStep::Error)
            return false;
        const int line = reader.line();
        if (step == RecordStep::Skip)
            continue;
        if (rec.empty())
            continue;
        if (rec.find('\0') != std::string_view::npos) {
            ++ctx.out->rejectedLines;
            ctx.diag(line, int(rec.find('\0')) + 1, {},
                     QCoreApplication::translate("mr::Dataset", "line contains a NUL byte"));
            continue;
        }
        if (header.empty()) {
            if (rec.substr(0, 3) == "\xEF\xBB\xBF")
                rec.remove_prefix(3);
            const size_t comma = std::count(rec.begin(), rec.end(), ',');
            const size_t semi = std::count(rec.begin(), rec.end(), ';');
            const size_t tab = std::count(rec.begin(), rec.end(), '\t');
            sep = tab > comma && tab > semi ? '\t' : semi > comma ? ';' : ',';
            if (!splitCsv(rec, sep, &header) || header.empty()) {
                *error = Diagnostic{ctx.displayName,
                                    line,
                                    0,
                                    {},
                                    QCoreApplication::translate("mr::Dataset", "unreadable CSV header")};
                return false;
            }
            for (size_t c = 0; c < header.size(); ++c) {
                const QString name = QString::fromStdString(header[c]).trimmed();
                int extra = -1;
                if (name == QLatin1String("path"))
                    pathCol = int(c);
                else if (name == QLatin1String("size"))
                    sizeCol = int(c);
                else if (name == QLatin1String("sha256"))
                    shaCol = int(c);
                else if (name == QLatin1String("md5"))
                    md5Col = int(c);
                else
                    extra = ctx.out->addColumn(name);
                extraCols.push_back(extra);
            }
            if (pathCol < 0 || sizeCol < 0) {
                *error = Diagnostic{
                    ctx.displayName,
                    line,
                    0,
                    {},
                    QCoreApplication::translate(
                        "mr::Dataset", "the CSV header must name the columns \"path\" and \"size\"")};
                return false;
            }
            continue;
        }
        if (!splitCsv(rec, sep, &fields)) {
            ++ctx.out->rejectedLines;
            ctx.diag(line, 0, {}, QCoreApplication::translate("mr::Dataset", "malformed CSV quoting"));
            continue;
        }
        if (fields.size() != header.size()) {
            ++ctx.out->rejectedLines;
            ctx.diag(line, 0, {},
                     QCoreApplication::translate("mr::Dataset", "%1 columns; the header has %2")
                         .arg(fields.size())
                         .arg(header.size()));
            continue;
        }
        const std::string &sizeText = fields[size_t(sizeCol)];
        qint64 size = -1;
        const auto [ptr, ec] = std::from_chars(sizeText.data(), sizeText.data() + sizeText.size(), size);
        if (ec != std::errc() || ptr != sizeText.data() + sizeText.size() || size < 0) {
            ++ctx.out->rejectedLines;
            ctx.diag(line, 0, QStringLiteral("size"),
                     QCoreApplication::translate("mr::Dataset", "size \"%1\" is not a non-negative integer")
                         .arg(QString::fromStdString(sizeText)));
            continue;
        }
        HashKind kind = HashKind::None;
        std::uint8_t digest[32] = {};
        bool bad = false;
        if (shaCol >= 0 && !fields[size_t(shaCol)].empty()) {
            kind = HashKind::Sha256;
            bad = !parseDigest(ctx, fields[size_t(shaCol)], kind, digest, line);
        } else if (md5Col >= 0 && !fields[size_t(md5Col)].empty()) {
            kind = HashKind::Md5;
            bad = !parseDigest(ctx, fields[size_t(md5Col)], kind, digest, line);
        }
        if (bad || !checkPath(ctx, fields[size_t(pathCol)], line)) {
            ++ctx.out->rejectedLines;
            continue;
        }
        const qsizetype row = ctx.out->addEntry(fields[size_t(pathCol)], size, kind, digest, line);
        for (size_t c = 0; c < fields.size(); ++c) {
            if (extraCols[c] < 0 || fields[c].empty())
                continue;
            double number = 0;
            const std::string &f = fields[c];
            const auto [p2, ec2] = std::from_chars(f.data(), f.data() + f.size(), number);
            if (ec2 == std::errc() && p2 == f.data() + f.size())
                ctx.out->setNumber(extraCols[c], row, number);
            else
                ctx.out->setText(extraCols[c], row, f);
        }
        if (++sinceCheckpoint >= 4096) {
            sinceCheckpoint = 0;
            if (ctx.checkpoint && !ctx.checkpoint(reader.bytesRead()))
                return true;
        }
    }
    if (header.empty()) {
        *error = Diagnostic{ctx.displayName,
                            1,
                            0,
                            {},
                            QCoreApplication::translate("mr::Dataset", "the CSV file has no header row")};
        return false;
    }
    return true;
}

} // namespace mr::dataset::detail
