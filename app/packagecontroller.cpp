// SPDX-License-Identifier: Apache-2.0
#include "app/packagecontroller.h"

#include "models/core/settings.h"
#include "models/importers/importer.h"

#include <QtConcurrent>

namespace mr {

PackageController::PackageController(QObject *parent) : QObject(parent)
{
    m_loadTask.onFinished = [this](const QFuture<LoadResult> &f) { onLoaded(f); };
    m_digestTask.onFinished = [this](const QFuture<DigestResult> &f) { onDigest(f); };
    m_digestTask.onProgress = [this](int value, int maximum) { Q_EMIT digestProgress(value, maximum); };
}

// The tasks abandon their jobs (cancel, never wait): nothing calls back into a destroyed object.
PackageController::~PackageController() = default;

bool PackageController::busy() const
{
    return m_loadTask.isRunning() || m_digestTask.isRunning();
}

void PackageController::cancel()
{
    m_loadTask.cancel();
    m_digestTask.cancel();
}

void PackageController::open(const QString &path, const QStringList &rerun, const QString &base)
{
    m_loadTask.abandon();
    m_digestTask.abandon();
    m_pendingPath = path;
    m_rerun = rerun;
    m_base = base;
    importers::ImportOptions importOptions;
    importOptions.rerun = rerun;
    importOptions.base = base;
    LoadOptions &options = importOptions.load;
    auto settings = openSettings();
    options.maxExtractedBytes =
        settings->value(QStringLiteral("limits/maxExtractedBytes"), options.maxExtractedBytes).toLongLong();
    options.maxExpansionRatio =
        settings->value(QStringLiteral("limits/maxExpansionRatio"), options.maxExpansionRatio).toDouble();
    Q_EMIT loadingStarted(path);
    m_loadTask.start(QtConcurrent::run(
        [path, importOptions](QPromise<LoadResult> &p) { importers::openSource(p, path, importOptions); }));
}

void PackageController::addRerun(const QString &file)
{
    if (!m_package)
        return;
    const QString path = m_package->sourcePath;
    open(path, m_rerun + QStringList{file}, m_base);
}

void PackageController::close()
{
    m_loadTask.abandon();
    m_digestTask.abandon();
    m_package.reset();
    m_digest = {};
    m_digestDone = false;
    Q_EMIT closed();
}

void PackageController::onLoaded(const QFuture<LoadResult> &f)
{
    if (f.isCanceled() || f.resultCount() == 0)
        return;
    const LoadResult r = f.result();
    if (!r.ok()) {
        Q_EMIT failed(m_pendingPath, r.error);
        return;
    }
    m_package = r.package;
    m_digest = {};
    m_digestDone = false;
    Q_EMIT loaded(m_package);
    m_digestTask.start(QtConcurrent::run(
        [package = m_package](QPromise<DigestResult> &p) { computeDigest(p, package->rootPath); }));
}

void PackageController::onDigest(const QFuture<DigestResult> &f)
{
    if (f.isCanceled() || f.resultCount() == 0)
        return;
    m_digest = f.result();
    m_digestDone = true;
    Q_EMIT digestFinished(m_digest);
}

} // namespace mr
