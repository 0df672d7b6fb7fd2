// SPDX-License-Identifier: Apache-2.0
// The streaming path of the JSON results reader: a SAX pass over the text that flattens metrics
// as they are read, with no document tree (a million metrics cost their values, not a DOM of
// kilobytes each). It handles the common shape, an object of metrics with unique keys. Anything
// else (a parse error, a duplicated key or flattened name, DVC command output, nesting deeper
// than kMaxDepth) makes it give up, and readResultsJson() reads the file again with the tree
// reader, which owns every located diagnostic. Giving up is cheap next to a wrong answer.
#include "models/results/readerinternal.h"

#include "models/core/jsonutil.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace mr::results::detail {

namespace {

using nlohmann::json;

// U+E000 in UTF-8: the prefix rewriteNonFinite() gives bare NaN / Infinity tokens.
constexpr char kSentinelUtf8[] = "\xEE\x80\x80";

class FastSax
{
public:
    explicit FastSax(Builder &b) : m_b(b) { m_b.trackSeen = false; }

    bool gaveUp() const { return m_gaveUp; }
    // A flattened name given twice (a duplicated key, or a dotted key meeting a nested one), or
    // a metric named like a container: the tree reader reports which, and which value is kept.
    bool hasCollision() const;

    // The tree reader flattened objects in key order (UTF-8 byte order) and arrays in index
    // order, level by level; the metrics are put in that same order so that both paths give
    // the same list.
    void sortLikeTheTree();
    // True when the document was DVC `metrics diff` output, which the tree reader unwraps.
    bool looksLikeDvcDiff() const { return m_diffShape && m_rootValues > 0; }

    bool null() { return scalar(MetricValue::null()); }
    bool boolean(bool v) { return scalar(MetricValue::fromBool(v)); }
    bool number_integer(json::number_integer_t v) { return scalar(MetricValue::fromNumber(double(v))); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(MetricValue::fromNumber(double(v))); }
    bool number_float(json::number_float_t v, const json::string_t &)
    {
        return scalar(MetricValue::fromNumber(v));
    }
    bool binary(json::binary_t &) { return giveUp(); }
    bool string(json::string_t &v)
    {
        if (m_reserved)
            return reservedValue(json(std::move(v)));
        if (v.compare(0, 3, kSentinelUtf8) == 0)
            return scalar(classifyText(QString::fromUtf8(v.data() + 3, qsizetype(v.size() - 3))));
        return scalar(MetricValue::fromString(QString::fromUtf8(v.data(), qsizetype(v.size()))));
    }

    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t &k)
    {
        if (m_reserved) {
            m_reservedKey = std::move(k);
            return true;
        }
        Frame &top = m_stack.back();
        if (m_stack.size() == 1) {
            ++m_rootValues;
            if (k == "workspace" || k == "diff")
                return giveUp(); // DVC `exp show` / `metrics diff` output: the tree reader unwraps it
            if (k == "provenance" || k == "metric_specs") {
                m_reserved = true;
                m_reservedName = k;
                m_reservedKey.clear();
                return true;
            }
        }
        if (m_stack.size() == 3 && k == "new")
            top.hasNew = true;
        m_name = joinKey(top.name, QString::fromUtf8(k.data(), qsizetype(k.size())));
        // The same flattened name twice is a duplicated key or a dotted key meeting a nested
        // one: the tree reader reports which, and which value is kept.
        if (m_containers.contains(m_name))
            return giveUp(); // scalars read twice are found by hasCollision()
        return true;
    }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return giveUp();
    }

