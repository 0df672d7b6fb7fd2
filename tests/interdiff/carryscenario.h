// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "packageversions.h"

#include "models/review/reviewdocument.h"

// The v1 -> v2 -> v3 story the re-review tests share. Every anchor kind has a comment that
// becomes current, moved, outdated and gone in v2 (see the expectations in tst_carry.cpp).
namespace mr::test {

PackageVersion version1();
PackageVersion version2();
PackageVersion version3();

// v1's review: one comment per case (ids name the expected v2 status), a resolved one with a
// reply, an approval decision on `digest` and a ticked checklist step.
review::ReviewDocument review1(const QString &digest);

} // namespace mr::test
