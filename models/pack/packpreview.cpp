// SPDX-License-Identifier: Apache-2.0
#include "models/pack/packpreview.h"

#include "models/package/loader.h"
#include "models/package/packagefindings.h"

#if __has_include("models/report/analysis.h")
#include "models/report/analysis.h"
#define MR_HAVE_REPORT 1
#endif

#include <QCoreApplication>
#include <QTemporaryDir>

namespace mr::pack {

PackPreview previewPack(const PackPlan &plan)
{
    PackPreview preview;
    if (!plan.ok) {
        preview.error = plan.error;
        return preview;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        preview.error = QCoreApplication::translate("mr::Pack", "cannot create a temporary folder: %1")
                            .arg(scratch.errorString());
        return preview;
    }
    PackPlan p = plan;
    p.out = scratch.filePath(QStringLiteral("preview"));
    p.kind = OutputKind::Folder;
    if (!p.dataFiles.isEmpty()) {
        QByteArray manifest;
        const std::string placeholder(64, '0');
        for (const DataFile &f : std::as_const(p.dataFiles)) {
            const nlohmann::ordered_json line = {
                {"path", f.path.toStdString()}, {"size", f.size}, {"sha256", placeholder}};
            manifest += QByteArray::fromStdString(line.dump()) + '\n';
        }
        p.items.append({QStringLiteral("data/manifest.jsonl"),
                        manifest,
                        {},
                        QCoreApplication::translate("mr::Pack", "--data (preview)")});
        p.dataFiles.clear();
        p.dataBytes = 0;
    }
    const PackResult written = writePackSync(p);
    if (!written.ok) {
        preview.error = written.error;
        return preview;
    }
    const LoadResult loaded = loadPackageSync(written.out);
    if (!loaded.ok()) {
        preview.error = loaded.error.toString();
        return preview;
    }
    DigestResult digest;
    digest.ok = true;
    digest.digest = written.digest;
    digest.files = written.files;
    digest.bytes = written.bytes;
#ifdef MR_HAVE_REPORT
    preview.findings = report::analyze(loaded.package, digest).findings;
#else
    preview.findings = packageFindings(*loaded.package, &digest);
#endif
    preview.ok = true;
    return preview;
}

} // namespace mr::pack
