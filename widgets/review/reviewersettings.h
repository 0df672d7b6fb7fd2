// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/package.h"

#include <QSettings>

#include <memory>

class QWidget;

namespace mr::review {

// The application's settings: an INI file under $MODELREVIEW_SETTINGS_DIR when that is set
// (tests), the platform's native settings otherwise.
std::unique_ptr<QSettings> openSettings();

// The reviewer's identity as stored in settings ("review/name", "review/email").
Person storedReviewer();
void storeReviewer(const Person &person);

} // namespace mr::review