private:
    struct Frame
    {
        bool object = false;
        QString name;        // the flattened name of this container
        qsizetype index = 0; // next array index
        bool hasNew = false; // a third-level object with a "new" key (DVC metrics diff)
        int node = 0;        // index in m_nodes
    };
    // Where a metric or a container sits: its parent container and, in an array, its index.
    struct Place
    {
        int parent = 0;
        qsizetype arrayIndex = -1;
    };
    struct Node
    {
        QString name;
        Place place;
        int depth = 0;
        bool array = false;
    };
    // The key of an item (a metric or a container named `name`) under `parent`.
    QStringView keyOf(const QString &name, int parent) const
    {
        const qsizetype skip = parent == 0 ? 0 : m_nodes[size_t(parent)].name.size() + 1;
        return QStringView(name).mid(skip);
    }
    bool itemLess(const QString &aName, Place a, const QString &bName, Place b) const;

    bool giveUp()
    {
        m_gaveUp = true;
        return false;
    }

    Place currentPlace() const
    {
        const Frame &top = m_stack.back();
        return Place{top.node, top.object ? -1 : top.index};
    }

    // The name of the value about to be read: the last key, or the next array index.
    QString valueName()
    {
        Frame &top = m_stack.back();
        if (top.object)
            return m_name;
        QString n = joinKey(top.name, QString::number(top.index++));
        if (m_containers.contains(n)) {
            m_gaveUp = true;
            return {};
        }
        return n;
    }

    bool scalar(MetricValue v)
    {
        if (m_reserved)
            return reservedValue(toReservedJson(v));
        if (m_stack.empty() || !m_stack.front().object)
            return giveUp(); // a scalar or an array at the top: the tree reader says what it is
        if (m_stack.size() <= 2)
            m_diffShape = false; // DVC diff: objects at the first two levels
        const Place place = currentPlace();
        const QString name = valueName();
        if (m_gaveUp)
            return false;
        const qsizetype before = m_b.out.metrics.size();
        if (!m_b.add(name, std::move(v), name))
            return giveUp();
        if (m_b.out.metrics.size() > before)
            m_places.push_back(place);
        return true;
    }

    bool open(bool object)
    {
        if (m_reserved)
            return reservedOpen(object);
        if (m_stack.empty()) {
            if (!object)
                return giveUp();
            m_stack.push_back(Frame{true, {}, 0, false, 0});
            m_nodes.push_back(Node{{}, {}, 0, false});
            return true;
        }
        if (int(m_stack.size()) >= kMaxDepth)
            return giveUp(); // the tree reader reports the depth
        if (!object && m_stack.size() <= 2)
            m_diffShape = false;
        const Place place = currentPlace();
        const QString name = valueName();
        if (m_gaveUp)
            return false;
        m_containers.insert(name);
        const int node = int(m_nodes.size());
        m_nodes.push_back(Node{name, place, m_nodes[size_t(place.parent)].depth + 1, !object});
        m_stack.push_back(Frame{object, name, 0, false, node});
        return true;
    }

    bool close()
    {
        if (m_reserved)
            return reservedClose();
        if (m_stack.size() == 3 && !m_stack.back().hasNew)
            m_diffShape = false;
        m_stack.pop_back();
        return true;
    }

    // ---- the reserved top-level keys, built as a small tree for readReserved() ----

    static json toReservedJson(const MetricValue &v)
    {
        switch (v.kind) {
        case MetricValue::Kind::Number: return json(v.number);
        case MetricValue::Kind::Bool: return json(v.text == QLatin1String("true"));
        case MetricValue::Kind::String: return json(ss(v.text));
        default: return json(nullptr);
        }
    }

    json *reservedSlot()
    {
        if (m_tree.empty())
            return &m_reservedRoot;
        json &top = *m_tree.back();
        if (top.is_array()) {
            top.push_back(nullptr);
            return &top.back();
        }
        if (top.contains(m_reservedKey))
            m_gaveUp = true; // a duplicated key: the tree reader reports it
        return &top[m_reservedKey];
    }

    bool reservedValue(json v)
    {
        *reservedSlot() = std::move(v);
        if (m_gaveUp)
            return false;
        if (m_tree.empty())
            finishReserved();
        return true;
    }

    bool reservedOpen(bool object)
    {
        if (int(m_tree.size()) >= kMaxDepth)
            return giveUp();
        json *slot = reservedSlot();
        if (m_gaveUp)
            return false;
        *slot = object ? json::object() : json::array();
        m_tree.push_back(slot);
        return true;
    }

    bool reservedClose()
    {
        m_tree.pop_back();
        if (m_tree.empty())
            finishReserved();
        return true;
    }

    void finishReserved()
    {
        // The DVC diff test looks at every top-level value, the reserved ones included.
        bool diffEntry = m_reservedRoot.is_object();
        if (diffEntry)
            for (const json &m : m_reservedRoot)
                diffEntry = diffEntry && m.is_object() && m.contains("new");
        m_diffShape = m_diffShape && diffEntry;
        json root = json::object();
        root[m_reservedName] = std::move(m_reservedRoot);
        readReserved(root, m_b);
        m_reservedRoot = nullptr;
        m_reserved = false;
    }

    Builder &m_b;
    std::vector<Frame> m_stack;
    std::vector<Node> m_nodes;   // containers; 0 is the root
    std::vector<Place> m_places; // one per metric added, in file order
    QSet<QString> m_containers;  // flattened names of the containers seen (few)
    QString m_name;
    bool m_gaveUp = false;
    bool m_diffShape = true;
    qsizetype m_rootValues = 0;

    bool m_reserved = false;
    std::string m_reservedName;
    std::string m_reservedKey;
    json m_reservedRoot;
    std::vector<json *> m_tree;
};

