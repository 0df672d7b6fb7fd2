// SPDX-License-Identifier: Apache-2.0
#include "widgets/dataset/manifesttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <numeric>

namespace mr::dataset {

namespace {

QString shortDigest(const Manifest &m, qsizetype row)
{
    if (m.hashKind(row) == HashKind::None)
        return {};
    return hashKindName(m.hashKind(row)) + QLatin1Char(':') + QString::fromLatin1(m.digestHex(row).left(16)) +
           QChar(0x2026);
}

QIcon markerIcon()
{
    static const QIcon icon = [] {
        QPixmap pm(12, 12);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xE0, 0x8A, 0x00));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(1, 1, 10, 10));
        return QIcon(pm);
    }();
    return icon;
}

QColor changeColor(DiffState s)
{
    switch (s) {
    case DiffState::Added: return QColor(0x2E, 0x8B, 0x57);
    case DiffState::Removed: return QColor(0xB2, 0x22, 0x22);
    case DiffState::Modified: return QColor(0xC0, 0x6C, 0x00);
    case DiffState::Renamed: return QColor(0x35, 0x6A, 0xC3);
    case DiffState::Unchanged: break;
    }
    return {};
}

QColor statusColor(EntryStatus s)
{
    switch (s) {
    case EntryStatus::Ok: return QColor(0x2E, 0x8B, 0x57);
    case EntryStatus::Mismatch:
    case EntryStatus::Missing:
    case EntryStatus::Unreadable: return QColor(0xC6, 0x28, 0x28);
    case EntryStatus::NoHash: return QColor(0xC0, 0x6C, 0x00);
    case EntryStatus::Pending: break;
    }
    return {};
}

} // namespace

ManifestTableModel::ManifestTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    clear();
}

void ManifestTableModel::clear()
{
    beginResetModel();
    m_manifest = std::make_shared<Manifest>();
    m_baseline.reset();
    m_diff = {};
    m_verification.reset();
    m_unlisted.clear();
    m_unlistedUtf8.clear();
    m_commented.clear();
    m_view.clear();
    m_pathOrder.clear();
    m_sortColumn = -1;
    endResetModel();
}

qsizetype ManifestTableModel::sourceRowCount() const
{
    return m_manifest->size() + (m_diff.valid ? qsizetype(m_diff.removed.size()) : 0) + m_unlisted.size();
}

ManifestTableModel::Source ManifestTableModel::source(qsizetype sr) const
{
    const qsizetype n = m_manifest->size();
    if (sr < n)
        return {Kind::Entry, sr};
    const qsizetype removed = m_diff.valid ? qsizetype(m_diff.removed.size()) : 0;
    if (sr < n + removed)
        return {Kind::Removed, m_diff.removed[size_t(sr - n)]};
    return {Kind::Unlisted, sr - n - removed};
}

std::string_view ManifestTableModel::pathOf(const Source &s) const
{
    switch (s.kind) {
    case Kind::Entry: return m_manifest->pathView(s.row);
    case Kind::Removed: return m_baseline->pathView(s.row);
    case Kind::Unlisted: {
        const QByteArray &u = m_unlistedUtf8[size_t(s.row)];
        return std::string_view(u.constData(), size_t(u.size()));
    }
    }
    return {};
}

EntryStatus ManifestTableModel::statusOf(const Source &s) const
{
    if (s.kind == Kind::Entry && m_verification && s.row < m_verification->manifest().size())
        return m_verification->status(s.row);
    return EntryStatus::Pending;
}

DiffState ManifestTableModel::changeOf(const Source &s) const
{
    if (s.kind == Kind::Removed)
        return DiffState::Removed;
    if (s.kind == Kind::Entry && m_diff.valid && size_t(s.row) < m_diff.states.size())
        return m_diff.state(s.row);
    return DiffState::Unchanged;
}

void ManifestTableModel::appendBatch(const Manifest &batch)
{
    const qsizetype oldRows = m_manifest->size();
    const int oldColumns = columnCount();
    const bool simple = m_sortColumn < 0 && sourceRowCount() == oldRows;
    m_manifest->append(batch);
    m_pathOrder.clear();
    m_commented.resize(size_t(m_manifest->size()), 0);
    if (columnCount() > oldColumns) {
        beginInsertColumns({}, oldColumns, columnCount() - 1);
        endInsertColumns();
    }
    if (!simple) {
        rebuild();
        return;
    }
    std::vector<std::int32_t> added;
    for (qsizetype sr = oldRows; sr < m_manifest->size(); ++sr)
        if (accepts(sr))
            added.push_back(std::int32_t(sr));
    if (added.empty())
        return;
    beginInsertRows({}, int(m_view.size()), int(m_view.size() + added.size()) - 1);
    m_view.insert(m_view.end(), added.begin(), added.end());
    endInsertRows();
}

void ManifestTableModel::reserve(qint64 rows, qint64 pathBytes)
{
    if (rows > m_manifest->size())
        m_manifest->reserve(qsizetype(rows), qsizetype(pathBytes));
}

