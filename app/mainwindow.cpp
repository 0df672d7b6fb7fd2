// SPDX-License-Identifier: Apache-2.0
#include "app/mainwindow.h"

#include "app/deskactions.h"
#include "app/desklayout.h"
#include "app/findingspolicy.h"
#include "app/mlrunsdialog.h"
#include "app/packagecontroller.h"
#include "app/paneregistry.h"
#include "app/rereview.h"
#include "app/reviewintegration.h"
#include "app/settingsdialog.h"
#include "app/startpage.h"
#include "models/core/settings.h"
#include "models/importers/importer.h"
#include "models/package/packagefindings.h"
#include "models/session/sessionstate.h"
#include "widgets/common/banner.h"
#include "widgets/common/overviewpane.h"
#include "widgets/common/pane.h"
#if __has_include("widgets/pack/packdialog.h")
#include "widgets/pack/packdialog.h"
#define MR_HAVE_PACK_DIALOG 1
#endif
#include "widgets/interdiff/sinceframe.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mr {

namespace {
constexpr int kMaxRecent = 10;
constexpr int kLayoutVersion = 1;

QList<int> initialWidths()
{
    QList<int> out;
    for (const PaneRegistration &r : paneRegistry())
        out << r.initialWidth;
    return out;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ModelReview"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_controller = new PackageController(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new Banner(central);
    m_stack = new QStackedWidget(central);
    m_start = new StartPage(m_stack);
    m_overview = new OverviewPane(m_stack);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_overview);
    // Scrolled rather than squeezed: the overview's minimum height must not stop the panes
    // below from taking the room the splitter (or the first-start proportions) give them.
    auto *scroll = new QScrollArea(central);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    createPanes();
    m_desk = new DeskLayout(this, m_docks, initialWidths(), m_review->dock(), central);
    m_deskActions = new DeskActions(this, m_panes, m_review);
    connect(m_deskActions, &DeskActions::revealRequested, this, &MainWindow::revealAnchor);
    connect(m_deskActions, &DeskActions::statusMessage, m_status, &QLabel::setText);
    createMenus();
    restoreLayout();

    connect(m_start, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_start, &StartPage::openPathRequested, this, &MainWindow::openPath);
    connect(m_start, &StartPage::openExampleRequested, this, [this] { openPath(examplePackagePath()); });
    m_start->setExampleAvailable(!examplePackagePath().isEmpty());
    connect(m_overview, &OverviewPane::findingActivated, this,
            [this](const Finding &f) { revealAnchor(f.item); });

    connect(m_controller, &PackageController::loadingStarted, this, [this](const QString &path) {
        m_banner->hide();
        m_status->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(m_controller, &PackageController::loaded, this, &MainWindow::onLoaded);
    connect(m_controller, &PackageController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &PackageController::digestProgress, this, [this](int v, int max) {
        m_overview->setDigestProgress(v, max);
        m_progress->setRange(0, max);
        m_progress->setValue(v);
    });
    connect(m_controller, &PackageController::digestFinished, this, [this](const DigestResult &d) {
        m_progress->hide();
        m_overview->setDigest(d);
        m_review->setDigest(d);
        m_rereview->setDigest(d);
        m_status->setText(d.ok ? tr("Digest %1").arg(d.digest)
                               : tr("Digest failed: %1").arg(d.error.toString()));
        refreshFindings();
    });
}

MainWindow::~MainWindow() = default;

PackagePtr MainWindow::package() const
{
    return m_controller->package();
}

QString MainWindow::examplePackagePath()
{
    const QByteArray env = qgetenv("MODELREVIEW_EXAMPLE");
    QStringList candidates;
    if (!env.isEmpty())
        candidates << QString::fromLocal8Bit(env);
    const QString exeDir = QCoreApplication::applicationDirPath();
    candidates << exeDir + QStringLiteral("/../examples/churn-classifier")
               << exeDir + QStringLiteral("/../share/modelreview/examples/churn-classifier");
#ifdef MODELREVIEW_EXAMPLE_DIR
    candidates << QStringLiteral(MODELREVIEW_EXAMPLE_DIR);
#endif
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c + QStringLiteral("/model-package.json")))
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    }
    return {};
}

