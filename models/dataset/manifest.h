// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/hashing.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mr::dataset {

enum class HashKind : std::uint8_t { None, Sha256, Md5 };

inline int hashByteLength(HashKind k)
{
    return k == HashKind::Sha256 ? 32 : k == HashKind::Md5 ? 16 : 0;
}
QString hashKindName(HashKind k); // "sha256", "md5", ""

// Strings that repeat (split names, media types) stored once; cells hold 32-bit ids. Id 0 is
// the empty string and stands for "no value".
class StringPool
{
public:
    StringPool();
    std::uint32_t intern(std::string_view text);
    std::string_view view(std::uint32_t id) const;
    QString text(std::uint32_t id) const;
    std::uint32_t find(std::string_view text) const; // 0 when absent
    qsizetype count() const { return qsizetype(m_offsets.size()) - 1; }
    qint64 memoryBytes() const;

private:
    void grow();
    std::string m_arena;
    std::vector<std::uint32_t> m_offsets; // count()+1 offsets into m_arena
    std::vector<std::uint32_t> m_table;   // open addressing: id, 0 = empty slot
};

// One extra manifest column (rows, split, media_type, ...). A column starts numeric and turns
// into text when it meets a value that is not a number; text cells are interned.
struct ExtraColumn
{
    enum class Kind { Number, Text };
    QString name;
    Kind kind = Kind::Number;
    std::vector<double> numbers;      // NaN = no value (Number)
    std::vector<std::uint32_t> texts; // pool id, 0 = no value (Text)

    bool hasValue(qsizetype row) const;
};

// The manifest as columns: one entry per file, no QString or QVariant per cell. Paths are UTF-8
// in one arena; digests are binary. Value type (copyable), shared read-only between threads
// once built.
class Manifest
{
public:
    QString fileName;               // display name of the file read (for messages)
    QString format;                 // "jsonl", "csv", "dvc", "lfs"
    qint64 declaredTotalBytes = -1; // a total the source states (DVC directory size), -1 when none
    qint64 declaredFileCount = -1;  // a count the source states (DVC nfiles), -1 when none
    int rejectedUnsafePaths = 0;    // lines dropped because the path left the root
    int rejectedLines = 0;          // every line dropped, for whatever reason

    qsizetype size() const { return qsizetype(m_sizes.size()); }
    bool isEmpty() const { return m_sizes.empty(); }

    std::string_view pathView(qsizetype row) const
    {
        return std::string_view(m_arena.data() + m_pathStart[size_t(row)],
                                m_pathStart[size_t(row) + 1] - m_pathStart[size_t(row)]);
    }
    QString path(qsizetype row) const;
    qint64 fileSize(qsizetype row) const { return m_sizes[size_t(row)]; } // -1 when unknown
    HashKind hashKind(qsizetype row) const { return HashKind(m_hashKinds[size_t(row)]); }
    const std::uint8_t *digest(qsizetype row) const { return m_digests.data() + size_t(row) * 32; }
    QByteArray digestHex(qsizetype row) const;
    int line(qsizetype row) const { return int(m_lines[size_t(row)]); }

    const std::vector<ExtraColumn> &columns() const { return m_columns; }
    int columnIndex(const QString &name) const;
    const StringPool &pool() const { return m_pool; }
    // A cell of an extra column as text ("" when none); numbers without trailing zeros.
    QString extraText(int column, qsizetype row) const;
    double extraNumber(int column, qsizetype row) const; // NaN when none or text

    // Building (single thread). Returns the new row. The digest is `hashKind`'s bytes.
    qsizetype addEntry(std::string_view path, qint64 bytes, HashKind kind, const std::uint8_t *digest,
                       int line);
    int addColumn(const QString &name);
    void setNumber(int column, qsizetype row, double value);
    void setText(int column, qsizetype row, std::string_view text);
    // Appends every row of `other` (interned strings remapped, columns matched by name).
    void append(const Manifest &other);
    // Pads every column to size(); call once when building is done.
    void finishColumns();
    void reserve(qsizetype rows, qsizetype pathBytes);

    // Path index (exact, open addressing). Duplicates: the first row wins; `duplicates` gets
    // the later rows. find() needs buildIndex() first.
    void buildIndex(std::vector<qsizetype> *duplicates = nullptr);
    qsizetype find(std::string_view path) const; // -1 when absent
    bool hasIndex() const { return !m_index.empty() || isEmpty(); }

    qint64 totalBytes() const; // sum of known sizes
    qint64 pathBytes() const { return qint64(m_arena.size()); }
    qint64 memoryBytes() const;

private:
    void padColumn(ExtraColumn &c, size_t rows);
    void makeText(ExtraColumn &c);

    std::string m_arena;
    std::vector<std::uint64_t> m_pathStart{0};
    std::vector<qint64> m_sizes;
    std::vector<std::uint8_t> m_hashKinds;
    std::vector<std::uint8_t> m_digests; // 32 bytes per row
    std::vector<std::uint32_t> m_lines;
    std::vector<ExtraColumn> m_columns;
    StringPool m_pool;
    std::vector<std::uint32_t> m_index; // row + 1, 0 = empty slot
};

struct SplitTotals
{
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 rows = 0;
};

// What the table's footer and the reports show: files, bytes, rows (the "rows" column summed,
// -1 when there is none), entries with a digest, and the same per "split" value.
struct ManifestTotals
{
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 rows = -1;
    qint64 withHash = 0;
    QMap<QString, SplitTotals> perSplit; // empty when there is no "split" column
};
ManifestTotals manifestTotals(const Manifest &manifest);

std::uint64_t hashPath(std::string_view path);

// Checks a manifest path: relative, no "..", no NUL, not empty. Returns an empty string when
// fine, else why not.
QString pathProblem(std::string_view path);
// Parses hex into `out` (n bytes); false when not exactly 2n hex digits.
bool parseHexDigest(std::string_view hex, int n, std::uint8_t *out);

} // namespace mr::dataset
