// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace mr::environment {

// PEP 503: lowercase, runs of '-', '_' and '.' become one '-'.
QString normalizeName(const QString &name);

// A version as PEP 440 defines it (parsed leniently, as `packaging` does: case, separators,
// "alpha"/"preview"/"rev" spellings, a leading "v"). `valid` is false when PEP 440 cannot parse
// the text; such versions are compared as text by the comparison and flagged there.
struct Version
{
    enum class Pre { None, Alpha, Beta, Rc };

    QString text; // as written, trimmed
    bool valid = false;
    qint64 epoch = 0;
    QList<qint64> release; // as written (trailing zeros kept; ignored when comparing)
    Pre pre = Pre::None;
    qint64 preNumber = 0;
    qint64 post = -1;  // -1 when absent
    qint64 dev = -1;   // -1 when absent
    QStringList local; // normalised local label segments ("+cu118" gives {"cu118"})

    static Version parse(const QString &text);

    bool isPreRelease() const { return pre != Pre::None || dev >= 0; }
    // CalVer: the first release component is a year (1990..2199) or a YYYYMMDD date.
    bool isCalVer() const;
    // The canonical form PEP 440 prints ("1!2.0rc1.post2.dev3+local.1").
    QString canonical() const;
    // The version without its local label.
    QString publicVersion() const;
};

// PEP 440 ordering; both versions must be valid. Negative, zero or positive.
int compareVersions(const Version &a, const Version &b);

// Where two valid versions first differ, by position: epoch or first release component is
// major, the second minor, any later component or a pre/post/dev change patch, only the local
// label local, nothing none. CalVer uses the same positions (year major, month minor, ...).
enum class Level { None, Local, Patch, Minor, Major };
Level classifyDifference(const Version &a, const Version &b);

QString levelName(Level level); // "none", "local", "patch", "minor", "major"
bool levelFromName(const QString &name, Level *out);

} // namespace mr::environment
