// SPDX-License-Identifier: Apache-2.0
#include "models/results/comparison.h"

#include "models/core/settings.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace mr::results {

namespace {
struct StatusInfo
{
    Status status;
    const char *name;
    const char *label;
};
constexpr StatusInfo kStatuses[] = {
    {Status::WithinTolerance, "within_tolerance", QT_TRANSLATE_NOOP("mr::Labels", "Within tolerance")},
    {Status::BetterThanClaimed, "better_than_claimed",
     QT_TRANSLATE_NOOP("mr::Labels", "Better than claimed")},
    {Status::WorseThanClaimed, "worse_than_claimed", QT_TRANSLATE_NOOP("mr::Labels", "Worse than claimed")},
    {Status::Differs, "differs", QT_TRANSLATE_NOOP("mr::Labels", "Differs")},
    {Status::MissingInRerun, "missing_in_rerun", QT_TRANSLATE_NOOP("mr::Labels", "Missing in rerun")},
    {Status::MissingInClaim, "missing_in_claim", QT_TRANSLATE_NOOP("mr::Labels", "Missing in claim")},
};
} // namespace

QString statusName(Status s)
{
    for (const auto &i : kStatuses)
        if (i.status == s)
            return QString::fromLatin1(i.name);
    return {};
}

QString statusPhrase(Status s)
{
    switch (s) {
    case Status::WithinTolerance: return QCoreApplication::translate("mr::Labels", "within tolerance");
    case Status::BetterThanClaimed: return QCoreApplication::translate("mr::Labels", "better than claimed");
    case Status::WorseThanClaimed: return QCoreApplication::translate("mr::Labels", "worse than claimed");
    case Status::Differs: return QCoreApplication::translate("mr::Labels", "differs");
    case Status::MissingInRerun: return QCoreApplication::translate("mr::Labels", "missing in rerun");
    case Status::MissingInClaim: return QCoreApplication::translate("mr::Labels", "missing in claim");
    }
    return {};
}

QString statusLabel(Status s)
{
    for (const auto &i : kStatuses)
        if (i.status == s)
            return QCoreApplication::translate("mr::Labels", i.label);
    return {};
}

bool statusFromName(const QString &name, Status *out)
{
    for (const auto &i : kStatuses) {
        if (name == QLatin1String(i.name)) {
            *out = i.status;
            return true;
        }
    }
    return false;
}

QString betterName(MetricSpec::Better b)
{
    switch (b) {
    case MetricSpec::Better::Higher: return QStringLiteral("higher");
    case MetricSpec::Better::Lower: return QStringLiteral("lower");
    case MetricSpec::Better::Unknown: break;
    }
    return QStringLiteral("unknown");
}

DefaultTolerance loadDefaultTolerance()
{
    DefaultTolerance d;
    const auto settings = openSettings();
    bool okAbs = false, okRel = false;
    const double abs = settings->value(QStringLiteral("results/defaultAbsTolerance")).toDouble(&okAbs);
    const double rel = settings->value(QStringLiteral("results/defaultRelTolerance")).toDouble(&okRel);
    if (okAbs && abs >= 0 && std::isfinite(abs))
        d.abs = abs;
    if (okRel && rel >= 0 && std::isfinite(rel))
        d.rel = rel;
    return d;
}

void saveDefaultTolerance(const DefaultTolerance &defaults)
{
    const auto settings = openSettings();
    settings->setValue(QStringLiteral("results/defaultAbsTolerance"), defaults.abs);
    settings->setValue(QStringLiteral("results/defaultRelTolerance"), defaults.rel);
}

QString toleranceSourceName(ToleranceSource s)
{
    switch (s) {
    case ToleranceSource::Package: return QStringLiteral("package");
    case ToleranceSource::ResultsFile: return QStringLiteral("results_file");
    case ToleranceSource::Default: break;
    }
    return QStringLiteral("default");
}

QString EffectiveTolerance::display() const
{
    return display(QLocale::c());
}

