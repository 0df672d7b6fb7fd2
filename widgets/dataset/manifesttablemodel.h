// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/dataset/baselinediff.h"
#include "models/dataset/manifest.h"
#include "models/dataset/verifier.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>
#include <vector>

namespace mr::dataset {

// The manifest as a table, read straight from the columnar store: no per-cell storage. Rows are
// the manifest's entries, then the baseline's removed entries, then files found under the data
// root that the manifest lacks (after a verification). Filtering and sorting produce a
// permutation of those rows inside the model (a proxy model is five times slower on text).
class ManifestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum FixedColumn {
        PathColumn,
        ChangeColumn,
        RenamedFromColumn, // a renamed entry's baseline path
        SizeColumn,
        BaselineSizeColumn,
        DigestColumn,
        BaselineDigestColumn,
        StatusColumn,
        FixedColumnCount
    };
    enum Role { PathRole = Qt::UserRole + 1, SourceRowRole, ChangeRole, StatusRole, CommentedRole };
    // Status filter values (besides the EntryStatus values) for rows that are not entries.
    enum class StatusFilter { All, Problems, Ok, Mismatch, Missing, Unreadable, NoHash, Pending, Unlisted };

    explicit ManifestTableModel(QObject *parent = nullptr);

    // Loading: starts empty, rows are appended as batches arrive.
    void clear();
    void appendBatch(const Manifest &batch);
    // Reserves room for the whole manifest (from the loader's estimate) to avoid regrowth.
    void reserve(qint64 rows, qint64 pathBytes);
    std::shared_ptr<Manifest> manifest() const { return m_manifest; }
    void setBaseline(std::shared_ptr<const Manifest> baseline, BaselineDiff diff);
    void setVerification(std::shared_ptr<Verification> verification);
    // Rows for unlisted files; call when a verification run ends.
    void refreshUnlisted();
    // Status cells changed (the verifier runs): repaints the status column.
    void refreshStatus();
    void setCommentedPaths(const QSet<QString> &paths);

    // Filters, applied together.
    void setTextFilter(const QString &text);               // path contains (case-insensitive)
    void setColumnFilter(int column, const QString &text); // cell of `column` contains; -1 none
    void setFolderFilter(const QString &folder);           // path starts with folder + '/'; "" none
    void setChangedOnly(bool on);
    void setStatusFilter(StatusFilter filter);
    void clearFilters();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The view row of an entry path, -1 when absent or filtered out.
    int rowOfPath(const QString &path) const;
    QString pathAt(int row) const;
    // "path · 1,234 bytes · sha256:abcd… · modified" for quoting in a comment. It leaves out
    // the verification status: the quote is the comment's fingerprint, and running (or not yet
    // running) a verification must not make a comment on the entry outdated.
    QString describeRow(int row) const;
    qsizetype sourceRowCount() const;

private:
    enum class Kind { Entry, Removed, Unlisted };
    struct Source
    {
        Kind kind;
        qsizetype row; // manifest row, baseline row, or unlisted index
    };
    Source source(qsizetype sourceRow) const;
    std::string_view pathOf(const Source &s) const;
    bool accepts(qsizetype sourceRow) const;
    void rebuild();
    void applySort();
    QString cellText(const Source &s, int column) const;
    EntryStatus statusOf(const Source &s) const;
    DiffState changeOf(const Source &s) const;

    std::shared_ptr<Manifest> m_manifest;
    std::shared_ptr<const Manifest> m_baseline;
    BaselineDiff m_diff;
    std::shared_ptr<Verification> m_verification;
    QList<UnlistedFile> m_unlisted;
    std::vector<QByteArray> m_unlistedUtf8; // their paths, for sorting and filtering
    std::vector<std::uint8_t> m_commented;  // per manifest row
    QSet<QString> m_commentedPaths;

    std::vector<std::int32_t> m_view;      // source rows shown, in order
    std::vector<std::int32_t> m_pathOrder; // every source row by path; computed on first use
    QByteArray m_text;                     // lower-case UTF-8
    int m_filterColumn = -1;
    QString m_filterColumnText;
    std::vector<std::uint8_t> m_poolMatch; // for text extra columns: pool id matches
    QByteArray m_folder;
    bool m_changedOnly = false;
    StatusFilter m_status = StatusFilter::All;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace mr::dataset
