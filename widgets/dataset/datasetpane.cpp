// SPDX-License-Identifier: Apache-2.0
#include "widgets/dataset/datasetpane.h"
#include "widgets/common/panetoolbar.h"

#include "models/dataset/datasetanalysis.h"
#include "models/session/sessionstate.h"
#include "widgets/common/placeholder.h"
#include "widgets/dataset/manifesttablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mr {

using namespace dataset;

DatasetPane::DatasetPane(QWidget *parent) : Pane(parent)
{
    setObjectName(QStringLiteral("datasetPane"));
    buildUi();
    resetState();
}

DatasetPane::~DatasetPane()
{
    // Workers own (shared pointers to) what they touch: stop them without waiting.
    m_loadTask.abandon();
    m_analysisTask.abandon();
    m_verifyTask.abandon();
}

void DatasetPane::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_placeholder = new Placeholder(m_stack);
    m_placeholder->setObjectName(QStringLiteral("datasetPlaceholder"));
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new PaneToolBar(content);
    bar->setObjectName(QStringLiteral("datasetFilterBar"));
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("datasetFilter"));
    m_filter->setPlaceholderText(tr("Filter paths"));
    m_filter->setClearButtonEnabled(true);
    m_columnCombo = new QComboBox(content);
    m_columnCombo->setObjectName(QStringLiteral("datasetColumnCombo"));
    m_columnFilter = new QLineEdit(content);
    m_columnFilter->setObjectName(QStringLiteral("datasetColumnFilter"));
    m_columnFilter->setPlaceholderText(tr("Column contains"));
    m_columnFilter->setClearButtonEnabled(true);
    m_changedOnly = new QCheckBox(tr("Changed only"), content);
    m_changedOnly->setObjectName(QStringLiteral("datasetChangedOnly"));
    m_statusFilter = new QComboBox(content);
    m_statusFilter->setObjectName(QStringLiteral("datasetStatusFilter"));
    const std::pair<QString, ManifestTableModel::StatusFilter> statuses[] = {
        {tr("All statuses"), ManifestTableModel::StatusFilter::All},
        {tr("Problems"), ManifestTableModel::StatusFilter::Problems},
        {tr("Mismatches"), ManifestTableModel::StatusFilter::Mismatch},
        {tr("Missing"), ManifestTableModel::StatusFilter::Missing},
        {tr("Unreadable"), ManifestTableModel::StatusFilter::Unreadable},
        {tr("Unlisted"), ManifestTableModel::StatusFilter::Unlisted},
        {tr("Without digest"), ManifestTableModel::StatusFilter::NoHash},
        {tr("OK"), ManifestTableModel::StatusFilter::Ok},
        {tr("Not checked"), ManifestTableModel::StatusFilter::Pending}};
    for (const auto &[label, value] : statuses)
        m_statusFilter->addItem(label, int(value));
    m_verifyButton = new QPushButton(tr("Verify"), content);
    m_verifyButton->setObjectName(QStringLiteral("datasetVerify"));
    m_cancelButton = new QPushButton(tr("Cancel"), content);
    m_cancelButton->setObjectName(QStringLiteral("datasetCancel"));
    m_resumeButton = new QPushButton(tr("Resume"), content);
    m_resumeButton->setObjectName(QStringLiteral("datasetResume"));
    m_commentButton = new QPushButton(tr("Comment"), content);
    m_commentButton->setObjectName(QStringLiteral("datasetComment"));
    bar->addExpandingWidget(m_filter, 100);
    bar->addWidget(m_columnCombo);
    bar->addExpandingWidget(m_columnFilter, 60);
    bar->addWidget(m_changedOnly);
    bar->addWidget(m_statusFilter);
    layout->addWidget(bar);
    // Actions on a row of their own, so that filters and actions both stay reachable in a
    // narrow dock.
    auto *actions = new PaneToolBar(content);
    actions->setObjectName(QStringLiteral("datasetActionBar"));
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_resumeButton);
    actions->addWidget(m_commentButton);
    actions->addStretch();
    layout->addWidget(actions);

    auto *strip = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("datasetProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_progressLabel = new QLabel(content);
    m_progressLabel->setObjectName(QStringLiteral("datasetProgressLabel"));
    strip->addWidget(m_progress, 1);
    m_progressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    strip->addWidget(m_progressLabel, 2);
    layout->addLayout(strip);
    m_rootNote = new QLabel(content);
    m_rootNote->setObjectName(QStringLiteral("datasetRootNote"));
    m_rootNote->setWordWrap(true);
    layout->addWidget(m_rootNote);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    m_folders = new QTreeView(splitter);
    m_folders->setObjectName(QStringLiteral("datasetFolders"));
    m_folderModel = new QStandardItemModel(this);
    m_folders->setModel(m_folderModel);
    m_folders->setUniformRowHeights(true);
    m_model = new ManifestTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("datasetTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(ManifestTableModel::PathColumn, 280);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    splitter->addWidget(m_folders);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({180, 720});
    layout->addWidget(splitter, 1);
    m_totals = new QLabel(content);
    m_totals->setObjectName(QStringLiteral("datasetTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    m_diagnostics = new QListWidget(content);
    m_diagnostics->setObjectName(QStringLiteral("datasetDiagnostics"));
    m_diagnostics->setMaximumHeight(90);
    layout->addWidget(m_diagnostics);
    m_stack->addWidget(content);

    m_commentAction = new QAction(tr("Comment on Dataset Entry…"), this);
    m_commentAction->setObjectName(QStringLiteral("datasetCommentAction"));
    m_verifyAction = new QAction(tr("Verify Dataset"), this);
    m_verifyAction->setObjectName(QStringLiteral("datasetVerifyAction"));

    m_verifyTimer = new QTimer(this);
    m_verifyTimer->setInterval(200);

    m_loadTask.onResults = [this](const QFuture<ManifestBatch> &, int begin, int end) {
        onBatches(begin, end);
    };
    m_loadTask.onFinished = [this](const QFuture<ManifestBatch> &) { onLoadFinished(); };
    m_loadTask.onProgress = [this](int v, int) {
        m_progress->setValue(v);
        m_progressLabel->setText(
            tr("Loading… %1 entries").arg(QLocale().toString(m_model->manifest()->size())));
    };
    m_analysisTask.onFinished = [this](const QFuture<std::shared_ptr<PaneAnalysis>> &) {
        onAnalysisFinished();
    };
    m_verifyTask.onFinished = [this](const QFuture<VerifyTotals> &) { onVerifyFinished(); };
    connect(m_verifyTimer, &QTimer::timeout, this, &DatasetPane::onVerifyTick);
    connect(m_placeholder, &Placeholder::cancelRequested, this, [this] { m_loadTask.cancel(); });
    connect(m_filter, &QLineEdit::textChanged, m_model, &ManifestTableModel::setTextFilter);
    connect(m_columnFilter, &QLineEdit::textChanged, this, &DatasetPane::applyColumnFilter);
    connect(m_columnCombo, &QComboBox::currentIndexChanged, this, &DatasetPane::applyColumnFilter);
    connect(m_changedOnly, &QCheckBox::toggled, m_model, &ManifestTableModel::setChangedOnly);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(ManifestTableModel::StatusFilter(m_statusFilter->currentData().toInt()));
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &DatasetPane::startVerification);
    connect(m_resumeButton, &QPushButton::clicked, this, &DatasetPane::startVerification);
    connect(m_cancelButton, &QPushButton::clicked, this, &DatasetPane::cancelVerification);
    connect(m_commentButton, &QPushButton::clicked, this, &DatasetPane::commentOnCurrent);
    connect(m_commentAction, &QAction::triggered, this, &DatasetPane::commentOnCurrent);
    connect(m_verifyAction, &QAction::triggered, this, &DatasetPane::startVerification);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->selectRow(index.row());
        QMenu menu(this);
        menu.addAction(m_commentAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_folders->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_model->setFolderFilter(current.isValid() ? current.data(Qt::UserRole).toString()
                                                           : QString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetPane::updateTotals);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DatasetPane::updateTotals);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatasetPane::updateButtons);
}

QList<QAction *> DatasetPane::menuActions() const
{
    return {m_verifyAction, m_commentAction};
}

bool DatasetPane::isLoading() const
{
    return m_loadTask.isRunning() || m_analysisTask.isRunning();
}
bool DatasetPane::isVerifying() const
{
    return m_verifyTask.isRunning();
}

void DatasetPane::resetState()
{
    m_data = {};
    m_verification.reset();
    m_verifyCanceled = false;
    m_findings.clear();
    m_model->clear();
    m_folderModel->clear();
    m_diagnostics->clear();
    m_diagnostics->hide();
    m_progress->setValue(0);
    m_progressLabel->clear();
    m_rootNote->clear();
    m_rootNote->hide();
    m_filter->clear();
    m_columnFilter->clear();
    m_changedOnly->setChecked(false);
    m_statusFilter->setCurrentIndex(0);
    m_columnCombo->clear();
    m_placeholder->setState(Placeholder::State::NotProvided, tr("No package open"));
    m_stack->setCurrentWidget(m_placeholder);
    updateButtons();
}

void DatasetPane::setPackage(const PackagePtr &package)
{
    // Jobs for the previous package finish on their own, unseen (they hold their own data).
    m_loadTask.abandon();
    m_analysisTask.abandon();
    m_verifyTask.abandon();
    m_verifyTimer->stop();
    m_package = package;
    resetState();
    if (!package)
        return;
    const DatasetSection &ds = package->dataset;
    m_data.provided = ds.provided && !ds.manifestPath.isEmpty();
    if (!m_data.provided) {
        m_placeholder->setState(Placeholder::State::NotProvided,
                                ds.provided && !ds.errors.isEmpty()
                                    ? tr("Failed: %1").arg(ds.errors.first().toString())
                                    : tr("Dataset not provided: the package has no manifest"));
        Q_EMIT findingsChanged();
        return;
    }
    m_placeholder->setState(Placeholder::State::Loading, tr("Loading %1…").arg(ds.manifest));
    m_placeholder->setProgress(0, 0);
    const QString path = ds.manifestPath;
    const QString display = datasetDisplayName(*package, ds.manifest);
    ReadOptions options;
    options.searchRoot = package->rootPath;
    m_model->manifest()->fileName = display;
    m_loadTask.start(QtConcurrent::run([path, display, options](QPromise<ManifestBatch> &promise) {
        loadManifest(promise, path, display, options);
    }));
    updateButtons();
}

void DatasetPane::onBatches(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const ManifestBatch batch = m_loadTask.future().resultAt(i);
        if (batch.failed) {
            m_data.manifest.error = batch.error;
            continue;
        }
        if (batch.rows) {
            if (m_model->manifest()->format.isEmpty())
                m_model->manifest()->format = batch.rows->format;
            if (batch.estimatedRows > 0 && m_model->manifest()->isEmpty())
                m_model->reserve(batch.estimatedRows, batch.estimatedPathBytes);
            m_model->appendBatch(*batch.rows);
            *batch.rows = Manifest(); // the future keeps its results: free the copy now
        }
        m_data.manifest.diagnostics += batch.diagnostics;
        m_data.manifest.diagnosticsDropped += batch.diagnosticsDropped;
    }
    if (m_model->manifest()->size() > 0 && m_stack->currentWidget() == m_placeholder)
        m_stack->setCurrentIndex(1); // show rows while the rest loads
    if (m_columnCombo->count() != m_model->columnCount()) {
        const int current = m_columnCombo->currentIndex();
        m_columnCombo->clear();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_columnCombo->addItem(m_model->headerData(c, Qt::Horizontal).toString(), c);
        m_columnCombo->setCurrentIndex(std::max(0, current));
    }
}

