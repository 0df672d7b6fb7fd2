// SPDX-License-Identifier: Apache-2.0
#include "models/package/loader.h"

#include "models/core/async.h"
#include "models/core/jsonutil.h"
#include "models/package/archive.h"
#include "models/package/extractionfolder.h"
#include "models/package/gitconfinement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QCoreApplication>
#include <atomic>

namespace mr {

namespace {

using json = nlohmann::json;

// Where a key of the package file stands in its text, for messages that need a line and
// column after the DOM has lost positions: finds `"key"` followed by `:`, each key of the path
// searched after the previous one.
void locateKey(const QByteArray &data, const QStringList &path, Diagnostic *d)
{
    qsizetype from = 0;
    qsizetype found = -1;
    for (const QString &key : path) {
        const QByteArray needle = '"' + key.toUtf8() + '"';
        qsizetype at = data.indexOf(needle, from);
        while (at >= 0) {
            qsizetype after = at + needle.size();
            while (after < data.size() && QChar::isSpace(uchar(data.at(after))))
                ++after;
            if (after < data.size() && data.at(after) == ':')
                break;
            at = data.indexOf(needle, at + 1);
        }
        if (at < 0)
            break;
        found = at;
        from = at + needle.size();
    }
    if (found >= 0)
        lineColumnAt(data, found, &d->line, &d->column);
}

// Why a resolved section path must not be used, or empty. Opening a FIFO blocks and a device
// has no end, so only regular files and folders are read. A file the digest leaves out (a
// top-level *.review.json) could change after approval unnoticed, so no section may use it.
QString sectionFileProblem(const Package &pkg, const QString &abs, const QString &rel)
{
    const QFileInfo fi(abs);
    if (!fi.exists())
        return {};
    if (!fi.isFile() && !fi.isDir())
        return QCoreApplication::translate("mr::Package",
                                           "\"%1\" is not a regular file (a FIFO, socket or device): refused")
            .arg(rel);
    const QString root = QFileInfo(pkg.rootPath).canonicalFilePath();
    const QString canonical = fi.canonicalFilePath();
    if (!root.isEmpty() && canonical.startsWith(root + QLatin1Char('/'))) {
        const QString inside = canonical.mid(root.size() + 1);
        if (!inside.contains(QLatin1Char('/')) && inside.endsWith(QLatin1String(kReviewSuffix)))
            return QCoreApplication::translate(
                       "mr::Package", "\"%1\" is left out of the package digest (a top-level *%2 file is a "
                                      "review, not package content): refused")
                .arg(rel, QLatin1String(kReviewSuffix));
    }
    return {};
}

struct Parser
{
    const QByteArray &data;
    Package &pkg;
    QString fileName;

    Diagnostic diag(const QStringList &path, const QString &message) const
    {
        Diagnostic d;
        d.file = fileName;
        d.where = path.join(QLatin1Char('.'));
        d.message = message;
        locateKey(data, path, &d);
        return d;
    }

    // A string field; records an error and returns false when present with another type.
    bool optString(const json &obj, const char *key, const QStringList &path, QString *out,
                   Diagnostics *errors, bool required = false) const
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                errors->append(
                    diag(path, QCoreApplication::translate("mr::Package", "required field \"%1\" is missing")
                                   .arg(QLatin1String(key))));
            return !required;
        }
        if (!it->is_string()) {
            errors->append(diag(path + QStringList{QString::fromLatin1(key)},
                                QCoreApplication::translate("mr::Package", "expected a string, found %1")
                                    .arg(jsonTypeName(*it))));
            return false;
        }
        *out = qs(it->get<std::string>());
        if (required && out->trimmed().isEmpty()) {
            errors->append(diag(path + QStringList{QString::fromLatin1(key)},
                                QCoreApplication::translate("mr::Package", "must not be empty")));
            return false;
        }
        return true;
    }

    // Resolves a file path of a section; `mustExist` files that are absent are section errors.
    QString file(const QString &rel, const QStringList &path, Diagnostics *errors, bool mustExist = true,
                 bool allowOutside = false) const
    {
        QString why;
        const QString abs = pkg.resolve(rel, &why, allowOutside);
        if (abs.isEmpty()) {
            errors->append(diag(path, why));
            return {};
        }
        if (mustExist && !QFileInfo::exists(abs)) {
            errors->append(diag(
                path,
                QCoreApplication::translate("mr::Package", "\"%1\" does not exist in the package").arg(rel)));
            return {};
        }
        if (const QString problem = sectionFileProblem(pkg, abs, rel); !problem.isEmpty()) {
            errors->append(diag(path, problem));
            return {};
        }
        return abs;
    }