void MainWindow::createPanes()
{
    QDockWidget *previous = nullptr;
    QList<SinceFrame *> frames;
    for (const PaneRegistration &r : paneRegistry()) {
        Pane *pane = r.create(this);
        pane->setPaneId(r.id);
        auto *dock = new QDockWidget(paneTitle(r.id), this);
        dock->setObjectName(QString::fromLatin1(r.dockObjectName));
        // The frame adds the pane's "Since vX" toggle once a previous version is known.
        frames << new SinceFrame(pane, paneKey(r.id), dock);
        dock->setWidget(frames.last());
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        if (!previous)
            addDockWidget(Qt::BottomDockWidgetArea, dock);
        else
            splitDockWidget(previous, dock, Qt::Horizontal);
        previous = dock;
        m_docks << dock;
        m_panes << pane;
        connect(pane, &Pane::findingsChanged, this, &MainWindow::refreshFindings);
        connect(pane, &Pane::statusMessage, this, [this](const QString &m) { m_status->setText(m); });
    }
    resizeDocks(m_docks, initialWidths(), Qt::Horizontal);

    m_review = new ReviewIntegration(this, m_panes);
    addDockWidget(Qt::RightDockWidgetArea, m_review->dock());
    connect(m_review, &ReviewIntegration::revealRequested, this, &MainWindow::revealAnchor);
    m_rereview = new ReReview(this, m_review, frames);
    connect(m_rereview, &ReReview::message, m_review, &ReviewIntegration::message);
    m_findingsPolicy = new FindingsPolicy(this, m_review->session());
    connect(m_findingsPolicy, &FindingsPolicy::changed, this, &MainWindow::refreshFindings);
    connect(m_findingsPolicy, &FindingsPolicy::message, m_review, &ReviewIntegration::message);
    connect(m_overview, &OverviewPane::acceptFindingRequested, m_findingsPolicy,
            [this](const Finding &f) { m_findingsPolicy->accept(f); });
    connect(m_review, &ReviewIntegration::message, this, [this](const QString &text, bool error) {
        if (error)
            m_banner->showMessage(Banner::Kind::Error, text);
        else
            m_status->setText(text);
    });
}

void MainWindow::newPackageDialog()
{
#ifdef MR_HAVE_PACK_DIALOG
    auto *dialog = new PackDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Only the modelreview executable has the capture-env command to run.
    const QString self = QCoreApplication::applicationFilePath();
    if (QFileInfo(self).baseName() == QLatin1String("modelreview"))
        dialog->setCaptureProgram(self);
    connect(dialog, &PackDialog::packageWritten, this, &MainWindow::openPath);
    dialog->open();
#endif
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Package…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open a Package, MLflow Model or Run, DVC Project or Hugging Face Repository"));
        if (!dir.isEmpty())
            openPath(dir);
    });
#ifdef MR_HAVE_PACK_DIALOG
    file->addAction(tr("&New Package from Working Copy…"), this, &MainWindow::newPackageDialog);
