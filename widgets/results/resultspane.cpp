// SPDX-License-Identifier: Apache-2.0
#include "widgets/results/resultspane.h"
#include "models/core/paneids.h"
#include "models/session/sessionstate.h"

#include "widgets/common/panetoolbar.h"
#include "widgets/results/resultschartview.h"
#include "widgets/results/resultsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mr {

using results::Status;

namespace {

struct StatusChoice
{
    const char *label;
    QList<Status> statuses;
};

const QList<StatusChoice> &statusChoices()
{
    static const QList<StatusChoice> choices{
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "All statuses"), {}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Problems"),
         {Status::WorseThanClaimed, Status::Differs, Status::MissingInRerun}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Outside tolerance"),
         {Status::WorseThanClaimed, Status::BetterThanClaimed, Status::Differs}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Within tolerance"), {Status::WithinTolerance}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Better than claimed"), {Status::BetterThanClaimed}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Worse than claimed"), {Status::WorseThanClaimed}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Differs"), {Status::Differs}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Missing in rerun"), {Status::MissingInRerun}},
        {QT_TRANSLATE_NOOP("mr::ResultsPane", "Missing in claim"), {Status::MissingInClaim}},
    };
    return choices;
}

QString quote(const results::MetricRow &r)
{
    return QStringLiteral("%1: claimed %2, rerun %3; %4 (tolerance %5)")
        .arg(r.name, r.claimed.present() ? r.claimed.display() : QStringLiteral("missing"),
             r.rerun.present() ? r.rerun.display() : QStringLiteral("missing"),
             results::statusLabel(r.status()).toLower(), r.tolerance.display());
}

} // namespace

ResultsPane::ResultsPane(QWidget *parent) : Pane(parent)
{
    setObjectName(QStringLiteral("resultsPane"));
    m_defaults = results::loadDefaultTolerance();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("resultsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *bar = new PaneToolBar(content);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("resultsFilter"));
    m_filter->setPlaceholderText(tr("Filter metrics by name"));
    m_filter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(content);
    m_statusFilter->setObjectName(QStringLiteral("resultsStatusFilter"));
    for (const StatusChoice &c : statusChoices())
        m_statusFilter->addItem(tr(c.label));
    m_defaultAbs = new QDoubleSpinBox(content);
    m_defaultAbs->setObjectName(QStringLiteral("resultsDefaultAbs"));
    m_defaultAbs->setDecimals(6);
    m_defaultAbs->setRange(0, 1e9);
    m_defaultAbs->setSingleStep(0.001);
    m_defaultAbs->setPrefix(tr("abs "));
    m_defaultAbs->setValue(m_defaults.abs);
    m_defaultAbs->setToolTip(tr("Default absolute tolerance for metrics that declare none"));
    m_defaultRel = new QDoubleSpinBox(content);
    m_defaultRel->setObjectName(QStringLiteral("resultsDefaultRel"));
    m_defaultRel->setDecimals(3);
    m_defaultRel->setRange(0, 1000);
    m_defaultRel->setSingleStep(0.5);
    m_defaultRel->setPrefix(tr("rel "));
    m_defaultRel->setSuffix(QLocale().percent());
    m_defaultRel->setValue(m_defaults.rel * 100);
    m_defaultRel->setToolTip(tr("Default relative tolerance (of |claimed|) for metrics that declare none"));
    auto *defaultLabel = new QLabel(tr("Default tolerance:"), content);
    defaultLabel->setToolTip(tr("Applies to metrics without a tolerance in the package or the results files; "
                                "the bound is max(abs, rel × |claimed|)."));
    bar->addExpandingWidget(m_filter);
    bar->addWidget(m_statusFilter);
    bar->addStretch();
    bar->addWidget(defaultLabel);
    bar->addWidget(m_defaultAbs);
    bar->addWidget(m_defaultRel);
    layout->addWidget(bar);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, content);
    m_model = new ResultsTreeModel(this);
    m_proxy = new ResultsFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("resultsTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_commentAction = new QAction(tr("Comment on Metric…"), this);
    m_commentAction->setObjectName(QStringLiteral("resultsCommentAction"));
    m_commentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_commentAction->setEnabled(false);
    m_tree->addAction(m_commentAction);
    connect(m_commentAction, &QAction::triggered, this, &ResultsPane::commentOnCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_commentAction->setEnabled(!currentMetric().isEmpty()); });

    auto *bottom = new QSplitter(Qt::Horizontal, split);
    auto *chartScroll = new QScrollArea(bottom);
    chartScroll->setWidgetResizable(true);
    m_chart = new ResultsChartView(chartScroll);
    chartScroll->setWidget(m_chart);
    auto *side = new QWidget(bottom);
    side->setMinimumWidth(160); // the user widens it; a narrow dock must still fit the pane
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_provenanceBox = new QGroupBox(tr("Provenance of the rerun"), side);
    m_provenanceBox->setObjectName(QStringLiteral("resultsProvenance"));
    m_provenanceForm = new QFormLayout(m_provenanceBox);
    sideLayout->addWidget(m_provenanceBox);
    auto *diagLabel = new QLabel(tr("Problems in the results input:"), side);
    m_diagnostics = new QListWidget(side);
    m_diagnostics->setObjectName(QStringLiteral("resultsDiagnostics"));
    m_diagnostics->setWordWrap(true);
    sideLayout->addWidget(diagLabel);
    sideLayout->addWidget(m_diagnostics, 1);
    connect(m_chart, &ResultsChartView::metricClicked, this,
            [this](const QString &name) { reveal(Anchor::metric(name)); });
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({700, 320});
    bottom->setChildrenCollapsible(false);
    // Small minimums: the pane shares a 1920 px row with three panes and the review, and the
    // user widens it (or focuses it) to read the chart.
    chartScroll->setMinimumWidth(180);
    side->setMinimumWidth(140);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({450, 450});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    m_stack->addWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, &ResultsPane::updateFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ResultsPane::updateFilter);
    auto tol = [this] {
        setDefaultTolerance(results::DefaultTolerance{m_defaultAbs->value(), m_defaultRel->value() / 100.0});
    };
    connect(m_defaultAbs, &QDoubleSpinBox::valueChanged, this, tol);
    connect(m_defaultRel, &QDoubleSpinBox::valueChanged, this, tol);

    showPlaceholder(tr("No package open."));
}

