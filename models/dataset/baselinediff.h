// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/dataset/manifest.h"

#include <QMap>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace mr::dataset {

enum class DiffState : std::uint8_t { Unchanged, Added, Removed, Modified, Renamed };
inline constexpr int kDiffStateCount = 5;
QString diffStateName(DiffState s); // "unchanged", "added", "removed", "modified", "renamed"

using DiffCounts = std::array<qint64, kDiffStateCount>;

// The manifest against its baseline. Manifest rows carry a state and, for modified, renamed and
// unchanged, the baseline row they match; baseline rows no manifest row matches are `removed`.
// A renamed entry has the same digest (and size) as a removed baseline path; each baseline row
// pairs with at most one renamed entry.
struct BaselineDiff
{
    bool valid = false;                    // a baseline was compared
    std::vector<std::uint8_t> states;      // DiffState per manifest row
    std::vector<std::int32_t> baselineRow; // per manifest row, -1 when none
    std::vector<std::int32_t> removed;     // baseline rows, in baseline order
    DiffCounts counts{};                   // per state (removed counted from `removed`)
    QMap<QString, DiffCounts> perSplit;    // by the "split" column ("" when an entry has none)

    DiffState state(qsizetype row) const
    {
        return valid ? DiffState(states[size_t(row)]) : DiffState::Unchanged;
    }
    qint64 changedCount() const { return counts[1] + counts[2] + counts[3] + counts[4]; }
};

// Both manifests must be indexed (Manifest::buildIndex). Linear in their sizes.
BaselineDiff diffManifests(const Manifest &manifest, const Manifest &baseline);

} // namespace mr::dataset