    bool checkObject(const json &doc, const char *key, Section &section) const
    {
        const auto it = doc.find(key);
        if (it == doc.end() || it->is_null())
            return false;
        section.provided = true;
        section.raw = *it;
        if (!it->is_object()) {
            section.errors.append(
                diag({QString::fromLatin1(key)},
                     QCoreApplication::translate("mr::Package", "expected an object, found %1")
                         .arg(jsonTypeName(*it))));
            return false;
        }
        return true;
    }

    void code(const json &doc)
    {
        CodeSection &s = pkg.code;
        if (!checkObject(doc, "code", s))
            return;
        const QStringList p{QStringLiteral("code")};
        optString(s.raw, "repository", p, &s.repository, &s.errors, true);
        optString(s.raw, "base", p, &s.base, &s.errors, true);
        optString(s.raw, "head", p, &s.head, &s.errors, true);
        if (!s.repository.isEmpty()) {
            s.repositoryPath = file(s.repository, p + QStringList{QStringLiteral("repository")}, &s.errors);
            if (!s.repositoryPath.isEmpty() && !QFileInfo(s.repositoryPath).isDir())
                s.errors.append(diag(
                    p + QStringList{QStringLiteral("repository")},
                    QCoreApplication::translate("mr::Package", "\"%1\" is not a folder").arg(s.repository)));
            else if (!s.repositoryPath.isEmpty()) {
                const QString problem = repositoryConfinementProblem(s.repositoryPath, pkg.rootPath);
                if (!problem.isEmpty()) {
                    // Cleared so that no reader (imports, provenance) opens it either.
                    s.repositoryPath.clear();
                    s.errors.append(diag(p + QStringList{QStringLiteral("repository")}, problem));
                }
            }
        }
    }

    void dataset(const json &doc)
    {
        DatasetSection &s = pkg.dataset;
        if (!checkObject(doc, "dataset", s))
            return;
        const QStringList p{QStringLiteral("dataset")};
        if (optString(s.raw, "manifest", p, &s.manifest, &s.errors, true) && !s.manifest.isEmpty())
            s.manifestPath = file(s.manifest, p + QStringList{QStringLiteral("manifest")}, &s.errors);
        if (optString(s.raw, "baseline", p, &s.baseline, &s.errors) && !s.baseline.isEmpty())
            s.baselinePath = file(s.baseline, p + QStringList{QStringLiteral("baseline")}, &s.errors);
        if (optString(s.raw, "root", p, &s.root, &s.errors) && !s.root.isEmpty()) {
            // The data may live outside the package (an absolute path) and need not be present.
            s.rootPath = file(s.root, p + QStringList{QStringLiteral("root")}, &s.errors, false, true);
            s.rootOutsidePackage = QDir::isAbsolutePath(s.root);
        }
    }

    void environments(const json &doc)
    {
        EnvironmentsSection &s = pkg.environments;
        if (!checkObject(doc, "environments", s))
            return;
        for (auto it = s.raw.begin(); it != s.raw.end(); ++it) {
            const QString name = qs(it.key());
            const QStringList p{QStringLiteral("environments"), name};
            if (!it->is_string()) {
                s.errors.append(diag(
                    p, QCoreApplication::translate("mr::Package", "expected a file path (string), found %1")
                           .arg(jsonTypeName(*it))));
                continue;
            }
            NamedFile f{name, qs(it->get<std::string>()), {}};
            f.path = file(f.relativePath, p, &s.errors);
            if (!f.path.isEmpty())
                s.files.append(f);
        }
    }

