// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/recordreader.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace mr::dataset::detail {

namespace {
constexpr qsizetype kBlock = qsizetype(4) << 20;
}

RecordReader::RecordReader(int fd, qsizetype maxRecord, bool quoteAware, size_t padding)
    : m_fd(fd), m_maxRecord(maxRecord), m_quoteAware(quoteAware), m_padding(padding)
{
    // A file smaller than a block gets a buffer of its size: opening many small manifests (or
    // fuzzing the readers) then costs no 4 MiB allocation each. Growth after fstat only means
    // smaller reads.
    qsizetype block = kBlock;
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < block)
        block = std::max<qsizetype>(qsizetype(st.st_size), 4096);
    m_buf.resize(size_t(block + maxRecord) + padding + 1);
}

bool RecordReader::fill()
{
    // Keep the unfinished record, then read a block after it.
    if (m_begin > 0) {
        const qsizetype n = m_end - m_begin;
        std::memmove(m_buf.data(), m_buf.data() + m_begin, size_t(n));
        m_scan -= m_begin;
        m_end = n;
        m_begin = 0;
    }
    const qsizetype room = qsizetype(m_buf.size() - m_padding) - m_end;
    for (;;) {
        const ssize_t n = ::read(m_fd, m_buf.data() + m_end, size_t(room));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_errno = errno;
            return false;
        }
        if (n == 0)
            m_eof = true;
        m_end += n;
        m_bytesRead += n;
        std::memset(m_buf.data() + m_end, 0, m_padding);
        return true;
    }
}

qsizetype RecordReader::findEnd()
{
    const char *d = m_buf.data();
    if (!m_quoteAware) {
        const void *p = std::memchr(d + m_scan, '\n', size_t(m_end - m_scan));
        if (!p) {
            m_scan = m_end;
            return -1;
        }
        return static_cast<const char *>(p) - d;
    }
    for (qsizetype i = m_scan; i < m_end; ++i) {
        const char c = d[i];
        if (c == '"')
            m_inQuotes = !m_inQuotes;
        else if (c == '\n') {
            if (!m_inQuotes)
                return i;
            ++m_newlinesInRecord;
        }
    }
    m_scan = m_end;
    return -1;
}

RecordReader::Status RecordReader::next(std::string_view *record)
{
    bool skipping = false;
    for (;;) {
        const qsizetype end = findEnd();
        if (end >= 0) {
            m_recordLine = m_nextLine;
            m_nextLine += 1 + m_newlinesInRecord;
            m_newlinesInRecord = 0;
            m_inQuotes = false;
            qsizetype recEnd = end;
            if (recEnd > m_begin && m_buf[size_t(recEnd - 1)] == '\r')
                --recEnd;
            const qsizetype begin = m_begin;
            m_begin = m_scan = end + 1;
            if (skipping) {
                m_skipped += end - begin;
                return Status::TooLong;
            }
            *record = std::string_view(m_buf.data() + begin, size_t(recEnd - begin));
            return Status::Record;
        }
        if (m_eof) {
            if (m_begin >= m_end && !skipping)
                return Status::End;
            m_recordLine = m_nextLine;
            m_nextLine += 1 + m_newlinesInRecord;
            m_newlinesInRecord = 0;
            const qsizetype begin = m_begin;
            m_begin = m_scan = m_end;
            if (skipping) {
                m_skipped += m_end - begin;
                return Status::TooLong;
            }
            qsizetype recEnd = m_end;
            if (recEnd > begin && m_buf[size_t(recEnd - 1)] == '\r')
                --recEnd;
            *record = std::string_view(m_buf.data() + begin, size_t(recEnd - begin));
            return Status::Record;
        }
        if (m_end - m_begin > m_maxRecord) {
            // Too long: drop what we hold and keep scanning for the end.
            if (!skipping)
                m_skipped = 0;
            skipping = true;
            m_skipped += m_end - m_begin;
            m_begin = m_scan = m_end;
        }
        if (!fill())
            return Status::Error;
    }
}

} // namespace mr::dataset::detail
