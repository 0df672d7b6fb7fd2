// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"
#include "models/dataset/baselinediff.h"
#include "models/dataset/manifest.h"
#include "models/package/package.h"
#include "models/review/carry.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPromise>
#include <QSet>
#include <QString>

#include <memory>

// What changed in a whole model package since a previous version of it (issue 13): the code
// from the previous head to this head, the dataset manifest, the environments, the metrics and
// the package's metadata. Plain values computed off the GUI thread; `inspect --previous`, the
// reports, the panes' "Since vX" toggle and the carrying of a review all read the same values.
namespace mr::interdiff {

// One state word for every pane, as `inspect --json` writes it.
enum class ItemState { Added, Removed, Modified, Renamed };
QString itemStateName(ItemState s); // "added", "removed", "modified", "renamed"

// One file that differs between the previous head and this head (or between the two bases).
struct CodeFileChange
{
    QString path;    // path at this version (the previous path for deleted files)
    QString oldPath; // path at the previous version (differs for renames)
    ItemState state = ItemState::Modified;
    int additions = 0, deletions = 0;
    bool binary = false;
    QString oldId, newId;          // blob ids (hex); empty when the side does not exist
    QList<review::LineHunk> hunks; // zero-context hunks, for carrying code comments
};

struct CodeInterdiff
{
    bool compared = false; // both packages have a code section and both heads were read
    QString error;         // why not, when a package has code but it could not be compared
    bool presentBefore = false, presentNow = false; // code section provided (for carrying)
    QString oldHead, newHead, oldBase, newBase;     // resolved commit ids
    bool baseChanged = false;
    QList<CodeFileChange> files;     // previous head -> this head
    QList<CodeFileChange> baseFiles; // previous base -> this base (empty unless baseChanged)
    int additions() const;
    int deletions() const;
};

struct DatasetChange
{
    QString path;    // this version's path (the previous path when removed)
    QString oldPath; // the previous path (renamed: differs)
    ItemState state = ItemState::Modified;
};

struct DatasetInterdiff
{
    bool compared = false;
    QString error;
    bool presentBefore = false, presentNow = false;
    QList<DatasetChange> changes; // in this manifest's order, then removed entries
    qint64 added = 0, removed = 0, modified = 0, renamed = 0, unchanged = 0;
    // Both manifests (indexed) and their diff, shared read-only: the carry looks entries up.
    std::shared_ptr<const dataset::Manifest> before, now;
    std::shared_ptr<const dataset::BaselineDiff> diff; // `now` against `before`
};

struct EnvironmentRowChange
{
    QString key;         // normalised package name or "platform:<fact>"
    QString label;       // what a person reads
    QString before, now; // values ("" when absent)
    ItemState state = ItemState::Modified;
};

struct EnvironmentChange
{
    QString name;                          // the environment's name in the package
    ItemState state = ItemState::Modified; // Added or Removed: the whole environment
    QList<EnvironmentRowChange> rows;      // Modified: the rows whose values changed
};

// Row values per environment name and row key, as the comparison shows them.
using EnvironmentValues = QHash<QString, QHash<QString, QString>>;

struct EnvironmentsInterdiff
{
    bool compared = false;
    bool presentBefore = false, presentNow = false;
    QList<EnvironmentChange> environments; // only environments with a change
    EnvironmentValues before, now;
    QString nowDevelopment, nowReference; // this version's default pair
};

struct MetricChange
{
    QString name;
    ItemState state = ItemState::Modified;
    QString claimedBefore, claimedNow, rerunBefore, rerunNow, statusBefore, statusNow;
};

struct ResultsInterdiff
{
    bool compared = false;
    bool presentBefore = false, presentNow = false;
    QList<MetricChange> metrics; // by name
    QSet<QString> namesNow;      // every metric this version has
};

struct FieldChange
{
    QString field;       // "version", "summary", "code.head", "results.metrics", ...
    QString before, now; // compact JSON of each value ("" when absent)
};

struct Interdiff
{
    QString previousName, previousVersion, name, version;
    QList<FieldChange> package; // model-package.json fields whose values changed
    CodeInterdiff code;
    DatasetInterdiff dataset;
    EnvironmentsInterdiff environments;
    ResultsInterdiff results;
    bool canceled = false;
};

// Computes the interdiff of `now` against `before`. Nothing is written to either package: the
// previous repository's objects are read through an in-memory alternate of this repository.
// Progress in percent; cancel honoured between the panes.
void computeInterdiff(QPromise<Interdiff> &promise, const PackagePtr &before, const PackagePtr &now);
Interdiff interdiffSync(const PackagePtr &before, const PackagePtr &now);

// Each pane's part (exposed for tests and for the bench).
CodeInterdiff codeInterdiff(const Package &before, const Package &now,
                            const std::atomic_bool *cancel = nullptr);
DatasetInterdiff datasetInterdiff(const Package &before, const Package &now);
EnvironmentsInterdiff environmentsInterdiff(const Package &before, const Package &now);
ResultsInterdiff resultsInterdiff(const Package &before, const Package &now);
QList<FieldChange> packageInterdiff(const Package &before, const Package &now);

// The unified diff (`context` lines around each hunk) of one file of `code.files` from the
// previous head to this head, for the Code pane's "Since" view. Empty with `error` set when a
// blob cannot be read; "Binary file" for binary content.
QString codeFilePatch(const Package &before, const Package &now, const CodeFileChange &file, QString *error,
                      int context = 3);

} // namespace mr::interdiff

Q_DECLARE_METATYPE(mr::interdiff::Interdiff)
