// SPDX-License-Identifier: Apache-2.0
#include "models/environment/comparison.h"

#include <QCoreApplication>

#include <QMap>

#include <algorithm>

namespace mr::environment {

QString changeName(Change change)
{
    switch (change) {
    case Change::Unchanged: return QStringLiteral("unchanged");
    case Change::Upgraded: return QStringLiteral("upgraded");
    case Change::Downgraded: return QStringLiteral("downgraded");
    case Change::OnlyInDevelopment: return QStringLiteral("only_in_development");
    case Change::OnlyInReference: return QStringLiteral("only_in_reference");
    case Change::Unpinned: return QStringLiteral("unpinned");
    case Change::Incomparable: return QStringLiteral("incomparable");
    }
    return {};
}

bool changeFromName(const QString &name, Change *out)
{
    for (int i = 0; i < kChangeCount; ++i)
        if (changeName(Change(i)) == name) {
            *out = Change(i);
            return true;
        }
    return false;
}

int Comparison::count(Change change) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [&](const ComparisonRow &r) { return r.change == change; }));
}

int Comparison::count(Level level) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [&](const ComparisonRow &r) { return r.level == level; }));
}

int Comparison::indexOf(const QString &key) const
{
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].key == key)
            return i;
    return -1;
}

QString displayValue(const PackageEntry &entry)
{
    if (!entry.version.isEmpty() && entry.specifier.isEmpty())
        return entry.version;
    if (!entry.specifier.isEmpty())
        return entry.specifier == QLatin1String("*") ? QStringLiteral("any") : entry.specifier;
    return entry.url.isEmpty() ? QStringLiteral("any") : entry.url;
}

namespace {

// Versions: PEP 440 when both parse, text otherwise (flagged).
void compareVersionsInto(const QString &dev, const QString &ref, ComparisonRow *row)
{
    const Version a = Version::parse(dev), b = Version::parse(ref);
    if (a.valid && b.valid) {
        const int c = compareVersions(a, b);
        // Reference is where the model goes: a newer reference is an upgrade.
        row->change = c == 0 ? Change::Unchanged : (c < 0 ? Change::Upgraded : Change::Downgraded);
        row->level = classifyDifference(a, b);
        row->calver = a.isCalVer() && b.isCalVer();
        return;
    }
    row->textCompared = true;
    row->change = dev == ref ? Change::Unchanged : Change::Incomparable;
    row->level = Level::None;
}

struct Fact
{
    const char *key;
    const char *label;
    bool version; // compared as versions
    QString (*get)(const Environment &);
};

const Fact kFacts[] = {
    {"os", QT_TRANSLATE_NOOP("mr::Environment", "Operating system"), false,
     [](const Environment &e) {
         return QStringList{e.osName, e.osVersion}.join(QLatin1Char(' ')).trimmed();
     }},
    {"kernel", QT_TRANSLATE_NOOP("mr::Environment", "Kernel"), false,
     [](const Environment &e) { return e.kernel; }},
    {"architecture", QT_TRANSLATE_NOOP("mr::Environment", "Architecture"), false,
     [](const Environment &e) { return e.architecture; }},
    {"cpu", QT_TRANSLATE_NOOP("mr::Environment", "CPU"), false, [](const Environment &e) { return e.cpu; }},
    {"python", QT_TRANSLATE_NOOP("mr::Environment", "Python version"), true,
     [](const Environment &e) { return e.pythonVersion; }},
    {"python-implementation", QT_TRANSLATE_NOOP("mr::Environment", "Python implementation"), false,
     [](const Environment &e) { return e.pythonImplementation; }},
    {"cuda", QT_TRANSLATE_NOOP("mr::Environment", "CUDA"), true, [](const Environment &e) { return e.cuda; }},
    {"cudnn", QT_TRANSLATE_NOOP("mr::Environment", "cuDNN"), true,
     [](const Environment &e) { return e.cudnn; }},
    {"driver", QT_TRANSLATE_NOOP("mr::Environment", "GPU driver"), true,
     [](const Environment &e) { return e.driver; }},
    {"gpus", QT_TRANSLATE_NOOP("mr::Environment", "GPUs"), false,
     [](const Environment &e) { return e.gpus.join(QStringLiteral(", ")); }},
    {"base-image", QT_TRANSLATE_NOOP("mr::Environment", "Base image"), false,
     [](const Environment &e) { return e.baseImage; }},
    {"locale", QT_TRANSLATE_NOOP("mr::Environment", "Locale"), false,
     [](const Environment &e) { return e.locale; }},
    {"timezone", QT_TRANSLATE_NOOP("mr::Environment", "Time zone"), false,
     [](const Environment &e) { return e.timezone; }},
};

ComparisonRow platformRow(const QString &key, const QString &label, const QString &dev, const QString &ref,
                          bool version)
{
    ComparisonRow row;
    row.kind = ComparisonRow::Kind::Platform;
    row.key = QStringLiteral("platform:") + key;
    row.label = label;
    row.development = dev;
    row.reference = ref;
    if (dev.isEmpty())
        row.change = Change::OnlyInReference;
    else if (ref.isEmpty())
        row.change = Change::OnlyInDevelopment;
    else if (version)
        compareVersionsInto(dev, ref, &row);
    else
        row.change = dev == ref ? Change::Unchanged : Change::Incomparable;
    return row;
}

// Platform facts both environments lack are left out.
QList<std::pair<QString, QString>> platformFacts(const Environment &e, QStringList *labels,
                                                 QList<bool> *versions)
{
    QList<std::pair<QString, QString>> facts;
    for (const Fact &f : kFacts) {
        facts.append({QLatin1String(f.key), f.get(e)});
        if (labels) {
            labels->append(QCoreApplication::translate("mr::Environment", f.label));
            versions->append(f.version);
        }
    }
    for (auto it = e.variables.cbegin(); it != e.variables.cend(); ++it)
        facts.append({QStringLiteral("env:") + it.key(), it.value()});
    return facts;
}

} // namespace

