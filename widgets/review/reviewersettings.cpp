// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/reviewersettings.h"

#include <QDir>

namespace mr::review {

std::unique_ptr<QSettings> openSettings()
{
    const QByteArray dir = qgetenv("MODELREVIEW_SETTINGS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        return std::make_unique<QSettings>(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("modelreview.ini")),
            QSettings::IniFormat);
    }
    return std::make_unique<QSettings>();
}

Person storedReviewer()
{
    const auto s = openSettings();
    return Person{s->value(QStringLiteral("review/name")).toString(),
                  s->value(QStringLiteral("review/email")).toString()};
}

void storeReviewer(const Person &person)
{
    const auto s = openSettings();
    s->setValue(QStringLiteral("review/name"), person.name);
    s->setValue(QStringLiteral("review/email"), person.email);
    s->sync();
}

} // namespace mr::review
