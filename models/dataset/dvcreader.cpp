// SPDX-License-Identifier: Apache-2.0
// DVC (dvc.lock schema 2.0, with and without `hash: md5`; .dvc files) and Git LFS pointers.
#include "models/core/yamlutil.h"
#include "models/dataset/manifestreader.h"
#include "models/dvc/dvcproject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <algorithm>
#include <charconv>

namespace mr::dataset::detail {

namespace {

int lineOf(const YAML::Node &n)
{
    return n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
}

std::string scalar(const YAML::Node &n)
{
    if (!n || !n.IsScalar())
        return {};
    return n.Scalar();
}

// The `.dir` listing of a DVC directory output, looked for in the DVC cache layouts (DVC 3:
// .dvc/cache/files/md5/ab/cdef.dir; DVC 2: .dvc/cache/ab/cdef.dir) next to the lock file and
// under the search root.
QString findDirListing(const QString &md5, const QStringList &bases)
{
    const QString head = md5.left(2), tail = md5.mid(2);
    const QStringList layouts = {QStringLiteral(".dvc/cache/files/md5/%1/%2.dir"),
                                 QStringLiteral(".dvc/cache/%1/%2.dir"),
                                 QStringLiteral("cache/files/md5/%1/%2.dir"),
                                 QStringLiteral("cache/%1/%2.dir"), QStringLiteral("files/md5/%1/%2.dir")};
    for (const QString &base : bases) {
        if (base.isEmpty())
            continue;
        for (const QString &layout : layouts) {
            const QString candidate = QDir(base).filePath(layout.arg(head, tail));
            // Only a regular file that stays below the base (no link out of the package).
            const QString canonicalBase = QFileInfo(base).canonicalFilePath();
            if (QFileInfo(candidate).isFile() && !canonicalBase.isEmpty() &&
                QFileInfo(candidate).canonicalFilePath().startsWith(canonicalBase + QLatin1Char('/')))
                return candidate;
        }
    }
    return {};
}

struct OutContext
{
    ReadContext *ctx;
    QStringList bases;
    int stageColumn = -1;
    int nfilesColumn = -1;
    int listingColumn = -1;
    int ruleColumn = -1;
};

void addOut(OutContext &oc, const YAML::Node &out, const std::string &stage)
{
    ReadContext &ctx = *oc.ctx;
    const int line = lineOf(out);
    if (!out.IsMap()) {
        ctx.diag(line, 0, QStringLiteral("outs"),
                 QCoreApplication::translate("mr::Dataset", "an output is not a mapping"));
        ++ctx.out->rejectedLines;
        return;
    }
    const std::string path = scalar(out["path"]);
    std::string md5 = scalar(out["md5"]);
    const std::string hashName = scalar(out["hash"]);
    if (md5.empty() && hashName == "md5")
        md5 = scalar(out["md5"]);
    const QString problem = pathProblem(path);
    if (!problem.isEmpty()) {
        if (!path.empty())
            ++ctx.out->rejectedUnsafePaths;
        ++ctx.out->rejectedLines;
        ctx.diag(line, 0, QStringLiteral("path"), problem);
        return;
    }
    qint64 size = -1;
    if (const std::string s = scalar(out["size"]); !s.empty()) {
        const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), size);
        if (ec != std::errc() || p != s.data() + s.size() || size < 0) {
            ctx.diag(lineOf(out["size"]), 0, QStringLiteral("size"),
                     QCoreApplication::translate("mr::Dataset", "size \"%1\" is not a non-negative integer")
                         .arg(QString::fromStdString(s)));
            ++ctx.out->rejectedLines;
            return;
        }
    }
    const bool isDir = md5.size() > 4 && md5.compare(md5.size() - 4, 4, ".dir") == 0;
    // DVC 3 writes `hash: md5` (raw bytes); DVC 2 wrote none (text files hashed with CRLF as LF).
    const std::string rule = md5.empty()         ? std::string()
                             : hashName == "md5" ? std::string("md5")
                                                 : std::string("md5-dos2unix");
    if (isDir) {
        const QString dirMd5 = QString::fromStdString(md5.substr(0, md5.size() - 4));
        // The hash becomes part of a cache path: anything but exact hex ("../..") could lead
        // the listing out of the package, so it is refused before any path is built.
        static const QRegularExpression hex32(QStringLiteral("^[0-9a-fA-F]{32}$"));
        if (!hex32.match(dirMd5).hasMatch()) {
            ctx.diag(lineOf(out["md5"]), 0, QStringLiteral("md5"),
                     QCoreApplication::translate(
                         "mr::Dataset", "directory md5 \"%1\" is not 32 hex digits followed by .dir: refused")
                         .arg(dirMd5.left(80)));
            ++ctx.out->rejectedLines;
            return;
        }
        qint64 nfiles = -1;
        if (const std::string n = scalar(out["nfiles"]); !n.empty())
            std::from_chars(n.data(), n.data() + n.size(), nfiles);
        const QString listing = findDirListing(dirMd5, oc.bases);
        QFile file(listing);
        if (listing.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            // Keep the directory as one entry nobody can check file by file.
            const qsizetype row = ctx.out->addEntry(path, size, HashKind::None, nullptr, line);
            if (nfiles >= 0)
                ctx.out->setNumber(oc.nfilesColumn, row, double(nfiles));
            ctx.out->setText(oc.stageColumn, row, stage);
            ctx.out->setText(oc.listingColumn, row, "not in package");
            ctx.diag(line, 0, QString::fromStdString(path),
                     QCoreApplication::translate(
                         "mr::Dataset",
                         "directory output (md5 %1.dir): its listing is not in the package, so its files "
                         "cannot be listed or verified one by one")
                         .arg(dirMd5));
            return;
        }
        if (size >= 0)
            ctx.out->declaredTotalBytes = std::max<qint64>(0, ctx.out->declaredTotalBytes) + size;
        if (nfiles >= 0)
            ctx.out->declaredFileCount = std::max<qint64>(0, ctx.out->declaredFileCount) + nfiles;
        file.close();
        const std::string prefix = path + "/";
        std::string full;
        Diagnostics listingDiagnostics;
        Diagnostic listingError;
        const bool listed = dvc::readDirListing(
            listing, listing,
            [&](std::string_view rel, const std::uint8_t *digest, qint64 entrySize) {
                const QString relProblem = pathProblem(std::string(rel));
                if (!relProblem.isEmpty()) {
                    ++ctx.out->rejectedUnsafePaths;
                    ctx.diag(
                        line, 0, QString::fromStdString(path),
                        QCoreApplication::translate("mr::Dataset", "directory listing: %1").arg(relProblem));
                    return;
                }
                full.assign(prefix).append(rel);
                const qsizetype row = ctx.out->addEntry(full, entrySize, HashKind::Md5, digest, line);
                ctx.out->setText(oc.stageColumn, row, stage);
                ctx.out->setText(oc.ruleColumn, row, rule);
            },
            &listingDiagnostics, &listingError);
        for (const Diagnostic &d : listingDiagnostics)
            ctx.diag(line, 0, QString::fromStdString(path),
                     QCoreApplication::translate("mr::Dataset", "directory listing %1: %2")
                         .arg(d.where, d.message));
        if (!listed)
            ctx.diag(line, 0, QString::fromStdString(path),
                     QCoreApplication::translate("mr::Dataset", "directory listing %1")
                         .arg(listingError.toString()));
        return;
    }
    std::uint8_t digest[16];
    HashKind kind = HashKind::None;
    if (!md5.empty()) {
        if (!parseHexDigest(md5, 16, digest)) {
            ctx.diag(
                lineOf(out["md5"]), 0, QStringLiteral("md5"),
                QCoreApplication::translate("mr::Dataset", "md5 has %1 characters; expected 32 hex digits")
                    .arg(md5.size()));
            ++ctx.out->rejectedLines;
            return;
        }
        kind = HashKind::Md5;
    }
    const qsizetype row = ctx.out->addEntry(path, size, kind, digest, line);
    ctx.out->setText(oc.stageColumn, row, stage);
    ctx.out->setText(oc.ruleColumn, row, rule);
}

} // namespace