    void fileList(const json &obj, const char *key, const QStringList &p, QList<NamedFile> *out,
                  Diagnostics *errors)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return;
        const QStringList kp = p + QStringList{QString::fromLatin1(key)};
        QList<json> items;
        if (it->is_string())
            items.append(*it);
        else if (it->is_array())
            items = QList<json>(it->begin(), it->end());
        else {
            errors->append(diag(kp, QCoreApplication::translate(
                                        "mr::Package", "expected a file path or a list of paths, found %1")
                                        .arg(jsonTypeName(*it))));
            return;
        }
        for (const json &item : items) {
            if (!item.is_string()) {
                errors->append(diag(
                    kp, QCoreApplication::translate("mr::Package", "expected a file path (string), found %1")
                            .arg(jsonTypeName(item))));
                continue;
            }
            NamedFile f{QString::fromLatin1(key), qs(item.get<std::string>()), {}};
            f.path = file(f.relativePath, kp, errors);
            if (!f.path.isEmpty())
                out->append(f);
        }
    }

    void results(const json &doc)
    {
        ResultsSection &s = pkg.results;
        if (!checkObject(doc, "results", s))
            return;
        const QStringList p{QStringLiteral("results")};
        fileList(s.raw, "claimed", p, &s.claimed, &s.errors);
        fileList(s.raw, "rerun", p, &s.rerun, &s.errors);
        if (auto pv = s.raw.find("provenance"); pv != s.raw.end() && !pv->is_null()) {
            if (pv->is_object())
                s.provenance = *pv;
            else
                s.errors.append(
                    diag(p + QStringList{QStringLiteral("provenance")},
                         QCoreApplication::translate("mr::Package", "expected an object, found %1")
                             .arg(jsonTypeName(*pv))));
        }
        const auto m = s.raw.find("metrics");
        if (m == s.raw.end() || m->is_null())
            return;
        if (!m->is_object()) {
            s.errors.append(diag(p + QStringList{QStringLiteral("metrics")},
                                 QCoreApplication::translate("mr::Package", "expected an object, found %1")
                                     .arg(jsonTypeName(*m))));
            return;
        }
        for (auto it = m->begin(); it != m->end(); ++it) {
            const QString name = qs(it.key());
            const QStringList mp{QStringLiteral("results"), QStringLiteral("metrics"), name};
            if (!it->is_object()) {
                s.errors.append(
                    diag(mp, QCoreApplication::translate("mr::Package", "expected an object, found %1")
                                 .arg(jsonTypeName(*it))));
                continue;
            }
            MetricSpec spec;
            if (auto b = it->find("better"); b != it->end() && !b->is_null()) {
                const std::string v = b->is_string() ? b->get<std::string>() : std::string();
                if (v == "higher")
                    spec.better = MetricSpec::Better::Higher;
                else if (v == "lower")
                    spec.better = MetricSpec::Better::Lower;
                else
                    s.errors.append(
                        diag(mp + QStringList{QStringLiteral("better")},
                             QCoreApplication::translate("mr::Package", "expected \"higher\" or \"lower\"")));
            }
            for (const char *key : {"abs_tolerance", "rel_tolerance"}) {
                auto t = it->find(key);
                if (t == it->end() || t->is_null())
                    continue;
                if (!t->is_number() || t->get<double>() < 0) {
                    s.errors.append(diag(mp + QStringList{QString::fromLatin1(key)},
                                         QCoreApplication::translate(
                                             "mr::Package", "tolerance must be a non-negative number")));
                    continue;
                }
                (qstrcmp(key, "abs_tolerance") == 0 ? spec.absTolerance : spec.relTolerance) =
                    t->get<double>();
            }
            s.metrics.insert(name, spec);
        }
    }

    void artifacts(const json &doc)
    {
        ArtifactsSection &s = pkg.artifacts;
        const auto it = doc.find("artifacts");
        if (it == doc.end() || it->is_null())
            return;
        s.provided = true;
        s.raw = *it;
        const QStringList p{QStringLiteral("artifacts")};
        if (!it->is_array()) {
            s.errors.append(diag(p, QCoreApplication::translate("mr::Package", "expected a list, found %1")
                                        .arg(jsonTypeName(*it))));
            return;
        }
        int index = 0;
        for (const json &a : *it) {
            const QStringList ap{QStringLiteral("artifacts[%1]").arg(index++)};
            if (!a.is_object()) {
                s.errors.append(diag(
                    p, QCoreApplication::translate("mr::Package", "%1: expected an object").arg(ap.first())));
                continue;
            }
            Artifact art;
            if (!optString(a, "path", ap, &art.relativePath, &s.errors, true))
                continue;
            optString(a, "sha256", ap, &art.sha256, &s.errors);
            art.sha256 = art.sha256.toLower();
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
            if (!art.sha256.isEmpty() && !hex.match(art.sha256).hasMatch())
                s.errors.append(diag(
                    p, QCoreApplication::translate("mr::Package", "%1: sha256 must be 64 hexadecimal digits")
                           .arg(ap.first())));
            if (auto sz = a.find("size"); sz != a.end() && !sz->is_null()) {
                if (sz->is_number_unsigned() || (sz->is_number_integer() && sz->get<qint64>() >= 0))
                    art.size = sz->get<qint64>();
                else
                    s.errors.append(diag(p, QCoreApplication::translate(
                                                "mr::Package", "%1: size must be a non-negative integer")
                                                .arg(ap.first())));
            }
            art.path = file(art.relativePath, p, &s.errors);
            if (!art.path.isEmpty())
                s.artifacts.append(art);
        }
    }
};

