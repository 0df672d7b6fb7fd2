// SPDX-License-Identifier: Apache-2.0
#include "models/importers/importer.h"

#include "models/code/gitutil.h"
#include "models/importers/importer_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mr::importers {

namespace detail {

QString at(const QString &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

void addFinding(Package &pkg, const char *rule, Finding::Severity severity, const char *pane,
                const QString &message)
{
    pkg.sourceFindings.append(
        {QString::fromLatin1(rule), severity, QString::fromLatin1(pane), Anchor::package(), message});
}

bool readSmallFile(const QString &path, const QString &display, QByteArray *out, Diagnostic *error,
                   qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = {display,
                  0,
                  0,
                  {},
                  QCoreApplication::translate("mr::Importers", "cannot read: %1").arg(f.errorString())};
        return false;
    }
    if (f.size() > limit) {
        *error = {
            display,
            0,
            0,
            {},
            QCoreApplication::translate("mr::Importers", "larger than %1 MiB; not read").arg(limit >> 20)};
        return false;
    }
    *out = f.readAll();
    return true;
}

NamedFile namedFile(const Package &pkg, const QString &name, const QString &absolute)
{
    const QString rel = QDir(pkg.rootPath).relativeFilePath(absolute);
    return {name, rel.startsWith(QLatin1String("..")) ? absolute : rel, absolute};
}

void gitCode(Package &pkg, const QString &dir, const QString &head, const QString &headOrigin,
             const ImportOptions &options)
{
    namespace git = mr::code::git;
    git::ensureInitialised();
    CodeSection &code = pkg.code;
    git_buf found = GIT_BUF_INIT;
    const QByteArray start = QFile::encodeName(dir);
    const int rc = git_repository_discover(&found, start.constData(), 0, nullptr);
    QString gitDir;
    if (rc == 0)
        gitDir = QFile::decodeName(QByteArray(found.ptr, qsizetype(found.size)));
    git_buf_dispose(&found);
    if (rc < 0) {
        const git::Error e = git::lastError(rc, QStringLiteral("git_repository_discover"));
        if (!head.isEmpty())
            addFinding(pkg, "code.commit-unreachable", Finding::Severity::Warning, "code",
                       QCoreApplication::translate(
                           "mr::Importers", "%1 records commit %2, but no git repository holds %3 (%4): the "
                                            "code cannot be reviewed.")
                           .arg(headOrigin, head, QDir::toNativeSeparators(dir), e.message));
        return;
    }
    git::Repository repo;
    if (const git::Error e = git::openRepository(gitDir, &repo)) {
        code.provided = true;
        code.errors.append({gitDir, 0, 0, QStringLiteral("repository"), e.message});
        return;
    }
    const char *workdir = git_repository_workdir(repo.get());
    const QString root = workdir ? QDir::cleanPath(QFile::decodeName(workdir)) : QDir::cleanPath(gitDir);
    code.provided = true;
    code.repositoryPath = root;
    const QString rel = QDir(pkg.rootPath).relativeFilePath(root);
    code.repository = rel.startsWith(QLatin1String("..")) ? root : rel;
    git::Commit headCommit;
    const QString headSpec = head.isEmpty() ? QStringLiteral("HEAD") : head;
    if (const git::Error e = git::resolveCommit(repo.get(), headSpec, &headCommit)) {
        code.provided = false;
        addFinding(pkg, "code.commit-unreachable", Finding::Severity::Warning, "code",
                   QCoreApplication::translate("mr::Importers",
                                               "%1 records commit %2, which the repository %3 "
                                               "does not hold (%4): the code cannot be reviewed.")
                       .arg(head.isEmpty() ? QStringLiteral("The repository") : headOrigin, headSpec,
                            QDir::toNativeSeparators(root), e.message));
        return;
    }
    code.head = git::oidToHex(*git_commit_id(headCommit.get()));
    if (!options.base.isEmpty()) {
        git::Commit baseCommit;
        if (const git::Error e = git::resolveCommit(repo.get(), options.base, &baseCommit)) {
            code.errors.append({QStringLiteral("--base"), 0, 0, options.base,
                                QCoreApplication::translate("mr::Importers", "revision not found in %1: %2")
                                    .arg(root, e.message)});
            return;
        }
        code.base = git::oidToHex(*git_commit_id(baseCommit.get()));
    } else if (git_commit_parentcount(headCommit.get()) > 0) {
        code.base = git::oidToHex(*git_commit_parent_id(headCommit.get(), 0));
    } else {
        code.base = code.head;
        addFinding(pkg, "code.first-commit", Finding::Severity::Info, "code",
                   QCoreApplication::translate(
                       "mr::Importers", "Head %1 is the repository's first commit: there is no parent to "
                                        "compare with (set a base with --base).")
                       .arg(code.head.left(12)));
    }
    code.raw = {{"repository", code.repository.toStdString()},
                {"base", code.base.toStdString()},
                {"head", code.head.toStdString()}};
}

void environmentFiles(Package &pkg, const QString &dir)
{
    static const QStringList patterns = {
        QStringLiteral("requirements*.txt"), QStringLiteral("conda.yaml"),  QStringLiteral("conda.yml"),
        QStringLiteral("environment.y*ml"), // environment.yml and .yaml
        QStringLiteral("python_env.yaml"),   QStringLiteral("poetry.lock"), QStringLiteral("uv.lock")};
    const QFileInfoList files = QDir(dir).entryInfoList(patterns, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        pkg.environments.files.append(namedFile(pkg, fi.fileName(), fi.absoluteFilePath()));
    }
    if (!pkg.environments.files.isEmpty()) {
        pkg.environments.provided = true;
        pkg.environments.development = pkg.environments.files.first().name;
        pkg.environments.reference = pkg.environments.files.size() > 1 ? pkg.environments.files.at(1).name
                                                                       : pkg.environments.development;
    }
}

} // namespace detail

