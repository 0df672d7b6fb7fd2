// SPDX-License-Identifier: Apache-2.0
#include "widgets/code/codepane.h"
#include "models/code/codediff.h"
#include "models/code/highlight.h"
#include "models/core/settings.h"
#include "widgets/code/diffview.h"
#include "widgets/code/filelistmodel.h"
#include "widgets/common/panetoolbar.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mr {

using namespace code;

namespace {

const char kUnifiedKey[] = "code/unifiedDiff";

QAction *makeAction(QWidget *owner, const QString &text, const QKeySequence &keys, const QString &name)
{
    auto *a = new QAction(text, owner);
    a->setObjectName(name);
    a->setShortcut(keys);
    // Active while focus is anywhere in the pane, so panes can reuse keys without ambiguity.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(a);
    return a;
}

} // namespace

CodePane::CodePane(QWidget *parent) : Pane(parent)
{
    setObjectName(QStringLiteral("codePane"));
    m_model = new CodeFileListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CodeFileListModel::FilterRole);
    m_proxy->setFilterKeyColumn(CodeFileListModel::PathColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("codeBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                                           "#bf8700; border-radius: 3px; padding: 4px; }"));
    m_banner->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("codeFilter"));
    m_filter->setPlaceholderText(tr("Filter files"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("codeFileList"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(CodeFileListModel::PathColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0"));
    m_table->setColumnWidth(CodeFileListModel::ViewedColumn, digit * 4);
    m_table->setColumnWidth(CodeFileListModel::StatusColumn, digit * 7);
    m_table->setColumnWidth(CodeFileListModel::AddedColumn, digit * 6);
    m_table->setColumnWidth(CodeFileListModel::RemovedColumn, digit * 6);
    m_table->horizontalHeader()->setMinimumSectionSize(digit * 3);
    m_totals = new QLabel(left);
    m_totals->setObjectName(QStringLiteral("codeTotals"));
    m_totals->setWordWrap(true);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_totals);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new PaneToolBar(right);
    bar->setObjectName(QStringLiteral("codeToolBar"));
    m_fileTitle = new QLabel(right);
    m_fileTitle->setObjectName(QStringLiteral("codeFileTitle"));
    m_fileTitle->setTextFormat(Qt::PlainText);
    m_fileTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unified = new QToolButton(right);
    m_unified->setObjectName(QStringLiteral("codeUnifiedToggle"));
    m_unified->setText(tr("Unified"));
    m_unified->setCheckable(true);
    m_unified->setToolTip(tr("Show the diff unified instead of side by side"));
    m_whitespace = new QCheckBox(tr("Ignore whitespace"), right);
    m_whitespace->setObjectName(QStringLiteral("codeIgnoreWhitespace"));
    m_context = new QSpinBox(right);
    m_context->setObjectName(QStringLiteral("codeContextLines"));
    m_context->setRange(0, 1000);
    m_context->setValue(3);
    m_context->setPrefix(tr("Context: "));
    m_context->setToolTip(tr("Unchanged lines shown around each change"));
    bar->addExpandingWidget(m_fileTitle, 60);
    bar->addWidget(m_context);
    bar->addWidget(m_whitespace);
    bar->addWidget(m_unified);
    m_fileNote = new QLabel(right);
    m_fileNote->setObjectName(QStringLiteral("codeFileNote"));
    m_fileNote->setWordWrap(true);
    m_fileNote->hide();
    m_stack = new QStackedWidget(right);
    m_stack->setObjectName(QStringLiteral("codeStack"));
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("codePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_view = new DiffView(m_stack);
    m_view->setObjectName(QStringLiteral("codeDiffView"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    rightLayout->addWidget(bar);
    rightLayout->addWidget(m_fileNote);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("codeSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_nextHunk = makeAction(this, tr("Next Change"), QKeySequence(Qt::ALT | Qt::Key_Down),
                            QStringLiteral("codeNextHunk"));
    m_previousHunk = makeAction(this, tr("Previous Change"), QKeySequence(Qt::ALT | Qt::Key_Up),
                                QStringLiteral("codePreviousHunk"));
    m_nextFile = makeAction(this, tr("Next File"), QKeySequence(Qt::ALT | Qt::Key_PageDown),
                            QStringLiteral("codeNextFile"));
    m_previousFile = makeAction(this, tr("Previous File"), QKeySequence(Qt::ALT | Qt::Key_PageUp),
                                QStringLiteral("codePreviousFile"));
    m_toggleViewed = makeAction(this, tr("Toggle Viewed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                QStringLiteral("codeToggleViewed"));
    m_addComment =
        makeAction(this, tr("Comment on Selected Lines…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                   QStringLiteral("codeAddComment"));
    m_toggleUnified = makeAction(this, tr("Unified Diff"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                 QStringLiteral("codeToggleUnified"));
    m_toggleUnified->setCheckable(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_addComment, m_toggleViewed, m_nextHunk, m_previousHunk});

    connect(m_nextHunk, &QAction::triggered, this, [this] {
        if (!m_view->nextHunk())
            stepFile(+1);
    });
    connect(m_previousHunk, &QAction::triggered, this, [this] { m_view->previousHunk(); });
    connect(m_nextFile, &QAction::triggered, this, [this] { stepFile(+1); });
    connect(m_previousFile, &QAction::triggered, this, [this] { stepFile(-1); });
    connect(m_toggleViewed, &QAction::triggered, this, &CodePane::toggleViewed);
    connect(m_addComment, &QAction::triggered, this, &CodePane::requestComment);
    connect(m_toggleUnified, &QAction::toggled, this, &CodePane::setUnified);
    connect(m_unified, &QToolButton::toggled, this, &CodePane::setUnified);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CodePane::loadCurrentFile);
    connect(m_context, &QSpinBox::valueChanged, this, &CodePane::loadCurrentFile);
    connect(m_whitespace, &QCheckBox::toggled, this, [this] {
        if (m_list.ok() && !m_list.files.isEmpty())
            m_countsTask.start(QtConcurrent::run(
                [repo = m_list.repositoryPath, files = m_list.files,
                 o = options()](QPromise<QList<FileDiff>> &p) { computeLineCounts(p, repo, files, o, 2); }));
        loadCurrentFile();
    });
    connect(m_view, &DiffView::selectionChanged, this, &CodePane::updateActions);
    connect(m_model, &CodeFileListModel::viewedChanged, this, [this](const QString &key, bool viewed) {
        updateTotals();
        Q_EMIT viewedToggled(key, viewed);
    });
    m_listTask.onFinished = [this](const QFuture<FileList> &) { onFileListFinished(); };
    m_countsTask.onFinished = [this](const QFuture<QList<FileDiff>> &) { onCountsFinished(); };
    m_countsTask.onProgress = [this](int value, int maximum) {
        const int total = qMax(1, maximum);
        m_totals->setText(
            tr("%1 files (counting lines… %2%)").arg(m_model->rowCount()).arg(100 * value / total));
    };
    m_patchTask.onFinished = [this](const QFuture<FilePatch> &) { onPatchFinished(); };
    m_stylesTask.onFinished = [this](const QFuture<QList<QList<LineStyles>>> &) { onStylesFinished(); };

    setUnified(openSettings()->value(QLatin1String(kUnifiedKey), false).toBool());
    showPlaceholder(tr("No package"));
    updateActions();
}

CodePane::~CodePane()
{
    // Workers hold copies of what they read: stop them without waiting.
    m_listTask.abandon();
    m_countsTask.abandon();
    m_patchTask.abandon();
    m_stylesTask.abandon();
}

QList<QAction *> CodePane::menuActions() const
{
    return {m_nextHunk,     m_previousHunk, m_nextFile,     m_previousFile,
            m_toggleViewed, m_addComment,   m_toggleUnified};
}

DiffOptions CodePane::options() const
{
    DiffOptions o;
    o.contextLines = m_context->value();
    o.ignoreWhitespace = m_whitespace->isChecked();
    return o;
}

void CodePane::setUnified(bool unified)
{
    m_view->setMode(unified ? DiffView::Mode::Unified : DiffView::Mode::SideBySide);
    const QSignalBlocker b1(m_unified), b2(m_toggleUnified);
    m_unified->setChecked(unified);
    m_toggleUnified->setChecked(unified);
    openSettings()->setValue(QLatin1String(kUnifiedKey), unified);
}

void CodePane::changeEvent(QEvent *event)
{
    Pane::changeEvent(event);
    // The highlighting theme follows the palette's lightness: recompute on a light/dark switch.
    if (event->type() == QEvent::PaletteChange && m_view->hasStyles())
        loadCurrentFile();
}

void CodePane::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

} // namespace mr
