// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/fixedfont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace mr {

namespace {

bool resolvesFixed(const QFont &font)
{
    return QFontInfo(font).fixedPitch();
}

QFont withFamily(const QFont &preferred, const QString &family)
{
    QFont f = preferred;
    f.setFamilies({family});
    f.setStyleHint(QFont::TypeWriter);
    f.setFixedPitch(true);
    return f;
}

} // namespace

QFont fixedPitchFont(const QFont &preferred)
{
    if (resolvesFixed(preferred))
        return preferred;
    // Well-known programming fonts first, so that the choice does not depend on the database
    // order; then any fixed-pitch Latin family that is installed.
    static const char *const known[] = {
        "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Source Code Pro",
        "Cascadia Mono",    "Consolas",       "Menlo",           "Courier New"};
    for (const char *name : known) {
        const QString family = QString::fromLatin1(name);
        if (!QFontDatabase::hasFamily(family))
            continue;
        if (const QFont f = withFamily(preferred, family); resolvesFixed(f))
            return f;
    }
    const QStringList families = QFontDatabase::families(QFontDatabase::Latin);
    for (const QString &family : families) {
        if (!QFontDatabase::isFixedPitch(family) || QFontDatabase::isPrivateFamily(family))
            continue;
        if (const QFont f = withFamily(preferred, family); resolvesFixed(f))
            return f;
    }
    return preferred; // nothing fixed-pitch installed: layout still follows the real advances
}

QFont systemFixedPitchFont()
{
    return fixedPitchFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

} // namespace mr
