// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"

namespace mr::code {

struct LineChanges
{
    QList<TextRange> oldRanges; // changed ranges within the old line
    QList<TextRange> newRanges; // changed ranges within the new line
};

// Word-level changes between two paired lines: the lines are split into tokens (identifier or
// number runs, whitespace runs, single punctuation characters), the common prefix and suffix
// are skipped and the middle is aligned by a longest common subsequence; tokens outside it are
// the changed ranges (adjacent ones merged). When the lines share less than a fifth of their
// characters the result is empty: the whole line is the change, and marking words would be noise.
LineChanges intraLineChanges(const QString &oldText, const QString &newText);

// Pairs each run of removed lines with the run of added lines that follows it (first with first)
// and stores their intra-line changes in Line::changed.
void annotateIntraLine(Hunk &hunk);

} // namespace mr::code
