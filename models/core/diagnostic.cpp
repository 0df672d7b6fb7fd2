// SPDX-License-Identifier: Apache-2.0
#include "models/core/diagnostic.h"

namespace mr {

QString Diagnostic::toString() const
{
    QString out = file;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
    }
    if (!where.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(": ")) + where;
    if (!message.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(": ")) + message;
    return out;
}

} // namespace mr
