// SPDX-License-Identifier: Apache-2.0
#include "models/core/paneids.h"
#include "models/environment/environmentreport.h"
#include "models/findings/applypolicy.h"
#include "models/findings/rules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mr::environment {

namespace {

bool isLocalLocation(const PackageEntry &p)
{
    if (p.source == PackageEntry::Source::Editable)
        return false; // reported as editable
    if (p.source != PackageEntry::Source::File)
        return false;
    static const QRegularExpression remote(QStringLiteral("^(https?|ftp)://"),
                                           QRegularExpression::CaseInsensitiveOption);
    return !p.url.isEmpty() && !remote.match(p.url).hasMatch();
}

QString majorMinor(const QString &version)
{
    const Version v = Version::parse(version);
    if (!v.valid)
        return version;
    return QStringLiteral("%1.%2").arg(v.release.value(0)).arg(v.release.value(1));
}

// The accelerator build a version's local label names ("cu118", "cpu", "rocm6.1"); empty when
// none. Only the labels wheels are published with count: other local labels are not a build.
QString acceleratorOf(const QString &version)
{
    static const QRegularExpression build(QStringLiteral("^(cu\\d+|cpu|rocm[\\d.]*|xpu)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const Version v = Version::parse(version);
    for (const QString &l : v.local)
        if (build.match(l).hasMatch())
            return l.toLower();
    return {};
}

QString arrow(const ComparisonRow &r)
{
    return QStringLiteral("%1 %2 \u2192 %3")
        .arg(r.label, r.development.isEmpty() ? QStringLiteral("none") : r.development,
             r.reference.isEmpty() ? QStringLiteral("none") : r.reference);
}

} // namespace

Findings environmentFindings(const LoadedEnvironments &loaded, const Comparison &comparison)
{
    Findings out;
    const QString pair = comparison.pair();
    auto add = [&](const char *rule, Finding::Severity severity, const QString &key, const QString &message) {
        Finding f;
        f.ruleId = QLatin1String(rule);
        f.severity = severity;
        f.pane = paneKey(PaneId::Environment);
        f.item = key.isEmpty() ? Anchor::package() : Anchor::environmentPackage(pair, key);
        f.message = message;
        out.append(f);
    };
    const Environment *dev = loaded.find(comparison.development);
    const Environment *ref = loaded.find(comparison.reference);
    for (const auto &[name, env] :
         {std::pair{comparison.development, dev}, std::pair{comparison.reference, ref}}) {
        if (!env)
            add("environment.missing", Finding::Severity::Error, {},
                QCoreApplication::translate(
                    "mr::Environment",
                    "The package names no \"%1\" environment; development and reference cannot be compared.")
                    .arg(name));
    }
    for (const Environment &env : loaded.environments) {
        const bool inPair = env.name == comparison.development || env.name == comparison.reference;
        if (env.failed)
            add("environment.unreadable", inPair ? Finding::Severity::Error : Finding::Severity::Warning, {},
                QCoreApplication::translate("mr::Environment",
                                            "The %1 environment (%2) could not be read: %3")
                    .arg(env.name, env.file,
                         env.diagnostics.isEmpty() ? QString() : env.diagnostics.first().toString()));
        else if (!env.diagnostics.isEmpty()) {
            QList<FindingItem> lines;
            for (const Diagnostic &d : env.diagnostics)
                lines.append({Anchor::package(), d.toString()});
            out.append(itemsFinding(QStringLiteral("environment.read-problems"), Finding::Severity::Warning,
                                    QStringLiteral("environment"),
                                    QCoreApplication::translate("mr::Environment",
                                                                "%n problem(s) reading the %1 environment",
                                                                nullptr, int(env.diagnostics.size()))
                                        .arg(env.name),
                                    lines));
        }
    }
    if (!dev || !ref || dev->failed || ref->failed)
        return out;

    for (const Environment *env : {dev, ref}) {
        for (const PackageEntry &p : env->packages) {
            if (p.source == PackageEntry::Source::Editable)
                add("environment.editable", Finding::Severity::Warning, p.normalized,
                    QCoreApplication::translate(
                        "mr::Environment",
                        "%1 is an editable install in %2 (%3): its code is a local checkout, not a release.")
                        .arg(p.name, env->name, p.url.isEmpty() ? QStringLiteral("-e") : p.url));
            else if (isLocalLocation(p))
                add("environment.local-path", Finding::Severity::Warning, p.normalized,
                    QCoreApplication::translate(
                        "mr::Environment",
                        "%1 is installed from a local path in %2 (%3) that nobody else has.")
                        .arg(p.name, env->name, p.url));
            if (!p.specifier.isEmpty())
                add("environment.unpinned", Finding::Severity::Warning, p.normalized,
                    QCoreApplication::translate(
                        "mr::Environment",
                        "%1 is not pinned in %2 (%3): the installed version can change between installs.")
                        .arg(p.name, env->name, displayValue(p)));
        }
    }

    auto row = [&](const char *key) -> const ComparisonRow * {
        const int i = comparison.indexOf(QLatin1String(key));
        return i < 0 ? nullptr : &comparison.rows[i];
    };
    if (const auto *py = row("platform:python"); py && !py->development.isEmpty() &&
                                                 !py->reference.isEmpty() &&
                                                 majorMinor(py->development) != majorMinor(py->reference))
        add("environment.python-minor", Finding::Severity::Error, py->key,
            QCoreApplication::translate("mr::Environment", "Python differs: %1 in %2, %3 in %4.")
                .arg(py->development, dev->name, py->reference, ref->name));
    if (const auto *impl = row("platform:python-implementation");
        impl && impl->change == Change::Incomparable)
        add("environment.python-implementation", Finding::Severity::Warning, impl->key,
            QCoreApplication::translate("mr::Environment", "Python implementation differs: %1 against %2.")
                .arg(impl->development, impl->reference));
    if (dev->osName.compare(ref->osName, Qt::CaseInsensitive) != 0 && !dev->osName.isEmpty() &&
        !ref->osName.isEmpty())
        add("environment.os-different", Finding::Severity::Warning, QStringLiteral("platform:os"),
            QCoreApplication::translate("mr::Environment", "Operating systems differ: %1 in %2, %3 in %4.")
                .arg(dev->osName, dev->name, ref->osName, ref->name));
    if (const auto *arch = row("platform:architecture"); arch && arch->change == Change::Incomparable)
        add("environment.architecture-different", Finding::Severity::Error, arch->key,
            QCoreApplication::translate(
                "mr::Environment",
                "Architectures differ: %1 against %2; native wheels and numerics can differ.")
                .arg(arch->development, arch->reference));
    QList<FindingItem> gpu;
    for (const char *key : {"platform:cuda", "platform:cudnn", "platform:driver", "platform:gpus"})
        if (const auto *r = row(key); r && r->changed())
            gpu.append({Anchor::environmentPackage(pair, r->key), arrow(*r)});
    if (!gpu.isEmpty())
        out.append(itemsFinding(QStringLiteral("environment.gpu-stack"), Finding::Severity::Warning,
                                QStringLiteral("environment"),
                                QCoreApplication::translate("mr::Environment", "The GPU stack differs"),
                                gpu));

    for (const ComparisonRow &r : comparison.rows)
        if (r.kind == ComparisonRow::Kind::Package && r.textCompared)
            add("environment.version-unparseable", Finding::Severity::Info, r.key,
                QCoreApplication::translate(
                    "mr::Environment", "%1: \"%2\" or \"%3\" is not a PEP 440 version; compared as text.")
                    .arg(r.label, r.development, r.reference));
    // Version drift, one finding per rule naming every package. Critical: the built-in set and
    // whatever the head revision imports (the policy's own list is applied by applyPolicy()).
    QSet<QString> critical;
    for (const QString &name : findings::builtinCriticalPackages())
        critical.insert(name);
    if (loaded.imports.ok)
        for (const ImportUse &use : loaded.imports.imports)
            for (const QString &d : distributionsForImport(use.module))
                critical.insert(findings::normalizePackageName(d));
    QList<FindingItem> major, majorCritical, downgraded, accelerator;
    for (const ComparisonRow &r : comparison.rows) {
        if (r.kind != ComparisonRow::Kind::Package)
            continue;
        const FindingItem item{Anchor::environmentPackage(pair, r.key), arrow(r)};
        if (r.level == Level::Major)
            (critical.contains(findings::normalizePackageName(r.key)) ? majorCritical : major).append(item);
        else if (r.change == Change::Downgraded)
            downgraded.append(item); // a major step down is reported as major drift
        if (r.development.isEmpty() || r.reference.isEmpty())
            continue;
        const QString a = acceleratorOf(r.development), b = acceleratorOf(r.reference);
        if (a != b)
            accelerator.append(
                {item.anchor, QCoreApplication::translate("mr::Environment", "%1 (%2 \u2192 %3 build)")
                                  .arg(item.label, a.isEmpty() ? QStringLiteral("default") : a,
                                       b.isEmpty() ? QStringLiteral("default") : b)});
    }
    if (!major.isEmpty())
        out.append(findings::majorDriftFinding(pair, major, false));
    if (!majorCritical.isEmpty())
        out.append(findings::majorDriftFinding(pair, majorCritical, true));
    if (!downgraded.isEmpty())
        out.append(itemsFinding(QStringLiteral("environment.downgrade"), Finding::Severity::Warning,
                                QStringLiteral("environment"),
                                QCoreApplication::translate("mr::Environment",
                                                            "%n package(s) are older in %1 than in %2",
                                                            nullptr, int(downgraded.size()))
                                    .arg(ref->name, dev->name),
                                downgraded));
    if (!accelerator.isEmpty())
        out.append(itemsFinding(
            QStringLiteral("environment.accelerator-build"), Finding::Severity::Warning,
            QStringLiteral("environment"),
            QCoreApplication::translate("mr::Environment",
                                        "%n package(s) are built for another accelerator in %1 than in %2",
                                        nullptr, int(accelerator.size()))
                .arg(ref->name, dev->name),
            accelerator));

    // Imports of the head revision against both environments.
    if (loaded.imports.ok) {
        auto provides = [](const Environment *env, const QStringList &dists) {
            for (const QString &d : dists)
                if (env->indexOf(d) >= 0)
                    return true;
            return false;
        };
        for (const ImportUse &use : loaded.imports.imports) {
            const QStringList dists = distributionsForImport(use.module);
            const bool inDev = dev->packages.isEmpty() || provides(dev, dists);
            const bool inRef = ref->packages.isEmpty() || provides(ref, dists);
            if (inRef)
                continue;
            if (inDev)
                add("environment.import-missing", Finding::Severity::Error, dists.first(),
                    QCoreApplication::translate(
                        "mr::Environment",
                        "The code imports %1 (%2:%3), provided by %4, which %5 has and %6 lacks.")
                        .arg(use.module, use.file)
                        .arg(use.line)
                        .arg(dists.first(), dev->name, ref->name));
            else
                add("environment.import-unresolved", Finding::Severity::Warning, dists.first(),
                    QCoreApplication::translate(
                        "mr::Environment",
                        "The code imports %1 (%2:%3); no package in %4 or %5 provides it (expected %6).")
                        .arg(use.module, use.file)
                        .arg(use.line)
                        .arg(dev->name, ref->name, dists.join(QStringLiteral(" or "))));
        }
    }
    sortFindings(out);
    return out;
}

} // namespace mr::environment
