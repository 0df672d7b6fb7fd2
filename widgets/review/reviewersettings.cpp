// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/reviewersettings.h"

#include "models/core/settings.h"

namespace mr::review {

std::unique_ptr<QSettings> openSettings()
{
    return mr::openSettings(); // one settings store for the whole application
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