namespace {

void applyOptions(Package &pkg, const ImportOptions &options)
{
    for (const QString &file : options.rerun) {
        const QString abs = QFileInfo(file).absoluteFilePath();
        if (!QFileInfo(abs).isFile()) {
            pkg.results.provided = true;
            pkg.results.errors.append({file, 0, 0, QStringLiteral("--rerun"),
                                       QCoreApplication::translate("mr::Importers", "file not found")});
            continue;
        }
        pkg.results.provided = true;
        pkg.results.rerun.append({QStringLiteral("rerun"), abs, abs});
    }
}

} // namespace

void openSource(QPromise<LoadResult> &promise, const QString &path, const ImportOptions &options)
{
    promise.setProgressRange(0, 100);
    const SourceKind kind = recognise(path);
    LoadResult result;
    switch (kind) {
    case SourceKind::MlflowModel: result = detail::importMlflowModel(path, options); break;
    case SourceKind::MlflowRun: result = detail::importMlflowRun(path, options); break;
    case SourceKind::Dvc: result = detail::importDvc(path, options); break;
    case SourceKind::HuggingFace: result = detail::importHuggingFace(path, options); break;
    case SourceKind::MlflowStore: {
        Diagnostics diags;
        const QList<MlflowRunInfo> runs = listMlflowRuns(path, &diags);
        result.error = {path,
                        0,
                        0,
                        {},
                        QCoreApplication::translate("mr::Importers",
                                                    "an MLflow store with %n run(s): open one run folder "
                                                    "(mlruns/<experiment>/<run>)",
                                                    nullptr, int(runs.size()))};
        break;
    }
    case SourceKind::ModelReview:
    case SourceKind::Unknown: {
        QPromise<LoadResult> inner;
        QFuture<LoadResult> f = inner.future();
        inner.start();
        loadPackage(inner, path, options.load);
        inner.finish();
        result = f.resultCount() > 0 ? f.result() : LoadResult{};
        if (!result.ok() && kind == SourceKind::Unknown && QFileInfo(path).isDir())
            result.error.message =
                QCoreApplication::translate(
                    "mr::Importers",
                    "not a model package: no %1, and not an MLflow model or run, a DVC project or a Hugging "
                    "Face model repository")
                    .arg(QLatin1String(kPackageFile));
        if (result.ok() && (!options.base.isEmpty() || !options.rerun.isEmpty())) {
            auto copy = std::make_shared<Package>(*result.package);
            if (!options.base.isEmpty())
                copy->code.base = options.base;
            result.package = copy;
        }
        break;
    }
    }
    if (result.ok() && !options.rerun.isEmpty()) {
        auto copy = std::make_shared<Package>(*result.package);
        applyOptions(*copy, options);
        result.package = copy;
    }
    promise.setProgressValue(100);
    promise.addResult(result);
}

LoadResult openSourceSync(const QString &path, const ImportOptions &options)
{
    QPromise<LoadResult> promise;
    QFuture<LoadResult> future = promise.future();
    promise.start();
    openSource(promise, path, options);
    promise.finish();
    return future.resultCount() > 0 ? future.result() : LoadResult{};
}

} // namespace mr::importers
