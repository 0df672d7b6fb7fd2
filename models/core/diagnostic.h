// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace mr {

// A problem found in an input, located as precisely as the reader can: file, then line and
// column (1-based; 0 when not applicable), then a key path or entry name in `where`.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString where;
    QString message;

    // "file:line:column: where: message", leaving out the parts that are unknown.
    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

} // namespace mr

// QStrings and ints only: QList grows by moving bytes.
Q_DECLARE_TYPEINFO(mr::Diagnostic, Q_RELOCATABLE_TYPE);

namespace mr {

using Diagnostics = QList<Diagnostic>;

} // namespace mr
