// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/findingsmodel.h"

#include <QApplication>
#include <QStyle>

namespace mr {

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    sortFindings(m_findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}
int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return f.severity == Finding::Severity::Error     ? tr("Error")
                   : f.severity == Finding::Severity::Warning ? tr("Warning")
                                                              : tr("Info");
        case PaneColumn: return f.pane;
        case RuleColumn: return f.ruleId;
        case MessageColumn: return f.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            const QStyle::StandardPixmap icon =
                f.severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
                : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        break;
    case Qt::ToolTipRole: return f.message;
    case AnchorRole: return QVariant::fromValue(f.item);
    case SeverityRole: return int(f.severity);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case PaneColumn: return tr("Pane");
    case RuleColumn: return tr("Rule");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace mr
