// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/digest.h"
#include "models/package/loader.h"
#include "widgets/common/panetask.h"

#include <QObject>

namespace mr {

// Opens packages and computes their digest off the GUI thread, in the one pattern for long work
// (docs/architecture.md "Long work"): a QPromise core run by QtConcurrent, a PaneTask per job.
// One package at a time: opening another, or closing, abandons the work in flight for the
// previous one without waiting for it (its late results never arrive); the workers own what
// they read (the digest keeps its package, and so an archive's extraction, alive).
class PackageController : public QObject
{
    Q_OBJECT
public:
    explicit PackageController(QObject *parent = nullptr);
    ~PackageController() override;

    // Opens a package or any source models/importers recognises. `rerun` files join the
    // results section; `base` overrides the code base revision.
    void open(const QString &path, const QStringList &rerun = {}, const QString &base = {});
    // Reopens the current package with one more rerun results file.
    void addRerun(const QString &file);
    void close();
    void cancel();

    PackagePtr package() const { return m_package; }
    const DigestResult &digest() const { return m_digest; }
    bool digestReady() const { return m_digestDone; }
    bool busy() const;

Q_SIGNALS:
    void loadingStarted(const QString &path);
    void loaded(const mr::PackagePtr &package);
    void failed(const QString &path, const mr::Diagnostic &error);
    void digestProgress(int value, int maximum);
    void digestFinished(const mr::DigestResult &digest);
    void closed();

private:
    void onLoaded(const QFuture<LoadResult> &future);
    void onDigest(const QFuture<DigestResult> &future);

    PaneTask<LoadResult> m_loadTask{this};
    PaneTask<DigestResult> m_digestTask{this};
    PackagePtr m_package;
    DigestResult m_digest;
    bool m_digestDone = false;
    QString m_pendingPath;
    QStringList m_rerun;
    QString m_base;
};

} // namespace mr