void ManifestTableModel::setBaseline(std::shared_ptr<const Manifest> baseline, BaselineDiff diff)
{
    m_baseline = std::move(baseline);
    m_diff = m_baseline ? std::move(diff) : BaselineDiff{};
    m_pathOrder.clear();
    rebuild();
}

void ManifestTableModel::setVerification(std::shared_ptr<Verification> verification)
{
    m_verification = std::move(verification);
    m_unlisted.clear();
    m_unlistedUtf8.clear();
    m_pathOrder.clear();
    rebuild();
}

void ManifestTableModel::refreshUnlisted()
{
    m_unlisted = m_verification ? m_verification->unlisted() : QList<UnlistedFile>{};
    m_unlistedUtf8.clear();
    for (const UnlistedFile &u : std::as_const(m_unlisted))
        m_unlistedUtf8.push_back(u.path.toUtf8());
    m_pathOrder.clear();
    rebuild();
}

void ManifestTableModel::refreshStatus()
{
    if (m_view.empty())
        return;
    if (m_status != StatusFilter::All || m_sortColumn == StatusColumn) {
        // Rows move in and out of the filter as results arrive; keep it cheap by batching.
        rebuild();
        return;
    }
    Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_view.size()) - 1, StatusColumn));
}

void ManifestTableModel::setCommentedPaths(const QSet<QString> &paths)
{
    m_commentedPaths = paths;
    std::fill(m_commented.begin(), m_commented.end(), 0);
    if (m_manifest->hasIndex()) {
        for (const QString &p : paths) {
            const QByteArray u = p.toUtf8();
            const qsizetype row = m_manifest->find(std::string_view(u.constData(), size_t(u.size())));
            if (row >= 0)
                m_commented[size_t(row)] = 1;
        }
    }
    if (!m_view.empty())
        Q_EMIT dataChanged(index(0, PathColumn), index(int(m_view.size()) - 1, PathColumn));
}

int ManifestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int ManifestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_manifest->columns().size());
}

QString ManifestTableModel::cellText(const Source &s, int column) const
{
    const Manifest &m = *m_manifest;
    const QLocale locale;
    const std::int32_t baseRow =
        s.kind == Kind::Entry && m_diff.valid ? m_diff.baselineRow[size_t(s.row)] : -1;
    const DiffState change = changeOf(s);
    const bool showBaseline = baseRow >= 0 && (change == DiffState::Modified || change == DiffState::Renamed);
    switch (column) {
    case PathColumn: {
        if (s.kind == Kind::Unlisted)
            return m_unlisted[s.row].path;
        const std::string_view p = pathOf(s);
        return QString::fromUtf8(p.data(), qsizetype(p.size()));
    }
    case ChangeColumn:
        if (s.kind == Kind::Unlisted || (!m_diff.valid && s.kind == Kind::Entry))
            return {};
        return diffStateName(change);
    case RenamedFromColumn:
        return change == DiffState::Renamed && baseRow >= 0 ? m_baseline->path(baseRow) : QString();
    case SizeColumn: {
        const qint64 size = s.kind == Kind::Entry     ? m.fileSize(s.row)
                            : s.kind == Kind::Removed ? m_baseline->fileSize(s.row)
                                                      : m_unlisted[s.row].size;
        return size >= 0 ? locale.toString(size) : QString();
    }
    case BaselineSizeColumn:
        return showBaseline && m_baseline->fileSize(baseRow) >= 0
                   ? locale.toString(m_baseline->fileSize(baseRow))
                   : QString();
    case DigestColumn:
        return s.kind == Kind::Entry     ? shortDigest(m, s.row)
               : s.kind == Kind::Removed ? shortDigest(*m_baseline, s.row)
                                         : QString();
    case BaselineDigestColumn: return showBaseline ? shortDigest(*m_baseline, baseRow) : QString();
    case StatusColumn:
        if (s.kind == Kind::Unlisted)
            return QCoreApplication::translate("mr::DatasetPane", "unlisted");
        if (s.kind == Kind::Removed || !m_verification)
            return {};
        return statusOf(s) == EntryStatus::Pending ? QString() : entryStatusName(statusOf(s));
    default: break;
    }
    const int extra = column - FixedColumnCount;
    if (s.kind == Kind::Entry && showBaseline) {
        // The baseline's value beside the current one: "315 → 300" (a changed row count is
        // otherwise invisible).
        const QString now = m.extraText(extra, s.row);
        const int bc = m_baseline->columnIndex(m.columns()[size_t(extra)].name);
        const QString before = bc >= 0 ? m_baseline->extraText(bc, baseRow) : QString();
        return bc < 0 || before == now ? now : tr("%1 → %2").arg(before.isEmpty() ? tr("none") : before, now);
    }
    if (s.kind == Kind::Entry)
        return m.extraText(extra, s.row);
    if (s.kind == Kind::Removed) {
        const int bc = m_baseline->columnIndex(m.columns()[size_t(extra)].name);
        return bc >= 0 ? m_baseline->extraText(bc, s.row) : QString();
    }
    return {};
}

