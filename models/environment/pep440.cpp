// SPDX-License-Identifier: Apache-2.0
#include "models/environment/pep440.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace mr::environment {

QString normalizeName(const QString &name)
{
    // PEP 503: lower case, every run of '-', '_' and '.' becomes one '-'. One pass without a
    // regular expression: a million-line pip freeze normalises a million names.
    QString n = name.trimmed();
    // Already normal (the common case): shared with `name`, no allocation.
    const bool normal = std::none_of(n.cbegin(), n.cend(),
                                     [](QChar c) {
                                         return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                                                c.unicode() >= 0x80 || c == QLatin1Char('_') ||
                                                c == QLatin1Char('.');
                                     }) &&
                        !n.contains(QLatin1String("--"));
    if (normal)
        return n;
    const bool ascii = std::all_of(n.cbegin(), n.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        n = n.toLower(); // whole-string case mapping (surrogate pairs, special cases)
    QChar *out = n.data();
    qsizetype w = 0;
    bool inRun = false;
    for (qsizetype r = 0; r < n.size(); ++r) {
        char16_t u = n.at(r).unicode();
        const bool separator = u == u'-' || u == u'_' || u == u'.';
        if (separator && inRun)
            continue;
        inRun = separator;
        if (separator)
            u = u'-';
        else if (u >= u'A' && u <= u'Z')
            u = char16_t(u + (u'a' - u'A'));
        out[w++] = QChar(u);
    }
    n.truncate(w);
    return n;
}

namespace {

// The regular expression of the `packaging` reference implementation (VERSION_PATTERN).
const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*v?"
            "(?:(?<epoch>[0-9]+)!)?"
            "(?<release>[0-9]+(?:\\.[0-9]+)*)"
            "(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?"
            "(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?"
            "(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?"
            "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?"
            "\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isNumber(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// Numbers beyond 18 digits saturate instead of overflowing; such versions still order sanely.
qint64 toNumber(const QString &s)
{
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    return ok ? v : std::numeric_limits<qint64>::max();
}

int cmp(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

QList<qint64> stripped(QList<qint64> r)
{
    while (r.size() > 1 && r.last() == 0)
        r.removeLast();
    return r;
}

// The pre-release sort key of `packaging`: a dev-only release sorts before any pre-release,
// a final release after all of them.
std::pair<int, qint64> preKey(const Version &v)
{
    if (v.pre == Version::Pre::None && v.post < 0 && v.dev >= 0)
        return {-1, 0};
    if (v.pre == Version::Pre::None)
        return {4, 0};
    return {int(v.pre), v.preNumber};
}

int compareLocal(const QStringList &a, const QStringList &b)
{
    // No label sorts before any label; numeric segments sort after alphanumeric ones.
    if (a.isEmpty() || b.isEmpty())
        return cmp(a.isEmpty() ? 0 : 1, b.isEmpty() ? 0 : 1);
    for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
        const bool an = isNumber(a[i]), bn = isNumber(b[i]);
        int c = 0;
        if (an && bn)
            c = cmp(toNumber(a[i]), toNumber(b[i]));
        else if (an != bn)
            c = an ? 1 : -1;
        else
            c = a[i].compare(b[i]);
        if (c)
            return c < 0 ? -1 : 1;
    }
    return cmp(a.size(), b.size());
}

} // namespace

Version Version::parse(const QString &text)
{
    Version v;
    v.text = text.trimmed();
    const auto m = versionPattern().match(v.text);
    if (!m.hasMatch())
        return v;
    v.valid = true;
    if (m.hasCaptured(QStringLiteral("epoch")))
        v.epoch = toNumber(m.captured(QStringLiteral("epoch")));
    for (const QString &part : m.captured(QStringLiteral("release")).split(QLatin1Char('.')))
        v.release.append(toNumber(part));
    if (m.hasCaptured(QStringLiteral("pre_l"))) {
        const QString l = m.captured(QStringLiteral("pre_l")).toLower();
        if (l == QLatin1String("a") || l == QLatin1String("alpha"))
            v.pre = Pre::Alpha;
        else if (l == QLatin1String("b") || l == QLatin1String("beta"))
            v.pre = Pre::Beta;
        else
            v.pre = Pre::Rc; // c, rc, pre, preview
        v.preNumber =
            m.hasCaptured(QStringLiteral("pre_n")) ? toNumber(m.captured(QStringLiteral("pre_n"))) : 0;
    }
    if (m.hasCaptured(QStringLiteral("post_n1")))
        v.post = toNumber(m.captured(QStringLiteral("post_n1")));
    else if (m.hasCaptured(QStringLiteral("post_l")))
        v.post =
            m.hasCaptured(QStringLiteral("post_n2")) ? toNumber(m.captured(QStringLiteral("post_n2"))) : 0;
    if (m.hasCaptured(QStringLiteral("dev_l")))
        v.dev = m.hasCaptured(QStringLiteral("dev_n")) ? toNumber(m.captured(QStringLiteral("dev_n"))) : 0;
    if (m.hasCaptured(QStringLiteral("local"))) {
        static const QRegularExpression sep(QStringLiteral("[-_.]"));
        for (const QString &seg : m.captured(QStringLiteral("local")).toLower().split(sep))
            v.local.append(isNumber(seg) ? QString::number(toNumber(seg)) : seg);
    }
    return v;
}

bool Version::isCalVer() const
{
    if (!valid || release.isEmpty())
        return false;
    const qint64 first = release.first();
    return (first >= 1990 && first <= 2199) || (first >= 19900101 && first <= 21991231);
}

QString Version::publicVersion() const
{
    if (!valid)
        return text;
    QString s;
    if (epoch)
        s += QString::number(epoch) + QLatin1Char('!');
    QStringList parts;
    for (qint64 r : release)
        parts.append(QString::number(r));
    s += parts.join(QLatin1Char('.'));
    switch (pre) {
    case Pre::None: break;
    case Pre::Alpha: s += QStringLiteral("a") + QString::number(preNumber); break;
    case Pre::Beta: s += QStringLiteral("b") + QString::number(preNumber); break;
    case Pre::Rc: s += QStringLiteral("rc") + QString::number(preNumber); break;
    }
    if (post >= 0)
        s += QStringLiteral(".post") + QString::number(post);
    if (dev >= 0)
        s += QStringLiteral(".dev") + QString::number(dev);
    return s;
}

QString Version::canonical() const
{
    if (!valid)
        return text;
    return local.isEmpty() ? publicVersion()
                           : publicVersion() + QLatin1Char('+') + local.join(QLatin1Char('.'));
}

int compareVersions(const Version &a, const Version &b)
{
    if (int c = cmp(a.epoch, b.epoch))
        return c;
    const QList<qint64> ra = stripped(a.release), rb = stripped(b.release);
    for (int i = 0; i < std::max(ra.size(), rb.size()); ++i)
        if (int c = cmp(ra.value(i, 0), rb.value(i, 0)))
            return c;
    const auto pa = preKey(a), pb = preKey(b);
    if (int c = cmp(pa.first, pb.first))
        return c;
    if (int c = cmp(pa.second, pb.second))
        return c;
    if (int c = cmp(a.post, b.post)) // absent (-1) sorts first
        return c;
    const qint64 da = a.dev < 0 ? std::numeric_limits<qint64>::max() : a.dev;
    const qint64 db = b.dev < 0 ? std::numeric_limits<qint64>::max() : b.dev;
    if (int c = cmp(da, db))
        return c;
    return compareLocal(a.local, b.local);
}

Level classifyDifference(const Version &a, const Version &b)
{
    if (compareVersions(a, b) == 0)
        return Level::None;
    if (a.epoch != b.epoch)
        return Level::Major;
    const int n = std::max(a.release.size(), b.release.size());
    for (int i = 0; i < n; ++i) {
        if (a.release.value(i, 0) != b.release.value(i, 0))
            return i == 0 ? Level::Major : (i == 1 ? Level::Minor : Level::Patch);
    }
    if (a.pre != b.pre || a.preNumber != b.preNumber || a.post != b.post || a.dev != b.dev)
        return Level::Patch;
    return Level::Local;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::None: return QStringLiteral("none");
    case Level::Local: return QStringLiteral("local");
    case Level::Patch: return QStringLiteral("patch");
    case Level::Minor: return QStringLiteral("minor");
    case Level::Major: return QStringLiteral("major");
    }
    return {};
}

bool levelFromName(const QString &name, Level *out)
{
    for (Level l : {Level::None, Level::Local, Level::Patch, Level::Minor, Level::Major})
        if (levelName(l) == name) {
            *out = l;
            return true;
        }
    return false;
}

} // namespace mr::environment
