// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace mr::dataset::detail {

// Reads a file as records (lines; for CSV, lines outside quotes) in large blocks, without
// loading the file whole. Every record handed out has at least `padding` readable bytes after
// it (simdjson's requirement). Records longer than the limit are skipped and reported.
class RecordReader
{
public:
    enum class Status { Record, TooLong, End, Error };

    RecordReader(int fd, qsizetype maxRecord, bool quoteAware, size_t padding = 64);

    Status next(std::string_view *record);
    int line() const { return m_recordLine; }          // first line of the last record (1-based)
    qint64 skippedLength() const { return m_skipped; } // TooLong: the record's length
    qint64 bytesRead() const { return m_bytesRead; }
    int error() const { return m_errno; }

private:
    bool fill();
    // Position of the record end in [m_begin, m_end), from m_scan on; -1 when not there yet.
    qsizetype findEnd();

    int m_fd;
    qsizetype m_maxRecord;
    bool m_quoteAware;
    size_t m_padding;
    std::vector<char> m_buf;
    qsizetype m_begin = 0, m_end = 0, m_scan = 0;
    bool m_inQuotes = false;
    int m_newlinesInRecord = 0;
    bool m_eof = false;
    int m_nextLine = 1;
    int m_recordLine = 0;
    qint64 m_skipped = 0;
    qint64 m_bytesRead = 0;
    int m_errno = 0;
};

} // namespace mr::dataset::detail