#endif
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Example Package"), this, [this] { openPath(examplePackagePath()); })
        ->setEnabled(!examplePackagePath().isEmpty());
    file->addSeparator();
    QAction *rerun = file->addAction(tr("Add Rerun Res&ults…"), this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Add Rerun Results"), QString(),
                                         tr("Results (*.json *.yaml *.yml *.csv);;All files (*)"));
        if (!f.isEmpty())
            m_controller->addRerun(f);
    });
    rerun->setObjectName(QStringLiteral("addRerunAction"));
    m_packageActions << rerun;
    m_packageActions << file->addAction(tr("E&xport Report…"), m_review, &ReviewIntegration::exportReport);
    m_packageActions.last()->setShortcut(Qt::CTRL | Qt::Key_E);
    m_packageActions << file->addAction(tr("Save Review &As…"), m_review, &ReviewIntegration::saveReviewAs);
    file->addAction(m_rereview->carryAction());
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_review->reloadReviewer();
    });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Package"), this, &MainWindow::closePackage);
    m_packageActions << close;
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_review->editActions());

    QMenu *reviewMenu = menuBar()->addMenu(tr("&Review"));
    m_packageActions << reviewMenu->addAction(tr("Comment on the &Package…"), m_review,
                                              &ReviewIntegration::addPackageComment);
    m_packageActions.last()->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    reviewMenu->addAction(m_deskActions->commentAction());
    reviewMenu->addAction(m_deskActions->nextCommentAction());
    reviewMenu->addAction(m_deskActions->previousCommentAction());
    m_packageActions << m_deskActions->commentAction() << m_deskActions->nextCommentAction()
                     << m_deskActions->previousCommentAction();
    reviewMenu->addSeparator();
    reviewMenu->addAction(m_review->dock()->toggleViewAction());

    m_navigateMenu = menuBar()->addMenu(tr("&Navigate"));
    for (Pane *pane : std::as_const(m_panes)) {
        const QList<QAction *> actions = pane->menuActions();
        if (actions.isEmpty())
            continue;
        if (!m_navigateMenu->isEmpty())
            m_navigateMenu->addSeparator();
        m_navigateMenu->addActions(actions);
    }
    if (m_navigateMenu->isEmpty())
        m_navigateMenu->menuAction()->setVisible(false);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_review->dock()->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_desk->focusAction());
    m_viewMenu->addAction(m_desk->overviewAction());
    m_viewMenu->addAction(m_desk->resetAction());

    for (QAction *a : std::as_const(m_packageActions))
        a->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_deskActions->shortcutsAction());
    help->addAction(tr("&About ModelReview"), this, [this] {
        QMessageBox::about(
            this, tr("About ModelReview"),
            tr("<b>ModelReview %1</b><p>Review machine-learning model packages before release: "
               "code, data, environments and results.</p><p>Licensed under Apache-2.0.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::openDialog()
{
    // A package is a folder or an archive: let the dialog accept either.
    QFileDialog dialog(this, tr("Open Package"));
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({tr("Model packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst)"),
                           tr("MLflow models (MLmodel)"), tr("All files (*)")});
    dialog.setOption(QFileDialog::DontUseNativeDialog, false);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openPath(dialog.selectedFiles().first());
}

void MainWindow::openPath(const QString &path)
{
    if (path.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Error, tr("No example package is installed with this build."));
        return;
    }
    QString target = QFileInfo(path).absoluteFilePath();
    if (importers::recognise(target) == importers::SourceKind::MlflowStore) {
        // A whole mlruns/ folder is many candidate packages: the reviewer picks one run.
        const QList<importers::MlflowRunInfo> runs = importers::listMlflowRuns(target);
        MlrunsDialog chooser(target, runs, this);
        if (chooser.exec() != QDialog::Accepted || chooser.selectedRunPath().isEmpty())
            return;
        target = chooser.selectedRunPath();
    }
    m_controller->open(target);
}

void MainWindow::closePackage()
{
    m_rereview->setPackage(nullptr);
    m_review->setPackage(nullptr);
    for (QAction *a : std::as_const(m_packageActions))
        a->setEnabled(false);
    m_controller->close();
    m_review->sessionModel()->setPackage(nullptr);
    for (Pane *pane : std::as_const(m_panes))
        pane->setPackage(nullptr);
    m_overview->setPackage(nullptr);
    m_stack->setCurrentWidget(m_start);
    setWindowTitle(tr("ModelReview"));
    m_status->clear();
}

void MainWindow::onLoaded(const PackagePtr &package)
{
    m_progress->hide();
    m_stack->setCurrentWidget(m_overview);
    m_overview->setPackage(package);
    setWindowTitle(tr("%1 %2 — ModelReview").arg(package->name, package->version));
    m_status->setText(tr("Opened %1").arg(QDir::toNativeSeparators(package->sourcePath)));
    addRecent(package->sourcePath);
    m_review->sessionModel()->setPackage(package);
    for (Pane *pane : std::as_const(m_panes))
        pane->setPackage(package);
    m_review->setPackage(package);
    m_rereview->setPackage(package);
    for (QAction *a : std::as_const(m_packageActions))
        a->setEnabled(true);
    QStringList problems;
    const QString policyError = m_findingsPolicy->setPackage(package);
    for (const Section *s :
         {static_cast<const Section *>(&package->code), static_cast<const Section *>(&package->dataset),
          static_cast<const Section *>(&package->environments),
          static_cast<const Section *>(&package->results),
          static_cast<const Section *>(&package->artifacts)}) {
        for (const Diagnostic &d : s->errors)
            problems << d.toString();
    }
    if (!problems.isEmpty())
        m_banner->showMessage(
            Banner::Kind::Warning,
            tr("The package opened with %n problem(s); the sections concerned are incomplete:\n%1", nullptr,
               int(problems.size()))
                .arg(problems.join(QLatin1Char('\n'))));
    else if (!policyError.isEmpty())
        m_banner->showMessage(
            Banner::Kind::Error,
            tr("The findings policy is malformed; the built-in policy applies: %1").arg(policyError));
    refreshFindings();
}

void MainWindow::onFailed(const QString &path, const Diagnostic &error)
{
    m_progress->hide();
    m_status->setText(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
    m_banner->showMessage(Banner::Kind::Error, tr("Could not open the package: %1").arg(error.toString()));
}

void MainWindow::refreshFindings()
{
    const PackagePtr pkg = package();
    if (!pkg)
        return;
    Findings all = packageFindings(*pkg, m_controller->digestReady() ? &m_controller->digest() : nullptr);
    for (Pane *pane : std::as_const(m_panes))
        all += pane->findings();
    m_overview->setPolicyText(m_findingsPolicy->describe());
    m_overview->setFindings(m_findingsPolicy->apply(all));
}

void MainWindow::revealAnchor(const Anchor &anchor)
{
    if (anchor.kind == Anchor::Kind::Package) {
        m_stack->setCurrentWidget(m_overview);
        return;
    }
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i)->reveal(anchor)) {
            m_docks.at(i)->show();
            m_docks.at(i)->raise();
            return;
        }
    }
}

void MainWindow::addRecent(const QString &path)
{
    auto settings = openSettings();
    QStringList recent = settings->value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings->setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    auto settings = openSettings();
    const QStringList recent = settings->value(QStringLiteral("recentFiles")).toStringList();
    m_recentMenu->clear();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openPath(path); });
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            openSettings()->remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_start->setRecentFiles(recent);
}

void MainWindow::restoreLayout()
{
    auto settings = openSettings();
    if (!restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1600, 1000);
    if (restoreState(settings->value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion))
        m_desk->afterRestore();
    else
        m_desk->applyDefault(); // first start: the panes get most of the height
}

void MainWindow::saveLayout()
{
    auto settings = openSettings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), m_desk->state(kLayoutVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_review->close();
    m_controller->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openPath(urls.first().toLocalFile());
    }
}

} // namespace mr