// UTF-16 code units compared so that the order is the code point order, which is UTF-8's byte
// order (std::string keys in the tree reader).
int compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0xD800 && y >= 0xD800) { // surrogates sort after U+E000..U+FFFF
            x = x >= 0xE000 ? char16_t(x - 0x800) : char16_t(x + 0x2000);
            y = y >= 0xE000 ? char16_t(y - 0x800) : char16_t(y + 0x2000);
        }
        return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

bool FastSax::itemLess(const QString &aName, Place a, const QString &bName, Place b) const
{
    const QString *an = &aName, *bn = &bName;
    // Climb to the children of the common container; a metric is one level below its parent.
    int aDepth = m_nodes[size_t(a.parent)].depth + 1, bDepth = m_nodes[size_t(b.parent)].depth + 1;
    while (a.parent != b.parent) {
        if (aDepth >= bDepth) {
            const Node &n = m_nodes[size_t(a.parent)];
            an = &n.name;
            a = n.place;
            --aDepth;
        } else {
            const Node &n = m_nodes[size_t(b.parent)];
            bn = &n.name;
            b = n.place;
            --bDepth;
        }
    }
    if (m_nodes[size_t(a.parent)].array)
        return a.arrayIndex < b.arrayIndex;
    return compareCodePoints(keyOf(*an, a.parent), keyOf(*bn, b.parent)) < 0;
}

bool FastSax::hasCollision() const
{
    const QList<NamedValue> &metrics = m_b.out.metrics;
    std::vector<const QString *> names;
    names.reserve(size_t(metrics.size()));
    for (const NamedValue &nv : metrics)
        names.push_back(&nv.name);
    const auto less = [](const QString *x, const QString *y) { return *x < *y; };
    if (!std::is_sorted(names.cbegin(), names.cend(), less))
        std::sort(names.begin(), names.end(), less);
    for (size_t i = 1; i < names.size(); ++i)
        if (*names[i] == *names[i - 1])
            return true;
    for (const QString &c : m_containers)
        if (std::binary_search(names.cbegin(), names.cend(), &c, less))
            return true;
    return false;
}

void FastSax::sortLikeTheTree()
{
    QList<NamedValue> &metrics = m_b.out.metrics;
    if (qsizetype(m_places.size()) != metrics.size())
        return;
    bool sorted = true; // the common case (Python's json.dump of a sorted dict): one pass
    for (qsizetype i = 1; i < metrics.size() && sorted; ++i)
        sorted = !itemLess(metrics.at(i).name, m_places[size_t(i)], metrics.at(i - 1).name,
                           m_places[size_t(i - 1)]);
    if (sorted)
        return;
    std::vector<qsizetype> order(m_places.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        return itemLess(metrics.at(x).name, m_places[size_t(x)], metrics.at(y).name, m_places[size_t(y)]);
    });
    QList<NamedValue> out;
    out.reserve(metrics.size());
    for (const qsizetype i : order)
        out.append(std::move(metrics[i]));
    metrics = std::move(out);
}

} // namespace

bool readResultsJsonFast(const QByteArray &text, Builder &b)
{
    FastSax sax(b);
    bool ok = false;
    try {
        ok = json::sax_parse(text.constBegin(), text.constEnd(), &sax);
    } catch (const std::exception &) {
        return false;
    }
    if (!ok || sax.gaveUp() || sax.looksLikeDvcDiff() || sax.hasCollision())
        return false;
    sax.sortLikeTheTree();
    return true;
}

} // namespace mr::results::detail
