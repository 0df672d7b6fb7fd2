// SPDX-License-Identifier: Apache-2.0
#include "models/report/report_p.h"
#include <QCoreApplication>

namespace mr::report::detail {

QStringList findingItemLabels(const Finding &finding)
{
    QStringList out;
    if (finding.items.isEmpty())
        return {finding.item.label()};
    for (const FindingItem &i : finding.items)
        out << (i.label.isEmpty() ? i.anchor.label() : i.label);
    if (finding.omittedItems > 0)
        out << QCoreApplication::translate("mr::Report", "and %1 more").arg(finding.omittedItems);
    return out;
}

QString findingItemsHtml(const Finding &finding)
{
    QStringList escaped;
    for (const QString &label : findingItemLabels(finding))
        escaped << label.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

QString findingStateLabel(const Finding &finding)
{
    return finding.accepted   ? QStringLiteral(" (accepted)")
           : finding.reopened ? QStringLiteral(" (reopened)")
                              : QString();
}

QString findingStateText(const Finding &finding)
{
    if (finding.accepted)
        return QCoreApplication::translate("mr::Report", "Accepted by %1: %2")
            .arg(finding.acceptedBy, finding.acceptedReason);
    if (finding.reopened)
        return QCoreApplication::translate("mr::Report",
                                           "Reopened: its items changed since %1 accepted it (%2)")
            .arg(finding.acceptedBy, finding.acceptedReason);
    return {};
}

} // namespace mr::report::detail
