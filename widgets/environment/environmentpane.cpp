// SPDX-License-Identifier: Apache-2.0
#include "widgets/environment/environmentpane.h"
#include "models/core/paneids.h"
#include "models/session/sessionstate.h"
#include "widgets/common/panetoolbar.h"
#include "widgets/common/placeholder.h"
#include "widgets/environment/environmentmodels.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mr {

using namespace environment;

namespace {

// A change in the totals line ("19 only in development").
QString changePhrase(Change change)
{
    switch (change) {
    case Change::OnlyInDevelopment: return EnvironmentPane::tr("only in development");
    case Change::OnlyInReference: return EnvironmentPane::tr("only in reference");
    case Change::Unpinned: return EnvironmentPane::tr("unpinned");
    case Change::Incomparable: return EnvironmentPane::tr("incomparable");
    default: break;
    }
    return changeName(change).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

} // namespace

EnvironmentPane::EnvironmentPane(QWidget *parent) : Pane(parent)
{
    setObjectName(QStringLiteral("environmentPane"));
    m_task.onFinished = [this](const QFuture<LoadedEnvironments> &) { onLoaded(); };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_placeholder = new Placeholder(this);
    m_placeholder->setObjectName(QStringLiteral("environmentPlaceholder"));
    m_placeholder->setState(Placeholder::State::Empty, tr("No package open."));
    connect(m_placeholder, &Placeholder::cancelRequested, this, [this] { m_task.cancel(); });
    m_task.onProgress = [this](int value, int maximum) { m_placeholder->setProgress(value, maximum); };
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 6);

    auto *pairRow = new PaneToolBar(content);
    m_development = new QComboBox(content);
    m_development->setObjectName(QStringLiteral("developmentCombo"));
    m_reference = new QComboBox(content);
    m_reference->setObjectName(QStringLiteral("referenceCombo"));
    m_swap = new QPushButton(tr("Swap"), content);
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setToolTip(tr("Swap the two environments"));
    auto *compare = new QLabel(tr("&Compare"), content);
    compare->setBuddy(m_development);
    pairRow->addWidget(compare);
    pairRow->addWidget(m_development);
    pairRow->addWidget(new QLabel(tr("against"), content));
    pairRow->addWidget(m_reference);
    pairRow->addWidget(m_swap);
    pairRow->addStretch();
    for (QComboBox *combo : {m_development, m_reference}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(12);
    }
    contentLayout->addWidget(pairRow);

