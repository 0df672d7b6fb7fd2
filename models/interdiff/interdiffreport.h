// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/sectionreport.h"
#include "models/interdiff/interdiff.h"

#include <nlohmann/json.hpp>

namespace mr::interdiff {

// The `interdiff` object of `inspect --previous OLD --json` (docs/review-format.md, "Interdiff"):
//   previous {name, version}, package [{field, before, now}],
//   code {compared, error, previous_head, head, previous_base, base, base_changed,
//         files [{path, previous_path, state, additions, deletions, binary}], files_total,
//         additions, deletions},
//   dataset {compared, error, totals {added, removed, modified, renamed, unchanged},
//            changes [{path, previous_path, state}], changes_total},
//   environments {compared, environments [{name, state, rows [{key, label, before, now, state}]}]},
//   results {compared, metrics [{name, state, claimed {before, now}, rerun {...}, status {...}}]}
// Lists are capped at `listCap` entries; the *_total fields give the full counts.
nlohmann::ordered_json interdiffJson(const Interdiff &interdiff, int listCap = 1000);

// The "Since the previous review" section of every report (id "interdiff"): the same content as
// Markdown and escaped HTML.
SectionReport interdiffSection(const Interdiff &interdiff, int listCap = 100);

} // namespace mr::interdiff
