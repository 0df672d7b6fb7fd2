// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/datasetfindings.h"
#include "models/core/paneids.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mr::dataset {

QString datasetDisplayName(const Package &package, const QString &relative)
{
    const QString name = package.name.isEmpty() ? QFileInfo(package.rootPath).fileName() : package.name;
    return name + QLatin1Char('/') + relative;
}

DatasetData loadDataset(const Package &package, const ReadOptions &options)
{
    DatasetData data;
    const DatasetSection &ds = package.dataset;
    data.provided = ds.provided && !ds.manifestPath.isEmpty();
    if (!data.provided)
        return data;
    ReadOptions o = options;
    if (o.searchRoot.isEmpty())
        o.searchRoot = package.rootPath;
    data.manifest = loadManifestSync(ds.manifestPath, datasetDisplayName(package, ds.manifest), o);
    data.baselineGiven = !ds.baselinePath.isEmpty();
    if (data.baselineGiven)
        data.baseline = loadManifestSync(ds.baselinePath, datasetDisplayName(package, ds.baseline), o);
    if (data.manifest.ok() && data.baseline.ok())
        data.diff = diffManifests(*data.manifest.manifest, *data.baseline.manifest);
    return data;
}

namespace {

Finding make(const QString &rule, Finding::Severity severity, const Anchor &item, const QString &message)
{
    return Finding{rule, severity, paneKey(PaneId::Dataset), item, message};
}

} // namespace

