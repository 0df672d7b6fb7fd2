// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/anchor.h"
#include "models/package/digest.h"
#include "models/package/package.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace mr {

class Pane;
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
    QList<QAction *> editActions() const;

    // Opens `<package>.review.json` beside the package (never inside it).
    void setPackage(const PackagePtr &package);
    void setDigest(const DigestResult &digest);
    void close();

    void addPackageComment();
    void reloadReviewer(); // after the identity changed in the settings
    void exportReport();
    void saveReviewAs();

Q_SIGNALS:
    void revealRequested(const mr::Anchor &anchor);
    void message(const QString &text, bool error);

private:
    void updateMarkers();
    void updateViewed();

    QMainWindow *m_window;
    QList<Pane *> m_panes;
    review::ReviewSession *m_session;
    review::ReviewDock *m_reviewDock;
    QDockWidget *m_dock;
    PackagePtr m_package;
    DigestResult m_digest;
};

} // namespace mr