    auto *filterRow = new PaneToolBar(content);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Filter by name or version"));
    m_search->setClearButtonEnabled(true);
    m_changedOnly = new QCheckBox(tr("C&hanged only"), content);
    m_changedOnly->setObjectName(QStringLiteral("changedOnlyCheck"));
    m_levelFilter = new QComboBox(content);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("Any level"), -1);
    for (Level l : {Level::Major, Level::Minor, Level::Patch, Level::Local, Level::None})
        m_levelFilter->addItem(LevelStyle::icon(l, palette()), LevelStyle::text(l), int(l));
    m_changeFilter = new QComboBox(content);
    m_changeFilter->setObjectName(QStringLiteral("changeFilter"));
    m_changeFilter->addItem(tr("Any change"), -1);
    for (int c = 0; c < kChangeCount; ++c)
        m_changeFilter->addItem(LevelStyle::changeText(Change(c)), c);
    m_comment = new QPushButton(tr("Co&mment…"), content);
    m_comment->setObjectName(QStringLiteral("commentButton"));
    m_comment->setToolTip(tr("Comment on the selected row"));
    filterRow->addExpandingWidget(m_search);
    filterRow->addWidget(m_changedOnly);
    filterRow->addWidget(m_levelFilter);
    filterRow->addWidget(m_changeFilter);
    filterRow->addWidget(m_comment);
    contentLayout->addWidget(filterRow);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("environmentTabs"));
    m_model = new EnvironmentComparisonModel(this);
    m_model->setPalette(palette());
    m_proxy = new EnvironmentFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = makeTable(QStringLiteral("environmentTable"), content);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(EnvironmentComparisonModel::ItemColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tabs->addTab(m_table, tr("Comparison"));

    m_matrix = new EnvironmentMatrixModel(this);
    m_matrixProxy = new EnvironmentFilterModel(this);
    m_matrixProxy->setSourceModel(m_matrix);
    m_matrixView = makeTable(QStringLiteral("environmentMatrix"), content);
    m_matrixView->setModel(m_matrixProxy);
    m_matrixView->sortByColumn(0, Qt::AscendingOrder);
    m_tabs->addTab(m_matrixView, tr("All environments"));

    m_diagnostics = new QListWidget(content);
    m_diagnostics->setObjectName(QStringLiteral("environmentDiagnostics"));
    m_diagnostics->setWordWrap(true);
    m_tabs->addTab(m_diagnostics, tr("Files"));
    contentLayout->addWidget(m_tabs, 1);
    m_totals = new QLabel(content);
    m_totals->setObjectName(QStringLiteral("environmentTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    contentLayout->addWidget(m_totals);
    m_stack->addWidget(content);

    connect(m_development, &QComboBox::currentIndexChanged, this, &EnvironmentPane::showPair);
    connect(m_reference, &QComboBox::currentIndexChanged, this, &EnvironmentPane::showPair);
    connect(m_swap, &QPushButton::clicked, this, [this] {
        const QString d = m_development->currentText(), r = m_reference->currentText();
        setPair(r, d);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        m_matrixProxy->setText(t);
    });
    connect(m_changedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setChangedOnly(on);
        m_matrixProxy->setChangedOnly(on);
    });
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevel(m_levelFilter->currentData().toInt()); });
    connect(m_changeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setChange(m_changeFilter->currentData().toInt()); });
    connect(m_comment, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            requestComment(current.row());
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(
            tr("Comment on %1…").arg(index.siblingAtColumn(0).data(EnvironmentRoles::Key).toString()), this,
            [this, row = index.row()] { requestComment(row); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_comment->setEnabled(current.isValid()); });
    m_comment->setEnabled(false);
}

EnvironmentPane::~EnvironmentPane()
{
    m_task.abandon();
}

