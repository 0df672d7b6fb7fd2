// SPDX-License-Identifier: Apache-2.0
#include "widgets/code/filelistmodel.h"

#include <QLocale>

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace mr {

using code::FileDiff;
using code::FileStatus;

void CodeFileListModel::setFiles(const QList<FileDiff> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

void CodeFileListModel::updateFiles(const QList<FileDiff> &files)
{
    if (files.size() != m_files.size()) {
        setFiles(files);
        return;
    }
    m_files = files;
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_files.size()) - 1, ColumnCount - 1));
}

void CodeFileListModel::setViewedKeys(const QSet<QString> &keys)
{
    m_viewed = keys;
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, ViewedColumn), index(int(m_files.size()) - 1, ViewedColumn),
                           {Qt::CheckStateRole});
}

bool CodeFileListModel::isViewed(int row) const
{
    return row >= 0 && row < m_files.size() && m_viewed.contains(m_files.at(row).viewedKey());
}

void CodeFileListModel::setViewed(int row, bool viewed)
{
    if (row < 0 || row >= m_files.size() || isViewed(row) == viewed)
        return;
    const QString key = m_files.at(row).viewedKey();
    if (viewed)
        m_viewed.insert(key);
    else
        m_viewed.remove(key);
    Q_EMIT dataChanged(index(row, ViewedColumn), index(row, ViewedColumn), {Qt::CheckStateRole});
    Q_EMIT viewedChanged(key, viewed);
}

int CodeFileListModel::viewedCount() const
{
    int n = 0;
    for (int i = 0; i < m_files.size(); ++i)
        n += isViewed(i) ? 1 : 0;
    return n;
}

int CodeFileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int CodeFileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString countText(const FileDiff &f, int value)
{
    if (f.binary)
        return QCoreApplication::translate("mr::CodePane", "bin");
    return value < 0 ? QStringLiteral("…") : QLocale().toString(value);
}

QVariant CodeFileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileDiff &f = m_files.at(index.row());
    switch (role) {
    case FileIndexRole: return index.row();
    case ViewedKeyRole: return f.viewedKey();
    case FilterRole: return f.oldPath == f.path ? f.path : f.oldPath + QLatin1Char(' ') + f.path;
    case Qt::CheckStateRole:
        if (index.column() == ViewedColumn)
            return isViewed(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AddedColumn || index.column() == RemovedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == StatusColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole: {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (index.column() == AddedColumn)
            return QBrush(dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37));
        if (index.column() == RemovedColumn)
            return QBrush(dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e));
        return {};
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1: %2").arg(code::statusName(f.status), f.path);
        if (f.oldPath != f.path)
            tip += QCoreApplication::translate("mr::CodePane", "\nfrom %1 (%2% similar)")
                       .arg(f.oldPath)
                       .arg(f.similarity);
        if (f.binary)
            tip += QCoreApplication::translate("mr::CodePane", "\nbinary or over the size limit");
        if (f.lfsPointer)
            tip += QCoreApplication::translate("mr::CodePane", "\nGit LFS pointer");
        return tip;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn: {
            QString s = code::statusLetter(f.status);
            if (f.status == FileStatus::Renamed || f.status == FileStatus::Copied)
                s += QString::number(f.similarity);
            return s;
        }
        case PathColumn:
            if (f.status == FileStatus::Renamed || f.status == FileStatus::Copied)
                return QStringLiteral("%1 ← %2").arg(f.path, f.oldPath);
            return f.path;
        case AddedColumn: return countText(f, f.additions);
        case RemovedColumn: return countText(f, f.deletions);
        default: return {};
        }
    default: return {};
    }
}

QVariant CodeFileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ViewedColumn)
        return tr("Viewed (kept by the file's content: a later change clears the mark)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ViewedColumn: return QStringLiteral("✓");
    case StatusColumn: return tr("Status");
    case PathColumn: return tr("File");
    case AddedColumn: return tr("+");
    case RemovedColumn: return tr("−");
    default: return {};
    }
}

Qt::ItemFlags CodeFileListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ViewedColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool CodeFileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != ViewedColumn ||
        role != Qt::CheckStateRole)
        return false;
    setViewed(index.row(), value.toInt() == Qt::Checked);
    return true;
}

} // namespace mr
