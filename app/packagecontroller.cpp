// SPDX-License-Identifier: Apache-2.0
#include "app/packagecontroller.h"

#include "models/core/settings.h"
#include "models/importers/importer.h"

#include <QtConcurrent>

namespace mr {

PackageController::PackageController(QObject *parent) : QObject(parent)
{
    connect(&m_loadWatcher, &QFutureWatcher<LoadResult>::finished, this, &PackageController::onLoaded);
    connect(&m_digestWatcher, &QFutureWatcher<DigestResult>::finished, this, &PackageController::onDigest);
    connect(&m_digestWatcher, &QFutureWatcher<DigestResult>::progressValueChanged, this,
            [this](int v) { Q_EMIT digestProgress(v, m_digestWatcher.progressMaximum()); });
}

PackageController::~PackageController()
{
    cancel();
    m_loadWatcher.waitForFinished();
    m_digestWatcher.waitForFinished();
}

bool PackageController::busy() const
{
    return m_loadWatcher.isRunning() || m_digestWatcher.isRunning();
}

void PackageController::cancel()
{
    m_loadWatcher.cancel();
    m_digestWatcher.cancel();
}

void PackageController::open(const QString &path, const QStringList &rerun, const QString &base)
{
    cancel();
    m_digestWatcher.waitForFinished();
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
    m_loadWatcher.setFuture(QtConcurrent::run(
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
    cancel();
    m_digestWatcher.waitForFinished();
    m_package.reset();
    m_digest = {};
    m_digestDone = false;
    Q_EMIT closed();
}

void PackageController::onLoaded()
{
    const QFuture<LoadResult> f = m_loadWatcher.future();
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
    const QString root = m_package->rootPath;
    m_digestWatcher.setFuture(
        QtConcurrent::run([root](QPromise<DigestResult> &p) { computeDigest(p, root); }));
}

void PackageController::onDigest()
{
    const QFuture<DigestResult> f = m_digestWatcher.future();
    if (f.isCanceled() || f.resultCount() == 0)
        return;
    m_digest = f.result();
    m_digestDone = true;
    Q_EMIT digestFinished(m_digest);
}

} // namespace mr