bool readDvc(ReadContext &ctx, const QByteArray &data, const QString &path, bool lockFile, Diagnostic *error)
{
    YAML::Node root;
    if (!loadYaml(data, ctx.displayName, &root, error))
        return false;
    if (!root.IsMap()) {
        *error = Diagnostic{
            ctx.displayName, 1, 0, {}, QCoreApplication::translate("mr::Dataset", "expected a YAML mapping")};
        return false;
    }
    OutContext oc{&ctx, {QFileInfo(path).absolutePath(), ctx.options.searchRoot}};
    oc.stageColumn = ctx.out->addColumn(QStringLiteral("stage"));
    oc.nfilesColumn = ctx.out->addColumn(QStringLiteral("nfiles"));
    oc.listingColumn = ctx.out->addColumn(QStringLiteral("dvc_listing"));
    oc.ruleColumn = ctx.out->addColumn(QString::fromLatin1(kDvcHashColumn));
    try {
        if (lockFile) {
            const std::string schema = scalar(root["schema"]);
            if (!schema.empty() && schema.rfind("2.", 0) != 0)
                ctx.diag(lineOf(root["schema"]), 0, QStringLiteral("schema"),
                         QCoreApplication::translate("mr::Dataset",
                                                     "dvc.lock schema %1 is not 2.x; reading it as 2.0")
                             .arg(QString::fromStdString(schema)));
            const YAML::Node stages = root["stages"];
            if (!stages || !stages.IsMap()) {
                *error = Diagnostic{ctx.displayName, 1, 0, QStringLiteral("stages"),
                                    QCoreApplication::translate("mr::Dataset", "no \"stages\" mapping")};
                return false;
            }
            for (const auto &stage : stages) {
                const std::string name = stage.first.as<std::string>();
                const YAML::Node outs = stage.second["outs"];
                if (!outs)
                    continue;
                if (!outs.IsSequence()) {
                    ctx.diag(lineOf(outs), 0, QString::fromStdString(name),
                             QCoreApplication::translate("mr::Dataset", "\"outs\" is not a list"));
                    continue;
                }
                for (const auto &out : outs)
                    addOut(oc, out, name);
            }
        } else {
            const YAML::Node outs = root["outs"];
            if (!outs || !outs.IsSequence()) {
                *error = Diagnostic{ctx.displayName, 1, 0, QStringLiteral("outs"),
                                    QCoreApplication::translate("mr::Dataset", "no \"outs\" list")};
                return false;
            }
            for (const auto &out : outs)
                addOut(oc, out, {});
        }
    } catch (const YAML::Exception &e) {
        *error = Diagnostic{
            ctx.displayName, e.mark.line + 1, e.mark.column + 1, {}, QString::fromStdString(e.msg)};
        return false;
    }
    return true;
}