ResultsPane::~ResultsPane() = default;

void ResultsPane::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

QString ResultsPane::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

void ResultsPane::setPackage(const PackagePtr &package)
{
    m_task.abandon();
    m_package = package;
    m_input = {};
    m_analysis = {};
    m_model->setAnalysis(m_analysis);
    m_chart->setAnalysis(m_analysis);
    Q_EMIT findingsChanged();
    if (!package) {
        showPlaceholder(tr("No package open."));
        return;
    }
    if (!package->results.provided) {
        showPlaceholder(tr("This package has no results section: no claimed or rerun metrics to compare."));
        return;
    }
    showPlaceholder(tr("Loading results…"));
    m_task.onFinished = [this](const QFuture<results::ResultsInput> &future) {
        if (future.resultCount() == 0) {
            if (session::SessionModel *s = sessionModel())
                s->setSectionFailed(PaneId::Results, tr("the results could not be read"));
            showPlaceholder(tr("Failed: the results could not be read."));
            return;
        }
        m_input = future.result();
        loaded();
    };
    m_task.start(QtConcurrent::run([package] { return results::loadResultsInput(*package); }));
}

void ResultsPane::loaded()
{
    m_stack->setCurrentIndex(1);
    recompute();
}

void ResultsPane::setDefaultTolerance(const results::DefaultTolerance &defaults)
{
    if (defaults == m_defaults)
        return;
    m_defaults = defaults;
    results::saveDefaultTolerance(defaults);
    const QSignalBlocker a(m_defaultAbs), b(m_defaultRel);
    m_defaultAbs->setValue(defaults.abs);
    m_defaultRel->setValue(defaults.rel * 100);
    if (m_package && m_input.sectionProvided)
        recompute();
}

void ResultsPane::recompute()
{
    if (!m_package)
        return;
    const QString current = currentMetric();
    m_analysis = results::analyzeResults(m_input, *m_package, m_defaults);
    if (session::SessionModel *s = sessionModel())
        s->setResults(m_analysis);
    m_model->setAnalysis(m_analysis);
    m_tree->expandAll();
    for (int c = 0; c < ResultsTreeModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_chart->setAnalysis(m_analysis);
    updateProvenance();

    m_diagnostics->clear();
    for (const Diagnostic &d : std::as_const(m_analysis.diagnostics))
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), d.toString(), m_diagnostics);
    if (m_analysis.diagnostics.isEmpty())
        new QListWidgetItem(tr("None."), m_diagnostics);

    QStringList parts;
    for (Status s : {Status::WithinTolerance, Status::BetterThanClaimed, Status::WorseThanClaimed,
                     Status::Differs, Status::MissingInRerun, Status::MissingInClaim})
        if (const int n = m_analysis.count(s))
            parts.append(QStringLiteral("%1 %2").arg(n).arg(results::statusPhrase(s)));
    int defaulted = 0;
    for (const results::MetricRow &r : std::as_const(m_analysis.rows))
        defaulted += r.claimed.isNumber() && r.rerun.isNumber() &&
                             r.tolerance.source == results::ToleranceSource::Default
                         ? 1
                         : 0;
    QString summary =
        m_analysis.rows.size() == 1 ? tr("1 metric") : tr("%L1 metrics").arg(m_analysis.rows.size());
    if (!parts.isEmpty())
        summary += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    summary += QStringLiteral(". ") +
               (defaulted == 1 ? tr("The default tolerance applies to 1 metric.")
                               : tr("The default tolerance applies to %1 metrics.").arg(defaulted));
    if (!m_analysis.hasRerun)
        summary += QLatin1Char(' ') + tr("No rerun: nobody reproduced these results.");
    m_summary->setText(summary);

    if (!current.isEmpty())
        reveal(Anchor::metric(current));
    Q_EMIT findingsChanged();
    // Only a comparison can suggest the step: without compared metrics there is nothing to judge.
    if (m_analysis.comparedCount() > 0)
        Q_EMIT checklistSuggested(checklistKey(ChecklistStep::ResultsWithinTolerance),
                                  m_analysis.withinTolerance());
    Q_EMIT analysisChanged();
}

