// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"
#include "models/package/package.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace mr {

class Banner;
class DeskActions;
class DeskLayout;
class OverviewPane;
class PackageController;
class Pane;
class StartPage;
class ReReview;
class ReviewIntegration;
class FindingsPolicy;

// The workbench window: start page or overview in the centre, the four panes and the review as
// docks. It routes between panes and the review; it holds no pane or review logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openPath(const QString &path);
    void closePackage();
    PackagePtr package() const;
    PackageController *controller() const { return m_controller; }
    QList<Pane *> panes() const { return m_panes; }
    ReviewIntegration *review() const { return m_review; }
    DeskLayout *deskLayout() const { return m_desk; }
    DeskActions *deskActions() const { return m_deskActions; }
    ReReview *rereview() const { return m_rereview; }

    // The bundled example package, or an empty string when this installation has none.
    static QString examplePackagePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanes();
    void createMenus();
    void openDialog();
    void newPackageDialog(); // File > New Package from Working Copy…
    void addRecent(const QString &path);
    void updateRecentMenu();
    void refreshFindings();
    void revealAnchor(const Anchor &anchor);
    void restoreLayout();
    void saveLayout();
    void onLoaded(const PackagePtr &package);
    void onFailed(const QString &path, const Diagnostic &error);

    PackageController *m_controller = nullptr;
    Banner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_start = nullptr;
    OverviewPane *m_overview = nullptr;
    QList<Pane *> m_panes;
    QList<QDockWidget *> m_docks;
    QDockWidget *m_reviewDock = nullptr;
    ReviewIntegration *m_review = nullptr;
    DeskLayout *m_desk = nullptr;
    DeskActions *m_deskActions = nullptr;
    ReReview *m_rereview = nullptr;
    FindingsPolicy *m_findingsPolicy = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_navigateMenu = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QList<QAction *> m_packageActions; // enabled only while a package is open
};

} // namespace mr
