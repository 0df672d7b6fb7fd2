// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/reviewdock.h"
#include "models/core/sectionreport.h"
#include "widgets/review/commenteditor.h"
#include "widgets/review/commenttreemodel.h"
#include "widgets/review/decisionpanel.h"
#include "widgets/review/identitydialog.h"
#include "widgets/review/reviewersettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace mr::review {

namespace {
const char kHeaderKey[] = "review/commentColumns";
} // namespace

ReviewDock::ReviewDock(QWidget *parent)
    : QWidget(parent), m_model(new CommentTreeModel(this)), m_tree(new QTreeView(this)),
      m_detail(new QTextBrowser(this)), m_filterOpen(new QCheckBox(tr("Open"), this)),
      m_filterBlockers(new QCheckBox(tr("Blockers"), this)), m_filterMine(new QCheckBox(tr("Mine"), this)),
      m_carriedFilter(new QComboBox(this)), m_banner(new QLabel(this)), m_error(new QLabel(this)),
      m_reply(new QPushButton(tr("&Reply..."), this)), m_edit(new QPushButton(tr("&Edit..."), this)),
      m_resolve(new QPushButton(tr("Re&solve"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_kind(new QComboBox(this)), m_decision(new DecisionPanel(this))
{
    setObjectName(QStringLiteral("reviewDock"));
    auto *group = new QUndoGroup(this);
    group->setObjectName(QStringLiteral("reviewUndoGroup"));
    m_undo = group->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = group->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde7e7; color: #a11; padding: 6px; }"));
    m_banner->hide();
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; }"));
    m_error->hide();

    m_filterOpen->setObjectName(QStringLiteral("filterOpen"));
    m_filterBlockers->setObjectName(QStringLiteral("filterBlockers"));
    m_filterMine->setObjectName(QStringLiteral("filterMine"));
    auto *addPackage = new QToolButton(this);
    addPackage->setObjectName(QStringLiteral("addPackageComment"));
    addPackage->setText(tr("Comment on Package..."));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_filterOpen);
    filters->addWidget(m_filterBlockers);
    filters->addWidget(m_filterMine);
    m_carriedFilter->setObjectName(QStringLiteral("carriedFilter"));
    m_carriedFilter->setToolTip(tr("Comments carried from the previous package, by status"));
    m_carriedFilter->addItem(tr("Any status"), QString());
    m_carriedFilter->addItem(tr("Current"), QStringLiteral("current"));
    m_carriedFilter->addItem(tr("Moved"), QStringLiteral("moved"));
    m_carriedFilter->addItem(tr("Outdated"), QStringLiteral("outdated"));
    m_carriedFilter->addItem(tr("Gone"), QStringLiteral("gone"));
    m_carriedFilter->addItem(tr("Written here"), QStringLiteral("new"));
    filters->addStretch(1);
    // Two rows, so that the dock can be narrow: the filters, then the carried status and the
    // package comment.
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(m_carriedFilter);
    filters2->addStretch(1);
    filters2->addWidget(addPackage);

    m_tree->setObjectName(QStringLiteral("commentTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Widths the reviewer sets are kept (a column sized to its contents could squeeze the
    // Comment column to nothing in a narrow dock); first start: the Comment column is widest.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(QStringLiteral("Kind")) + 16);
    const int em = header->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {em * 18, em * 5, em * 6, em * 9, em * 9};
    for (int c = 0; c < CommentTreeModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->restoreState(openSettings()->value(QLatin1String(kHeaderKey)).toByteArray());
    connect(header, &QHeaderView::sectionResized, this,
            [header] { openSettings()->setValue(QLatin1String(kHeaderKey), header->saveState()); });

    m_detail->setObjectName(QStringLiteral("commentDetail"));
    m_detail->setOpenLinks(false);
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_kind->setObjectName(QStringLiteral("kindSelector"));
    m_kind->addItem(tr("Note"), int(Comment::Kind::Note));
    m_kind->addItem(tr("Issue"), int(Comment::Kind::Issue));
    m_kind->addItem(tr("Blocker"), int(Comment::Kind::Blocker));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_kind);
    actions->addWidget(m_reply);
    actions->addWidget(m_edit);
    actions->addWidget(m_resolve);
    actions->addWidget(m_delete);
    actions->addStretch(1);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(actions);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(detailBox);
    splitter->addWidget(m_decision);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);

    connect(m_filterOpen, &QCheckBox::toggled, this, &ReviewDock::updateFilter);
    connect(m_filterBlockers, &QCheckBox::toggled, this, &ReviewDock::updateFilter);
    connect(m_filterMine, &QCheckBox::toggled, this, &ReviewDock::updateFilter);
    connect(m_carriedFilter, &QComboBox::currentIndexChanged, this, &ReviewDock::updateFilter);
    connect(addPackage, &QToolButton::clicked, this, [this] { addComment(Anchor::package(), QString()); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QVariant anchor = index.data(CommentTreeModel::AnchorRole);
        if (anchor.isValid())
            Q_EMIT revealRequested(anchor.value<Anchor>());
    });
    connect(m_reply, &QPushButton::clicked, this, &ReviewDock::replyToCurrent);
    connect(m_edit, &QPushButton::clicked, this, &ReviewDock::editCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewDock::toggleResolvedCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ReviewDock::deleteCurrent);
    connect(m_kind, &QComboBox::activated, this, [this](int) {
        if (!m_session || m_current.isEmpty())
            return;
        QString error;
        if (!m_session->setCommentKind(m_current, Comment::Kind(m_kind->currentData().toInt()), &error))
            showError(error);
    });
    // The model is rebuilt on every change: keep the current comment across the reset.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        m_tree->expandAll();
        if (!m_current.isEmpty() && !selectComment(m_current))
            m_current.clear();
        updateDetail();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_resetting)
                    return;
                m_current =
                    current.sibling(current.row(), 0).data(CommentTreeModel::CommentIdRole).toString();
                updateDetail();
            });
    m_decision->setIdentityCheck([this] { return ensureReviewer(); });
    setSession(nullptr);
}

