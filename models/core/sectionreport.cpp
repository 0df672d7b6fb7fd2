// SPDX-License-Identifier: Apache-2.0
#include "models/core/sectionreport.h"

#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace mr {

QString markdownEscape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|#!");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

std::string newStreamedPlaceholder(const char *what)
{
    static const quint64 nonce = QRandomGenerator::system()->generate64();
    return "@modelreview-streamed:" + std::string(what) + ":" + std::to_string(nonce) + "@";
}

void writeJsonText(const nlohmann::ordered_json &doc, const QList<SectionReport> &sections,
                   const std::function<void(std::string_view)> &out)
{
    const std::string text = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    struct Splice
    {
        size_t at, length;
        const SectionReport::Streamed *streamed;
    };
    std::vector<Splice> splices;
    for (const SectionReport &s : sections) {
        if (!s.streamed)
            continue;
        const std::string quoted = '"' + s.streamed->placeholder + '"';
        const size_t at = text.find(quoted);
        if (at != std::string::npos)
            splices.push_back(Splice{at, quoted.size(), s.streamed.get()});
    }
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.at < b.at; });
    size_t from = 0;
    for (const Splice &sp : splices) {
        out(std::string_view(text).substr(from, sp.at - from));
        const size_t lineStart = text.rfind('\n', sp.at);
        // The array's closing bracket lines up with the key's line, as dump() would put it.
        size_t keyIndent = 0;
        for (size_t i = lineStart == std::string::npos ? 0 : lineStart + 1; i < sp.at && text[i] == ' '; ++i)
            ++keyIndent;
        sp.streamed->write(out, int(keyIndent));
        from = sp.at + sp.length;
    }
    out(std::string_view(text).substr(from));
}

} // namespace mr
