// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace mr::cli {
// Returns true and sets *exitCode when arguments[1] names a headless command.
bool dispatch(const QStringList &arguments, int *exitCode);
// The headless commands this build has, for --help.
QStringList commandNames();
} // namespace mr::cli
