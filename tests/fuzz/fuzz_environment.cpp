// SPDX-License-Identifier: Apache-2.0
// The environment readers, each forced to its format (MR_FUZZ_ENVIRONMENT names a Format), or
// detected from the content (Unknown) as readEnvironmentFile does. The input is written to a
// file in the package folder so that includes (-r, MLflow env files) resolve against it.
#include "models/environment/readers.h"
#include "models/environment/readers_p.h"
#include "tests/fuzz/fuzzutil.h"

#include <QDir>

using namespace mr::environment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString root = [] {
        const QString r = mr::fuzz::tempDir() + QStringLiteral("/env");
        QDir().mkpath(r);
        return r;
    }();
    constexpr Format format = Format::MR_FUZZ_ENVIRONMENT;
    static const QString name = format == Format::MlflowModel  ? QStringLiteral("env/MLmodel")
                                : format == Format::Dockerfile ? QStringLiteral("env/Dockerfile")
                                                               : QStringLiteral("env/environment");
    const QByteArray bytes = mr::fuzz::bytes(data, size);
    const QString path = mr::fuzz::writeInput(name, bytes);
    Environment env;
    env.name = QStringLiteral("fuzz");
    detail::ReadContext ctx;
    ctx.root = root;
    ctx.maxBytes = 1 << 20;
    ctx.env = &env;
    ctx.stack.append(path);
    env.file = ctx.display(path);
    detail::readAny(ctx, path, bytes, format);
    for (const mr::Diagnostic &d : env.diagnostics)
        (void)d.toString();
    return 0;
}
