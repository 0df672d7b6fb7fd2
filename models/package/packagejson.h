// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/digest.h"
#include "models/package/package.h"

#include <nlohmann/json.hpp>

namespace mr {

// The `package` object of `inspect --json` and of the JSON report (docs/report-format.md):
// format, name, version, created, summary, submitter, source, from_archive, digest (null while
// unknown), digest_files, digest_bytes, unknown_keys.
nlohmann::json packageJson(const Package &package, const DigestResult *digest);

// The `sections` object: for code, dataset, environments, results and artifacts, whether it is
// provided, its paths as written, and its errors as "file:line:column: where: message".
nlohmann::json sectionsJson(const Package &package);

} // namespace mr