void DatasetPane::onLoadFinished()
{
    if (m_loadTask.future().isCanceled()) {
        m_placeholder->setState(Placeholder::State::Failed, tr("Failed: loading was canceled"));
        return;
    }
    if (!m_data.manifest.error.message.isEmpty()) {
        m_placeholder->setState(Placeholder::State::Failed,
                                tr("Failed: %1").arg(m_data.manifest.error.toString()));
        m_stack->setCurrentWidget(m_placeholder);
        if (session::SessionModel *s = sessionModel())
            s->setSectionFailed(PaneId::Dataset, m_data.manifest.error.toString());
        m_findings = datasetFindings(*m_package, m_data);
        Q_EMIT findingsChanged();
        return;
    }
    if (m_model->manifest()->size() == 0)
        m_placeholder->setState(Placeholder::State::NoContent, tr("The manifest lists no files"));
    else
        m_stack->setCurrentIndex(1);
    m_progressLabel->setText(tr("Indexing and comparing with the baseline…"));
    const std::shared_ptr<Manifest> manifest = m_model->manifest();
    const PackagePtr package = m_package;
    m_analysisTask.start(QtConcurrent::run([manifest, package] { return analyse(manifest, package); }));
}

void DatasetPane::onAnalysisFinished()
{
    if (!m_package || m_analysisTask.future().resultCount() == 0)
        return;
    const std::shared_ptr<PaneAnalysis> a = m_analysisTask.future().result();
    m_data.manifest.manifest = m_model->manifest();
    m_data.manifest.duplicates = a->duplicates;
    m_data.manifest.diagnostics += a->duplicateDiagnostics;
    m_data.baselineGiven = a->baselineGiven;
    m_data.baseline = a->baseline;
    m_data.diff = a->diff;
    if (session::SessionModel *s = sessionModel())
        s->setDataset(m_data);
    if (a->baseline.ok())
        m_model->setBaseline(a->baseline.manifest, a->diff);
    m_model->setCommentedPaths(m_commentedPaths);
    buildFolders(*a);
    showDiagnostics();
    m_progress->setValue(0);
    m_progressLabel->setText(tr("%1 entries loaded").arg(QLocale().toString(m_model->manifest()->size())));
    const QString root = m_package->dataset.rootPath;
    if (root.isEmpty() || !QFileInfo(root).isDir()) {
        m_rootNote->setText(
            root.isEmpty()
                ? tr("The data files are not in the package (no data root): the entries can be listed "
                     "and compared with the baseline, but not verified. Artifacts can still be verified.")
                : tr("The data root %1 is not available: the entries cannot be verified.")
                      .arg(m_package->dataset.root));
        m_rootNote->show();
    }
    m_findings = datasetFindings(*m_package, m_data, nullptr);
    updateButtons();
    updateTotals();
    Q_EMIT findingsChanged();
    Q_EMIT loaded();
}