QString EffectiveTolerance::display(const QLocale &locale) const
{
    QStringList parts;
    if (abs >= 0)
        parts.append(
            QCoreApplication::translate("mr::Results", "abs %1%2")
                .arg(formatNumber(abs, locale),
                     absFromDefault ? QCoreApplication::translate("mr::Results", " default") : QString()));
    if (rel >= 0)
        parts.append(
            QCoreApplication::translate("mr::Results", "rel %1%").arg(formatNumber(rel * 100, locale)));
    QString sourceText;
    switch (source) {
    case ToleranceSource::Package: sourceText = QCoreApplication::translate("mr::Results", "declared"); break;
    case ToleranceSource::ResultsFile:
        sourceText = QCoreApplication::translate("mr::Results", "from results file");
        break;
    case ToleranceSource::Default: sourceText = QCoreApplication::translate("mr::Results", "default"); break;
    }
    const QString b = std::isnan(bound) ? QCoreApplication::translate("mr::Results", "n/a")
                                        : QStringLiteral("±") + locale.toString(bound, 'g', 4);
    return QStringLiteral("%1 (%2, %3)").arg(b, parts.join(QStringLiteral(" | ")), sourceText);
}

EffectiveTolerance effectiveTolerance(const MetricSpec &declared, ToleranceSource declaredSource,
                                      const MetricValue &claimed, const DefaultTolerance &defaults)
{
    EffectiveTolerance t;
    if (declared.absTolerance >= 0 || declared.relTolerance >= 0) {
        t.abs = declared.absTolerance;
        t.rel = declared.relTolerance;
        t.source = declaredSource;
    } else {
        t.abs = defaults.abs;
        t.rel = defaults.rel;
        t.source = ToleranceSource::Default;
    }
    const bool claimedFinite = claimed.isFiniteNumber();
    if (t.abs < 0 && (!claimedFinite || claimed.number == 0)) {
        // A relative tolerance of zero is exact: never silently exact, so the default absolute
        // tolerance stands in (shown as such).
        t.abs = defaults.abs;
        t.absFromDefault = true;
    }
    double bound = -1;
    if (t.abs >= 0)
        bound = t.abs;
    if (t.rel >= 0 && claimedFinite)
        bound = std::max(bound, t.rel * std::fabs(claimed.number));
    t.bound = bound >= 0 ? bound : std::numeric_limits<double>::quiet_NaN();
    return t;
}

Comparison compareValues(const MetricValue &claimed, const MetricValue &rerun, MetricSpec::Better better,
                         const EffectiveTolerance &tolerance)
{
    Comparison c;
    if (!claimed.present()) {
        c.status = rerun.present() ? Status::MissingInClaim : Status::MissingInRerun;
        return c;
    }
    if (!rerun.present()) {
        c.status = Status::MissingInRerun;
        return c;
    }
    if (!claimed.isNumber() || !rerun.isNumber()) {
        const bool same = claimed.kind == rerun.kind && claimed.text == rerun.text;
        c.status = same ? Status::WithinTolerance : Status::Differs;
        return c;
    }
    const double a = claimed.number;
    const double b = rerun.number;
    if (std::isnan(a) || std::isnan(b)) {
        c.status = Status::Differs;
        return c;
    }
    if (a == b) { // also equal infinities
        c.absDiff = 0;
        c.relDiff = a != 0 && std::isfinite(a) ? 0 : std::numeric_limits<double>::quiet_NaN();
        c.status = Status::WithinTolerance;
        return c;
    }
    c.absDiff = b - a;
    if (a != 0 && std::isfinite(a))
        c.relDiff = c.absDiff / std::fabs(a);
    const double d = std::fabs(c.absDiff);
    // Inclusive at the bound; the slack absorbs the rounding of decimal inputs (0.91 - 0.90 is
    // 0.010000000000000009 in binary) without widening any real tolerance.
    const double slack =
        8 * std::numeric_limits<double>::epsilon() * std::max({std::fabs(a), std::fabs(b), 1e-300});
    if (std::isfinite(d) && !std::isnan(tolerance.bound) && d <= tolerance.bound + slack) {
        c.status = Status::WithinTolerance;
        return c;
    }
    switch (better) {
    case MetricSpec::Better::Higher:
        c.status = b > a ? Status::BetterThanClaimed : Status::WorseThanClaimed;
        break;
    case MetricSpec::Better::Lower:
        c.status = b < a ? Status::BetterThanClaimed : Status::WorseThanClaimed;
        break;
    case MetricSpec::Better::Unknown: c.status = Status::Differs; break;
    }
    return c;
}

} // namespace mr::results
