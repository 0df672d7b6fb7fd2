// SPDX-License-Identifier: Apache-2.0
// The dataset manifest readers, each forced to its format (MR_FUZZ_MANIFEST: jsonl, csv,
// dvc_lock, dvc_file, dvc_dir; any: detected from the content as loadManifestSync does), then indexed and
// checked for duplicates as the loader does. dvc_dir fuzzes a DVC `.dir` listing: a fixed dvc.lock points at
// it in the package's cache.
#include "models/dataset/manifestreader.h"
#include "tests/fuzz/fuzzutil.h"

#include <fcntl.h>
#include <unistd.h>

#include <QFile>

using namespace mr::dataset;

namespace {

enum class Kind { Any, Jsonl, Csv, DvcLock, DvcFile, DvcDir };
constexpr Kind kKind = Kind::MR_FUZZ_MANIFEST;

constexpr char kDirMd5[] = "0123456789abcdef0123456789abcdef";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Manifest manifest;
    manifest.fileName = QStringLiteral("manifest");
    mr::Diagnostics diagnostics;
    int dropped = 0;
    detail::ReadContext ctx;
    ctx.displayName = manifest.fileName;
    ctx.options.maxLineBytes = 1 << 16;
    ctx.options.searchRoot = mr::fuzz::tempDir();
    ctx.out = &manifest;
    ctx.diagnostics = &diagnostics;
    ctx.dropped = &dropped;
    mr::Diagnostic error;
    bool ok = false;
    switch (kKind) {
    case Kind::Any: {
        const QString path = mr::fuzz::writeInput(QStringLiteral("manifest"), data, size);
        const ManifestLoadResult r = loadManifestSync(path, manifest.fileName, ctx.options);
        for (const mr::Diagnostic &d : r.diagnostics)
            (void)d.toString();
        (void)r.error.toString();
        return 0;
    }
    case Kind::Jsonl:
    case Kind::Csv: {
        const QString path = mr::fuzz::writeInput(QStringLiteral("manifest"), data, size);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return 0;
        ok = kKind == Kind::Jsonl ? detail::readJsonLines(ctx, fd, qint64(size), &error)
                                  : detail::readCsv(ctx, fd, qint64(size), &error);
        ::close(fd);
        break;
    }
    case Kind::DvcLock:
    case Kind::DvcFile:
        ok = detail::readDvc(ctx, mr::fuzz::bytes(data, size),
                             mr::fuzz::tempDir() + QStringLiteral("/dvc.lock"), kKind == Kind::DvcLock,
                             &error);
        break;
    case Kind::DvcDir: {
        static const QByteArray lock = QByteArray("schema: '2.0'\nstages:\n  prep:\n    cmd: x\n    outs:\n"
                                                  "    - path: data/images\n      md5: ") +
                                       kDirMd5 + ".dir\n      size: 10\n      nfiles: 2\n";
        const QString md5 = QString::fromLatin1(kDirMd5);
        mr::fuzz::writeInput(QStringLiteral(".dvc/cache/files/md5/%1/%2.dir").arg(md5.left(2), md5.mid(2)),
                             data, size);
        ok = detail::readDvc(ctx, lock, mr::fuzz::tempDir() + QStringLiteral("/dvc.lock"), true, &error);
        break;
    }
    }
    if (!ok) {
        (void)error.toString();
        return 0;
    }
    manifest.finishColumns();
    std::vector<qsizetype> duplicates;
    manifest.buildIndex(&duplicates);
    for (const mr::Diagnostic &d : duplicateDiagnostics(manifest, duplicates, 100))
        (void)d.toString();
    return 0;
}