void DatasetPane::buildFolders(const PaneAnalysis &a)
{
    m_folderModel->clear();
    m_folderModel->setHorizontalHeaderLabels({tr("Folder"), tr("Files")});
    auto *all = new QStandardItem(tr("All files"));
    all->setData(QString(), Qt::UserRole);
    auto *allCount = new QStandardItem(QLocale().toString(m_model->manifest()->size()));
    m_folderModel->appendRow({all, allCount});
    QHash<QString, QStandardItem *> items;
    for (const PaneAnalysis::Folder &f : a.folders) {
        const qsizetype slash = f.path.lastIndexOf(QLatin1Char('/'));
        QStandardItem *parent = slash > 0 ? items.value(f.path.left(slash), all) : all;
        auto *item = new QStandardItem(slash > 0 ? f.path.mid(slash + 1) : f.path);
        item->setData(f.path, Qt::UserRole);
        item->setToolTip(tr("%1: %2 files, %3 bytes")
                             .arg(f.path, QLocale().toString(f.files), QLocale().toString(f.bytes)));
        auto *count = new QStandardItem(QLocale().toString(f.files));
        parent->appendRow({item, count});
        items.insert(f.path, item);
    }
    m_folders->expand(m_folderModel->index(0, 0));
    m_folders->resizeColumnToContents(0);
}