void EnvironmentPane::setPackage(const PackagePtr &package)
{
    m_task.abandon(); // a job for the previous package finishes on its own, unseen
    m_package = package;
    m_loaded = false;
    m_checklistSent = false;
    m_environments = {};
    m_findings.clear();
    Q_EMIT findingsChanged();
    m_model->setComparison({});
    m_matrix->setMatrix({});
    if (!package) {
        m_placeholder->setState(Placeholder::State::Empty, tr("No package open."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (!package->environments.provided) {
        m_placeholder->setState(Placeholder::State::NotProvided,
                                tr("This package has no environments section."));
        m_stack->setCurrentWidget(m_placeholder);
        m_loaded = true;
        Q_EMIT loaded();
        return;
    }
    m_placeholder->setState(Placeholder::State::Loading, tr("Reading environments…"));
    m_placeholder->setProgress(0, int(package->environments.files.size()) + 1);
    m_stack->setCurrentWidget(m_placeholder);
    m_task.start(QtConcurrent::run(&loadEnvironmentsTask, package));
}

void EnvironmentPane::onLoaded()
{
    const QFuture<LoadedEnvironments> future = m_task.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        if (m_package) {
            m_placeholder->setState(Placeholder::State::Failed, tr("Canceled."));
            m_stack->setCurrentWidget(m_placeholder);
        }
        return;
    }
    m_environments = future.result();
    if (session::SessionModel *s = sessionModel())
        s->setEnvironments(m_environments);
    m_loaded = true;
    if (m_environments.environments.size() < 2) {
        m_placeholder->setState(Placeholder::State::NoContent,
                                tr("The package names fewer than two environments: nothing to compare."));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentIndex(1);
    }
    m_findings = environmentFindings(m_environments, m_environments.defaultComparison());
    Q_EMIT findingsChanged();
    QList<Environment> readable; // an unreadable file would only add an empty column
    for (const Environment &e : std::as_const(m_environments.environments))
        if (!e.failed)
            readable.append(e);
    m_matrix->setMatrix(buildMatrix(readable));
    m_matrixView->resizeColumnsToContents();
    updateDiagnostics();
    QStringList names;
    for (const Environment &e : std::as_const(m_environments.environments))
        names.append(e.name);
    const QSignalBlocker b1(m_development), b2(m_reference);
    m_development->clear();
    m_reference->clear();
    m_development->addItems(names);
    m_reference->addItems(names);
    const int dev = int(names.indexOf(m_environments.development));
    const int ref = int(names.indexOf(m_environments.reference));
    m_development->setCurrentIndex(dev >= 0 ? dev : 0);
    m_reference->setCurrentIndex(ref >= 0 ? ref : std::min(1, int(names.size()) - 1));
    showPair();
    Q_EMIT loaded();
}

void EnvironmentPane::showPair()
{
    const Environment *dev = m_environments.find(m_development->currentText());
    const Environment *ref = m_environments.find(m_reference->currentText());
    if (session::SessionModel *s = sessionModel(); s && dev && ref)
        s->setEnvironmentPair(dev->name, ref->name);
    if (!dev || !ref) {
        m_model->setComparison({});
        updateTotals();
        return;
    }
    Comparison c;
    if (dev->failed || ref->failed) {
        c.development = dev->name;
        c.reference = ref->name;
    } else {
        c = compareEnvironments(*dev, *ref);
    }
    m_model->setComparison(c);
    m_model->setCommentMarkers(m_markers);
    m_table->resizeColumnsToContents();
    for (int col = 0; col < EnvironmentComparisonModel::SourceColumn; ++col)
        m_table->setColumnWidth(col, std::min(m_table->columnWidth(col), 320));
    updateTotals();
    if (!c.rows.isEmpty() && !m_checklistSent) {
        m_checklistSent = true;
        Q_EMIT checklistSuggested(checklistKey(ChecklistStep::EnvironmentsCompared), true);
    }
}

void EnvironmentPane::updateTotals()
{
    const Comparison &c = m_model->comparison();
    if (c.rows.isEmpty()) {
        const Environment *dev = m_environments.find(m_development->currentText());
        const Environment *ref = m_environments.find(m_reference->currentText());
        m_totals->setText(dev && ref && (dev->failed || ref->failed)
                              ? tr("An environment of this pair could not be read: see Files.")
                              : QString());
        return;
    }
    QStringList parts;
    for (Level l : {Level::Major, Level::Minor, Level::Patch, Level::Local})
        if (const int n = c.count(l))
            parts.append(QStringLiteral("%L1 %2").arg(n).arg(LevelStyle::text(l)));
    for (Change ch :
         {Change::OnlyInDevelopment, Change::OnlyInReference, Change::Unpinned, Change::Incomparable})
        if (const int n = c.count(ch))
            parts.append(QStringLiteral("%L1 %2").arg(n).arg(changePhrase(ch)));
    m_totals->setText(
        tr("%L1 rows, %L2 unchanged%3")
            .arg(c.rows.size())
            .arg(c.count(Change::Unchanged))
            .arg(parts.isEmpty() ? QString() : QStringLiteral(" · ") + parts.join(QStringLiteral(" · "))));
}

void EnvironmentPane::updateDiagnostics()
{
    m_diagnostics->clear();
    for (const Environment &e : std::as_const(m_environments.environments)) {
        auto *head =
            new QListWidgetItem(tr("%1: %2 (%3), %L4 packages%5")
                                    .arg(e.name, e.file, e.format.isEmpty() ? tr("unread") : e.format)
                                    .arg(e.packages.size())
                                    .arg(e.failed ? tr(" — could not be read") : QString()));
        QFont f = head->font();
        f.setBold(true);
        head->setFont(f);
        m_diagnostics->addItem(head);
        if (e.diagnostics.isEmpty())
            m_diagnostics->addItem(QStringLiteral("    ") + tr("read without problems"));
        for (const Diagnostic &d : e.diagnostics)
            m_diagnostics->addItem(QStringLiteral("    ") + d.toString());
    }
    const ImportScan &scan = m_environments.imports;
    m_diagnostics->addItem(scan.ok ? tr("Code imports (%1): %L2 third-party modules in %L3 files")
                                         .arg(scan.revision)
                                         .arg(scan.imports.size())
                                         .arg(scan.filesScanned)
                                   : tr("Code imports not checked: %1").arg(scan.error));
    int problems = 0;
    for (const Environment &e : std::as_const(m_environments.environments))
        problems += int(e.diagnostics.size());
    m_tabs->setTabText(2, problems ? tr("Files (%1 problems)").arg(problems) : tr("Files"));
}

QString EnvironmentPane::currentPair() const
{
    return m_model->comparison().pair();
}

bool EnvironmentPane::setPair(const QString &development, const QString &reference)
{
    const int d = m_development->findText(development), r = m_reference->findText(reference);
    if (d < 0 || r < 0)
        return false;
    {
        const QSignalBlocker b1(m_development), b2(m_reference);
        m_development->setCurrentIndex(d);
        m_reference->setCurrentIndex(r);
    }
    showPair();
    return true;
}

QString EnvironmentPane::quoteRow(const ComparisonRow &r) const
{
    const Comparison &c = m_model->comparison();
    return QStringLiteral("%1: %2 %3, %4 %5 (%6, %7)")
        .arg(r.label, c.development, r.development.isEmpty() ? QStringLiteral("absent") : r.development,
             c.reference, r.reference.isEmpty() ? QStringLiteral("absent") : r.reference,
             changeName(r.change), levelName(r.level));
}

bool EnvironmentPane::commentOnCurrentItem()
{
    // The window's comment key (one for every pane) replaces a key of this pane's own.
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    requestComment(current.row());
    return true;
}

void EnvironmentPane::requestComment(int proxyRow)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
    if (!source.isValid())
        return;
    const ComparisonRow &r = m_model->comparison().rows.at(source.row());
    Q_EMIT commentRequested(Anchor::environmentPackage(currentPair(), r.key), quoteRow(r));
}

QString EnvironmentPane::anchoredText(const Anchor &anchor) const
{
    if (anchor.kind != Anchor::Kind::EnvironmentPackage)
        return {};
    const QStringList names = anchor.environmentPair.split(QStringLiteral(".."));
    const Environment *dev = m_environments.find(names.value(0)), *ref = m_environments.find(names.value(1));
    if (!dev || !ref)
        return {};
    const Comparison c =
        anchor.environmentPair == currentPair() ? m_model->comparison() : compareEnvironments(*dev, *ref);
    const int i = c.indexOf(anchor.path);
    return i < 0 ? QString() : quoteRow(c.rows.at(i));
}

bool EnvironmentPane::reveal(const Anchor &anchor)
{
    if (anchor.kind != Anchor::Kind::EnvironmentPackage)
        return false;
    const QStringList names = anchor.environmentPair.split(QStringLiteral(".."));
    if (names.size() != 2 || !setPair(names[0], names[1]))
        return false;
    const int row = m_model->comparison().indexOf(anchor.path);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by a filter: clear the filters
        m_search->clear();
        m_changedOnly->setChecked(false);
        m_levelFilter->setCurrentIndex(0);
        m_changeFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_stack->setCurrentIndex(1);
    m_tabs->setCurrentWidget(m_table);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void EnvironmentPane::setCommentMarkers(const QList<CommentMarker> &markers)
{
    m_markers = markers;
    m_model->setCommentMarkers(markers);
}

void EnvironmentPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        for (int i = 1; i < m_levelFilter->count(); ++i)
            m_levelFilter->setItemIcon(
                i, LevelStyle::icon(Level(m_levelFilter->itemData(i).toInt()), palette()));
    }
    Pane::changeEvent(event);
}

} // namespace mr
