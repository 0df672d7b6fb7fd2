// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/reviewsession.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace mr::review {

// The Review dock's tree: one group row per pane that has comments, the comments below it.
// Rebuilt from the session on each change (reviews hold tens or hundreds of comments).
class CommentTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, KindColumn, StateColumn, AuthorColumn, TimeColumn, ColumnCount };
    enum Role {
        CommentIdRole = Qt::UserRole + 1, // QString; empty on group rows
        AnchorRole,                       // mr::Anchor
        PaneRole,                         // QString
        KindRole,                         // int (Comment::Kind)
        OpenRole,                         // bool
        OutdatedRole,                     // bool
        CarriedRole                       // QString: carried status name, "" when written here
    };
    enum Filter { NoFilter = 0, OpenOnly = 1, BlockersOnly = 2, MineOnly = 4 };

    explicit CommentTreeModel(QObject *parent = nullptr);
    void setSession(ReviewSession *session);
    void setFilter(int filter);
    int filter() const { return m_filter; }
    // Only comments carried with this status ("current", "moved", "outdated", "gone"), or only
    // comments written on this package ("new"); empty: every comment.
    void setCarriedFilter(const QString &status);
    QString carriedFilter() const { return m_carriedFilter; }

    QModelIndex indexOfComment(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    struct Group
    {
        QString pane;
        QList<int> comments; // indexes into the session's document
    };
    QPointer<ReviewSession> m_session;
    QList<Group> m_groups;
    int m_filter = NoFilter;
    QString m_carriedFilter;
};

} // namespace mr::review