const QStringList kKnownKeys = {
    QStringLiteral("format"),  QStringLiteral("name"),      QStringLiteral("version"),
    QStringLiteral("created"), QStringLiteral("submitter"), QStringLiteral("summary"),
    QStringLiteral("code"),    QStringLiteral("dataset"),   QStringLiteral("environments"),
    QStringLiteral("results"), QStringLiteral("artifacts"), QStringLiteral("pack")};

// The folder holding model-package.json: the root itself, or its only top-level folder.
QString findPackageRoot(const QString &dir)
{
    if (QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(kPackageFile)))
        return dir;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    if (entries.size() == 1 && entries.first().isDir() && !entries.first().isSymLink() &&
        QFileInfo::exists(entries.first().absoluteFilePath() + QLatin1Char('/') +
                          QLatin1String(kPackageFile)))
        return entries.first().absoluteFilePath();
    return {};
}

} // namespace

bool parsePackageDocument(const QByteArray &data, Package &pkg, Diagnostic *error)
{
    const QString fileName = pkg.displayPath(QString::fromLatin1(kPackageFile));
    JsonParseOptions strict;
    strict.rejectDuplicateKeys = true;
    const std::optional<json> parsed = parseJson(data, fileName, error, strict);
    if (!parsed)
        return false;
    const json &doc = *parsed;
    Parser p{data, pkg, fileName};
    if (!doc.is_object()) {
        *error = p.diag({}, QCoreApplication::translate("mr::Package",
                                                        "expected a JSON object at the top level, found %1")
                                .arg(jsonTypeName(doc)));
        error->line = error->column = 1;
        return false;
    }
    Diagnostics fatal;
    p.optString(doc, "format", {}, &pkg.format, &fatal, true);
    p.optString(doc, "name", {}, &pkg.name, &fatal, true);
    p.optString(doc, "version", {}, &pkg.version, &fatal, true);
    if (fatal.isEmpty() && pkg.format != QLatin1String(kPackageFormatV1)) {
        const bool newer = pkg.format.startsWith(QLatin1String("modelreview.package/"));
        fatal.append(
            p.diag({QStringLiteral("format")},
                   newer ? QCoreApplication::translate("mr::Package",
                                                       "format \"%1\" is newer than this version reads (%2)")
                               .arg(pkg.format, QLatin1String(kPackageFormatV1))
                         : QCoreApplication::translate("mr::Package", "expected \"%1\", found \"%2\"")
                               .arg(QLatin1String(kPackageFormatV1), pkg.format)));
    }
    if (!fatal.isEmpty()) {
        *error = fatal.first();
        return false;
    }
    pkg.document = doc;
    p.optString(doc, "created", {}, &pkg.created, &pkg.warnings);
    p.optString(doc, "summary", {}, &pkg.summary, &pkg.warnings);
    if (auto sub = doc.find("submitter"); sub != doc.end() && !sub->is_null()) {
        if (sub->is_object()) {
            const QStringList sp{QStringLiteral("submitter")};
            p.optString(*sub, "name", sp, &pkg.submitter.name, &pkg.warnings);
            p.optString(*sub, "email", sp, &pkg.submitter.email, &pkg.warnings);
        } else if (sub->is_string()) {
            pkg.submitter.name = qs(sub->get<std::string>());
        } else {
            pkg.warnings.append(p.diag({QStringLiteral("submitter")},
                                       QCoreApplication::translate("mr::Package", "expected an object")));
        }
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!kKnownKeys.contains(qs(it.key())))
            pkg.unknownKeys.append(qs(it.key()));
    }
    p.code(doc);
    p.dataset(doc);
    p.environments(doc);
    p.results(doc);
    p.artifacts(doc);
    return true;
}

