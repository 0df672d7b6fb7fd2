// SPDX-License-Identifier: Apache-2.0
#include "widgets/results/resultsmodel.h"

#include <QLocale>

#include <QApplication>
#include <QStyle>

#include <cmath>

namespace mr {

using results::MetricRow;
using results::Status;

namespace {

// The Better column in the reviewer's language; betterName() stays the token JSON uses.
QString betterText(MetricSpec::Better b)
{
    switch (b) {
    case MetricSpec::Better::Higher: return ResultsTreeModel::tr("higher");
    case MetricSpec::Better::Lower: return ResultsTreeModel::tr("lower");
    case MetricSpec::Better::Unknown: break;
    }
    return ResultsTreeModel::tr("unknown");
}

QString signedNumber(double v, bool percent)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞");
    // In the reviewer's locale, like every number the panes show (the spin boxes' too).
    const QLocale locale;
    const QString s =
        percent ? locale.toString(v * 100, 'g', 4) + locale.percent() : locale.toString(v, 'g', 6);
    return v > 0 ? QLatin1Char('+') + s : s;
}

QString localeDisplay(const results::MetricValue &v)
{
    return v.isNumber() && std::isfinite(v.number)
               ? QLocale().toString(v.number, 'g', QLocale::FloatingPointShortest)
               : v.display();
}

// Worst first: the order a group uses to pick the status it shows.
int severityRank(Status s)
{
    switch (s) {
    case Status::WorseThanClaimed: return 5;
    case Status::Differs: return 4;
    case Status::MissingInRerun: return 3;
    case Status::MissingInClaim: return 2;
    case Status::BetterThanClaimed: return 1;
    case Status::WithinTolerance: return 0;
    }
    return 0;
}

constexpr Status kStatuses[] = {Status::WorseThanClaimed, Status::Differs,           Status::MissingInRerun,
                                Status::MissingInClaim,   Status::BetterThanClaimed, Status::WithinTolerance};

} // namespace

ResultsTreeModel::ResultsTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

ResultsTreeModel::~ResultsTreeModel() = default;

QIcon ResultsTreeModel::statusIcon(Status status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case Status::WithinTolerance: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Status::BetterThanClaimed: return style->standardIcon(QStyle::SP_ArrowUp);
    case Status::WorseThanClaimed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Status::Differs: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Status::MissingInRerun: return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case Status::MissingInClaim: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

void ResultsTreeModel::setAnalysis(const results::ResultsAnalysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_root = std::make_unique<Node>();
    m_byName.clear();
    QHash<QString, Node *> groups;
    groups.insert(QString(), m_root.get());
    for (int i = 0; i < int(m_analysis.rows.size()); ++i) {
        const MetricRow &r = m_analysis.rows.at(i);
        Node *parent = m_root.get();
        // Groups by every prefix that ends before a '.' or a '/' ("eval/" and "train/" as
        // TensorBoard and the Trainer name them, "test.by_region." as DVC nests them).
        qsizetype start = 0;
        for (qsizetype at = 0; at < r.name.size(); ++at) {
            if (r.name.at(at) != QLatin1Char('.') && r.name.at(at) != QLatin1Char('/'))
                continue;
            const QString prefix = r.name.left(at);
            const qsizetype segmentStart = start;
            start = at + 1;
            {
                Node *g = groups.value(prefix);
                if (!g) {
                    auto node = std::make_unique<Node>();
                    node->label = prefix.mid(segmentStart);
                    node->prefix = prefix;
                    node->parent = parent;
                    node->row = int(parent->children.size());
                    g = node.get();
                    parent->children.push_back(std::move(node));
                    groups.insert(prefix, g);
                }
                parent = g;
            }
        }
        auto leaf = std::make_unique<Node>();
        leaf->label = r.name.mid(start);
        leaf->metric = i;
        leaf->parent = parent;
        leaf->row = int(parent->children.size());
        m_byName.insert(r.name, leaf.get());
        parent->children.push_back(std::move(leaf));
        for (Node *g = parent; g && g != m_root.get(); g = g->parent)
            g->counts[int(r.status())] += 1;
    }
    endResetModel();
}

void ResultsTreeModel::setCommentMarkers(const QList<CommentMarker> &markers)
{
    m_markers.clear();
    for (const CommentMarker &m : markers)
        if (m.anchor.kind == Anchor::Kind::Metric)
            m_markers.insert(m.anchor.path, m);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // Nested rows: announce per metric (cheap: metrics are few).
    for (auto it = m_byName.constBegin(); it != m_byName.constEnd(); ++it) {
        const QModelIndex first = indexOfMetric(it.key(), NameColumn);
        Q_EMIT dataChanged(first, first.siblingAtColumn(CommentsColumn));
    }
}

QModelIndex ResultsTreeModel::indexOfMetric(const QString &name, int column) const
{
    Node *n = m_byName.value(name);
    return n ? createIndex(n->row, column, n) : QModelIndex();
}

ResultsTreeModel::Node *ResultsTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ResultsTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ResultsTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int ResultsTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ResultsTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ResultsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const titles[] = {
        QT_TR_NOOP("Metric"),    QT_TR_NOOP("Claimed"),  QT_TR_NOOP("Rerun"),
        QT_TR_NOOP("Abs diff"),  QT_TR_NOOP("Rel diff"), QT_TR_NOOP("Better"),
        QT_TR_NOOP("Tolerance"), QT_TR_NOOP("Status"),   QT_TR_NOOP("Comments")};
    if (role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AbsDiffColumn: return tr("Rerun minus claimed");
        case RelDiffColumn: return tr("(Rerun minus claimed) / |claimed|");
        case ToleranceColumn: return tr("Bound on |rerun - claimed|: max(abs, rel × |claimed|)");
        default: break;
        }
    }
    return {};
}

