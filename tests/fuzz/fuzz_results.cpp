// SPDX-License-Identifier: Apache-2.0
// The results readers, each forced to its format (MR_FUZZ_RESULTS: Json, Yaml, Csv).
#include "models/results/resultsreader.h"
#include "tests/fuzz/fuzzutil.h"

using namespace mr::results;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ResultsFile file = readResultsData(mr::fuzz::bytes(data, size), ResultsFormat::MR_FUZZ_RESULTS,
                                             QStringLiteral("results"));
    for (const NamedValue &v : file.metrics)
        (void)v.name.size();
    for (const mr::Diagnostic &d : file.diagnostics)
        (void)d.toString();
    (void)file.provenance.dump();
    return 0;
}
