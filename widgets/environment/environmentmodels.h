// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/environment/comparison.h"
#include "widgets/common/pane.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QSortFilterProxyModel>

namespace mr {

// Roles shared by the environment models and their views.
namespace EnvironmentRoles {
enum Role {
    Key = Qt::UserRole + 1, // QString: normalised package name or platform key
    Change,                 // int: environment::Change
    Level,                  // int: environment::Level
    Sort,                   // what the column sorts by
    Differs,                // bool: the row differs (comparison: changed; matrix: values differ)
};
}

// Icon, text and colour per level: a distinct shape per level, so the level reads without
// colour; colours from the Okabe-Ito set, lightened on dark palettes.
struct LevelStyle
{
    static QIcon icon(environment::Level level, const QPalette &palette);
    static QColor color(environment::Level level, const QPalette &palette);
    static QString text(environment::Level level);
    static QString changeText(environment::Change change); // "↑ upgraded", ...
};

// The rows of one comparison. Columns: item, development, reference, change, level, source.
class EnvironmentComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        DevelopmentColumn,
        ReferenceColumn,
        ChangeColumn,
        LevelColumn,
        SourceColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const environment::Comparison &comparison);
    const environment::Comparison &comparison() const { return m_comparison; }
    void setCommentMarkers(const QList<CommentMarker> &markers); // only this pair's markers are used
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    environment::Comparison m_comparison;
    QHash<QString, CommentMarker> m_markers; // by row key
    QPalette m_palette;
};

// Filters: changed only, one level, one change, text (item, key and values, case-insensitive).
class EnvironmentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EnvironmentFilterModel(QObject *parent = nullptr);
    void setChangedOnly(bool on);
    void setLevel(int level);   // -1: any
    void setChange(int change); // -1: any
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_changedOnly = false;
    int m_level = -1;
    int m_change = -1;
    QString m_text;
};

// Every platform fact and package (rows) across every environment (columns after the item).
class EnvironmentMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setMatrix(const environment::Matrix &matrix);
    const environment::Matrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    environment::Matrix m_matrix;
};

} // namespace mr
