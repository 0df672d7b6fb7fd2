// SPDX-License-Identifier: Apache-2.0
#include "widgets/environment/environmentmodels.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace mr {

using environment::Change;
using environment::Level;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor LevelStyle::color(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Major: return dark ? QColor(0xFF, 0x8F, 0x5A) : QColor(0xD5, 0x5E, 0x00);
    case Level::Minor: return dark ? QColor(0xFF, 0xC9, 0x4D) : QColor(0xB8, 0x7D, 0x00);
    case Level::Patch: return dark ? QColor(0x6C, 0xC4, 0xF5) : QColor(0x00, 0x72, 0xB2);
    case Level::Local: return dark ? QColor(0x4F, 0xD8, 0xAE) : QColor(0x00, 0x9E, 0x73);
    case Level::None: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QIcon LevelStyle::icon(Level level, const QPalette &palette)
{
    if (level == Level::None)
        return {};
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size, m = s * 0.12;
        QPen outline(palette.color(QPalette::Text), s / 14.0);
        p.setPen(outline);
        p.setBrush(color(level, palette));
        switch (level) {
        case Level::Major: { // diamond
            QPainterPath path;
            path.moveTo(s / 2, m);
            path.lineTo(s - m, s / 2);
            path.lineTo(s / 2, s - m);
            path.lineTo(m, s / 2);
            path.closeSubpath();
            p.drawPath(path);
            break;
        }
        case Level::Minor: { // triangle
            QPainterPath path;
            path.moveTo(s / 2, m);
            path.lineTo(s - m, s - m);
            path.lineTo(m, s - m);
            path.closeSubpath();
            p.drawPath(path);
            break;
        }
        case Level::Patch:
            p.drawEllipse(
                QRectF(m, m, s - 2 * m, s - 2 * m).adjusted(s * 0.08, s * 0.08, -s * 0.08, -s * 0.08));
            break;
        case Level::Local:
            p.drawRect(QRectF(m, m, s - 2 * m, s - 2 * m).adjusted(s * 0.12, s * 0.12, -s * 0.12, -s * 0.12));
            break;
        case Level::None: break;
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString LevelStyle::text(Level level)
{
    switch (level) {
    case Level::None: return QCoreApplication::translate("mr::EnvironmentPane", "none");
    case Level::Local: return QCoreApplication::translate("mr::EnvironmentPane", "local");
    case Level::Patch: return QCoreApplication::translate("mr::EnvironmentPane", "patch");
    case Level::Minor: return QCoreApplication::translate("mr::EnvironmentPane", "minor");
    case Level::Major: return QCoreApplication::translate("mr::EnvironmentPane", "major");
    }
    return environment::levelName(level);
}

QString LevelStyle::changeText(Change change)
{
    switch (change) {
    case Change::Unchanged: return QCoreApplication::translate("mr::EnvironmentPane", "= unchanged");
    case Change::Upgraded: return QCoreApplication::translate("mr::EnvironmentPane", "↑ upgraded");
    case Change::Downgraded: return QCoreApplication::translate("mr::EnvironmentPane", "↓ downgraded");
    case Change::OnlyInDevelopment:
        return QCoreApplication::translate("mr::EnvironmentPane", "− only in development");
    case Change::OnlyInReference:
        return QCoreApplication::translate("mr::EnvironmentPane", "+ only in reference");
    case Change::Unpinned: return QCoreApplication::translate("mr::EnvironmentPane", "~ unpinned");
    case Change::Incomparable: return QCoreApplication::translate("mr::EnvironmentPane", "≠ incomparable");
    }
    return {};
}

void EnvironmentComparisonModel::setComparison(const environment::Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void EnvironmentComparisonModel::setCommentMarkers(const QList<CommentMarker> &markers)
{
    m_markers.clear();
    for (const CommentMarker &m : markers)
        if (m.anchor.kind == Anchor::Kind::EnvironmentPackage)
            m_markers.insert(m.anchor.environmentPair + QLatin1Char('\n') + m.anchor.path, m);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ItemColumn), index(rowCount() - 1, ItemColumn));
}

void EnvironmentComparisonModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EnvironmentComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int EnvironmentComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const environment::ComparisonRow &r = m_comparison.rows.at(index.row());
    const auto marker = m_markers.constFind(m_comparison.pair() + QLatin1Char('\n') + r.key);
    switch (role) {
    case EnvironmentRoles::Key: return r.key;
    case EnvironmentRoles::Change: return int(r.change);
    case EnvironmentRoles::Level: return int(r.level);
    case EnvironmentRoles::Differs: return r.changed();
    case EnvironmentRoles::Sort:
        switch (index.column()) {
        case ChangeColumn: return int(r.change);
        case LevelColumn: return int(r.level);
        case ItemColumn:
            return QString(QLatin1Char(r.kind == environment::ComparisonRow::Kind::Platform ? '0' : '1') +
                           r.label.toLower());
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return marker != m_markers.constEnd() ? QStringLiteral("%1  [%2 comment%3]")
                                                        .arg(r.label)
                                                        .arg(marker->count)
                                                        .arg(marker->count == 1 ? "" : "s")
                                                  : r.label;
        case DevelopmentColumn: return r.development.isEmpty() ? QStringLiteral("—") : r.development;
        case ReferenceColumn: return r.reference.isEmpty() ? QStringLiteral("—") : r.reference;
        case ChangeColumn: return LevelStyle::changeText(r.change);
        case LevelColumn:
            return r.calver && r.level != environment::Level::None
                       ? LevelStyle::text(r.level) +
                             QCoreApplication::translate("mr::EnvironmentPane", " (CalVer)")
                       : LevelStyle::text(r.level);
        case SourceColumn: {
            const QString registry = QStringLiteral("registry");
            if (r.developmentSource.isEmpty() || r.referenceSource.isEmpty() ||
                r.developmentSource == r.referenceSource) {
                const QString only = r.developmentSource.isEmpty() ? r.referenceSource : r.developmentSource;
                return only == registry ? QString() : only;
            }
            return QStringLiteral("%1 → %2").arg(
                r.developmentSource.isEmpty() ? QStringLiteral("—") : r.developmentSource,
                r.referenceSource.isEmpty() ? QStringLiteral("—") : r.referenceSource);
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return LevelStyle::icon(r.level, m_palette);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && r.changed())
            return LevelStyle::color(
                r.level == environment::Level::None ? environment::Level::Major : r.level, m_palette);
        if (!r.changed() && index.column() != ItemColumn)
            return m_palette.color(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (marker != m_markers.constEnd() && index.column() == ItemColumn) {
            QFont f;
            f.setBold(true);
            f.setUnderline(marker->blocker);
            return f;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList tip{r.key};
        if (!r.developmentUrl.isEmpty())
            tip.append(QStringLiteral("%1: %2").arg(m_comparison.development, r.developmentUrl));
        if (!r.referenceUrl.isEmpty())
            tip.append(QStringLiteral("%1: %2").arg(m_comparison.reference, r.referenceUrl));
        if (r.textCompared)
            tip.append(QCoreApplication::translate("mr::EnvironmentPane",
                                                   "Not a PEP 440 version: compared as text."));
        if (r.calver)
            tip.append(QCoreApplication::translate("mr::EnvironmentPane",
                                                   "CalVer: classified by position (year, month, ...)."));
        if (marker != m_markers.constEnd())
            tip.append(QCoreApplication::translate("mr::EnvironmentPane", "%1 comment(s)%2")
                           .arg(marker->count)
                           .arg(marker->blocker
                                    ? QCoreApplication::translate("mr::EnvironmentPane", ", blocker")
                                    : QString()));
        return tip.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (index.column() == LevelColumn)
            return QCoreApplication::translate("mr::EnvironmentPane", "level %1")
                .arg(LevelStyle::text(r.level));
        break;
    }
    return {};
}

QVariant EnvironmentComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Item");
    case DevelopmentColumn:
        return m_comparison.development.isEmpty() ? tr("Development") : m_comparison.development;
    case ReferenceColumn: return m_comparison.reference.isEmpty() ? tr("Reference") : m_comparison.reference;
    case ChangeColumn: return tr("Change");
    case LevelColumn: return tr("Level");
    case SourceColumn: return tr("Source");
    }
    return {};
}

EnvironmentFilterModel::EnvironmentFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EnvironmentRoles::Sort);
    setDynamicSortFilter(true);
}

