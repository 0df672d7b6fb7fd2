// SPDX-License-Identifier: Apache-2.0
#include "app/rereview.h"
#include "app/reviewintegration.h"

#include "models/interdiff/siblings.h"
#include "models/review/reviewfile.h"
#include "models/review/reviewsession.h"
#include "widgets/interdiff/sinceframe.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent>

namespace mr {

namespace {

// Opens the previous package (read-only, like every package).
PackagePtr openPrevious(const QString &path, QString *error)
{
    const LoadResult r = loadPackageSync(path);
    if (!r.ok())
        *error = r.error.toString();
    return r.package;
}

} // namespace

ReReview::ReReview(QWidget *window, ReviewIntegration *review, const QList<SinceFrame *> &frames)
    : QObject(window), m_window(window), m_review(review), m_frames(frames),
      m_carryAction(new QAction(tr("Carr&y Review From Previous Package…"), this))
{
    m_carryAction->setObjectName(QStringLiteral("carryReviewAction"));
    m_carryAction->setEnabled(false);
    connect(m_carryAction, &QAction::triggered, this, &ReReview::chooseAndCarry);
    connect(&m_carry, &QFutureWatcher<Work>::finished, this, &ReReview::onCarried);
    connect(&m_compare, &QFutureWatcher<Work>::finished, this, &ReReview::onCompared);
}

ReReview::~ReReview()
{
    m_carry.cancel();
    m_compare.cancel();
    m_carry.waitForFinished();
    m_compare.waitForFinished();
}

void ReReview::setPackage(const PackagePtr &package)
{
    m_package = package;
    m_digest = {};
    m_carryAction->setEnabled(package != nullptr);
    m_compare.cancel();
    if (m_offer)
        m_offer->deleteLater();
    for (SinceFrame *f : std::as_const(m_frames))
        f->setPrevious({});
    if (!package)
        return;
    const review::ReviewDocument &doc = m_review->session()->document();
    const QList<interdiff::SiblingReview> siblings =
        interdiff::siblingReviews(package->sourcePath, package->name);
    const bool empty = doc.comments.isEmpty() && doc.decisions.isEmpty() && doc.previousReviews.isEmpty();
    if (empty && !QFileInfo::exists(review::defaultReviewPath(*package))) {
        for (const interdiff::SiblingReview &s : siblings) {
            if (s.version == package->version)
                continue;
            // An offer, not a question: nothing happens unless the reviewer accepts.
            m_offer = new QMessageBox(
                QMessageBox::Question, tr("Carry the previous review forward?"),
                tr("This package has no review yet, but %1 %2 beside it has one (%3).\n\n"
                   "Carry its comments forward to %4? Its decisions are kept as history "
                   "and the checklist starts fresh.")
                    .arg(package->name, s.version, QDir::toNativeSeparators(s.reviewPath), package->version),
                QMessageBox::Yes | QMessageBox::No, m_window);
            m_offer->setObjectName(QStringLiteral("carryOffer"));
            m_offer->setAttribute(Qt::WA_DeleteOnClose);
            const QString previous = s.packagePath;
            connect(m_offer, &QMessageBox::finished, this, [this, previous](int result) {
                if (result == QMessageBox::Yes)
                    carryFrom(previous);
            });
            m_offer->setWindowModality(Qt::NonModal); // the window stays usable meanwhile
            m_offer->show();
            return;
        }
    }
    if (!doc.previousReviews.isEmpty()) {
        const QString version = doc.previousReviews.last().version;
        for (const interdiff::SiblingReview &s : siblings) {
            if (s.version == version) {
                compareWith(s.packagePath);
                return;
            }
        }
    }
}

void ReReview::chooseAndCarry()
{
    if (!m_package)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Carry Review From Previous Package"), QFileInfo(m_package->sourcePath).absolutePath(),
        tr("Packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst);;All files (*)"));
    if (path.isEmpty())
        return;
    carryFrom(QFileInfo(path).fileName() == QLatin1String(kPackageFile) ? QFileInfo(path).absolutePath()
                                                                        : path);
}