QVariant ManifestTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_view.size()))
        return {};
    const qsizetype sr = m_view[size_t(index.row())];
    const Source s = source(sr);
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole: return cellText(s, col);
    case PathRole: return cellText(s, PathColumn);
    case SourceRowRole: return qlonglong(sr);
    case ChangeRole: return diffStateName(changeOf(s));
    case StatusRole:
        return s.kind == Kind::Unlisted ? QStringLiteral("unlisted") : entryStatusName(statusOf(s));
    case CommentedRole:
        return s.kind == Kind::Entry && m_commented.size() > size_t(s.row) && m_commented[size_t(s.row)];
    case Qt::DecorationRole:
        if (col == PathColumn && s.kind == Kind::Entry && size_t(s.row) < m_commented.size() &&
            m_commented[size_t(s.row)])
            return markerIcon();
        return {};
    case Qt::TextAlignmentRole:
        if (col == SizeColumn || col == BaselineSizeColumn ||
            (col >= FixedColumnCount &&
             m_manifest->columns()[size_t(col - FixedColumnCount)].kind == ExtraColumn::Kind::Number))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (col == DigestColumn || col == BaselineDigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole: {
        QColor c;
        if (col == ChangeColumn || (col == PathColumn && s.kind == Kind::Removed))
            c = changeColor(changeOf(s));
        else if (col == StatusColumn)
            c = s.kind == Kind::Unlisted ? changeColor(DiffState::Modified) : statusColor(statusOf(s));
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ToolTipRole: {
        if (col == DigestColumn && s.kind != Kind::Unlisted) {
            const Manifest &mm = s.kind == Kind::Entry ? *m_manifest : *m_baseline;
            return mm.hashKind(s.row) == HashKind::None
                       ? QCoreApplication::translate("mr::DatasetPane", "no digest")
                       : QString::fromLatin1(mm.digestHex(s.row));
        }
        if (col == ChangeColumn && changeOf(s) == DiffState::Renamed)
            return QCoreApplication::translate("mr::DatasetPane", "renamed from %1")
                .arg(m_baseline->path(m_diff.baselineRow[size_t(s.row)]));
        if (col == StatusColumn && s.kind == Kind::Entry && m_verification)
            return m_verification->detail(s.row);
        if (col == PathColumn && s.kind == Kind::Entry)
            return QCoreApplication::translate("mr::DatasetPane", "%1 (line %2)")
                .arg(cellText(s, PathColumn))
                .arg(m_manifest->line(s.row));
        return {};
    }
    default: return {};
    }
}

QVariant ManifestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn: return tr("Path");
    case ChangeColumn: return tr("Change");
    case RenamedFromColumn: return tr("Renamed from");
    case SizeColumn: return tr("Size");
    case BaselineSizeColumn: return tr("Baseline size");
    case DigestColumn: return tr("Digest");
    case BaselineDigestColumn: return tr("Baseline digest");
    case StatusColumn: return tr("Verification");
    default: break;
    }
    const int extra = section - FixedColumnCount;
    if (extra >= 0 && extra < int(m_manifest->columns().size()))
        return m_manifest->columns()[size_t(extra)].name;
    return {};
}

int ManifestTableModel::rowOfPath(const QString &path) const
{
    const QByteArray u = path.toUtf8();
    const std::string_view p(u.constData(), size_t(u.size()));
    for (size_t i = 0; i < m_view.size(); ++i) {
        const Source s = source(m_view[i]);
        if (s.kind == Kind::Unlisted ? m_unlisted[s.row].path == path : pathOf(s) == p)
            return int(i);
    }
    return -1;
}

QString ManifestTableModel::pathAt(int row) const
{
    if (row < 0 || row >= int(m_view.size()))
        return {};
    return cellText(source(m_view[size_t(row)]), PathColumn);
}

QString ManifestTableModel::describeRow(int row) const
{
    if (row < 0 || row >= int(m_view.size()))
        return {};
    const Source s = source(m_view[size_t(row)]);
    QStringList parts{cellText(s, PathColumn)};
    const QString size = cellText(s, SizeColumn);
    if (!size.isEmpty())
        parts << tr("%1 bytes").arg(size);
    if (s.kind != Kind::Unlisted) {
        const Manifest &mm = s.kind == Kind::Entry ? *m_manifest : *m_baseline;
        if (mm.hashKind(s.row) != HashKind::None)
            parts << hashKindName(mm.hashKind(s.row)) + QLatin1Char(':') +
                         QString::fromLatin1(mm.digestHex(s.row));
    }
    const QString change = cellText(s, ChangeColumn);
    if (!change.isEmpty() && change != QLatin1String("unchanged"))
        parts << change;
    if (const QString from = cellText(s, RenamedFromColumn); !from.isEmpty())
        parts << tr("from %1").arg(from);
    return parts.join(QStringLiteral(" · "));
}

} // namespace mr::dataset
