// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSettings>

#include <memory>

namespace mr {

// The application's settings. When MODELREVIEW_SETTINGS_DIR is set (tests do), an INI file in
// that folder is used instead of the user's settings, so tests never read or change them.
std::unique_ptr<QSettings> openSettings();

} // namespace mr
