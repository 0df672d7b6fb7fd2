// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/environment/environment.h"
#include "models/environment/pep440.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mr::environment {

enum class Change {
    Unchanged,
    Upgraded,
    Downgraded,
    OnlyInDevelopment,
    OnlyInReference,
    Unpinned,
    Incomparable
};
inline constexpr int kChangeCount = 7;
inline constexpr int kLevelCount = 5;

// "unchanged", "upgraded", "downgraded", "only_in_development", "only_in_reference",
// "unpinned", "incomparable"
QString changeName(Change change);
bool changeFromName(const QString &name, Change *out);

// One line of the comparison: a platform fact or a package.
struct ComparisonRow
{
    enum class Kind { Platform, Package };
    Kind kind = Kind::Package;
    QString key;         // normalised package name, or "platform:<fact>" (never a valid package name)
    QString label;       // what a person reads: "numpy", "Python version"
    QString development; // the value on each side ("" when absent)
    QString reference;
    Change change = Change::Unchanged;
    Level level = Level::None;
    bool calver = false;                        // both versions are CalVer (classified by the same positions)
    bool textCompared = false;                  // a side is not a PEP 440 version; compared as text
    QString developmentSource, referenceSource; // package source names, "" when absent
    QString developmentUrl, referenceUrl;

    bool changed() const { return change != Change::Unchanged; }
};

struct Comparison
{
    QString development; // environment names
    QString reference;
    QList<ComparisonRow> rows; // platform rows first, then packages by normalised name

    QString pair() const { return development + QStringLiteral("..") + reference; }
    int count(Change change) const;
    int count(Level level) const;
    int indexOf(const QString &key) const;
};

// Compares two environments: platform rows present on either side, then one row per package.
Comparison compareEnvironments(const Environment &development, const Environment &reference);

// The value shown for a package: its version, else its specifier ("any" for none), else its URL.
QString displayValue(const PackageEntry &entry);

// Every platform fact and package across all environments.
struct Matrix
{
    QStringList environments; // column names
    QStringList keys;         // row keys (platform first, then packages)
    QStringList labels;
    QList<QStringList> values; // values[row][column], "" when absent
    bool differs(int row) const;
};
Matrix buildMatrix(const QList<Environment> &environments);

} // namespace mr::environment
