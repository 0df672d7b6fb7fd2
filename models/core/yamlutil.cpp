// SPDX-License-Identifier: Apache-2.0
#include "models/core/yamlutil.h"

#include <yaml-cpp/eventhandler.h>

#include <QCoreApplication>

#include <cstring>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace mr {

namespace {

struct LimitExceeded
{
    YAML::Mark mark;
    QString reason;
};

// Counts the nodes each anchored node expands to, so that an alias costs what its expansion
// would cost. Saturates instead of overflowing.
class BoundsChecker final : public YAML::EventHandler
{
public:
    explicit BoundsChecker(const YamlLimits &limits) : m_limits(limits) {}

    void OnDocumentStart(const YAML::Mark &) override
    {
        ++m_documents;
        m_stack.clear();
        m_stack.push_back({{}, 0, 0});
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor, 1); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        // An alias inside the node it names makes the tree a cycle: every walk of it recurses
        // until the stack overflows (fuzz_import_dvc_params).
        for (const Frame &f : m_stack)
            if (f.anchor && f.anchor == anchor)
                throw LimitExceeded{mark, QCoreApplication::translate(
                                              "mr::Core", "an alias inside the node it refers to (a cycle)")};
        const auto it = m_sizes.find(anchor);
        const qint64 size = it == m_sizes.end() ? 1 : it->second;
        m_expanded = sum(m_expanded, size);
        if (m_expanded > m_limits.aliasBudget + m_limits.aliasRatio * m_literal)
            throw LimitExceeded{mark, QCoreApplication::translate(
                                          "mr::Core", "aliases expand to %1 nodes from %2 written ones "
                                                      "(an alias bomb?)")
                                          .arg(m_expanded)
                                          .arg(m_literal)};
        add(mark, size);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        if (qint64(value.size()) > m_limits.maxScalarBytes)
            throw LimitExceeded{mark, QCoreApplication::translate(
                                          "mr::Core", "a scalar of %1 bytes is longer than the limit of %2")
                                          .arg(value.size())
                                          .arg(m_limits.maxScalarBytes)};
        leaf(mark, anchor, 1);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

    int documents() const { return m_documents; }

private:
    struct Frame
    {
        YAML::Mark mark;
        YAML::anchor_t anchor;
        qint64 count;
    };

    static qint64 sum(qint64 a, qint64 b) { return a > INT64_MAX - b ? INT64_MAX : a + b; }

    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor, qint64 size)
    {
        ++m_literal;
        if (anchor)
            m_sizes[anchor] = size;
        add(mark, size);
    }
    void add(const YAML::Mark &mark, qint64 size)
    {
        m_total = sum(m_total, size);
        if (m_total > m_limits.maxNodes)
            throw LimitExceeded{
                mark, QCoreApplication::translate("mr::Core", "the document expands to more than %1 nodes "
                                                              "(aliases counted as their expansion)")
                          .arg(m_limits.maxNodes)};
        if (!m_stack.empty())
            m_stack.back().count = sum(m_stack.back().count, size);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (int(m_stack.size()) > m_limits.maxDepth)
            throw LimitExceeded{mark, QCoreApplication::translate("mr::Core", "nesting deeper than %1 levels")
                                          .arg(m_limits.maxDepth)};
        ++m_literal;
        add(mark, 1);
        m_stack.push_back({mark, anchor, 1});
    }
    void close()
    {
        if (m_stack.size() < 2)
            return;
        const Frame f = m_stack.back();
        m_stack.pop_back();
        if (f.anchor)
            m_sizes[f.anchor] = f.count;
        // open() already counted the node itself in the parent; its children go up now.
        m_stack.back().count = sum(m_stack.back().count, f.count - 1);
    }

    YamlLimits m_limits;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, qint64> m_sizes;
    qint64 m_total = 0;    // nodes with aliases expanded
    qint64 m_literal = 0;  // nodes written in the text
    qint64 m_expanded = 0; // nodes that aliases stand for
    int m_documents = 0;
};

} // namespace

bool loadYaml(const QByteArray &data, const QString &fileName, YAML::Node *root, Diagnostic *error,
              const YamlLimits &limits)
{
    auto fail = [&](const YAML::Mark &mark, const QString &reason) {
        if (error)
            *error = Diagnostic{fileName,
                                mark.line >= 0 ? mark.line + 1 : 0,
                                mark.column >= 0 ? mark.column + 1 : 0,
                                {},
                                reason};
        return false;
    };
    // yaml-cpp scans a few MB a second: a 50 MB scalar on one line took 12 s before the
    // bounds below could see it. A line longer than any scalar may be is refused unscanned.
    // yaml-cpp passes bytes through unchecked, so text that is not UTF-8 is refused here too:
    // strings read from YAML end up in JSON, whose writer throws on invalid UTF-8 (the results
    // YAML fuzzer found it). Text with a UTF-16 or UTF-32 byte order mark is yaml-cpp's to decode.
    const bool utf8 = !data.startsWith("\xFF\xFE") && !data.startsWith("\xFE\xFF") &&
                      !data.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
    for (qsizetype start = 0, line = 0; start < data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        // YAML text holds no NUL; yaml-cpp turned one into invalid UTF-8 in the string it ended.
        if (const void *nul =
                utf8 ? std::memchr(data.constData() + start, 0, size_t(end - start)) : nullptr) {
            YAML::Mark mark = YAML::Mark::null_mark();
            mark.line = int(line);
            mark.column = int(static_cast<const char *>(nul) - (data.constData() + start));
            return fail(mark, QCoreApplication::translate("mr::Core", "a NUL byte in YAML text"));
        }
        if (utf8 && !QByteArrayView(data.constData() + start, end - start).isValidUtf8()) {
            YAML::Mark mark = YAML::Mark::null_mark();
            mark.line = int(line);
            mark.column = -1; // unknown: the line is named
            return fail(mark, QCoreApplication::translate("mr::Core", "not valid UTF-8"));
        }
        if (end - start > limits.maxScalarBytes) {
            YAML::Mark mark = YAML::Mark::null_mark();
            mark.line = int(line);
            mark.column = 0;
            return fail(mark, QCoreApplication::translate("mr::Core",
                                                          "a line of %1 bytes is longer than the limit of %2")
                                  .arg(end - start)
                                  .arg(limits.maxScalarBytes));
        }
        start = end + 1;
    }
    try {
        {
            std::istringstream in(data.toStdString());
            YAML::Parser parser(in);
            BoundsChecker checker(limits);
            parser.HandleNextDocument(checker); // YAML::Load reads the first document only
        }
        *root = YAML::Load(data.toStdString());
        return true;
    } catch (const LimitExceeded &e) {
        return fail(e.mark, e.reason);
    } catch (const YAML::Exception &e) {
        return fail(
            e.mark,
            QCoreApplication::translate("mr::Core", "malformed YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return fail(
            YAML::Mark::null_mark(),
            QCoreApplication::translate("mr::Core", "malformed YAML: %1").arg(QString::fromUtf8(e.what())));
    }
}

bool loadYamlMapping(const QByteArray &data, const QString &fileName, YAML::Node *root, Diagnostic *error,
                     const YamlLimits &limits)
{
    if (!loadYaml(data, fileName, root, error, limits))
        return false;
    if (root->IsMap())
        return true;
    *error = {fileName,
              1,
              1,
              {},
              QCoreApplication::translate("mr::Core", "expected a YAML mapping at the top level")};
    return false;
}

} // namespace mr
