// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"
#include "models/core/sectionreport.h"
#include "models/package/package.h"

namespace mr::code {

// The Code pane's part of `inspect --json` and of every report (synchronous, headless).
// JSON: {"provided", "repository", "base": {"spec", "sha"}, "head": {"spec", "sha"}, "error"?,
//        "files": [{"path", "old_path", "status", "similarity"?, "additions", "deletions",
//        "binary"}], "totals": {"files", "additions", "deletions", "binary"}, "notes": [...]}
// Markdown and HTML: the file table with totals; all package text escaped.
mr::SectionReport buildSectionReport(const mr::Package &package);

// The same from values already computed (the GUI's async path reuses it).
mr::SectionReport sectionReportFrom(const FileList &list);

} // namespace mr::code
