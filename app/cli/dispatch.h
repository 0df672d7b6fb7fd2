// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace mr::cli {
// Returns true and sets *exitCode when arguments[1] names a headless command, or is a word
// meant as one (isCommandWord) that no command has: then exit code 2 and the list of commands.
bool dispatch(const QStringList &arguments, int *exitCode);
// True when `argument` (the first one) is meant as a command rather than a package to open in
// the workbench: a command's name, or a bare word (no path separator, no dot, not an option)
// that is not an existing file or folder. `modelreview carry-review A B` is an error, not a GUI
// opened on "carry-review".
bool isCommandWord(const QString &argument);
// The headless commands this build has, for --help.
QStringList commandNames();
} // namespace mr::cli