void ResultsPane::updateProvenance()
{
    while (m_provenanceForm->rowCount() > 0)
        m_provenanceForm->removeRow(0);
    const results::Provenance &p = m_analysis.provenance;
    auto row = [this](const QString &label, const QString &value) {
        auto *l = new QLabel(value.toHtmlEscaped(), m_provenanceBox);
        l->setTextFormat(Qt::PlainText);
        l->setText(value);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_provenanceForm->addRow(label, l);
    };
    if (!p.given) {
        row(QString(), tr("Not given: the rerun does not say where, when or on which revision it ran."));
        return;
    }
    if (!p.environment.isEmpty()) {
        QString env = p.environment;
        if (m_package && p.environment == m_package->environments.development)
            env += tr(" (development, not reference)");
        else if (m_package && p.environment == m_package->environments.reference)
            env += tr(" (reference)");
        row(tr("Environment:"), env);
    }
    if (!p.revision.isEmpty()) {
        QString rev = p.revision;
        if (!p.revisionError.isEmpty())
            rev += tr(" (cannot check: %1)").arg(p.revisionError);
        else if (!p.revisionSha.isEmpty())
            rev +=
                p.revisionSha == p.headSha
                    ? tr(" = %1, the head revision").arg(p.revisionSha.left(12))
                    : tr(" = %1, NOT the head revision %2").arg(p.revisionSha.left(12), p.headSha.left(12));
        row(tr("Revision:"), rev);
    }
    if (!p.host.isEmpty())
        row(tr("Host:"), p.host);
    if (!p.ranAt.isEmpty())
        row(tr("Ran at:"),
            p.ranAtParsed.isValid()
                ? QStringLiteral("%1 (%2)").arg(
                      p.ranAt, QLocale().toString(p.ranAtParsed.toLocalTime(), QLocale::ShortFormat))
                : p.ranAt);
    if (!p.command.isEmpty())
        row(tr("Command:"), p.command);
    for (const auto &kv : p.extra)
        row(kv.first + QLatin1Char(':'), kv.second);
    row(tr("Given in:"), p.sources.join(QStringLiteral("; ")));
}

void ResultsPane::updateFilter()
{
    const int i = m_statusFilter->currentIndex();
    const QList<Status> &list = statusChoices().value(i).statuses;
    m_proxy->setStatusFilter(QSet<Status>(list.begin(), list.end()));
    m_proxy->setTextFilter(m_filter->text());
    m_tree->expandAll();
}

QString ResultsPane::currentMetric() const
{
    return m_tree->currentIndex().data(ResultsTreeModel::MetricNameRole).toString();
}

bool ResultsPane::commentOnCurrentItem()
{
    if (!m_analysis.find(currentMetric()))
        return false;
    commentOnCurrent();
    return true;
}

void ResultsPane::commentOnCurrent()
{
    const QString name = currentMetric();
    if (const results::MetricRow *r = m_analysis.find(name))
        Q_EMIT commentRequested(Anchor::metric(name), quote(*r));
}

bool ResultsPane::reveal(const Anchor &anchor)
{
    if (anchor.kind != Anchor::Kind::Metric)
        return false;
    QModelIndex source = m_model->indexOfMetric(anchor.path);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) { // hidden by a filter: show everything rather than fail
        const QSignalBlocker a(m_filter), b(m_statusFilter);
        m_filter->clear();
        m_statusFilter->setCurrentIndex(0);
        updateFilter();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void ResultsPane::setCommentMarkers(const QList<CommentMarker> &markers)
{
    m_model->setCommentMarkers(markers);
}

Findings ResultsPane::findings() const
{
    return m_analysis.findings;
}

QString ResultsPane::anchoredText(const Anchor &anchor) const
{
    if (anchor.kind != Anchor::Kind::Metric)
        return {};
    const results::MetricRow *r = m_analysis.find(anchor.path);
    return r ? quote(*r) : QString();
}

QList<QAction *> ResultsPane::menuActions() const
{
    return {m_commentAction};
}

} // namespace mr
