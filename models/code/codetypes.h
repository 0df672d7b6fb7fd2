// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace mr::code {

// Value types of the Code pane, in the spirit of Qt Creator's diffutils.h: plain data computed
// by the core (off the GUI thread) and only rendered by widgets.

enum class FileStatus { Added, Modified, Deleted, Renamed, Copied, TypeChange, ModeChange, Submodule };

QString statusName(FileStatus status); // "added", "modified", ... (the JSON report's words)
QChar statusLetter(FileStatus status); // A M D R C T X S

// One changed file between base and head, as the tree-to-tree delta list knows it. Line counts
// are -1 until the file's patch has been computed (computeLineCounts fills them).
struct FileDiff
{
    QString path;    // new path (old path for deleted files)
    QString oldPath; // differs from path for renames and copies
    FileStatus status = FileStatus::Modified;
    int similarity = 0; // renames and copies: 0-100
    int additions = -1;
    int deletions = -1;
    bool binary = false;     // binary content or over the text size limit
    bool tooLarge = false;   // over the text size limit (shown by size and hash)
    bool lfsPointer = false; // either side is a Git LFS pointer file
    QString oldId, newId;    // blob ids (hex); empty when the side does not exist
    qint64 oldSize = -1, newSize = -1;
    quint32 oldMode = 0, newMode = 0;

    bool countsKnown() const { return additions >= 0 && deletions >= 0; }
    // The key the review file keeps for the "viewed" mark: the new blob id, so that the mark
    // clears itself when a later package changes the file. Deleted files use "deleted:<old id>".
    QString viewedKey() const;
};

// A character range inside one line's text (UTF-16 offsets).
struct TextRange
{
    int start = 0;
    int length = 0;
    bool operator==(const TextRange &) const = default;
};

// A syntax-highlighting span inside one line (KF6 flavour only; empty otherwise).
struct StyleSpan
{
    int start = 0;
    int length = 0;
    quint32 color = 0; // QRgb; 0 = default text colour
    bool bold = false;
    bool italic = false;
};
using LineStyles = QList<StyleSpan>;

struct Line
{
    enum class Type { Context, Added, Removed };
    Type type = Type::Context;
    int oldLine = 0;          // 1-based; 0 when the line does not exist on the old side
    int newLine = 0;          // 1-based; 0 when the line does not exist on the new side
    QString text;             // without the line terminator
    QList<TextRange> changed; // intra-line changes of a paired removed/added line
};

struct Hunk
{
    int oldStart = 0, oldLines = 0, newStart = 0, newLines = 0;
    QString header; // the function context after @@ ... @@ (may be empty)
    QList<Line> lines;
};

// The decoded whole text of one side of a file.
struct SideText
{
    QStringList lines;
    bool exists = false;
    bool decodedAsLatin1 = false; // not valid UTF-8: shown decoded as Latin-1 with a note
    bool crlf = false;            // lines ended with CR LF
    bool noNewlineAtEnd = false;
};

struct DiffOptions
{
    int contextLines = 3;
    bool ignoreWhitespace = false;
    bool detectRenames = true;
    bool detectCopies = false;            // copies from files modified in the same diff (git diff -C)
    qint64 maxTextSize = 8 * 1024 * 1024; // larger files are shown by size and hash
    bool operator==(const DiffOptions &) const = default;
};

// One file's patch: hunks plus both whole texts (for expanding context and for highlighting).
struct FilePatch
{
    FileDiff file;
    QList<Hunk> hunks;
    SideText oldText, newText;
    QString error; // non-empty: "Failed: ..." in the pane
    bool isEmpty() const { return hunks.isEmpty(); }
};

// What the file list needs: both revisions resolved, the changed files, repository findings.
struct FileList
{
    QString repositoryPath;
    QString base, head;       // as written in the package
    QString baseSha, headSha; // resolved commit ids (empty when not resolved)
    QList<FileDiff> files;
    Findings findings;
    QStringList notes; // messages shown in the pane's banner (warnings)
    QString error;     // non-empty: the diff could not be computed at all
    bool ok() const { return error.isEmpty(); }
};

struct Totals
{
    int files = 0, additions = 0, deletions = 0, binary = 0;
};
Totals totalsOf(const QList<FileDiff> &files);

} // namespace mr::code

Q_DECLARE_METATYPE(mr::code::FileList)
Q_DECLARE_METATYPE(mr::code::FilePatch)