void DatasetPane::showDiagnostics()
{
    m_diagnostics->clear();
    for (const Diagnostic &d : std::as_const(m_data.manifest.diagnostics))
        m_diagnostics->addItem(d.toString());
    if (m_data.manifest.diagnosticsDropped > 0)
        m_diagnostics->addItem(tr("… and %1 more problems").arg(m_data.manifest.diagnosticsDropped));
    if (m_data.baselineGiven && !m_data.baseline.ok())
        m_diagnostics->addItem(tr("Baseline: %1").arg(m_data.baseline.error.toString()));
    for (const Diagnostic &d : std::as_const(m_data.baseline.diagnostics))
        m_diagnostics->addItem(tr("Baseline: %1").arg(d.toString()));
    m_diagnostics->setVisible(m_diagnostics->count() > 0);
}

void DatasetPane::applyColumnFilter()
{
    m_model->setColumnFilter(m_columnCombo->currentData().toInt(), m_columnFilter->text());
}

void DatasetPane::updateButtons()
{
    const bool ready = m_package && m_data.manifest.ok() && !isLoading();
    const bool running = isVerifying();
    const bool resumable = m_verification && !running && m_verifyCanceled;
    m_verifyButton->setEnabled(ready && !running);
    m_verifyAction->setEnabled(ready && !running);
    m_cancelButton->setEnabled(running);
    m_resumeButton->setEnabled(resumable);
    m_changedOnly->setEnabled(m_data.diff.valid);
    const bool selected = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_commentButton->setEnabled(selected);
    m_commentAction->setEnabled(selected);
}

