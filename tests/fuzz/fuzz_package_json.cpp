// SPDX-License-Identifier: Apache-2.0
// model-package.json: parsed as the loader does, then turned into the `package` and `sections`
// objects of `inspect --json` and serialised (what a reviewer's command line does next).
#include "models/package/loader.h"
#include "models/package/packagejson.h"
#include "tests/fuzz/fuzzutil.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString root = [] {
        const QString r = mr::fuzz::tempDir() + QStringLiteral("/package");
        QDir().mkpath(r);
        return r;
    }();
    mr::Package pkg;
    pkg.sourcePath = root;
    pkg.rootPath = root;
    mr::Diagnostic error;
    if (!mr::parsePackageDocument(mr::fuzz::bytes(data, size), pkg, &error)) {
        (void)error.toString();
        return 0;
    }
    nlohmann::json out;
    out["package"] = mr::packageJson(pkg, nullptr);
    out["sections"] = mr::sectionsJson(pkg);
    (void)out.dump(2);
    return 0;
}
