// SPDX-License-Identifier: Apache-2.0
// The review file: parsed, and when it is understood, written back and parsed again (the save
// path must accept whatever the load path accepted).
#include "models/review/reviewfile.h"
#include "tests/fuzz/fuzzutil.h"

#include <cstdio>

using namespace mr::review;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ReviewLoadResult loaded = parseReview(mr::fuzz::bytes(data, size), QStringLiteral("x.review.json"));
    (void)loaded.message();
    if (loaded.status != ReviewLoadResult::Status::Ok)
        return 0;
    const QByteArray text = serializeReview(loaded.document);
    const ReviewLoadResult again = parseReview(text, QStringLiteral("x.review.json"));
    if (again.status != ReviewLoadResult::Status::Ok) {
        std::fprintf(stderr, "a review that loaded does not load after saving: %s\n",
                     qPrintable(again.error.toString()));
        __builtin_trap();
    }
    return 0;
}
