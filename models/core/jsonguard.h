// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace mr {

// Deeper nesting than this is refused before any recursive code (the DOM, dump(), our own
// walkers) sees the document: 50,000 levels overflowed the stack in `inspect --json`.
inline constexpr int kMaxJsonDepth = 512;

// A single pass over JSON text, independent of the DOM parser, for the two checks nlohmann
// does not make: nesting depth (checked on any text, even malformed, so that it runs first) and
// duplicate object keys (compared after unescaping, so "\u0076erdict" equals "verdict"). On a
// problem returns false and fills `error` with the file, line and column; for a duplicate key
// the message names the line and column of the first occurrence too. Duplicate detection
// assumes text the DOM parser accepted.
bool checkJsonDepth(const QByteArray &data, const QString &fileName, int maxDepth, Diagnostic *error);
bool checkJsonDuplicateKeys(const QByteArray &data, const QString &fileName, Diagnostic *error);

} // namespace mr
