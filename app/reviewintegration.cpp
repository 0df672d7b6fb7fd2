// SPDX-License-Identifier: Apache-2.0
#include "app/reviewintegration.h"

#include "models/report/analysis.h"
#include "models/report/reportexport.h"
#include "models/review/reviewfile.h"
#include "models/review/reviewsession.h"
#include "widgets/common/pane.h"
#include "widgets/review/reviewdock.h"
#include "widgets/review/reviewersettings.h"
#include "widgets/review/reviewmarkers.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>
#include <QtConcurrent>

namespace mr {

ReviewIntegration::ReviewIntegration(QMainWindow *window, const QList<Pane *> &panes)
    : QObject(window), m_window(window), m_panes(panes), m_session(new review::ReviewSession(this)),
      m_reviewDock(new review::ReviewDock(window)), m_dock(new QDockWidget(tr("Review"), window))
{
    m_dock->setObjectName(QStringLiteral("reviewDockWidget"));
    m_dock->setWidget(m_reviewDock);
    m_reviewDock->setSession(m_session);
    m_session->setReviewer(review::storedReviewer());
    m_session->setAnchoredTextProvider([this](const Anchor &anchor) {
        for (Pane *p : std::as_const(m_panes)) {
            const QString text = p->anchoredText(anchor);
            if (!text.isNull())
                return text;
        }
        return QString();
    });

    for (Pane *pane : std::as_const(m_panes)) {
        connect(pane, &Pane::commentRequested, m_reviewDock, &review::ReviewDock::addComment);
        connect(pane, &Pane::viewedToggled, m_session, &review::ReviewSession::setViewed);
        connect(pane, &Pane::checklistSuggested, m_session, &review::ReviewSession::suggestChecklist);
        // A pane that finished loading can tell whether anchored content changed since a comment.
        connect(pane, &Pane::findingsChanged, m_session, &review::ReviewSession::refreshOutdated);
    }
    connect(m_reviewDock, &review::ReviewDock::revealRequested, this, &ReviewIntegration::revealRequested);
    connect(m_session, &review::ReviewSession::commentsChanged, this, &ReviewIntegration::updateMarkers);
    connect(m_session, &review::ReviewSession::outdatedChanged, this, &ReviewIntegration::updateMarkers);
    connect(m_session, &review::ReviewSession::viewedChanged, this, &ReviewIntegration::updateViewed);
    connect(m_session, &review::ReviewSession::saveFailed, this, [this](const QString &why) {
        Q_EMIT message(tr("The review could not be saved: %1").arg(why), true);
    });
}

ReviewIntegration::~ReviewIntegration() = default;

QList<QAction *> ReviewIntegration::editActions() const
{
    return {m_reviewDock->undoAction(), m_reviewDock->redoAction()};
}

void ReviewIntegration::setPackage(const PackagePtr &package)
{
    m_package = package;
    m_digest = {};
    if (!package) {
        close();
        return;
    }
    m_session->setPackageIdentity(package->name, package->version);
    m_session->setCurrentDigest({});
    const QString path = review::defaultReviewPath(*package);
    const review::ReviewLoadResult r = m_session->open(path);
    if (m_session->isReadOnly())
        Q_EMIT message(tr("The review file %1 opens read-only: %2").arg(path, m_session->readOnlyReason()),
                       true);
    Q_UNUSED(r);
    updateViewed();
    updateMarkers();
}

void ReviewIntegration::setDigest(const DigestResult &digest)
{
    m_digest = digest;
    m_session->setCurrentDigest(digest.ok ? digest.digest : QString());
}

void ReviewIntegration::close()
{
    QString error;
    if (m_session->isDirty() && !m_session->isReadOnly() && !m_session->save(&error))
        Q_EMIT message(tr("The review could not be saved: %1").arg(error), true);
    m_session->openUnsaved();
    for (Pane *p : std::as_const(m_panes)) {
        p->setCommentMarkers({});
        p->setViewedKeys({});
    }
}

void ReviewIntegration::updateMarkers()
{
    for (Pane *p : std::as_const(m_panes)) {
        const QString pane = p->property("mrPaneId").toString();
        if (!pane.isEmpty())
            p->setCommentMarkers(review::commentMarkers(*m_session, pane));
    }
}

void ReviewIntegration::updateViewed()
{
    const QSet<QString> keys = m_session->document().viewed;
    for (Pane *p : std::as_const(m_panes))
        p->setViewedKeys(keys);
}

void ReviewIntegration::reloadReviewer()
{
    m_session->setReviewer(review::storedReviewer());
}

void ReviewIntegration::addPackageComment()
{
    m_dock->show();
    m_dock->raise();
    m_reviewDock->addComment(Anchor::package(), QString());
}

void ReviewIntegration::exportReport()
{
    if (!m_package)
        return;
    QString selectedFilter;
    const QString base = QFileInfo(m_package->sourcePath).absolutePath() + QLatin1Char('/') +
                         m_package->name + QLatin1Char('-') + m_package->version + QStringLiteral("-review");
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Report"), base + QStringLiteral(".html"),
        tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)"), &selectedFilter);
    if (path.isEmpty())
        return;
    report::Format format = report::Format::Html;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        format = report::Format::Pdf;
    else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        format = report::Format::Markdown;
    else if (suffix == QLatin1String("json"))
        format = report::Format::Json;

    // The analysis reruns each pane's headless report: off the GUI thread, with a busy dialog.
    QProgressDialog progress(tr("Preparing the report…"), QString(), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const PackagePtr pkg = m_package;
    const DigestResult digest = m_digest;
    // The same policy the window applies (a malformed one is reported when the package opens).
    const findings::Policy policy = findings::findPolicy(pkg->sourcePath).policy.value_or(findings::Policy{});
    QFuture<report::Analysis> f = QtConcurrent::run([pkg, digest, policy] {
        return digest.ok ? report::analyze(pkg, digest, policy) : report::analyze(pkg, policy);
    });
    while (!f.isFinished()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    progress.close();
    report::ReportOptions options;
    options.reviewPath = m_session->path();
    options.anchoredText = [this](const Anchor &a) {
        for (Pane *p : std::as_const(m_panes)) {
            const QString text = p->anchoredText(a);
            if (!text.isNull())
                return text;
        }
        return QString();
    };
    QString error;
    const review::ReviewDocument doc = m_session->document();
    if (report::writeReport(format, f.result(), &doc, path, &error, options))
        Q_EMIT message(tr("Report written to %1").arg(path), false);
    else
        Q_EMIT message(tr("The report could not be written: %1").arg(error), true);
}

void ReviewIntegration::saveReviewAs()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Review As"), m_session->path(),
                                                      tr("Review files (*.review.json)"));
    if (path.isEmpty())
        return;
    if (m_package && review::isInsidePackage(path, *m_package)) {
        Q_EMIT message(tr("A review is never saved inside the package: choose a place outside it."), true);
        return;
    }
    QString error;
    if (!m_session->saveAs(path, &error))
        Q_EMIT message(tr("The review could not be saved: %1").arg(error), true);
}

} // namespace mr
