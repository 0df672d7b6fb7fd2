// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/manifestreader.h"

#include "models/dataset/recordreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <simdjson.h>

#include <QCoreApplication>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mr::dataset {

QString manifestFormatName(ManifestFormat f)
{
    switch (f) {
    case ManifestFormat::JsonLines: return QStringLiteral("jsonl");
    case ManifestFormat::Csv: return QStringLiteral("csv");
    case ManifestFormat::DvcLock: return QStringLiteral("dvc.lock");
    case ManifestFormat::DvcFile: return QStringLiteral(".dvc");
    case ManifestFormat::LfsPointers: return QStringLiteral("lfs");
    case ManifestFormat::DvcProject: return QStringLiteral("dvc-project");
    case ManifestFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

ManifestFormat detectManifestFormat(const QByteArray &head)
{
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    const QByteArray rest = head.mid(i);
    if (rest.isEmpty())
        return ManifestFormat::JsonLines; // empty file: an empty manifest
    if (rest.startsWith('{'))
        return ManifestFormat::JsonLines;
    if (rest.startsWith("version https://git-lfs.github.com/spec/"))
        return ManifestFormat::LfsPointers;
    if (rest.startsWith("schema:") || rest.contains("\nstages:") || rest.startsWith("stages:"))
        return ManifestFormat::DvcLock;
    if (rest.startsWith("outs:") || rest.contains("\nouts:") || rest.startsWith("md5:") ||
        rest.startsWith("deps:"))
        return ManifestFormat::DvcFile;
    const qsizetype nl = rest.indexOf('\n');
    const QByteArray first = nl < 0 ? rest : rest.left(nl);
    if (first.contains("path") && (first.contains(',') || first.contains(';') || first.contains('\t')))
        return ManifestFormat::Csv;
    return ManifestFormat::Unknown;
}

namespace detail {

RecordStep nextRecord(ReadContext &ctx, RecordReader &reader, std::string_view *record, Diagnostic *error)
{
    const auto status = reader.next(record);
    switch (status) {
    case RecordReader::Status::End: return RecordStep::End;
    case RecordReader::Status::Error:
        *error = Diagnostic{ctx.displayName,
                            reader.line(),
                            0,
                            {},
                            QCoreApplication::translate("mr::Dataset", "read error: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(reader.error())))};
        return RecordStep::Error;
    case RecordReader::Status::TooLong:
        ++ctx.out->rejectedLines;
        ctx.diag(reader.line(), 0, {},
                 QCoreApplication::translate("mr::Dataset", "line is %1 bytes long; the limit is %2")
                     .arg(reader.skippedLength())
                     .arg(ctx.options.maxLineBytes));
        return RecordStep::Skip;
    default: return RecordStep::Record;
    }
}

void ReadContext::diag(int line, int column, const QString &where, const QString &message) const
{
    if (diagnostics->size() >= options.maxDiagnostics) {
        ++*dropped;
        return;
    }
    diagnostics->append(Diagnostic{displayName, line, column, where, message});
}

namespace {
QString sv(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
} // namespace

bool checkPath(ReadContext &ctx, std::string_view path, int line)
{
    const QString problem = pathProblem(path);
    if (problem.isEmpty())
        return true;
    if (!path.empty() && path.find('\0') == std::string_view::npos)
        ++ctx.out->rejectedUnsafePaths;
    ctx.diag(line, 0, QStringLiteral("path"), problem);
    return false;
}

bool parseDigest(ReadContext &ctx, std::string_view hex, HashKind kind, std::uint8_t *out, int line)
{
    const int n = hashByteLength(kind);
    if (parseHexDigest(hex, n, out))
        return true;
    const QString name = hashKindName(kind);
    if (hex.size() != size_t(n) * 2)
        ctx.diag(line, 0, name,
                 QCoreApplication::translate("mr::Dataset", "%1 has %2 characters; expected %3 hex digits")
                     .arg(name)
                     .arg(hex.size())
                     .arg(n * 2));
    else
        ctx.diag(line, 0, name,
                 QCoreApplication::translate("mr::Dataset", "%1 is not hexadecimal").arg(name));
    return false;
}

bool readJsonLines(ReadContext &ctx, int fd, qint64 fileSize, Diagnostic *error)
{
    // Synchronous reads build one manifest: reserve it once from the first lines' average
    // length, so that growth never holds an old and a new copy of a column at once.
    qint64 consumed = 0;
    const qsizetype sampleRows = 2000;
    const bool reserveOnce = !ctx.checkpoint && fileSize > 0;
    RecordReader reader(fd, ctx.options.maxLineBytes, false, simdjson::SIMDJSON_PADDING);
    simdjson::ondemand::parser parser;
    std::string_view rec;
    std::vector<std::pair<std::string, int>> columnOf; // extra keys seen, with their column
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
        consumed += qint64(rec.size()) + 1;
        if (reserveOnce && ctx.out->size() == sampleRows) {
            const double scale = double(fileSize) / double(consumed) * 1.02;
            ctx.out->reserve(qsizetype(double(sampleRows) * scale),
                             qsizetype(double(ctx.out->pathBytes()) * scale));
        }
        if (rec.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        if (const size_t nul = rec.find('\0'); nul != std::string_view::npos) {
            ++ctx.out->rejectedLines;
            ctx.diag(line, int(nul) + 1, {},
                     QCoreApplication::translate("mr::Dataset", "line contains a NUL byte"));
            continue;
        }
        std::string_view path;
        qint64 size = -1;
        HashKind kind = HashKind::None;
        std::uint8_t digest[32] = {};
        bool bad = false, havePath = false;
        struct Extra
        {
            std::string_view key;
            simdjson::ondemand::json_type type;
            double number;
            std::string_view text;
        };
        Extra extras[32];
        int extraCount = 0;
        auto fail = [&](const QString &where, const QString &message) {
            if (!bad)
                ctx.diag(line, 0, where, message);
            bad = true;
        };
        simdjson::ondemand::document doc;
        simdjson::ondemand::object obj;
        simdjson::error_code docError =
            parser.iterate(rec.data(), rec.size(), rec.size() + simdjson::SIMDJSON_PADDING).get(doc);
        if (docError == simdjson::SUCCESS)
            docError = doc.get_object().get(obj);
        if (docError != simdjson::SUCCESS) {
            if (docError == simdjson::INCORRECT_TYPE)
                fail({}, QCoreApplication::translate("mr::Dataset", "not a JSON object"));
            else if (docError == simdjson::TRAILING_CONTENT ||
                     rec.substr(rec.find_last_not_of(" \t")).front() != '}')
                fail({},
                     QCoreApplication::translate(
                         "mr::Dataset", "unexpected text after the JSON object, or an incomplete object"));
            else
                fail({}, QCoreApplication::translate("mr::Dataset", "not valid JSON (%1)")
                             .arg(QString::fromUtf8(simdjson::error_message(docError))));
        } else {
            for (auto field : obj) {
                std::string_view key;
                if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
                    fail({}, QCoreApplication::translate("mr::Dataset", "not valid JSON"));
                    break;
                }
                simdjson::ondemand::value v = field.value();
                if (key == "path") {
                    if (v.get_string().get(path) != simdjson::SUCCESS) {
                        fail(QStringLiteral("path"),
                             QCoreApplication::translate("mr::Dataset", "path is not a string"));
                        break;
                    }
                    havePath = true;
                } else if (key == "size") {
                    std::uint64_t u = 0;
                    if (v.get_uint64().get(u) != simdjson::SUCCESS || u > std::uint64_t(INT64_MAX)) {
                        fail(
                            QStringLiteral("size"),
                            QCoreApplication::translate("mr::Dataset", "size is not a non-negative integer"));
                        break;
                    }
                    size = qint64(u);
                } else if (key == "sha256" || key == "md5") {
                    const HashKind k = key == "md5" ? HashKind::Md5 : HashKind::Sha256;
                    std::string_view hex;
                    if (v.get_string().get(hex) != simdjson::SUCCESS) {
                        fail(sv(key),
                             QCoreApplication::translate("mr::Dataset", "%1 is not a string").arg(sv(key)));
                        break;
                    }
                    if (kind == HashKind::Sha256 && k == HashKind::Md5)
                        continue; // prefer SHA-256 when both are given
                    if (!parseDigest(ctx, hex, k, digest, line)) {
                        bad = true;
                        break;
                    }
                    kind = k;
                } else if (extraCount < 32) {
                    Extra &e = extras[extraCount];
                    e.key = key;
                    if (v.type().get(e.type) != simdjson::SUCCESS) {
                        fail(sv(key), QCoreApplication::translate("mr::Dataset", "not valid JSON"));
                        break;
                    }
                    using T = simdjson::ondemand::json_type;
                    simdjson::error_code ec = simdjson::SUCCESS;
                    bool keep = true;
                    switch (e.type) {
                    case T::number: ec = v.get_double().get(e.number); break;
                    case T::string: ec = v.get_string().get(e.text); break;
                    case T::boolean: {
                        bool b = false;
                        ec = v.get_bool().get(b);
                        e.text = b ? "true" : "false";
                        e.type = T::string;
                        break;
                    }
                    case T::null: keep = false; break;
                    default: keep = false; break;
                    case T::array: {
                        simdjson::ondemand::array a;
                        ec = v.get_array().get(a);
                        if (!ec)
                            ec = a.raw_json().get(e.text);
                        e.type = T::string;
                        break;
                    }
                    case T::object: {
                        simdjson::ondemand::object o;
                        ec = v.get_object().get(o);
                        if (!ec)
                            ec = o.raw_json().get(e.text);
                        e.type = T::string;
                        break;
                    }
                    }
                    if (ec != simdjson::SUCCESS) {
                        fail(sv(key), QStringLiteral("%1: %2").arg(
                                          sv(key), QString::fromUtf8(simdjson::error_message(ec))));
                        break;
                    }
                    if (keep)
                        ++extraCount;
                }
            }
            const char *trailing = nullptr;
            if (!bad && doc.current_location().get(trailing) == simdjson::SUCCESS)
                fail({}, QCoreApplication::translate("mr::Dataset", "unexpected text after the JSON object"));
        }
        if (!bad && !havePath)
            fail(QStringLiteral("path"), QCoreApplication::translate("mr::Dataset", "missing \"path\""));
        if (!bad && size < 0)
            fail(QStringLiteral("size"), QCoreApplication::translate("mr::Dataset", "missing \"size\""));
        if (!bad && !checkPath(ctx, path, line))
            bad = true;
        if (bad) {
            ++ctx.out->rejectedLines;
            continue;
        }
        const qsizetype row = ctx.out->addEntry(path, size, kind, digest, line);
        for (int i = 0; i < extraCount; ++i) {
            const Extra &e = extras[i];
            int col = -1;
            for (const auto &[name, index] : columnOf)
                if (name == e.key) {
                    col = index;
                    break;
                }
            if (col < 0) {
                col = ctx.out->addColumn(sv(e.key));
                columnOf.emplace_back(std::string(e.key), col);
            }
            if (e.type == simdjson::ondemand::json_type::number)
                ctx.out->setNumber(col, row, e.number);
            else
                ctx.out->setText(col, row, e.text);
        }
        if (++sinceCheckpoint >= 4096) {
            sinceCheckpoint = 0;
            if (ctx.checkpoint && !ctx.checkpoint(reader.bytesRead()))
                return true;
        }
    }
    return true;
}

} // namespace detail

namespace {

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Reads `path` in whatever format it holds into ctx.out. Returns false when unreadable.
bool readAny(detail::ReadContext &ctx, const QString &path, Diagnostic *error)
{
    const QFileInfo info(path);
    if (info.isDir() && detail::isDvcProjectFolder(path)) {
        ctx.out->format = manifestFormatName(ManifestFormat::DvcProject);
        return detail::readDvcProject(ctx, path, error);
    }
    if (info.isDir()) {
        ctx.out->format = manifestFormatName(ManifestFormat::LfsPointers);
        return detail::readLfsPointers(ctx, path, error);
    }
    Fd f;
    f.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (f.fd < 0) {
        *error = Diagnostic{ctx.displayName,
                            0,
                            0,
                            {},
                            QCoreApplication::translate("mr::Dataset", "cannot open: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(errno)))};
        return false;
    }
    struct stat st
    {
    };
    ::fstat(f.fd, &st);
    if (!S_ISREG(st.st_mode)) {
        *error = Diagnostic{
            ctx.displayName, 0, 0, {}, QCoreApplication::translate("mr::Dataset", "not a regular file")};
        return false;
    }
    char head[4096];
    const ssize_t n = ::pread(f.fd, head, sizeof head, 0);
    const ManifestFormat format = detectManifestFormat(QByteArray(head, n > 0 ? int(n) : 0));
    ctx.out->format = manifestFormatName(format);
    switch (format) {
    case ManifestFormat::JsonLines: return detail::readJsonLines(ctx, f.fd, st.st_size, error);
    case ManifestFormat::Csv: return detail::readCsv(ctx, f.fd, st.st_size, error);
    case ManifestFormat::DvcLock:
    case ManifestFormat::DvcFile:
    case ManifestFormat::LfsPointers: {
        if (st.st_size > (qint64(64) << 20)) {
            *error = Diagnostic{ctx.displayName,
                                0,
                                0,
                                {},
                                QCoreApplication::translate("mr::Dataset", "file too large for its format")};
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Diagnostic{
                ctx.displayName,
                0,
                0,
                {},
                QCoreApplication::translate("mr::Dataset", "cannot open: %1").arg(file.errorString())};
            return false;
        }
        const QByteArray data = file.readAll();
        if (format == ManifestFormat::LfsPointers) {
            std::uint8_t digest[32];
            qint64 size = -1;
            if (!detail::parseLfsPointer(data, digest, &size)) {
                *error =
                    Diagnostic{ctx.displayName,
                               1,
                               0,
                               {},
                               QCoreApplication::translate("mr::Dataset", "not a valid Git LFS pointer")};
                return false;
            }
            const QByteArray name = info.fileName().toUtf8();
            ctx.out->addEntry(std::string_view(name.constData(), size_t(name.size())), size, HashKind::Sha256,
                              digest, 1);
            return true;
        }
        return detail::readDvc(ctx, data, path, format == ManifestFormat::DvcLock, error);
    }
    case ManifestFormat::DvcProject:
    case ManifestFormat::Unknown: break;
    }
    *error =
        Diagnostic{ctx.displayName,
                   1,
                   0,
                   {},
                   QCoreApplication::translate(
                       "mr::Dataset", "unrecognised manifest format (expected JSON Lines, CSV with a header, "
                                      "dvc.lock, .dvc or Git LFS pointers)")};
    return false;
}

} // namespace

Diagnostics duplicateDiagnostics(const Manifest &manifest, const std::vector<qsizetype> &duplicates, int cap)
{
    Diagnostics out;
    for (qsizetype row : duplicates) {
        if (out.size() >= cap)
            break;
        const qsizetype first = manifest.find(manifest.pathView(row));
        out.append(
            Diagnostic{manifest.fileName, manifest.line(row), 0, QStringLiteral("path"),
                       QCoreApplication::translate("mr::Dataset", "duplicate path \"%1\" (first on line %2)")
                           .arg(manifest.path(row))
                           .arg(first >= 0 ? manifest.line(first) : 0)});
    }
    return out;
}

ManifestLoadResult loadManifestSync(const QString &path, const QString &displayName,
                                    const ReadOptions &options)
{
    ManifestLoadResult result;
    auto manifest = std::make_shared<Manifest>();
    manifest->fileName = displayName;
    detail::ReadContext ctx;
    ctx.displayName = displayName;
    ctx.options = options;
    ctx.out = manifest.get();
    ctx.diagnostics = &result.diagnostics;
    ctx.dropped = &result.diagnosticsDropped;
    if (!readAny(ctx, path, &result.error))
        return result;
    manifest->finishColumns();
    manifest->buildIndex(&result.duplicates);
    const Diagnostics dups = duplicateDiagnostics(*manifest, result.duplicates, options.maxDiagnostics);
    result.diagnostics += dups;
    result.diagnosticsDropped += int(result.duplicates.size()) - int(dups.size());
    result.manifest = std::move(manifest);
    return result;
}

void loadManifest(QPromise<ManifestBatch> &promise, const QString &path, const QString &displayName,
                  const ReadOptions &options)
{
    promise.setProgressRange(0, 1000);
    Manifest current;
    current.fileName = displayName;
    Diagnostics diagnostics;
    int dropped = 0;
    int droppedSent = 0;
    qint64 totalBytes = QFileInfo(path).size();
    qsizetype batchLimit = options.firstBatchRows;
    qint64 bytesSeen = 0, rowsSent = 0, pathBytesSent = 0;
    auto flush = [&](bool last) {
        ManifestBatch batch;
        current.finishColumns();
        Manifest next;
        next.fileName = current.fileName;
        next.format = current.format;
        // Same columns at the same indices: readers keep column indices across batches.
        for (const ExtraColumn &c : current.columns())
            next.addColumn(c.name);
        batch.rows = std::make_shared<Manifest>(std::move(current));
        current = std::move(next);
        batch.diagnostics = std::move(diagnostics);
        diagnostics.clear();
        batch.diagnosticsDropped = dropped - droppedSent;
        droppedSent = dropped;
        batch.last = last;
        rowsSent += batch.rows->size();
        if (bytesSeen > 0 && totalBytes > 0 && !last) {
            const double scale = double(totalBytes) / double(bytesSeen);
            batch.estimatedRows = qint64(double(rowsSent) * scale * 1.02);
            pathBytesSent += batch.rows->pathBytes();
            batch.estimatedPathBytes = qint64(double(pathBytesSent) * scale * 1.02);
        }
        promise.addResult(std::move(batch));
    };
    detail::ReadContext ctx;
    ctx.displayName = displayName;
    ctx.options = options;
    ctx.out = &current;
    ctx.diagnostics = &diagnostics;
    ctx.dropped = &dropped;
    ctx.checkpoint = [&](qint64 bytesDone) {
        if (promise.isCanceled())
            return false;
        if (totalBytes > 0)
            promise.setProgressValue(int(std::min<qint64>(999, bytesDone * 1000 / totalBytes)));
        bytesSeen = bytesDone;
        if (current.size() >= batchLimit) {
            flush(false);
            batchLimit = options.batchRows;
        }
        return true;
    };
    Diagnostic error;
    if (!readAny(ctx, path, &error)) {
        ManifestBatch batch;
        batch.last = true;
        batch.failed = true;
        batch.error = error;
        batch.diagnostics = diagnostics;
        promise.addResult(std::move(batch));
        return;
    }
    if (promise.isCanceled())
        return;
    flush(true);
    promise.setProgressValue(1000);
}

} // namespace mr::dataset
