// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"

#include <QAbstractTableModel>
#include <QSet>

namespace mr {

// The Code pane's changed files: viewed check, status, path, lines added and removed. The
// viewed marks are keyed by FileDiff::viewedKey() (the new blob id).
class CodeFileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ViewedColumn, StatusColumn, PathColumn, AddedColumn, RemovedColumn, ColumnCount };
    enum Role { FileIndexRole = Qt::UserRole + 1, ViewedKeyRole, FilterRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFiles(const QList<code::FileDiff> &files);
    // Replaces the files' counts (same files, same order) without resetting views.
    void updateFiles(const QList<code::FileDiff> &files);
    const QList<code::FileDiff> &files() const { return m_files; }

    void setViewedKeys(const QSet<QString> &keys);
    bool isViewed(int row) const;
    void setViewed(int row, bool viewed);
    int viewedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The user (or setViewed) changed one file's mark.
    void viewedChanged(const QString &key, bool viewed);

private:
    QList<code::FileDiff> m_files;
    QSet<QString> m_viewed;
};

} // namespace mr
