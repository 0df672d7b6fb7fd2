// SPDX-License-Identifier: Apache-2.0
#include "widgets/interdiff/interdiffmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace mr {

using namespace mr::interdiff;

namespace {
QString arrow(const QString &before, const QString &now)
{
    if (before == now)
        return before;
    return QStringLiteral("%1 → %2").arg(before.isEmpty() ? QStringLiteral("—") : before,
                                         now.isEmpty() ? QStringLiteral("—") : now);
}

QString notCompared(bool before, bool now, const QString &error)
{
    if (!error.isEmpty())
        return InterdiffModel::tr("Failed: %1").arg(error);
    if (!before && !now)
        return InterdiffModel::tr("Neither version provides this section.");
    return now ? InterdiffModel::tr("The previous version did not provide this section.")
               : InterdiffModel::tr("This version no longer provides this section.");
}
} // namespace

InterdiffModel::InterdiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void InterdiffModel::setInterdiff(const Interdiff &x, const QString &pane)
{
    beginResetModel();
    m_pane = pane;
    m_rows.clear();
    m_files.clear();
    m_summary.clear();
    if (pane == QLatin1String("code")) {
        m_header = {tr("File"), tr("Change"), tr("+"), tr("−")};
        if (!x.code.compared) {
            m_summary = notCompared(x.code.presentBefore, x.code.presentNow, x.code.error);
        } else {
            m_files = x.code.files;
            for (const CodeFileChange &f : std::as_const(m_files))
                m_rows << Row{{f.state == ItemState::Renamed ? tr("%1 → %2").arg(f.oldPath, f.path) : f.path,
                               itemStateName(f.state),
                               f.binary ? tr("binary") : QLocale().toString(f.additions),
                               f.binary ? QString() : QLocale().toString(f.deletions)},
                              itemStateName(f.state),
                              f.path};
            m_summary = tr("%L1 file(s) changed since %2, +%L3 −%L4; %5")
                            .arg(m_files.size())
                            .arg(x.previousVersion)
                            .arg(x.code.additions())
                            .arg(x.code.deletions())
                            .arg(x.code.baseChanged ? tr("the base changed.") : tr("the base is unchanged."));
        }
    } else if (pane == QLatin1String("dataset")) {
        m_header = {tr("Entry"), tr("Change"), tr("Previous path")};
        if (!x.dataset.compared) {
            m_summary = notCompared(x.dataset.presentBefore, x.dataset.presentNow, x.dataset.error);
        } else {
            for (const DatasetChange &c : x.dataset.changes)
                m_rows << Row{
                    {c.path, itemStateName(c.state), c.state == ItemState::Renamed ? c.oldPath : QString()},
                    itemStateName(c.state),
                    c.path};
            m_summary = tr("%1 added, %2 removed, %3 modified, %4 renamed since %5.")
                            .arg(x.dataset.added)
                            .arg(x.dataset.removed)
                            .arg(x.dataset.modified)
                            .arg(x.dataset.renamed)
                            .arg(x.previousVersion);
        }
    } else if (pane == QLatin1String("environment")) {
        m_header = {tr("Environment"), tr("Row"), tr("Before"), tr("Now")};
        if (!x.environments.compared) {
            m_summary = notCompared(x.environments.presentBefore, x.environments.presentNow, {});
        } else {
            for (const EnvironmentChange &e : x.environments.environments) {
                if (e.state != ItemState::Modified)
                    m_rows << Row{
                        {e.name, tr("(whole environment)"), {}, {}}, itemStateName(e.state), e.name};
                for (const EnvironmentRowChange &r : e.rows)
                    m_rows << Row{{e.name, r.label, r.before, r.now}, itemStateName(r.state), r.key};
            }
            m_summary = tr("%L1 environment change(s) since %2.").arg(m_rows.size()).arg(x.previousVersion);
        }
    } else if (pane == QLatin1String("results")) {
        m_header = {tr("Metric"), tr("Claimed"), tr("Rerun"), tr("Status")};
        if (!x.results.compared) {
            m_summary = notCompared(x.results.presentBefore, x.results.presentNow, {});
        } else {
            for (const MetricChange &m : x.results.metrics)
                m_rows << Row{{m.name, arrow(m.claimedBefore, m.claimedNow), arrow(m.rerunBefore, m.rerunNow),
                               arrow(m.statusBefore, m.statusNow)},
                              itemStateName(m.state),
                              m.name};
            m_summary = tr("%L1 metric(s) changed since %2.").arg(m_rows.size()).arg(x.previousVersion);
        }
    } else {
        m_header = {tr("Field"), tr("Before"), tr("Now")};
        for (const FieldChange &f : x.package)
            m_rows << Row{{f.field, f.before, f.now}, itemStateName(ItemState::Modified), f.field};
        m_summary = tr("%1 field(s) of model-package.json changed since %2.")
                        .arg(m_rows.size())
                        .arg(x.previousVersion);
    }
    if (m_rows.isEmpty() && m_summary.isEmpty())
        m_summary = tr("No difference.");
    endResetModel();
}

const CodeFileChange *InterdiffModel::codeFile(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

int InterdiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterdiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant InterdiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return r.cells.value(index.column());
    case Qt::ForegroundRole:
        if (m_header.value(index.column()) == tr("Change")) {
            if (r.state == QLatin1String("added"))
                return QBrush(QColor(0x1a, 0x7f, 0x37));
            if (r.state == QLatin1String("removed"))
                return QBrush(QColor(0xc0, 0x1c, 0x28));
        }
        return {};
    case StateRole: return r.state;
    case PathRole: return r.path;
    }
    return {};
}

QVariant InterdiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_header.value(section);
}

} // namespace mr
