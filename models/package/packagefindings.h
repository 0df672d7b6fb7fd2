// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"
#include "models/package/digest.h"
#include "models/package/package.h"

namespace mr {

// Rules of the package itself: sections not provided, section errors, digest failure.
// `digest` may be null while the digest is still being computed.
Findings packageFindings(const Package &package, const DigestResult *digest);

} // namespace mr