Comparison compareEnvironments(const Environment &dev, const Environment &ref)
{
    Comparison c;
    c.development = dev.name;
    c.reference = ref.name;
    QStringList labels;
    QList<bool> versions;
    const auto devFacts = platformFacts(dev, &labels, &versions);
    const auto refFacts = platformFacts(ref, nullptr, nullptr);
    const int fixed = int(std::size(kFacts));
    for (int i = 0; i < fixed; ++i) {
        if (devFacts[i].second.isEmpty() && refFacts[i].second.isEmpty())
            continue;
        c.rows.append(
            platformRow(devFacts[i].first, labels[i], devFacts[i].second, refFacts[i].second, versions[i]));
    }
    QStringList variables = dev.variables.keys() + ref.variables.keys();
    std::sort(variables.begin(), variables.end());
    variables.erase(std::unique(variables.begin(), variables.end()), variables.end());
    for (const QString &v : variables)
        c.rows.append(platformRow(QStringLiteral("env:") + v, v, dev.variables.value(v),
                                  ref.variables.value(v), false));

    QMap<QString, std::pair<const PackageEntry *, const PackageEntry *>> byName;
    for (const PackageEntry &p : dev.packages)
        byName[p.normalized].first = &p;
    for (const PackageEntry &p : ref.packages)
        byName[p.normalized].second = &p;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const PackageEntry *d = it.value().first, *r = it.value().second;
        ComparisonRow row;
        row.key = it.key();
        row.label = d ? d->name : r->name;
        if (d) {
            row.development = displayValue(*d);
            row.developmentSource = sourceName(d->source);
            row.developmentUrl = d->url;
        }
        if (r) {
            row.reference = displayValue(*r);
            row.referenceSource = sourceName(r->source);
            row.referenceUrl = r->url;
        }
        if (!r)
            row.change = Change::OnlyInDevelopment;
        else if (!d)
            row.change = Change::OnlyInReference;
        else if (!d->specifier.isEmpty() || !r->specifier.isEmpty())
            row.change = Change::Unpinned;
        else if (!d->version.isEmpty() && !r->version.isEmpty())
            compareVersionsInto(d->version, r->version, &row);
        else
            row.change = row.development == row.reference ? Change::Unchanged : Change::Incomparable;
        c.rows.append(row);
    }
    return c;
}

bool Matrix::differs(int row) const
{
    const QStringList &v = values.at(row);
    for (const QString &s : v)
        if (s != v.first())
            return true;
    return false;
}

Matrix buildMatrix(const QList<Environment> &environments)
{
    Matrix m;
    QMap<QString, int> rowOf;
    auto rowFor = [&](const QString &key, const QString &label) {
        auto it = rowOf.find(key);
        if (it != rowOf.end())
            return *it;
        m.keys.append(key);
        m.labels.append(label);
        m.values.append(QStringList(environments.size(), QString()));
        return *rowOf.insert(key, int(m.keys.size()) - 1);
    };
    for (const Environment &e : environments)
        m.environments.append(e.name);
    for (int col = 0; col < environments.size(); ++col) {
        QStringList labels;
        QList<bool> versions;
        const auto facts = platformFacts(environments[col], &labels, &versions);
        for (int i = 0; i < facts.size(); ++i) {
            if (facts[i].second.isEmpty())
                continue;
            const QString label = i < labels.size() ? labels[i] : facts[i].first.mid(4);
            m.values[rowFor(QStringLiteral("platform:") + facts[i].first, label)][col] = facts[i].second;
        }
    }
    // Packages sorted by name after the platform rows.
    QMap<QString, QString> packageLabels;
    for (const Environment &e : environments)
        for (const PackageEntry &p : e.packages)
            packageLabels.insert(p.normalized, packageLabels.value(p.normalized, p.name));
    for (auto it = packageLabels.cbegin(); it != packageLabels.cend(); ++it)
        rowFor(it.key(), it.value());
    for (int col = 0; col < environments.size(); ++col)
        for (const PackageEntry &p : environments[col].packages)
            m.values[rowOf.value(p.normalized)][col] = displayValue(p);
    return m;
}

} // namespace mr::environment