void ReviewDock::setSession(ReviewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    auto *group = findChild<QUndoGroup *>(QStringLiteral("reviewUndoGroup"));
    for (QUndoStack *stack : group->stacks())
        group->removeStack(stack);
    m_session = session;
    m_current.clear();
    m_model->setSession(session);
    m_decision->setSession(session);
    if (session) {
        group->addStack(session->undoStack());
        group->setActiveStack(session->undoStack());
        connect(session, &ReviewSession::commentsChanged, this, &ReviewDock::updateDetail);
        connect(session, &ReviewSession::readOnlyChanged, this, &ReviewDock::updateReadOnly);
        connect(session, &ReviewSession::saveFailed, this, &ReviewDock::showError);
        connect(session, &ReviewSession::saved, this, [this] { m_error->hide(); });
    }
    m_tree->expandAll();
    updateReadOnly();
    updateDetail();
}

bool ReviewDock::ensureReviewer()
{
    if (!m_session)
        return false;
    if (!m_session->reviewer().name.isEmpty())
        return true;
    Person p = storedReviewer();
    if (p.name.isEmpty()) {
        IdentityDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        p = dialog.person();
        storeReviewer(p);
    }
    m_session->setReviewer(p);
    m_model->setFilter(m_model->filter()); // "mine" depends on the reviewer
    return true;
}

QString ReviewDock::currentCommentId() const
{
    return m_current;
}

bool ReviewDock::selectComment(const QString &id)
{
    const QModelIndex index = m_model->indexOfComment(id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_current = id;
    return true;
}

void ReviewDock::addComment(const Anchor &anchor, const QString &quoted)
{
    if (!m_session || !ensureReviewer())
        return;
    if (m_session->isReadOnly()) {
        showError(m_session->readOnlyReason());
        return;
    }
    auto *dialog = new CommentEditorDialog(CommentEditorDialog::Mode::NewComment, anchor, quoted, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, anchor, quoted] {
        QString error;
        const QString id = m_session
                               ? m_session->addComment(anchor, dialog->body(), dialog->kind(), quoted, &error)
                               : QString();
        if (id.isEmpty()) {
            showError(error);
            return;
        }
        m_current = id;
        selectComment(id);
    });
    dialog->open();
}

void ReviewDock::replyToCurrent()
{
    const Comment *c = m_session ? m_session->document().comment(m_current) : nullptr;
    if (!c || !ensureReviewer())
        return;
    auto *dialog = new CommentEditorDialog(CommentEditorDialog::Mode::Reply, c->anchor, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = c->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        QString error;
        if (m_session && m_session->addReply(id, dialog->body(), &error).isEmpty())
            showError(error);
    });
    dialog->open();
}

void ReviewDock::editCurrent()
{
    const Comment *c = m_session ? m_session->document().comment(m_current) : nullptr;
    if (!c || !ensureReviewer())
        return;
    auto *dialog =
        new CommentEditorDialog(CommentEditorDialog::Mode::EditComment, c->anchor, c->quoted, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBody(c->body);
    dialog->setKind(c->kind);
    const QString id = c->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_session)
            return;
        QString error;
        m_session->undoStack()->beginMacro(tr("Edit comment"));
        const bool ok = m_session->editComment(id, dialog->body(), &error) &&
                        m_session->setCommentKind(id, dialog->kind(), &error);
        m_session->undoStack()->endMacro();
        if (!ok)
            showError(error);
    });
    dialog->open();
}