bool parseLfsPointer(const QByteArray &data, std::uint8_t *sha256, qint64 *size)
{
    if (data.size() > 1024 || !data.startsWith("version https://git-lfs.github.com/spec/v1\n"))
        return false;
    bool haveOid = false, haveSize = false;
    for (const QByteArray &line : data.split('\n')) {
        if (line.startsWith("oid sha256:")) {
            const QByteArray hex = line.mid(11).trimmed();
            haveOid = parseHexDigest(std::string_view(hex.constData(), size_t(hex.size())), 32, sha256);
        } else if (line.startsWith("size ")) {
            bool ok = false;
            *size = line.mid(5).trimmed().toLongLong(&ok);
            haveSize = ok && *size >= 0;
        }
    }
    return haveOid && haveSize;
}

bool readLfsPointers(ReadContext &ctx, const QString &path, Diagnostic *error)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir dir(path);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains(QLatin1String("/.git/")))
            files.append(dir.relativeFilePath(f));
    }
    if (files.isEmpty()) {
        *error = Diagnostic{ctx.displayName,
                            0,
                            0,
                            {},
                            QCoreApplication::translate("mr::Dataset", "the folder holds no files")};
        return false;
    }
    std::sort(files.begin(), files.end());
    // In a repository clone (a Hugging Face model, say) most files are content, not pointers:
    // only the pointers are entries, and the rest is not a problem.
    const bool clone = QFileInfo::exists(dir.filePath(QStringLiteral(".gitattributes"))) ||
                       QFileInfo::exists(dir.filePath(QStringLiteral(".git")));
    for (const QString &rel : files) {
        QFile file(dir.filePath(rel));
        if (file.size() > 1024 || !file.open(QIODevice::ReadOnly)) {
            if (!clone)
                ctx.diag(0, 0, rel, QCoreApplication::translate("mr::Dataset", "not a Git LFS pointer file"));
            continue;
        }
        std::uint8_t digest[32];
        qint64 size = -1;
        if (!parseLfsPointer(file.readAll(), digest, &size)) {
            if (!clone)
                ctx.diag(1, 0, rel, QCoreApplication::translate("mr::Dataset", "not a Git LFS pointer file"));
            continue;
        }
        const QByteArray r = rel.toUtf8();
        ctx.out->addEntry(std::string_view(r.constData(), size_t(r.size())), size, HashKind::Sha256, digest,
                          1);
    }
    return true;
}

} // namespace mr::dataset::detail

