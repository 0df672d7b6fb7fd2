// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/baselinediff.h"

#include <cstring>
#include <unordered_map>

namespace mr::dataset {

QString diffStateName(DiffState s)
{
    switch (s) {
    case DiffState::Unchanged: return QStringLiteral("unchanged");
    case DiffState::Added: return QStringLiteral("added");
    case DiffState::Removed: return QStringLiteral("removed");
    case DiffState::Modified: return QStringLiteral("modified");
    case DiffState::Renamed: return QStringLiteral("renamed");
    }
    return {};
}

namespace {

bool sameContent(const Manifest &a, qsizetype ra, const Manifest &b, qsizetype rb, bool *comparable)
{
    const HashKind ka = a.hashKind(ra), kb = b.hashKind(rb);
    const bool sizesKnown = a.fileSize(ra) >= 0 && b.fileSize(rb) >= 0;
    if (sizesKnown && a.fileSize(ra) != b.fileSize(rb)) {
        *comparable = true;
        return false;
    }
    if (ka != HashKind::None && ka == kb) {
        *comparable = true;
        return std::memcmp(a.digest(ra), b.digest(rb), size_t(hashByteLength(ka))) == 0;
    }
    // Different algorithms or no digest: only the size can tell.
    *comparable = sizesKnown;
    return true;
}

std::uint64_t digestKey(const Manifest &m, qsizetype row)
{
    std::uint64_t k = 0;
    std::memcpy(&k, m.digest(row), sizeof k);
    return k ^ std::uint64_t(m.hashKind(row));
}

} // namespace

BaselineDiff diffManifests(const Manifest &manifest, const Manifest &baseline)
{
    BaselineDiff diff;
    diff.valid = true;
    const size_t n = size_t(manifest.size());
    diff.states.assign(n, std::uint8_t(DiffState::Unchanged));
    diff.baselineRow.assign(n, -1);
    std::vector<std::uint8_t> matched(size_t(baseline.size()), 0);
    std::vector<std::int32_t> unmatchedRows;
    for (size_t i = 0; i < n; ++i) {
        const qsizetype j = baseline.find(manifest.pathView(qsizetype(i)));
        if (j < 0) {
            unmatchedRows.push_back(std::int32_t(i));
            continue;
        }
        matched[size_t(j)] = 1;
        diff.baselineRow[i] = std::int32_t(j);
        bool comparable = false;
        diff.states[i] =
            std::uint8_t(sameContent(manifest, qsizetype(i), baseline, j, &comparable) ? DiffState::Unchanged
                                                                                       : DiffState::Modified);
    }
    // Renames: an added path whose digest a removed baseline path had.
    std::unordered_multimap<std::uint64_t, std::int32_t> removedByDigest;
    removedByDigest.reserve(size_t(baseline.size()) / 16 + 16);
    for (size_t j = 0; j < matched.size(); ++j)
        if (!matched[j] && baseline.hashKind(qsizetype(j)) != HashKind::None)
            removedByDigest.emplace(digestKey(baseline, qsizetype(j)), std::int32_t(j));
    for (const std::int32_t i : unmatchedRows) {
        diff.states[size_t(i)] = std::uint8_t(DiffState::Added);
        if (manifest.hashKind(i) == HashKind::None || removedByDigest.empty())
            continue;
        auto [begin, end] = removedByDigest.equal_range(digestKey(manifest, i));
        for (auto it = begin; it != end; ++it) {
            const std::int32_t j = it->second;
            bool comparable = false;
            if (baseline.hashKind(j) == manifest.hashKind(i) &&
                sameContent(manifest, i, baseline, j, &comparable)) {
                diff.states[size_t(i)] = std::uint8_t(DiffState::Renamed);
                diff.baselineRow[size_t(i)] = j;
                matched[size_t(j)] = 1;
                removedByDigest.erase(it);
                break;
            }
        }
    }
    for (size_t j = 0; j < matched.size(); ++j)
        if (!matched[j])
            diff.removed.push_back(std::int32_t(j));

    // Totals, overall and per split.
    const int splitCol = manifest.columnIndex(QStringLiteral("split"));
    const int baseSplitCol = baseline.columnIndex(QStringLiteral("split"));
    for (size_t i = 0; i < n; ++i)
        ++diff.counts[diff.states[i]];
    diff.counts[int(DiffState::Removed)] = qint64(diff.removed.size());
    if (splitCol >= 0) {
        const ExtraColumn &c = manifest.columns()[size_t(splitCol)];
        if (c.kind == ExtraColumn::Kind::Text) {
            std::vector<DiffCounts> byId(size_t(manifest.pool().count()) + 1, DiffCounts{});
            for (size_t i = 0; i < n; ++i)
                ++byId[c.texts[i]][diff.states[i]];
            for (size_t id = 0; id < byId.size(); ++id) {
                qint64 any = 0;
                for (qint64 v : byId[id])
                    any += v;
                if (any)
                    diff.perSplit[manifest.pool().text(std::uint32_t(id))] = byId[id];
            }
        } else {
            for (size_t i = 0; i < n; ++i)
                ++diff.perSplit[manifest.extraText(splitCol, qsizetype(i))][diff.states[i]];
        }
    }
    if (baseSplitCol >= 0 || splitCol >= 0) {
        for (const std::int32_t j : diff.removed)
            ++diff.perSplit[baseSplitCol >= 0 ? baseline.extraText(baseSplitCol, j) : QString()]
                           [int(DiffState::Removed)];
    }
    return diff;
}

} // namespace mr::dataset