void ReReview::carryFrom(const QString &previousPath)
{
    if (!m_package || m_carry.isRunning())
        return;
    const QString target = review::defaultReviewPath(*m_package);
    const review::ReviewDocument &doc = m_review->session()->document();
    if (QFileInfo::exists(target) && !(doc.comments.isEmpty() && doc.decisions.isEmpty())) {
        const auto answer = QMessageBox::question(
            m_window, tr("Replace the review?"),
            tr("%1 already holds a review of this package. Replace it with the carried review?")
                .arg(QDir::toNativeSeparators(target)));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_progress = new QProgressDialog(tr("Carrying the review forward…"), tr("Cancel"), 0, 100, m_window);
    m_progress->setObjectName(QStringLiteral("carryProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, &m_carry, &QFutureWatcher<Work>::cancel);
    connect(&m_carry, &QFutureWatcher<Work>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    const PackagePtr now = m_package;
    interdiff::CarryOptions options;
    options.nowDigest = m_digest.ok ? m_digest.digest : QString(); // else computed by the carry
    m_carry.setFuture(QtConcurrent::run([previousPath, now, options](QPromise<Work> &promise) {
        promise.setProgressRange(0, 100);
        Work w;
        w.before = openPrevious(previousPath, &w.error);
        promise.setProgressValue(20);
        if (w.before && !promise.isCanceled()) {
            const review::ReviewLoadResult r = review::loadReviewFile(review::defaultReviewPath(*w.before));
            if (r.status == review::ReviewLoadResult::Status::Missing)
                w.error =
                    tr("%1: no review beside the previous package").arg(review::defaultReviewPath(*w.before));
            else if (r.readOnly())
                w.error = r.error.toString();
            else {
                QPromise<interdiff::CarryOutcome> inner;
                QFuture<interdiff::CarryOutcome> f = inner.future();
                inner.start();
                interdiff::computeCarry(inner, w.before, now, r.document, options);
                inner.finish();
                if (f.resultCount() > 0)
                    w.outcome = f.resultAt(0);
                if (!w.outcome.ok())
                    w.error = w.outcome.error;
            }
        }
        promise.setProgressValue(100);
        if (!promise.isCanceled())
            promise.addResult(w);
    }));
}

void ReReview::onCarried()
{
    if (m_progress) {
        disconnect(m_progress, nullptr, &m_carry, nullptr); // closing the dialog emits canceled()
        m_progress->close();
    }
    if (m_carry.isCanceled() || m_carry.future().resultCount() == 0 || !m_package) {
        Q_EMIT carryFinished(false);
        return;
    }
    const Work w = m_carry.result();
    if (!w.error.isEmpty()) {
        Q_EMIT message(tr("The review could not be carried forward: %1").arg(w.error), true);
        Q_EMIT carryFinished(false);
        return;
    }
    const QString target = review::defaultReviewPath(*m_package);
    m_review->close(); // saves pending edits of the review being replaced, then lets go of it
    QString error;
    if (!review::saveReviewFile(w.outcome.document, target, &error)) {
        m_review->setPackage(m_package);
        if (m_digest.ok)
            m_review->setDigest(m_digest);
        Q_EMIT message(tr("The carried review could not be saved: %1").arg(error), true);
        Q_EMIT carryFinished(false);
        return;
    }
    m_review->setPackage(m_package);
    if (m_digest.ok)
        m_review->setDigest(m_digest);
    Q_EMIT message(tr("Carried %1 comment(s) from %2 (%3).")
                       .arg(w.outcome.document.comments.size())
                       .arg(w.before->version, interdiff::carrySummary(w.outcome.document)),
                   false);
    showInterdiff(w.outcome.interdiff, w.before);
    Q_EMIT carryFinished(true);
}

void ReReview::compareWith(const QString &previousPath)
{
    if (!m_package)
        return;
    for (SinceFrame *f : std::as_const(m_frames))
        f->setPrevious(tr("the previous version"));
    const PackagePtr now = m_package;
    m_compare.setFuture(QtConcurrent::run([previousPath, now](QPromise<Work> &promise) {
        Work w;
        w.before = openPrevious(previousPath, &w.error);
        if (w.before && !promise.isCanceled())
            w.outcome.interdiff = interdiff::interdiffSync(w.before, now);
        if (!promise.isCanceled())
            promise.addResult(w);
    }));
}

void ReReview::onCompared()
{
    if (m_compare.isCanceled() || m_compare.future().resultCount() == 0 || !m_package)
        return;
    const Work w = m_compare.result();
    if (!w.error.isEmpty()) {
        for (SinceFrame *f : std::as_const(m_frames))
            f->setFailed(w.error);
        return;
    }
    showInterdiff(w.outcome.interdiff, w.before);
}

void ReReview::showInterdiff(const interdiff::Interdiff &interdiff, const PackagePtr &before)
{
    for (SinceFrame *f : std::as_const(m_frames))
        f->setInterdiff(interdiff, before, m_package);
    Q_EMIT comparisonReady();
}

} // namespace mr
