// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"
#include "models/package/digest.h"
#include "models/package/package.h"
#include "models/report/reportexport.h"
#include "models/report/sessionanalysis.h"
#include "models/review/submitrequirements.h"
#include "widgets/common/panetask.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QProgressDialog;

namespace mr {

class Pane;
namespace session {
class SessionModel;
}
namespace review {
class ReviewDock;
class ReviewSession;
} // namespace review

// Connects the review (session, dock, markers, viewed marks, checklist) to the window's panes,
// and exports reports. The window owns one; it follows the open package.
class ReviewIntegration : public QObject
{
    Q_OBJECT
public:
    ReviewIntegration(QMainWindow *window, const QList<Pane *> &panes);
    ~ReviewIntegration() override;

    QDockWidget *dock() const { return m_dock; }
    review::ReviewSession *session() const { return m_session; }
    review::ReviewDock *reviewDock() const { return m_reviewDock; }
    // The panes' live results (the window resets it for each package, before the panes).
    session::SessionModel *sessionModel() const { return m_sessionModel; }
    QList<QAction *> editActions() const;

    // Opens `<package>.review.json` beside the package (never inside it).
    void setPackage(const PackagePtr &package);
    void setDigest(const DigestResult &digest);
    void close();

    void addPackageComment();
    void reloadReviewer(); // after the identity changed in the settings
    // What an approval is judged on now: the session's values, the review, every finding.
    review::ApprovalFacts approvalFacts() const;
    void exportReport(); // asks for a file, then exportReportTo()
    // Writes the report of the session's current values off the GUI thread, with a progress
    // dialog and Cancel; exportFinished follows (also after a failure; not after Cancel).
    void exportReportTo(const QString &path, report::Format format);
    bool isExporting() const { return m_exportTask.isRunning(); }
    void saveReviewAs();

Q_SIGNALS:
    void revealRequested(const mr::Anchor &anchor);
    void message(const QString &text, bool error);
    void exportFinished(bool ok, const QString &path);

private:
    void updateMarkers();
    void updateViewed();

    QMainWindow *m_window;
    QList<Pane *> m_panes;
    review::ReviewSession *m_session;
    session::SessionModel *m_sessionModel;
    review::ReviewDock *m_reviewDock;
    QDockWidget *m_dock;
    PackagePtr m_package;
    DigestResult m_digest;
    PaneTask<report::ExportResult> m_exportTask{this};
    QProgressDialog *m_exportProgress = nullptr;
};

} // namespace mr