namespace mr::dataset::detail {

bool isDvcProjectFolder(const QString &path)
{
    const QDir dir(path);
    return QFileInfo(dir.filePath(QStringLiteral("dvc.lock"))).isFile() ||
           QFileInfo(dir.filePath(QStringLiteral("dvc.yaml"))).isFile() ||
           QFileInfo(dir.filePath(QStringLiteral(".dvc"))).isDir();
}

bool readDvcProject(ReadContext &ctx, const QString &path, Diagnostic *error)
{
    const dvc::Project project = dvc::readProject(path);
    for (const Diagnostic &d : project.diagnostics) {
        if (ctx.diagnostics->size() >= ctx.options.maxDiagnostics)
            ++*ctx.dropped;
        else
            ctx.diagnostics->append(d);
    }
    if (!project.hasLock && project.dvcFiles.isEmpty()) {
        *error = Diagnostic{
            ctx.displayName,
            0,
            0,
            {},
            QCoreApplication::translate(
                "mr::Dataset", "a DVC project without dvc.lock or .dvc files: nothing is tracked yet")};
        return false;
    }
    const int stageColumn = ctx.out->addColumn(QStringLiteral("stage"));
    const int roleColumn = ctx.out->addColumn(QStringLiteral("dvc_role"));
    const int fileColumn = ctx.out->addColumn(QStringLiteral("dvc_file"));
    const int listingColumn = ctx.out->addColumn(QStringLiteral("dvc_listing"));
    const int ruleColumn = ctx.out->addColumn(QString::fromLatin1(kDvcHashColumn));
    std::string full;
    for (const dvc::Entry &e : project.entries()) {
        const QByteArray p = e.path.toUtf8();
        const std::string_view pv(p.constData(), size_t(p.size()));
        const QString problem = pathProblem(pv);
        if (!problem.isEmpty()) {
            ++ctx.out->rejectedUnsafePaths;
            ++ctx.out->rejectedLines;
            ctx.diagnostics->append({e.file, e.line, 0, e.path, problem});
            continue;
        }
        const QByteArray stage = e.stage.toUtf8(), file = e.file.toUtf8(),
                         rule = dvc::hashRuleName(e.rule).toUtf8();
        auto tag = [&](qsizetype row) {
            ctx.out->setText(stageColumn, row, std::string_view(stage.constData(), size_t(stage.size())));
            ctx.out->setText(roleColumn, row, e.output ? "out" : "dep");
            ctx.out->setText(fileColumn, row, std::string_view(file.constData(), size_t(file.size())));
            ctx.out->setText(ruleColumn, row, std::string_view(rule.constData(), size_t(rule.size())));
        };
        if (e.isDir) {
            QString listing = dvc::findDirListing(path, e.md5);
            if (listing.isEmpty() && !ctx.options.searchRoot.isEmpty())
                listing = dvc::findDirListing(ctx.options.searchRoot, e.md5);
            if (listing.isEmpty()) {
                const qsizetype row = ctx.out->addEntry(pv, e.size, HashKind::None, nullptr, e.line);
                tag(row);
                ctx.out->setText(listingColumn, row, "not in cache");
                ctx.diagnostics->append(
                    {e.file, e.line, 0, e.path,
                     QCoreApplication::translate(
                         "mr::Dataset",
                         "directory (md5 %1.dir): its listing is not in the DVC cache, so its files "
                         "cannot be listed or verified one by one")
                         .arg(e.md5)});
                continue;
            }
            if (e.size >= 0)
                ctx.out->declaredTotalBytes = std::max<qint64>(0, ctx.out->declaredTotalBytes) + e.size;
            if (e.nfiles >= 0)
                ctx.out->declaredFileCount = std::max<qint64>(0, ctx.out->declaredFileCount) + e.nfiles;
            Diagnostics listingDiagnostics;
            Diagnostic listingError;
            const QString display = QDir(path).relativeFilePath(listing);
            const bool ok = dvc::readDirListing(
                listing, display,
                [&](std::string_view rel, const std::uint8_t *digest, qint64 size) {
                    if (!pathProblem(rel).isEmpty()) {
                        ++ctx.out->rejectedUnsafePaths;
                        ctx.diagnostics->append({display, 0, 0,
                                                 QString::fromUtf8(rel.data(), qsizetype(rel.size())),
                                                 pathProblem(rel)});
                        return;
                    }
                    full.assign(pv).append("/").append(rel);
                    tag(ctx.out->addEntry(full, size, HashKind::Md5, digest, e.line));
                },
                &listingDiagnostics, &listingError);
            *ctx.diagnostics += listingDiagnostics;
            if (!ok)
                ctx.diagnostics->append(listingError);
            continue;
        }
        std::uint8_t digest[16];
        const QByteArray md5 = e.md5.toLatin1();
        const bool have = !md5.isEmpty() &&
                          parseHexDigest(std::string_view(md5.constData(), size_t(md5.size())), 16, digest);
        tag(ctx.out->addEntry(pv, e.size, have ? HashKind::Md5 : HashKind::None, have ? digest : nullptr,
                              e.line));
    }
    return true;
}

} // namespace mr::dataset::detail
