// SPDX-License-Identifier: Apache-2.0
#include "app/reviewintegration.h"
#include "app/findingspolicy.h"

#include "models/package/packagefindings.h"
#include "models/report/approvalfacts.h"
#include "models/report/sessionanalysis.h"
#include "models/review/reviewfile.h"
#include "models/review/reviewsession.h"
#include "models/review/submitrequirements.h"
#include "models/session/sessionstate.h"
#include "widgets/common/pane.h"
#include "widgets/review/decisionpanel.h"
#include "widgets/review/reviewdock.h"
#include "widgets/review/reviewersettings.h"
#include "widgets/review/reviewmarkers.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>
#include <QtConcurrent>

namespace mr {

ReviewIntegration::ReviewIntegration(QMainWindow *window, const QList<Pane *> &panes)
    : QObject(window), m_window(window), m_panes(panes), m_session(new review::ReviewSession(this)),
      m_sessionModel(new session::SessionModel(this)), m_reviewDock(new review::ReviewDock(window)),
      m_dock(new QDockWidget(tr("Review"), window))
{
    m_dock->setObjectName(QStringLiteral("reviewDockWidget"));
    m_dock->setWidget(m_reviewDock);
    m_reviewDock->setSession(m_session);
    m_session->setReviewer(review::storedReviewer());
    m_sessionModel->setReviewer(m_session->reviewer());
    m_session->setAnchoredTextProvider([this](const Anchor &anchor) {
        for (Pane *p : std::as_const(m_panes)) {
            const QString text = p->anchoredText(anchor);
            if (!text.isNull())
                return text;
        }
        return QString();
    });

    for (Pane *pane : std::as_const(m_panes)) {
        pane->setSessionModel(m_sessionModel);
        connect(pane, &Pane::commentRequested, m_reviewDock, &review::ReviewDock::addComment);
        connect(pane, &Pane::viewedToggled, m_session, &review::ReviewSession::setViewed);
        connect(pane, &Pane::checklistSuggested, m_session, &review::ReviewSession::suggestChecklist);
        // A pane that finished loading can tell whether anchored content changed since a comment.
        connect(pane, &Pane::findingsChanged, m_session, &review::ReviewSession::refreshOutdated);
    }
    m_reviewDock->decisionPanel()->setApprovalChecks(
        [this] { return review::evaluateApproval(submitRequirementsFor(m_package), approvalFacts()); });
    connect(m_sessionModel, &session::SessionModel::changed, m_reviewDock->decisionPanel(),
            &review::DecisionPanel::revalidate);
    m_reviewDock->setEnabled(false); // review controls need a package
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

review::ApprovalFacts ReviewIntegration::approvalFacts() const
{
    Findings all;
    if (m_package)
        all = packageFindings(*m_package, m_digest.ok ? &m_digest : nullptr);
    for (const Pane *p : std::as_const(m_panes))
        all += p->findings();
    return report::approvalFacts(m_sessionModel->state(), m_session->document(),
                                 policyFindings(m_package, all, *m_session));
}

void ReviewIntegration::setPackage(const PackagePtr &package)
{
    m_package = package;
    m_digest = {};
    m_reviewDock->setEnabled(bool(package));
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
        p->setCommentMarkers(review::commentMarkers(*m_session, paneKey(p->paneId())));
    }
}

void ReviewIntegration::updateViewed()
{
    const QSet<QString> keys = m_session->document().viewed;
    m_sessionModel->setViewed(keys);
    for (Pane *p : std::as_const(m_panes))
        p->setViewedKeys(keys);
}

void ReviewIntegration::reloadReviewer()
{
    m_session->setReviewer(review::storedReviewer());
    m_sessionModel->setReviewer(m_session->reviewer());
}

void ReviewIntegration::addPackageComment()
{
    if (!m_package)
        return; // a comment without a package would have nowhere to be saved
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

    exportReportTo(path, format);
}

void ReviewIntegration::exportReportTo(const QString &path, report::Format format)
{
    if (!m_package)
        return;
    if (m_exportTask.isRunning()) {
        Q_EMIT message(tr("A report is being written already."), false);
        return;
    }
    // Everything the worker reads is a value taken now: the session's state, the review, and
    // each comment's anchored content as the panes show it (panes are never called off the
    // GUI thread).
    const review::ReviewDocument doc = m_session->document();
    QHash<QString, QString> anchored;
    for (const review::Comment &c : doc.comments) {
        for (Pane *p : std::as_const(m_panes)) {
            const QString text = p->anchoredText(c.anchor);
            if (!text.isNull()) {
                anchored.insert(c.anchor.key(), text);
                break;
            }
        }
    }
    report::ReportOptions options;
    options.reviewPath = m_session->path();
    options.anchoredText = [anchored](const Anchor &a) { return anchored.value(a.key()); };
    const session::SessionState state = m_sessionModel->state();
    const DigestResult digest = m_digest;
    if (state.codeFiles && state.codeFiles->ok())
        options.codeFileLines = report::codeFileLinesFrom(*state.codeFiles);

    if (!m_exportProgress) {
        m_exportProgress = new QProgressDialog(m_window);
        m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
        m_exportProgress->setWindowTitle(tr("Export Report"));
        m_exportProgress->setAutoClose(false);
        m_exportProgress->setAutoReset(false);
        connect(m_exportProgress, &QProgressDialog::canceled, this, [this] {
            m_exportTask.abandon();
            m_exportProgress->reset(); // also stops its timer that would show it later
            m_exportProgress->hide();
            Q_EMIT message(tr("The report was not written: canceled."), false);
        });
    }
    m_exportProgress->setLabelText(tr("Writing the report to %1…").arg(QFileInfo(path).fileName()));
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setValue(0);
    m_exportProgress->setMinimumDuration(300);
    m_exportTask.onProgress = [this](int value, int maximum) {
        m_exportProgress->setRange(0, maximum);
        m_exportProgress->setValue(value);
    };
    m_exportTask.onFinished = [this](const QFuture<report::ExportResult> &future) {
        m_exportProgress->reset();
        m_exportProgress->hide();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        const report::ExportResult r = future.result();
        if (r.ok)
            Q_EMIT message(tr("Report written to %1").arg(r.path), false);
        else
            Q_EMIT message(tr("The report could not be written: %1").arg(r.error), true);
        Q_EMIT exportFinished(r.ok, r.path);
    };
    m_exportTask.start(QtConcurrent::run(
        [state, digest, doc, format, path, options](QPromise<report::ExportResult> &promise) {
            report::exportSession(promise, state, digest, doc, format, path, options);
        }));
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
