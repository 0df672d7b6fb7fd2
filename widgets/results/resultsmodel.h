// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/results/resultsanalysis.h"
#include "widgets/common/pane.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace mr {

// Metrics grouped into a tree by dotted prefix ("test.by_region.eu.roc_auc" sits under
// test > by_region > eu). Group rows summarise their metrics; metric rows carry the values.
class ResultsTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ClaimedColumn,
        RerunColumn,
        AbsDiffColumn,
        RelDiffColumn,
        BetterColumn,
        ToleranceColumn,
        StatusColumn,
        CommentsColumn,
        ColumnCount
    };
    enum Role {
        MetricNameRole = Qt::UserRole + 1, // full metric name; empty on group rows
        StatusRole,                        // int(results::Status) on metric rows, worst status on groups
        SortRole,                          // numbers for numeric columns, text otherwise
        IsGroupRole,
    };

    explicit ResultsTreeModel(QObject *parent = nullptr);
    ~ResultsTreeModel() override;

    void setAnalysis(const results::ResultsAnalysis &analysis);
    void setCommentMarkers(const QList<CommentMarker> &markers);
    QModelIndex indexOfMetric(const QString &name, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QIcon statusIcon(results::Status status);

private:
    struct Node
    {
        QString label;   // path segment or leaf name
        QString prefix;  // group: full dotted prefix
        int metric = -1; // index into m_analysis.rows; -1 for groups
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
        QHash<int, int> counts; // groups: metrics per status
    };
    Node *nodeOf(const QModelIndex &index) const;
    QVariant metricData(const results::MetricRow &r, int column, int role) const;
    QVariant groupData(const Node *n, int column, int role) const;

    results::ResultsAnalysis m_analysis;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byName;
    QHash<QString, CommentMarker> m_markers;
};

// Sorting and filtering (status set and free text on the metric name) over the tree; a group
// shows while any of its metrics does.
class ResultsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultsFilterModel(QObject *parent = nullptr);
    // Empty set: every status.
    void setStatusFilter(const QSet<results::Status> &statuses);
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<results::Status> m_statuses;
    QString m_text;
};

} // namespace mr
