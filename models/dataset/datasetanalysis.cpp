// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/datasetanalysis.h"

#include <QHash>

#include <algorithm>

namespace mr::dataset {

std::shared_ptr<PaneAnalysis> analyse(const std::shared_ptr<Manifest> &manifest, const PackagePtr &package)
{
    auto a = std::make_shared<PaneAnalysis>();
    manifest->buildIndex(&a->duplicates);
    a->duplicateDiagnostics = duplicateDiagnostics(*manifest, a->duplicates);
    const DatasetSection &ds = package->dataset;
    a->baselineGiven = !ds.baselinePath.isEmpty();
    if (a->baselineGiven) {
        ReadOptions o;
        o.searchRoot = package->rootPath;
        a->baseline = loadManifestSync(ds.baselinePath, datasetDisplayName(*package, ds.baseline), o);
        if (a->baseline.ok())
            a->diff = diffManifests(*manifest, *a->baseline.manifest);
    }
    QHash<QByteArray, std::pair<qint64, qint64>> dirs;
    for (qsizetype i = 0; i < manifest->size() && dirs.size() < 50000; ++i) {
        std::string_view p = manifest->pathView(i);
        const qint64 bytes = std::max<qint64>(0, manifest->fileSize(i));
        for (size_t slash = p.rfind('/'); slash != std::string_view::npos && slash > 0;
             slash = p.rfind('/', slash - 1)) {
            auto &d = dirs[QByteArray(p.data(), qsizetype(slash))];
            ++d.first;
            d.second += bytes;
            if (slash == 0)
                break;
        }
    }
    for (auto it = dirs.cbegin(); it != dirs.cend(); ++it)
        a->folders.append({QString::fromUtf8(it.key()), it->first, it->second});
    std::sort(a->folders.begin(), a->folders.end(),
              [](const PaneAnalysis::Folder &x, const PaneAnalysis::Folder &y) { return x.path < y.path; });
    return a;
}
} // namespace mr::dataset
