// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/commenttreemodel.h"

#include "models/core/paneids.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace mr::review {

// Group rows carry internalId 0; comment rows carry their group's row + 1.
CommentTreeModel::CommentTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void CommentTreeModel::setSession(ReviewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ReviewSession::commentsChanged, this, &CommentTreeModel::rebuild);
        connect(m_session, &ReviewSession::outdatedChanged, this, &CommentTreeModel::rebuild);
    }
    rebuild();
}

void CommentTreeModel::setFilter(int filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    rebuild();
}

void CommentTreeModel::setCarriedFilter(const QString &status)
{
    if (m_carriedFilter == status)
        return;
    m_carriedFilter = status;
    rebuild();
}

static QString carriedName(const Comment &c)
{
    return c.carried ? Carried::statusName(c.carried->status) : QString();
}

static QString paneTitle(const QString &pane)
{
    const std::optional<PaneId> id = paneFromKey(pane);
    return id ? mr::paneTitle(*id) : pane;
}

void CommentTreeModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    if (m_session) {
        const QList<Comment> &comments = m_session->document().comments;
        for (PaneId id : allPanes()) {
            const QString pane = paneKey(id);
            Group g{pane, {}};
            for (int i = 0; i < comments.size(); ++i) {
                const Comment &c = comments.at(i);
                if (c.anchor.pane() != pane)
                    continue;
                if ((m_filter & OpenOnly) && !c.isOpen())
                    continue;
                if ((m_filter & BlockersOnly) && c.kind != Comment::Kind::Blocker)
                    continue;
                if ((m_filter & MineOnly) && !m_session->isMine(c))
                    continue;
                if (!m_carriedFilter.isEmpty() &&
                    (m_carriedFilter == QLatin1String("new") ? c.carried.has_value()
                                                             : carriedName(c) != m_carriedFilter))
                    continue;
                g.comments << i;
            }
            if (!g.comments.isEmpty())
                m_groups << g;
        }
    }
    endResetModel();
}

QModelIndex CommentTreeModel::indexOfComment(const QString &id) const
{
    if (!m_session)
        return {};
    const int at = m_session->document().indexOf(id);
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).comments.indexOf(at));
        if (row >= 0)
            return createIndex(row, 0, quintptr(g + 1));
    }
    return {};
}

QModelIndex CommentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CommentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CommentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).comments.size());
}

int CommentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CommentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_session)
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == LabelColumn)
            return QStringLiteral("%1 (%2)").arg(paneTitle(g.pane)).arg(g.comments.size());
        if (role == PaneRole)
            return g.pane;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const Comment &c = m_session->document().comments.at(g.comments.at(index.row()));
    const bool outdated = m_session->isOutdated(c.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn: {
            QString summary = c.body.section(QLatin1Char('\n'), 0, 0).simplified();
            if (summary.size() > 80)
                summary = summary.left(77) + QStringLiteral("...");
            const QString where =
                c.anchor.kind == Anchor::Kind::Package ? QString() : c.anchor.label() + QStringLiteral(": ");
            return where + summary +
                   (c.replies.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(c.replies.size()));
        }
        case KindColumn: return Comment::kindName(c.kind);
        case StateColumn: {
            QString state = Comment::stateName(c.state);
            if (c.carried) // how the comment came through from the previous package
                state = tr("%1, %2").arg(state, carriedName(c));
            if (outdated && carriedName(c) != QLatin1String("outdated"))
                state = tr("%1, outdated").arg(state);
            return state;
        }
        case AuthorColumn: return c.author.name;
        case TimeColumn: return c.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return {};
    case Qt::ToolTipRole: return personLabel(c.author) + QLatin1Char('\n') + c.body.left(500);
    case Qt::ForegroundRole: {
        // From the application palette (the model has no widget): readable in dark mode too.
        const QPalette pal = QGuiApplication::palette();
        if (!c.isOpen())
            return QBrush(pal.color(QPalette::PlaceholderText));
        if (c.kind == Comment::Kind::Blocker && index.column() == KindColumn)
            return QBrush(pal.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x72)
                                                                      : QColor(0xc0, 0x1c, 0x28));
        return {};
    }
    case Qt::FontRole:
        if (c.isOpenBlocker() && index.column() == KindColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (outdated && index.column() == LabelColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case CommentIdRole: return c.id;
    case AnchorRole: return QVariant::fromValue(c.anchor);
    case PaneRole: return g.pane;
    case KindRole: return int(c.kind);
    case OpenRole: return c.isOpen();
    case OutdatedRole: return outdated;
    case CarriedRole: return carriedName(c);
    }
    return {};
}

QVariant CommentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Comment");
    case KindColumn: return tr("Kind");
    case StateColumn: return tr("State");
    case AuthorColumn: return tr("Author");
    case TimeColumn: return tr("Time");
    }
    return {};
}

} // namespace mr::review
