// SPDX-License-Identifier: Apache-2.0
#include "models/findings/applypolicy.h"
#include "models/findings/rules.h"

#include <QCoreApplication>
#include <QSet>

namespace mr::findings {

namespace {
const QString kDrift = QStringLiteral("environment.major-drift");
const QString kDriftCritical = QStringLiteral("environment.major-drift-critical");

QString pairOf(const Finding &f)
{
    for (const FindingItem &i : f.allItems())
        if (i.anchor.kind == Anchor::Kind::EnvironmentPackage)
            return i.anchor.environmentPair;
    return {};
}

void promoteCritical(Findings &findings, const QStringList &critical)
{
    if (critical.isEmpty())
        return;
    const QSet<QString> names(critical.cbegin(), critical.cend());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (findings.at(i).ruleId != kDrift)
            continue;
        const QString pair = pairOf(findings.at(i));
        QList<FindingItem> keep, move;
        for (const FindingItem &item : findings.at(i).items)
            (item.anchor.kind == Anchor::Kind::EnvironmentPackage &&
                     names.contains(normalizePackageName(item.anchor.path))
                 ? move
                 : keep)
                .append(item);
        if (move.isEmpty())
            continue;
        qsizetype target = -1;
        for (qsizetype j = 0; j < findings.size() && target < 0; ++j)
            if (findings.at(j).ruleId == kDriftCritical && pairOf(findings.at(j)) == pair)
                target = j;
        if (target >= 0)
            findings[target] = majorDriftFinding(pair, findings.at(target).items + move, true);
        else
            findings.append(majorDriftFinding(pair, move, true));
        if (keep.isEmpty()) {
            findings.removeAt(i);
            --i;
        } else {
            findings[i] = majorDriftFinding(pair, keep, false);
        }
    }
}

QSet<QString> keysOf(const Finding &f)
{
    QSet<QString> keys;
    for (const FindingItem &i : f.allItems())
        keys.insert(i.anchor.key());
    return keys;
}
} // namespace

Finding majorDriftFinding(const QString &pair, const QList<FindingItem> &items, bool critical)
{
    const qsizetype dots = pair.indexOf(QLatin1String(".."));
    const QString dev = dots < 0 ? pair : pair.left(dots);
    const QString ref = dots < 0 ? QString() : pair.mid(dots + 2);
    const QString summary =
        (critical ? QCoreApplication::translate(
                        "mr::Findings", "%n critical package(s) differ by a major version between %1 and %2",
                        nullptr, int(items.size()))
                  : QCoreApplication::translate("mr::Findings",
                                                "%n package(s) differ by a major version between %1 and %2",
                                                nullptr, int(items.size())))
            .arg(dev, ref);
    return itemsFinding(critical ? kDriftCritical : kDrift,
                        critical ? Finding::Severity::Error : Finding::Severity::Warning,
                        QStringLiteral("environment"), summary, items);
}

Findings applyPolicy(Findings findings, const Policy &policy, const Suppressions &suppressions)
{
    promoteCritical(findings, policy.criticalPackages);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const auto it = policy.rules.constFind(findings.at(i).ruleId);
        if (it == policy.rules.cend())
            continue;
        if (it->off) {
            findings.removeAt(i--);
            continue;
        }
        findings[i].severity = it->severity;
    }
    for (Finding &f : findings) {
        f.accepted = f.reopened = false;
        f.acceptedReason.clear();
        f.acceptedBy.clear();
        f.acceptedAt.clear();
        const QString fingerprint = f.fingerprint();
        const Suppression *match = nullptr, *earlier = nullptr;
        for (const Suppression &s : suppressions) {
            if (s.ruleId != f.ruleId)
                continue;
            if (s.fingerprint == fingerprint) {
                match = &s;
                break;
            }
            if (!earlier && keysOf(f).intersects(QSet<QString>(s.itemKeys.cbegin(), s.itemKeys.cend())))
                earlier = &s;
        }
        if (const Suppression *s = match ? match : earlier) {
            f.accepted = match != nullptr;
            f.reopened = match == nullptr;
            f.acceptedReason = s->reason;
            f.acceptedBy = s->by;
            f.acceptedAt = s->at;
        }
    }
    sortFindings(findings);
    return findings;
}

} // namespace mr::findings
