// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/sectionreport.h"
#include "models/dataset/datasetfindings.h"
#include "models/package/package.h"

namespace mr::dataset {

// The `dataset` section of `inspect --json` and of every report: manifest and baseline loaded,
// no verification (data may be large; `modelreview verify` and the pane verify).
mr::SectionReport buildSectionReport(const mr::Package &package);

// The same from data already loaded, with verification results when `verification` is given.
// JSON object (documented in docs/dataset-pane.md):
//   provided, manifest {path, format, entries, bytes, rows, with_hash, columns, rejected_lines,
//   diagnostics[], diagnostics_total}, splits {name: {files, bytes, rows}},
//   baseline {path, entries, totals {added, removed, modified, renamed, unchanged},
//             per_split {...}, changes [{path, state, baseline_path}], changes_total} | null,
//   verification {root, root_available, complete, totals {ok, mismatch, missing, unreadable,
//                 no_hash, pending, unlisted}, problems [{path, status, detail}], problems_total,
//                 unlisted [{path, size}], unlisted_total, artifacts [{path, status, detail}]} | null
// Lists are capped at `listCap` entries; the *_total fields give the full counts.
mr::SectionReport buildSectionReport(const mr::Package &package, const DatasetData &data,
                                     const Verification *verification, int listCap = 100);

} // namespace mr::dataset
