// SPDX-License-Identifier: Apache-2.0
#include "models/core/settings.h"

#include <QDir>

namespace mr {

std::unique_ptr<QSettings> openSettings()
{
    const QByteArray dir = qgetenv("MODELREVIEW_SETTINGS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        return std::make_unique<QSettings>(QString::fromLocal8Bit(dir) + QStringLiteral("/modelreview.ini"),
                                           QSettings::IniFormat);
    }
    return std::make_unique<QSettings>(QStringLiteral("ModelReview"), QStringLiteral("ModelReview"));
}

} // namespace mr
