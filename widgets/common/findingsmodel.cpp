// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/findingsmodel.h"

#include <QApplication>
#include <QFont>
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
        case SeverityColumn: {
            const QString severity = f.severity == Finding::Severity::Error     ? tr("Error")
                                     : f.severity == Finding::Severity::Warning ? tr("Warning")
                                                                                : tr("Info");
            return f.accepted   ? tr("%1 (accepted)").arg(severity)
                   : f.reopened ? tr("%1 (reopened)").arg(severity)
                                : severity;
        }
        case PaneColumn: return f.pane;
        case RuleColumn: return f.ruleId;
        case MessageColumn:
            if (f.accepted)
                return tr("%1 — accepted by %2: %3").arg(f.message, f.acceptedBy, f.acceptedReason);
            if (f.reopened)
                return tr("%1 — its items changed since %2 accepted it (%3)")
                    .arg(f.message, f.acceptedBy, f.acceptedReason);
            return f.message;
        }
        break;
    case Qt::FontRole:
        if (f.accepted) {
            QFont font;
            font.setItalic(true);
            return font;
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
    case Qt::ToolTipRole: {
        QString tip = f.message;
        if (f.accepted || f.reopened)
            tip += QLatin1Char('\n') + (f.accepted ? tr("Accepted") : tr("Reopened; was accepted")) +
                   tr(" by %1 on %2: %3").arg(f.acceptedBy, f.acceptedAt, f.acceptedReason);
        return tip;
    }
    case AnchorRole: return QVariant::fromValue(f.item);
    case SeverityRole: return int(f.severity);
    case AcceptedRole: return f.accepted;
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
