// SPDX-License-Identifier: Apache-2.0
#include "models/code/intraline.h"

#include <QStringView>

#include <vector>

namespace mr::code {

namespace {

struct Token
{
    int start;
    int length;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

std::vector<Token> tokenize(const QString &text)
{
    std::vector<Token> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        int j = i + 1;
        if (isWordChar(c)) {
            while (j < n && isWordChar(text.at(j)))
                ++j;
        } else if (c.isSpace()) {
            while (j < n && text.at(j).isSpace())
                ++j;
        } else if (c.isHighSurrogate() && j < n && text.at(j).isLowSurrogate()) {
            ++j;
        }
        out.push_back({i, j - i});
        i = j;
    }
    return out;
}

QStringView tokenText(const QString &text, const Token &t)
{
    return QStringView(text).mid(t.start, t.length);
}

void addRange(QList<TextRange> &ranges, const Token &t)
{
    if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == t.start)
        ranges.last().length += t.length;
    else
        ranges.append({t.start, t.length});
}

} // namespace

LineChanges intraLineChanges(const QString &oldText, const QString &newText)
{
    LineChanges out;
    if (oldText == newText)
        return out;
    const std::vector<Token> a = tokenize(oldText), b = tokenize(newText);
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() &&
           tokenText(oldText, a[prefix]) == tokenText(newText, b[prefix]))
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           tokenText(oldText, a[a.size() - 1 - suffix]) == tokenText(newText, b[b.size() - 1 - suffix]))
        ++suffix;
    const size_t m = a.size() - prefix - suffix, n = b.size() - prefix - suffix;

    std::vector<char> keepA(m, 0), keepB(n, 0);
    // Longest common subsequence of the middle tokens; bounded so a pathological line pair
    // cannot stall a worker (beyond the bound the whole middle is the change).
    if (m > 0 && n > 0 && m * n <= 250000) {
        std::vector<int> dp((m + 1) * (n + 1), 0);
        auto at = [&](size_t i, size_t j) -> int & { return dp[i * (n + 1) + j]; };
        for (size_t i = m; i-- > 0;)
            for (size_t j = n; j-- > 0;)
                at(i, j) = tokenText(oldText, a[prefix + i]) == tokenText(newText, b[prefix + j])
                               ? at(i + 1, j + 1) + 1
                               : qMax(at(i + 1, j), at(i, j + 1));
        size_t i = 0, j = 0;
        while (i < m && j < n) {
            if (tokenText(oldText, a[prefix + i]) == tokenText(newText, b[prefix + j])) {
                keepA[i++] = 1;
                keepB[j++] = 1;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    int commonChars = 0;
    for (size_t i = 0; i < prefix; ++i)
        commonChars += a[i].length;
    for (size_t i = 0; i < suffix; ++i)
        commonChars += a[a.size() - 1 - i].length;
    for (size_t i = 0; i < m; ++i) {
        if (keepA[i])
            commonChars += a[prefix + i].length;
        else
            addRange(out.oldRanges, a[prefix + i]);
    }
    for (size_t j = 0; j < n; ++j)
        if (!keepB[j])
            addRange(out.newRanges, b[prefix + j]);
    const int shorter = int(qMin(oldText.size(), newText.size()));
    if (shorter > 0 && commonChars * 5 < shorter)
        return {};
    return out;
}

void annotateIntraLine(Hunk &hunk)
{
    QList<Line> &lines = hunk.lines;
    const int n = int(lines.size());
    int i = 0;
    while (i < n) {
        if (lines[i].type != Line::Type::Removed) {
            ++i;
            continue;
        }
        const int removedBegin = i;
        while (i < n && lines[i].type == Line::Type::Removed)
            ++i;
        const int addedBegin = i;
        while (i < n && lines[i].type == Line::Type::Added)
            ++i;
        const int pairs = qMin(addedBegin - removedBegin, i - addedBegin);
        for (int k = 0; k < pairs; ++k) {
            const LineChanges c = intraLineChanges(lines[removedBegin + k].text, lines[addedBegin + k].text);
            lines[removedBegin + k].changed = c.oldRanges;
            lines[addedBegin + k].changed = c.newRanges;
        }
    }
}

} // namespace mr::code