Findings datasetFindings(const Package &package, const DatasetData &data, const Verification *verification,
                         int perRuleCap)
{
    using S = Finding::Severity;
    Findings out;
    if (!data.provided)
        return out; // the package core reports a missing section
    const ManifestLoadResult &ml = data.manifest;
    if (!ml.ok()) {
        out.append(make(QStringLiteral("dataset.manifest-unreadable"), S::Error, Anchor::package(),
                        QCoreApplication::translate("mr::Dataset", "The manifest cannot be read: %1")
                            .arg(ml.error.toString())));
        return out;
    }
    const Manifest &m = *ml.manifest;
    const int badLines = m.rejectedLines;
    if (badLines > 0 && !ml.diagnostics.isEmpty()) {
        QList<FindingItem> lines;
        for (const Diagnostic &d : ml.diagnostics)
            if (lines.size() < kFindingItemCap)
                lines.append({Anchor::package(), d.toString()});
        out.append(itemsFinding(QStringLiteral("dataset.manifest-bad-lines"), S::Warning,
                                QStringLiteral("dataset"),
                                QCoreApplication::translate("mr::Dataset", "%n manifest line(s) were refused",
                                                            nullptr, int(badLines)),
                                lines, ml.diagnostics.size() - lines.size()));
    }
    if (m.rejectedUnsafePaths > 0)
        out.append(
            make(QStringLiteral("dataset.path-outside-root"), S::Error, Anchor::package(),
                 QCoreApplication::translate(
                     "mr::Dataset", "%n manifest path(s) are absolute or leave the data root through \"..\"",
                     nullptr, int(m.rejectedUnsafePaths))));
    if (!ml.duplicates.empty()) {
        QList<FindingItem> dups;
        for (const qsizetype row : ml.duplicates)
            if (dups.size() < kFindingItemCap)
                dups.append({Anchor::datasetEntry(m.path(row)),
                             QCoreApplication::translate("mr::Dataset", "%1 (line %2)")
                                 .arg(m.path(row))
                                 .arg(m.line(row))});
        out.append(itemsFinding(
            QStringLiteral("dataset.duplicate-path"), S::Warning, QStringLiteral("dataset"),
            QCoreApplication::translate("mr::Dataset", "%n path(s) appear more than once in the manifest",
                                        nullptr, int(ml.duplicates.size())),
            dups, qsizetype(ml.duplicates.size()) - dups.size()));
    }
    const ManifestTotals totals = manifestTotals(m);
    const qint64 noHash = totals.files - totals.withHash;
    if (noHash > 0) {
        QList<FindingItem> entries;
        for (qsizetype i = 0; i < m.size() && entries.size() < kFindingItemCap; ++i)
            if (m.hashKind(i) == HashKind::None)
                entries.append({Anchor::datasetEntry(m.path(i)), m.path(i)});
        out.append(itemsFinding(
            QStringLiteral("dataset.no-hash"), S::Warning, QStringLiteral("dataset"),
            QCoreApplication::translate("mr::Dataset",
                                        "%1 of %2 entries have no digest, so nobody can check their content")
                .arg(noHash)
                .arg(totals.files),
            entries, noHash - entries.size()));
    }
    if (m.declaredTotalBytes >= 0 && m.declaredTotalBytes != totals.bytes && totals.files > 0) {
        bool anyUnknown = false;
        for (qsizetype i = 0; i < m.size() && !anyUnknown; ++i)
            anyUnknown = m.fileSize(i) < 0;
        if (!anyUnknown)
            out.append(make(QStringLiteral("dataset.total-size"), S::Warning, Anchor::package(),
                            QCoreApplication::translate(
                                "mr::Dataset", "The manifest states %1 bytes in total, its entries sum to %2")
                                .arg(m.declaredTotalBytes)
                                .arg(totals.bytes)));
    }
    if (m.declaredFileCount >= 0 && m.declaredFileCount != totals.files)
        out.append(
            make(QStringLiteral("dataset.file-count"), S::Warning, Anchor::package(),
                 QCoreApplication::translate("mr::Dataset", "The manifest states %1 files, it lists %2")
                     .arg(m.declaredFileCount)
                     .arg(totals.files)));
    const auto &raw = package.dataset.raw;
    if (raw.is_object() && raw.contains("total_size") && raw["total_size"].is_number_integer() &&
        raw["total_size"].get<qint64>() != totals.bytes)
        out.append(
            make(QStringLiteral("dataset.total-size"), S::Warning, Anchor::package(),
                 QCoreApplication::translate(
                     "mr::Dataset", "The package states %1 bytes in total, the manifest's entries sum to %2")
                     .arg(raw["total_size"].get<qint64>())
                     .arg(totals.bytes)));
    if (data.baselineGiven && !data.baseline.ok())
        out.append(make(QStringLiteral("dataset.baseline-unreadable"), S::Warning, Anchor::package(),
                        QCoreApplication::translate("mr::Dataset", "The baseline manifest cannot be read: %1")
                            .arg(data.baseline.error.toString())));

    if (!verification) {
        if (package.dataset.rootPath.isEmpty() || !QFileInfo(package.dataset.rootPath).isDir())
            out.append(make(QStringLiteral("dataset.not-verifiable"), S::Info, Anchor::package(),
                            QCoreApplication::translate(
                                "mr::Dataset",
                                "The data files are not in the package (no data root): the %1 entries "
                                "cannot be verified, only listed and compared with the baseline")
                                .arg(totals.files)));
        return out;
    }
    if (!verification->rootAvailable())
        out.append(make(QStringLiteral("dataset.not-verifiable"), S::Warning, Anchor::package(),
                        QCoreApplication::translate(
                            "mr::Dataset", "The data root is not available: the %1 entries were not verified")
                            .arg(totals.files)));
    struct Rule
    {
        EntryStatus status;
        const char *id;
        S severity;
        const char *what;
    };
    const Rule rules[] = {
        {EntryStatus::Mismatch, "dataset.mismatch", S::Error, "differs from the manifest"},
        {EntryStatus::Missing, "dataset.missing", S::Error, "is missing under the data root"},
        {EntryStatus::Unreadable, "dataset.unreadable", S::Error, "cannot be read"}};
    const Manifest &vm = verification->manifest();
    for (const Rule &rule : rules) {
        qint64 count = 0;
        for (qsizetype i = 0; i < vm.size(); ++i) {
            if (verification->status(i) != rule.status)
                continue;
            if (++count <= perRuleCap) {
                const QString d = verification->detail(i);
                out.append(make(
                    QString::fromLatin1(rule.id), rule.severity, Anchor::datasetEntry(vm.path(i)),
                    QStringLiteral("%1 %2%3").arg(vm.path(i), QString::fromLatin1(rule.what),
                                                  d.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d))));
            }
        }
        if (count > perRuleCap)
            out.append(make(QString::fromLatin1(rule.id), rule.severity, Anchor::package(),
                            QCoreApplication::translate("mr::Dataset", "%1 more entries %2")
                                .arg(count - perRuleCap)
                                .arg(QString::fromLatin1(rule.what))));
    }
    const QList<UnlistedFile> unlisted = verification->unlisted();
    for (qsizetype i = 0; i < unlisted.size() && i < perRuleCap; ++i)
        out.append(make(
            QStringLiteral("dataset.unlisted"), S::Warning, Anchor::datasetEntry(unlisted[i].path),
            QCoreApplication::translate("mr::Dataset", "%1 is under the data root but not in the manifest")
                .arg(unlisted[i].path)));
    if (unlisted.size() > perRuleCap)
        out.append(make(QStringLiteral("dataset.unlisted"), S::Warning, Anchor::package(),
                        QCoreApplication::translate(
                            "mr::Dataset", "%1 more files under the data root are not in the manifest")
                            .arg(unlisted.size() - perRuleCap)));
    for (const ArtifactCheck &a : verification->artifacts()) {
        if (!isProblem(a.status))
            continue;
        out.append(make(
            QStringLiteral("dataset.artifact-%1").arg(entryStatusName(a.status)), S::Error, Anchor::package(),
            QCoreApplication::translate("mr::Dataset", "Artifact %1: %2").arg(a.relativePath, a.detail)));
    }
    return out;
}

} // namespace mr::dataset
