// SPDX-License-Identifier: Apache-2.0
#include "models/core/sectionreport.h"

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

} // namespace mr