void ReviewDock::toggleResolvedCurrent()
{
    const Comment *c = m_session ? m_session->document().comment(m_current) : nullptr;
    if (!c || !ensureReviewer())
        return;
    QString error;
    if (!m_session->setCommentState(c->id, c->isOpen() ? Comment::State::Resolved : Comment::State::Open,
                                    &error))
        showError(error);
}

void ReviewDock::deleteCurrent()
{
    if (!m_session || m_current.isEmpty() || !ensureReviewer())
        return;
    QString error;
    if (!m_session->deleteComment(m_current, &error))
        showError(error);
}

void ReviewDock::updateFilter()
{
    int f = CommentTreeModel::NoFilter;
    if (m_filterOpen->isChecked())
        f |= CommentTreeModel::OpenOnly;
    if (m_filterBlockers->isChecked())
        f |= CommentTreeModel::BlockersOnly;
    if (m_filterMine->isChecked())
        f |= CommentTreeModel::MineOnly;
    m_model->setFilter(f);
    m_model->setCarriedFilter(m_carriedFilter->currentData().toString());
}

void ReviewDock::updateReadOnly()
{
    const bool readOnly = m_session && m_session->isReadOnly();
    m_banner->setVisible(readOnly);
    m_banner->setText(readOnly ? m_session->readOnlyReason() : QString());
    findChild<QToolButton *>(QStringLiteral("addPackageComment"))->setEnabled(m_session && !readOnly);
    updateDetail();
}

void ReviewDock::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

static QString fencedBlock(const QString &text)
{
    QString fence = QStringLiteral("```");
    while (text.contains(fence))
        fence += QLatin1Char('`');
    return fence + QLatin1Char('\n') + text + QLatin1Char('\n') + fence + QLatin1Char('\n');
}

void ReviewDock::updateDetail()
{
    const Comment *c = m_session ? m_session->document().comment(m_current) : nullptr;
    const bool writable = m_session && !m_session->isReadOnly();
    m_reply->setEnabled(c && writable);
    m_resolve->setEnabled(c && writable);
    m_edit->setEnabled(c && writable && m_session->canEdit(c->id));
    m_delete->setEnabled(c && writable && m_session->canEdit(c->id));
    m_kind->setEnabled(c && writable);
    if (!c) {
        m_detail->setPlainText(
            m_session && m_session->document().comments.isEmpty()
                ? tr("No comments yet. Use a pane's Comment action, or comment on the package.")
                : QString());
        return;
    }
    m_resolve->setText(c->isOpen() ? tr("Re&solve") : tr("Re&open"));
    m_kind->setCurrentIndex(m_kind->findData(int(c->kind)));
    // Metadata is escaped; the reviewers' own bodies are Markdown, rendered without raw HTML.
    QString md =
        QStringLiteral("**%1** · %2 · %3%4\n\n")
            .arg(markdownEscape(c->anchor.label()), Comment::kindName(c->kind), Comment::stateName(c->state),
                 m_session->isOutdated(c->id) ? tr(" · *outdated: the content changed since*") : QString());
    md += QStringLiteral("%1, %2\n\n")
              .arg(markdownEscape(personLabel(c->author)),
                   c->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (c->carried) {
        md += tr("Carried from version %1: **%2**")
                  .arg(markdownEscape(c->carried->fromVersion), Carried::statusName(c->carried->status));
        if (c->carried->originalAnchor != c->anchor)
            md += tr(" (was on %1)").arg(markdownEscape(c->carried->originalAnchor.label()));
        md += QStringLiteral("\n\n");
    }
    const QString now = c->carried && c->carried->status == Carried::Status::Outdated
                            ? m_session->anchoredText(c->anchor)
                            : QString();
    if (!c->quoted.isEmpty() && !now.isEmpty() && now != c->quoted) {
        // An outdated comment: the text it was written on against the text there now.
        md += tr("Then (version %1):").arg(markdownEscape(c->carried->fromVersion)) + QStringLiteral("\n\n") +
              fencedBlock(c->quoted) + QLatin1Char('\n');
        md += tr("Now:") + QStringLiteral("\n\n") + fencedBlock(now) + QLatin1Char('\n');
    } else if (!c->quoted.isEmpty()) {
        md += fencedBlock(c->quoted) + QLatin1Char('\n');
    }
    md += c->body + QStringLiteral("\n\n");
    for (const Reply &r : c->replies) {
        md += QStringLiteral("---\n\n%1, %2\n\n")
                  .arg(markdownEscape(personLabel(r.author)),
                       r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        md += r.body + QStringLiteral("\n\n");
    }
    setReviewerMarkdown(m_detail, md);
}

} // namespace mr::review
