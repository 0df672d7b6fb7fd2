// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// One function per command line command. `arguments` are what follows the command name
// (`modelreview verify PKG --json` gives {"PKG", "--json"}). Each returns the process exit code:
// 0 success, 1 the check failed, 2 unreadable input or bad usage. Output goes to stdout, errors
// to stderr. No display is needed: they run under QCoreApplication.
namespace mr::cli {
int runInspect(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runGate(const QStringList &arguments);
int runCaptureEnv(const QStringList &arguments);
int runPack(const QStringList &arguments);
int runCarryReview(const QStringList &arguments);
} // namespace mr::cli
