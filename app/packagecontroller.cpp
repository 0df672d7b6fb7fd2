// SPDX-License-Identifier: Apache-2.0
#include "app/packagecontroller.h"

#include "models/core/settings.h"

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

void PackageController::open(const QString &path)
{
    cancel();
    m_digestWatcher.waitForFinished();
    m_pendingPath = path;
    LoadOptions options;
    auto settings = openSettings();
    options.maxExtractedBytes =
        settings->value(QStringLiteral("limits/maxExtractedBytes"), options.maxExtractedBytes).toLongLong();
    options.maxExpansionRatio =
        settings->value(QStringLiteral("limits/maxExpansionRatio"), options.maxExpansionRatio).toDouble();
    Q_EMIT loadingStarted(path);
    m_loadWatcher.setFuture(
        QtConcurrent::run([path, options](QPromise<LoadResult> &p) { loadPackage(p, path, options); }));
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