QVariant ResultsTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    if (role == IsGroupRole)
        return n->metric < 0;
    if (n->metric < 0)
        return groupData(n, index.column(), role);
    // The leaf's label is the part after the last '.' or '/' (the tree groups on both).
    if (index.column() == NameColumn && (role == Qt::DisplayRole || role == SortRole))
        return n->label;
    return metricData(m_analysis.rows.at(n->metric), index.column(), role);
}

QVariant ResultsTreeModel::groupData(const Node *n, int column, int role) const
{
    Status worst = Status::WithinTolerance;
    for (auto it = n->counts.constBegin(); it != n->counts.constEnd(); ++it)
        if (severityRank(Status(it.key())) > severityRank(worst))
            worst = Status(it.key());
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return n->label;
        if (column == StatusColumn) {
            QStringList parts;
            for (Status s : kStatuses)
                if (const int c = n->counts.value(int(s)))
                    parts.append(QStringLiteral("%1 %2").arg(c).arg(results::statusPhrase(s)));
            return parts.join(QStringLiteral(", "));
        }
        return {};
    case Qt::DecorationRole: return column == StatusColumn ? QVariant(statusIcon(worst)) : QVariant();
    case Qt::ToolTipRole: return column == NameColumn ? QVariant(n->prefix) : QVariant();
    case StatusRole: return int(worst);
    case SortRole: return column == NameColumn ? QVariant(n->label) : QVariant(severityRank(worst));
    case MetricNameRole: return QString();
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return column == NameColumn ? QVariant(f) : QVariant();
    }
    default: return {};
    }
}

QVariant ResultsTreeModel::metricData(const MetricRow &r, int column, int role) const
{
    const CommentMarker marker = m_markers.value(r.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return r.leaf();
        case ClaimedColumn: return r.claimed.present() ? localeDisplay(r.claimed) : tr("(missing)");
        case RerunColumn: return r.rerun.present() ? localeDisplay(r.rerun) : tr("(missing)");
        case AbsDiffColumn: return signedNumber(r.comparison.absDiff, false);
        case RelDiffColumn: return signedNumber(r.comparison.relDiff, true);
        case BetterColumn: return betterText(r.better);
        case ToleranceColumn: // only where a tolerance took part in the comparison
            return r.claimed.isNumber() && r.rerun.isNumber() ? r.tolerance.display(QLocale())
                                                              : QStringLiteral("–");
        case StatusColumn: return results::statusLabel(r.status());
        case CommentsColumn:
            if (marker.count == 0)
                return {};
            return (marker.count == 1 ? tr("1 comment") : tr("%L1 comments").arg(marker.count)) +
                   (marker.blocker ? tr(", blocker") : QString());
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusIcon(r.status());
        if (column == CommentsColumn && marker.count > 0)
            return QApplication::style()->standardIcon(marker.blocker ? QStyle::SP_MessageBoxCritical
                                                                      : QStyle::SP_FileDialogDetailedView);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: return r.name;
        case ClaimedColumn: return r.claimed.present() ? r.claimed.file : QVariant();
        case RerunColumn: return r.rerun.present() ? r.rerun.file : QVariant();
        case StatusColumn: return results::statusName(r.status());
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (column >= ClaimedColumn && column <= RelDiffColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MetricNameRole: return r.name;
    case StatusRole: return int(r.status());
    case SortRole:
        switch (column) {
        case ClaimedColumn:
            return r.claimed.isNumber() ? QVariant(r.claimed.number) : QVariant(r.claimed.display());
        case RerunColumn: return r.rerun.isNumber() ? QVariant(r.rerun.number) : QVariant(r.rerun.display());
        case AbsDiffColumn:
            return std::isnan(r.comparison.absDiff) ? QVariant() : QVariant(r.comparison.absDiff);
        case RelDiffColumn:
            return std::isnan(r.comparison.relDiff) ? QVariant() : QVariant(r.comparison.relDiff);
        case ToleranceColumn: return std::isnan(r.tolerance.bound) ? QVariant() : QVariant(r.tolerance.bound);
        case StatusColumn: return severityRank(r.status());
        case CommentsColumn: return marker.count;
        default: return r.leaf();
        }
    default: return {};
    }
}

ResultsFilterModel::ResultsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ResultsTreeModel::SortRole);
}

void ResultsFilterModel::setStatusFilter(const QSet<Status> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void ResultsFilterModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(ResultsTreeModel::IsGroupRole).toBool())
        return m_statuses.isEmpty() && m_text.isEmpty(); // otherwise shown through its metrics
    if (!m_statuses.isEmpty() && !m_statuses.contains(Status(idx.data(ResultsTreeModel::StatusRole).toInt())))
        return false;
    return m_text.isEmpty() ||
           idx.data(ResultsTreeModel::MetricNameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool ResultsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ResultsTreeModel::SortRole);
    const QVariant r = right.data(ResultsTreeModel::SortRole);
    // Values without a number (NaN, missing) sort after every number.
    if (!l.isValid() || !r.isValid())
        return l.isValid() && !r.isValid();
    if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double)
        return l.toDouble() < r.toDouble();
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    if (l.typeId() == QMetaType::Double)
        return true; // numbers before text
    if (r.typeId() == QMetaType::Double)
        return false;
    return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace mr