void EnvironmentFilterModel::setChangedOnly(bool on)
{
    m_changedOnly = on;
    invalidateFilter();
}

void EnvironmentFilterModel::setLevel(int level)
{
    m_level = level;
    invalidateFilter();
}

void EnvironmentFilterModel::setChange(int change)
{
    m_change = change;
    invalidateFilter();
}

void EnvironmentFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool EnvironmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_changedOnly && !first.data(EnvironmentRoles::Differs).toBool())
        return false;
    if (m_level >= 0 && first.data(EnvironmentRoles::Level).toInt() != m_level)
        return false;
    if (m_change >= 0 && first.data(EnvironmentRoles::Change).toInt() != m_change)
        return false;
    if (m_text.isEmpty())
        return true;
    if (first.data(EnvironmentRoles::Key).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

void EnvironmentMatrixModel::setMatrix(const environment::Matrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

int EnvironmentMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.keys.size());
}

int EnvironmentMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.environments.size()) + 1;
}

QVariant EnvironmentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row(), col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (col == 0)
            return m_matrix.labels.at(row);
        return m_matrix.values.at(row).at(col - 1).isEmpty() ? QStringLiteral("—")
                                                             : m_matrix.values.at(row).at(col - 1);
    case EnvironmentRoles::Key: return m_matrix.keys.at(row);
    case EnvironmentRoles::Differs: return m_matrix.differs(row);
    case EnvironmentRoles::Sort:
        return col == 0
                   ? QString(QLatin1Char(m_matrix.keys.at(row).startsWith(QLatin1String("platform:")) ? '0'
                                                                                                      : '1') +
                             m_matrix.labels.at(row).toLower())
                   : m_matrix.values.at(row).at(col - 1).toLower();
    case Qt::FontRole:
        if (col > 0 && m_matrix.differs(row)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole: return m_matrix.keys.at(row);
    }
    return {};
}

QVariant EnvironmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Item") : m_matrix.environments.value(section - 1);
}

} // namespace mr
