// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/sectionreport.h"
#include "models/package/package.h"
#include "models/results/resultsanalysis.h"

namespace mr::results {

// The Results section of `inspect --json` and of every report (documented in
// docs/results-format.md). Synchronous and headless; the chart image needs a QGuiApplication
// (offscreen is fine) and is null without one.
mr::SectionReport buildSectionReport(const mr::Package &package);

// The same from an analysis already made (for the GUI, with its chosen default tolerance).
mr::SectionReport buildSectionReport(const ResultsAnalysis &analysis);

nlohmann::json toJson(const ResultsAnalysis &analysis);

} // namespace mr::results
