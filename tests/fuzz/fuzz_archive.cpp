// SPDX-License-Identifier: Apache-2.0
// The archive extractor on an in-memory archive (written to a file, since the extractor takes a
// path), extracted into a fresh folder that is removed afterwards. Limits are small so that a
// bomb costs little; everything written must stay inside the destination.
#include "models/package/archive.h"
#include "tests/fuzz/fuzzutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString tmp = mr::fuzz::tempDir() + QStringLiteral("/archive");
    const QString archive = mr::fuzz::writeInput(QStringLiteral("archive/in/package.tar"), data, size);
    static int run = 0;
    const QString dest = tmp + QStringLiteral("/out-%1").arg(++run);
    QDir().mkpath(dest);
    (void)mr::isPackageArchive(archive);
    mr::ExtractLimits limits;
    limits.maxTotalBytes = 8 << 20;
    limits.maxExpansionRatio = 200.0;
    const mr::ExtractResult r = mr::extractArchive(archive, dest, limits);
    (void)r.error.toString();
    // Nothing may appear beside the destination: archive/ holds only in/ and out-N/.
    const QStringList top =
        QDir(tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    for (const QString &name : top) {
        if (name != QLatin1String("in") && !name.startsWith(QLatin1String("out-"))) {
            std::fprintf(stderr, "extraction wrote outside its folder: %s\n", qPrintable(name));
            __builtin_trap();
        }
    }
    QDir(dest).removeRecursively();
    return 0;
}
