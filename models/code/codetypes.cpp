// SPDX-License-Identifier: Apache-2.0
#include "models/code/codetypes.h"

namespace mr::code {

QString statusName(FileStatus status)
{
    switch (status) {
    case FileStatus::Added: return QStringLiteral("added");
    case FileStatus::Modified: return QStringLiteral("modified");
    case FileStatus::Deleted: return QStringLiteral("deleted");
    case FileStatus::Renamed: return QStringLiteral("renamed");
    case FileStatus::Copied: return QStringLiteral("copied");
    case FileStatus::TypeChange: return QStringLiteral("typechange");
    case FileStatus::ModeChange: return QStringLiteral("modechange");
    case FileStatus::Submodule: return QStringLiteral("submodule");
    }
    return QStringLiteral("modified");
}

QChar statusLetter(FileStatus status)
{
    static const char letters[] = "AMDRCTXS";
    return QLatin1Char(letters[int(status)]);
}

QString FileDiff::viewedKey() const
{
    return newId.isEmpty() ? QStringLiteral("deleted:") + oldId : newId;
}

Totals totalsOf(const QList<FileDiff> &files)
{
    Totals t;
    t.files = int(files.size());
    for (const FileDiff &f : files) {
        t.additions += qMax(0, f.additions);
        t.deletions += qMax(0, f.deletions);
        t.binary += f.binary ? 1 : 0;
    }
    return t;
}

} // namespace mr::code
