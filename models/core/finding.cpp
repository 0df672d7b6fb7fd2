// SPDX-License-Identifier: Apache-2.0
#include "models/core/finding.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <algorithm>

namespace mr {

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

bool Finding::severityFromName(const QString &name, Severity *out)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

QList<FindingItem> Finding::allItems() const
{
    if (!items.isEmpty())
        return items;
    return {FindingItem{item, message}};
}

QString Finding::fingerprint() const
{
    QStringList parts;
    for (const FindingItem &i : allItems())
        parts << i.anchor.key() + QLatin1Char('\x1f') + i.anchor.fingerprint + QLatin1Char('\x1f') + i.label;
    parts.sort(); // the order a rule lists its items in is not part of the identity
    parts.prepend(ruleId);
    // Tiny inputs: QCryptographicHash is fine here (not for data files).
    const QByteArray h =
        QCryptographicHash::hash(parts.join(QLatin1Char('\x1e')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(h.toHex().left(16));
}

QString itemsText(const QList<FindingItem> &items, int limit, qsizetype omitted)
{
    QStringList labels;
    for (qsizetype i = 0; i < items.size() && i < limit; ++i)
        labels << items.at(i).label;
    QString text = labels.join(QStringLiteral(", "));
    const qsizetype more = std::max<qsizetype>(0, items.size() - limit) + omitted;
    if (more > 0)
        text += QCoreApplication::translate("mr::Core", " and %1 more").arg(more);
    return text;
}

Finding itemsFinding(const QString &ruleId, Finding::Severity severity, const QString &pane,
                     const QString &summary, const QList<FindingItem> &items, qsizetype omitted)
{
    Finding f;
    f.ruleId = ruleId;
    f.severity = severity;
    f.pane = pane;
    f.item = items.isEmpty() ? Anchor::package() : items.first().anchor;
    f.items = items;
    f.omittedItems = omitted;
    f.message = items.isEmpty()
                    ? summary
                    : summary + QStringLiteral(": ") + itemsText(items, kMessageItemLimit, omitted);
    return f;
}

void sortFindings(Findings &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.pane != b.pane)
            return a.pane < b.pane;
        return a.ruleId < b.ruleId;
    });
}

int countFindings(const Findings &findings, Finding::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

int countOpenFindings(const Findings &findings, Finding::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity && !f.accepted; }));
}

void to_json(nlohmann::json &j, const FindingItem &i)
{
    j = i.anchor;
    j["label"] = i.label.toStdString();
}

void to_json(nlohmann::json &j, const Finding &f)
{
    j = nlohmann::json{{"rule", f.ruleId.toStdString()},
                       {"severity", Finding::severityName(f.severity).toStdString()},
                       {"pane", f.pane.toStdString()},
                       {"item", f.item},
                       {"items", f.allItems()},
                       {"fingerprint", f.fingerprint().toStdString()},
                       {"message", f.message.toStdString()}};
    if (f.omittedItems > 0)
        j["items_omitted"] = f.omittedItems;
    if (f.accepted)
        j["accepted"] = {{"reason", f.acceptedReason.toStdString()},
                         {"by", f.acceptedBy.toStdString()},
                         {"at", f.acceptedAt.toStdString()}};
    if (f.reopened)
        j["reopened"] = true;
}

} // namespace mr
