// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/manifest.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

namespace mr::dataset {

QString hashKindName(HashKind k)
{
    switch (k) {
    case HashKind::Sha256: return QStringLiteral("sha256");
    case HashKind::Md5: return QStringLiteral("md5");
    case HashKind::None: break;
    }
    return {};
}

std::uint64_t hashPath(std::string_view path)
{
    return std::hash<std::string_view>{}(path);
}

QString pathProblem(std::string_view path)
{
    if (path.empty())
        return QCoreApplication::translate("mr::Dataset", "empty path");
    const auto text = [&] { return QString::fromUtf8(path.data(), qsizetype(path.size())); };
    if (path.front() == '/' || path.front() == '\\' || (path.size() > 1 && path[1] == ':'))
        return QCoreApplication::translate("mr::Dataset", "absolute path \"%1\" is not allowed").arg(text());
    // One pass: NUL bytes, and ".." as a whole component (separated by '/' or '\\').
    size_t componentStart = 0;
    for (size_t i = 0; i <= path.size(); ++i) {
        const char c = i < path.size() ? path[i] : '/';
        if (c == '\0')
            return QCoreApplication::translate("mr::Dataset", "path contains a NUL byte");
        if (c == '/' || c == '\\') {
            if (i - componentStart == 2 && path[componentStart] == '.' && path[componentStart + 1] == '.')
                return QCoreApplication::translate("mr::Dataset", "path \"%1\" leaves the data root")
                    .arg(text());
            componentStart = i + 1;
        }
    }
    return {};
}

namespace {
struct HexTable
{
    std::int8_t v[256];
    constexpr HexTable() : v()
    {
        for (int i = 0; i < 256; ++i)
            v[i] = -1;
        for (int i = 0; i < 10; ++i)
            v['0' + i] = std::int8_t(i);
        for (int i = 0; i < 6; ++i) {
            v['a' + i] = std::int8_t(10 + i);
            v['A' + i] = std::int8_t(10 + i);
        }
    }
};
constexpr HexTable kHex;
} // namespace

bool parseHexDigest(std::string_view hex, int n, std::uint8_t *out)
{
    if (hex.size() != size_t(n) * 2)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(hex.data());
    int bad = 0;
    for (int i = 0; i < n; ++i) {
        const int hi = kHex.v[p[2 * i]], lo = kHex.v[p[2 * i + 1]];
        bad |= hi | lo;
        out[i] = std::uint8_t(hi << 4 | lo);
    }
    return bad >= 0;
}

// --- StringPool -------------------------------------------------------------------------------

StringPool::StringPool()
{
    m_offsets.push_back(0);
    m_offsets.push_back(0);
    m_table.assign(64, 0);
}

void StringPool::grow()
{
    std::vector<std::uint32_t> table(m_table.size() * 2, 0);
    const size_t mask = table.size() - 1;
    for (std::uint32_t id = 1; id + 1 < m_offsets.size(); ++id) {
        size_t slot = hashPath(view(id)) & mask;
        while (table[slot])
            slot = (slot + 1) & mask;
        table[slot] = id;
    }
    m_table = std::move(table);
}

std::uint32_t StringPool::intern(std::string_view text)
{
    if (text.empty())
        return 0;
    const size_t mask = m_table.size() - 1;
    size_t slot = hashPath(text) & mask;
    while (const std::uint32_t id = m_table[slot]) {
        if (view(id) == text)
            return id;
        slot = (slot + 1) & mask;
    }
    const auto id = std::uint32_t(m_offsets.size() - 1);
    m_arena.append(text);
    m_offsets.push_back(std::uint32_t(m_arena.size()));
    m_table[slot] = id;
    if (size_t(count()) * 2 > m_table.size())
        grow();
    return id;
}

std::uint32_t StringPool::find(std::string_view text) const
{
    if (text.empty())
        return 0;
    const size_t mask = m_table.size() - 1;
    size_t slot = hashPath(text) & mask;
    while (const std::uint32_t id = m_table[slot]) {
        if (view(id) == text)
            return id;
        slot = (slot + 1) & mask;
    }
    return 0;
}

std::string_view StringPool::view(std::uint32_t id) const
{
    if (id == 0 || id + 1 >= m_offsets.size())
        return {};
    return std::string_view(m_arena.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
}

QString StringPool::text(std::uint32_t id) const
{
    const auto v = view(id);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

qint64 StringPool::memoryBytes() const
{
    return qint64(m_arena.capacity() + m_offsets.capacity() * 4 + m_table.capacity() * 4);
}

// --- ExtraColumn ------------------------------------------------------------------------------

bool ExtraColumn::hasValue(qsizetype row) const
{
    if (kind == Kind::Number)
        return size_t(row) < numbers.size() && !std::isnan(numbers[size_t(row)]);
    return size_t(row) < texts.size() && texts[size_t(row)] != 0;
}

// --- Manifest ---------------------------------------------------------------------------------

QString Manifest::path(qsizetype row) const
{
    const auto v = pathView(row);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QByteArray Manifest::digestHex(qsizetype row) const
{
    const int n = hashByteLength(hashKind(row));
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest(row)), n).toHex();
}

int Manifest::columnIndex(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == name)
            return int(i);
    return -1;
}

static QString formatNumber(double v)
{
    if (std::isnan(v))
        return {};
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QString Manifest::extraText(int column, qsizetype row) const
{
    const ExtraColumn &c = m_columns[size_t(column)];
    if (c.kind == ExtraColumn::Kind::Number)
        return size_t(row) < c.numbers.size() ? formatNumber(c.numbers[size_t(row)]) : QString();
    return size_t(row) < c.texts.size() ? m_pool.text(c.texts[size_t(row)]) : QString();
}

double Manifest::extraNumber(int column, qsizetype row) const
{
    const ExtraColumn &c = m_columns[size_t(column)];
    if (c.kind != ExtraColumn::Kind::Number || size_t(row) >= c.numbers.size())
        return std::numeric_limits<double>::quiet_NaN();
    return c.numbers[size_t(row)];
}

void Manifest::reserve(qsizetype rows, qsizetype pathBytes)
{
    m_arena.reserve(size_t(pathBytes));
    m_pathStart.reserve(size_t(rows) + 1);
    m_sizes.reserve(size_t(rows));
    m_hashKinds.reserve(size_t(rows));
    m_digests.reserve(size_t(rows) * 32);
    m_lines.reserve(size_t(rows));
}

qsizetype Manifest::addEntry(std::string_view path, qint64 bytes, HashKind kind, const std::uint8_t *digest,
                             int line)
{
    m_arena.append(path);
    m_pathStart.push_back(m_arena.size());
    m_sizes.push_back(bytes);
    m_hashKinds.push_back(std::uint8_t(kind));
    const size_t at = m_digests.size();
    m_digests.resize(at + 32);
    if (digest && kind != HashKind::None)
        std::memcpy(m_digests.data() + at, digest, size_t(hashByteLength(kind)));
    m_lines.push_back(std::uint32_t(std::max(0, line)));
    m_index.clear();
    return size() - 1;
}

int Manifest::addColumn(const QString &name)
{
    const int existing = columnIndex(name);
    if (existing >= 0)
        return existing;
    ExtraColumn c;
    c.name = name;
    m_columns.push_back(std::move(c));
    return int(m_columns.size()) - 1;
}

void Manifest::padColumn(ExtraColumn &c, size_t rows)
{
    // Columns grow with the rows' reserved capacity rather than doubling on their own.
    const size_t cap = std::max(rows, m_sizes.capacity());
    if (c.kind == ExtraColumn::Kind::Number && c.numbers.capacity() < cap)
        c.numbers.reserve(cap);
    else if (c.kind == ExtraColumn::Kind::Text && c.texts.capacity() < cap)
        c.texts.reserve(cap);
    if (c.kind == ExtraColumn::Kind::Number) {
        if (c.numbers.size() < rows)
            c.numbers.resize(rows, std::numeric_limits<double>::quiet_NaN());
    } else if (c.texts.size() < rows) {
        c.texts.resize(rows, 0);
    }
}

void Manifest::setNumber(int column, qsizetype row, double value)
{
    ExtraColumn &c = m_columns[size_t(column)];
    if (c.kind == ExtraColumn::Kind::Text) {
        const QByteArray t = formatNumber(value).toUtf8();
        setText(column, row, std::string_view(t.constData(), size_t(t.size())));
        return;
    }
    padColumn(c, size_t(row) + 1);
    c.numbers[size_t(row)] = value;
}

void Manifest::makeText(ExtraColumn &c)
{
    if (c.kind == ExtraColumn::Kind::Text)
        return;
    // Turn the column into text, keeping the numbers written so far.
    std::vector<std::uint32_t> texts(c.numbers.size(), 0);
    for (size_t i = 0; i < c.numbers.size(); ++i) {
        if (!std::isnan(c.numbers[i])) {
            const QByteArray t = formatNumber(c.numbers[i]).toUtf8();
            texts[i] = m_pool.intern(std::string_view(t.constData(), size_t(t.size())));
        }
    }
    c.kind = ExtraColumn::Kind::Text;
    c.texts = std::move(texts);
    std::vector<double>().swap(c.numbers);
}

void Manifest::setText(int column, qsizetype row, std::string_view text)
{
    ExtraColumn &c = m_columns[size_t(column)];
    makeText(c);
    padColumn(c, size_t(row) + 1);
    c.texts[size_t(row)] = m_pool.intern(text);
}

void Manifest::finishColumns()
{
    for (ExtraColumn &c : m_columns)
        padColumn(c, size_t(size()));
}

void Manifest::append(const Manifest &other)
{
    if (other.isEmpty())
        return;
    finishColumns();
    const size_t base = size_t(size());
    const std::uint64_t arenaBase = m_arena.size();
    m_arena.append(other.m_arena);
    for (size_t i = 1; i < other.m_pathStart.size(); ++i)
        m_pathStart.push_back(arenaBase + other.m_pathStart[i]);
    m_sizes.insert(m_sizes.end(), other.m_sizes.begin(), other.m_sizes.end());
    m_hashKinds.insert(m_hashKinds.end(), other.m_hashKinds.begin(), other.m_hashKinds.end());
    m_digests.insert(m_digests.end(), other.m_digests.begin(), other.m_digests.end());
    m_lines.insert(m_lines.end(), other.m_lines.begin(), other.m_lines.end());
    const size_t rows = size_t(size());
    for (const ExtraColumn &oc : other.m_columns) {
        const int ci = addColumn(oc.name);
        // A text column on either side makes the merged column text.
        if (oc.kind == ExtraColumn::Kind::Text)
            makeText(m_columns[size_t(ci)]);
        ExtraColumn &c = m_columns[size_t(ci)];
        padColumn(c, rows);
        if (c.kind == ExtraColumn::Kind::Number) {
            std::copy(oc.numbers.begin(), oc.numbers.end(), c.numbers.begin() + qsizetype(base));
        } else if (oc.kind == ExtraColumn::Kind::Number) {
            for (size_t i = 0; i < oc.numbers.size(); ++i)
                if (!std::isnan(oc.numbers[i]))
                    setText(ci, qsizetype(base + i), formatNumber(oc.numbers[i]).toStdString());
        } else {
            std::vector<std::uint32_t> remap(size_t(other.m_pool.count()) + 1, 0);
            for (size_t i = 1; i < remap.size(); ++i)
                remap[i] = std::numeric_limits<std::uint32_t>::max();
            for (size_t i = 0; i < oc.texts.size(); ++i) {
                const std::uint32_t id = oc.texts[i];
                if (remap[id] == std::numeric_limits<std::uint32_t>::max())
                    remap[id] = m_pool.intern(other.m_pool.view(id));
                c.texts[base + i] = remap[id];
            }
        }
    }
    finishColumns();
    if (other.declaredTotalBytes >= 0)
        declaredTotalBytes = std::max<qint64>(0, declaredTotalBytes) + other.declaredTotalBytes;
    if (other.declaredFileCount >= 0)
        declaredFileCount = std::max<qint64>(0, declaredFileCount) + other.declaredFileCount;
    rejectedUnsafePaths += other.rejectedUnsafePaths;
    rejectedLines += other.rejectedLines;
    m_index.clear();
}

void Manifest::buildIndex(std::vector<qsizetype> *duplicates)
{
    size_t cap = 16;
    while (cap < size_t(size()) * 2)
        cap <<= 1;
    std::vector<std::uint32_t> index(cap, 0);
    const size_t mask = cap - 1;
    for (qsizetype row = 0; row < size(); ++row) {
        const std::string_view p = pathView(row);
        size_t slot = hashPath(p) & mask;
        for (;;) {
            const std::uint32_t v = index[slot];
            if (v == 0) {
                index[slot] = std::uint32_t(row + 1);
                break;
            }
            if (pathView(qsizetype(v) - 1) == p) {
                if (duplicates)
                    duplicates->push_back(row);
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    m_index = std::move(index);
}

qsizetype Manifest::find(std::string_view path) const
{
    if (m_index.empty())
        return -1;
    const size_t mask = m_index.size() - 1;
    size_t slot = hashPath(path) & mask;
    for (;;) {
        const std::uint32_t v = m_index[slot];
        if (v == 0)
            return -1;
        if (pathView(qsizetype(v) - 1) == path)
            return qsizetype(v) - 1;
        slot = (slot + 1) & mask;
    }
}

qint64 Manifest::totalBytes() const
{
    qint64 total = 0;
    for (qint64 s : m_sizes)
        if (s > 0)
            total += s;
    return total;
}

ManifestTotals manifestTotals(const Manifest &m)
{
    ManifestTotals t;
    const int rowsCol = m.columnIndex(QStringLiteral("rows"));
    const int splitCol = m.columnIndex(QStringLiteral("split"));
    if (rowsCol >= 0)
        t.rows = 0;
    std::vector<SplitTotals> byId;
    const ExtraColumn *split = splitCol >= 0 ? &m.columns()[size_t(splitCol)] : nullptr;
    const bool splitText = split && split->kind == ExtraColumn::Kind::Text;
    if (splitText)
        byId.resize(size_t(m.pool().count()) + 1);
    for (qsizetype i = 0; i < m.size(); ++i) {
        const qint64 bytes = std::max<qint64>(0, m.fileSize(i));
        ++t.files;
        t.bytes += bytes;
        if (m.hashKind(i) != HashKind::None)
            ++t.withHash;
        qint64 rows = 0;
        if (rowsCol >= 0) {
            const double r = m.extraNumber(rowsCol, i);
            if (!std::isnan(r))
                rows = qint64(r);
            t.rows += rows;
        }
        if (split) {
            SplitTotals &s = splitText ? byId[split->texts[size_t(i)]] : t.perSplit[m.extraText(splitCol, i)];
            ++s.files;
            s.bytes += bytes;
            s.rows += rows;
        }
    }
    for (size_t id = 0; id < byId.size(); ++id)
        if (byId[id].files)
            t.perSplit[m.pool().text(std::uint32_t(id))] = byId[id];
    return t;
}

qint64 Manifest::memoryBytes() const
{
    qint64 bytes = qint64(m_arena.capacity() + m_pathStart.capacity() * 8 + m_sizes.capacity() * 8 +
                          m_hashKinds.capacity() + m_digests.capacity() + m_lines.capacity() * 4 +
                          m_index.capacity() * 4);
    for (const ExtraColumn &c : m_columns)
        bytes += qint64(c.numbers.capacity() * 8 + c.texts.capacity() * 4);
    return bytes + m_pool.memoryBytes();
}

} // namespace mr::dataset
