// SPDX-License-Identifier: Apache-2.0
// One Git LFS pointer file, as the manifest reader parses each file of a pointer folder.
#include "models/dataset/manifestreader.h"
#include "tests/fuzz/fuzzutil.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::uint8_t digest[32];
    qint64 objectSize = -1;
    if (mr::dataset::detail::parseLfsPointer(mr::fuzz::bytes(data, size), digest, &objectSize) &&
        objectSize < 0)
        __builtin_trap(); // the contract: a pointer that parses has a size
    return 0;
}