void loadPackage(QPromise<LoadResult> &promise, const QString &path, const LoadOptions &options)
{
    LoadResult result;
    auto fail = [&](Diagnostic d) {
        result.error = std::move(d);
        promise.addResult(result);
    };
    promise.setProgressRange(0, 100);
    const QFileInfo info(path);
    auto pkg = std::make_shared<Package>();
    pkg->sourcePath = info.absoluteFilePath();
    if (!info.exists())
        return fail({path, 0, 0, {}, QCoreApplication::translate("mr::Package", "no such file or folder")});

    if (info.isFile() && info.fileName() == QLatin1String(kPackageFile)) {
        pkg->sourcePath = info.absolutePath();
        pkg->rootPath = info.absolutePath();
    } else if (info.isDir()) {
        pkg->rootPath = findPackageRoot(info.absoluteFilePath());
        if (pkg->rootPath.isEmpty())
            return fail(
                {path,
                 0,
                 0,
                 {},
                 QCoreApplication::translate("mr::Package", "not a model package: no %1 in this folder")
                     .arg(QLatin1String(kPackageFile))});
    } else {
        if (!isPackageArchive(path))
            return fail(
                {path,
                 0,
                 0,
                 {},
                 QCoreApplication::translate(
                     "mr::Package",
                     "not a model package: neither a folder nor a .zip, .tar, .tar.gz or .tar.zst archive")});
        auto dir = makeExtractionFolder();
        if (!dir->isValid())
            return fail({path,
                         0,
                         0,
                         {},
                         QCoreApplication::translate("mr::Package", "cannot create a temporary folder: %1")
                             .arg(dir->errorString())});
        ExtractLimits limits{options.maxExtractedBytes, options.maxExpansionRatio};
        std::atomic_bool cancel{false};
        const ExtractResult ex =
            extractArchive(path, dir->path(), limits, &cancel, [&](qint64 done, qint64 total) {
                if (promise.isCanceled())
                    cancel = true;
                if (total > 0)
                    promise.setProgressValue(int(qMin<qint64>(90, done * 90 / total)));
            });
        if (!ex.ok)
            return fail(ex.error);
        pkg->fromArchive = true;
        pkg->extraction = dir;
        pkg->rootPath = findPackageRoot(dir->path());
        if (pkg->rootPath.isEmpty())
            return fail({path,
                         0,
                         0,
                         {},
                         QCoreApplication::translate(
                             "mr::Package",
                             "not a model package: the archive holds no %1 at its root or in its only folder")
                             .arg(QLatin1String(kPackageFile))});
    }
    // The description is confined like section files: a link out of the package (to
    // /etc/shadow, say) is refused before anything is read, and a FIFO is never opened.
    QString confinement;
    if (pkg->resolve(QLatin1String(kPackageFile), &confinement).isEmpty())
        return fail({pkg->displayPath(QLatin1String(kPackageFile)), 0, 0, {}, confinement});
    if (!QFileInfo(pkg->rootPath + QLatin1Char('/') + QLatin1String(kPackageFile)).isFile())
        return fail({pkg->displayPath(QLatin1String(kPackageFile)),
                     0,
                     0,
                     {},
                     QCoreApplication::translate(
                         "mr::Package", "not a regular file (a folder, FIFO, socket or device): refused")});
    QFile file(pkg->rootPath + QLatin1Char('/') + QLatin1String(kPackageFile));
    if (!file.open(QIODevice::ReadOnly))
        return fail({pkg->displayPath(QLatin1String(kPackageFile)),
                     0,
                     0,
                     {},
                     QCoreApplication::translate("mr::Package", "cannot read: %1").arg(file.errorString())});
    constexpr qint64 kMaxPackageFile = 16 << 20;
    if (file.size() > kMaxPackageFile)
        return fail({pkg->displayPath(QLatin1String(kPackageFile)),
                     0,
                     0,
                     {},
                     QCoreApplication::translate("mr::Package",
                                                 "file is larger than 16 MiB; not a package description")});
    Diagnostic error;
    if (!parsePackageDocument(file.readAll(), *pkg, &error))
        return fail(error);
    promise.setProgressValue(100);
    result.package = std::move(pkg);
    promise.addResult(result);
}

LoadResult loadPackageSync(const QString &path, const LoadOptions &options)
{
    return runSync<LoadResult>([&](QPromise<LoadResult> &p) { loadPackage(p, path, options); });
}

} // namespace mr
