// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace mr {

// What `modelreview --version` prints: the version, the git revision the build was made from,
// and the versions of the libraries that decide behaviour (Qt at run time and at build time,
// libgit2 at run time, KSyntaxHighlighting or "not built in").
QString versionText();

} // namespace mr