void DatasetPane::updateTotals()
{
    const Manifest &m = *m_model->manifest();
    if (m.isEmpty()) {
        m_totals->clear();
        return;
    }
    const QLocale l;
    const ManifestTotals t = manifestTotals(m);
    QString text;
    if (m_model->rowCount() != m_model->sourceRowCount())
        text = tr("Showing %1 of %2 rows · ")
                   .arg(l.toString(m_model->rowCount()), l.toString(m_model->sourceRowCount()));
    text += tr("%1 files · %2 bytes").arg(l.toString(t.files), l.toString(t.bytes));
    if (t.rows >= 0)
        text += tr(" · %1 rows").arg(l.toString(t.rows));
    if (t.withHash < t.files)
        text += tr(" · %1 without digest").arg(l.toString(t.files - t.withHash));
    QStringList splits;
    for (auto it = t.perSplit.cbegin(); it != t.perSplit.cend(); ++it)
        splits << tr("%1: %2 files, %3 rows")
                      .arg(it.key().isEmpty() ? tr("(none)") : it.key(), l.toString(it->files),
                           l.toString(it->rows));
    if (!splits.isEmpty())
        text += QStringLiteral("\n") + splits.join(QStringLiteral(" · "));
    if (m_data.diff.valid) {
        const DiffCounts &c = m_data.diff.counts;
        text += tr("\nAgainst the baseline: %1 added · %2 removed · %3 modified · %4 renamed · %5 unchanged")
                    .arg(c[1])
                    .arg(c[2])
                    .arg(c[3])
                    .arg(c[4])
                    .arg(c[0]);
    }
    if (m_verification) {
        const VerifyTotals v = m_verification->totals();
        text += tr("\nVerification%1: %2 ok · %3 mismatch · %4 missing · %5 unreadable · %6 unlisted")
                    .arg(v.complete ? QString() : tr(" (incomplete)"))
                    .arg(v.counts[int(EntryStatus::Ok)])
                    .arg(v.counts[int(EntryStatus::Mismatch)])
                    .arg(v.counts[int(EntryStatus::Missing)])
                    .arg(v.counts[int(EntryStatus::Unreadable)])
                    .arg(v.unlisted);
    }
    m_totals->setText(text);
}

void DatasetPane::commentOnCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString path = m_model->pathAt(current.row());
    Q_EMIT commentRequested(Anchor::datasetEntry(path), m_model->describeRow(current.row()));
}

bool DatasetPane::reveal(const Anchor &anchor)
{
    if (anchor.kind != Anchor::Kind::DatasetEntry)
        return false;
    int row = m_model->rowOfPath(anchor.path);
    if (row < 0) {
        // Filtered out: show everything again, then look once more.
        m_filter->clear();
        m_columnFilter->clear();
        m_changedOnly->setChecked(false);
        m_statusFilter->setCurrentIndex(0);
        m_folders->setCurrentIndex({});
        m_model->clearFilters();
        row = m_model->rowOfPath(anchor.path);
    }
    if (row < 0)
        return false;
    m_stack->setCurrentIndex(1);
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    return true;
}

void DatasetPane::setCommentMarkers(const QList<CommentMarker> &markers)
{
    m_commentedPaths.clear();
    for (const CommentMarker &m : markers)
        if (m.anchor.kind == Anchor::Kind::DatasetEntry && m.count > 0)
            m_commentedPaths.insert(m.anchor.path);
    m_model->setCommentedPaths(m_commentedPaths);
}

Findings DatasetPane::findings() const
{
    return m_findings;
}

QString DatasetPane::anchoredText(const Anchor &anchor) const
{
    if (anchor.kind != Anchor::Kind::DatasetEntry)
        return {};
    return m_model->describeRow(m_model->rowOfPath(anchor.path));
}

} // namespace mr
