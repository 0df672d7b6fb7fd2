// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/code/codetypes.h"
#include "widgets/common/pane.h"

#include "widgets/common/panetask.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace mr {

class CodeFileListModel;
class DiffView;

// The Code pane: the files changed between the package's base and head revisions and the
// selected file's diff. All git work runs on worker threads (QtConcurrent + PaneTask): the file
// list first (fast), then every file's line counts, then a file's patch when it is opened, then
// its syntax highlighting. Stale results are dropped by the tasks' generation guard.
class CodePane : public Pane
{
    Q_OBJECT
public:
    explicit CodePane(QWidget *parent = nullptr);
    ~CodePane() override;

    void setPackage(const PackagePtr &package) override;
    bool reveal(const Anchor &anchor) override;
    void setCommentMarkers(const QList<CommentMarker> &markers) override;
    void setViewedKeys(const QSet<QString> &keys) override;
    Findings findings() const override { return m_findings; }
    QString anchoredText(const Anchor &anchor) const override;
    QList<QAction *> menuActions() const override;

    // For tests and the window: the file list once computed, the model and the diff view.
    const code::FileList &fileList() const { return m_list; }
    CodeFileListModel *fileModel() const { return m_model; }
    DiffView *diffView() const { return m_view; }
    bool selectFile(const QString &path);
    QString currentPath() const;
    void setUnified(bool unified);

Q_SIGNALS:
    // Emitted when the file list (with counts) is complete, and when a file's diff is shown.
    void fileListReady();
    void patchShown(const QString &path);
    // Syntax colours arrived for the shown file (KF6 flavour only).
    void highlightingApplied(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPlaceholder(const QString &text);
    void onFileListFinished();
    void onCountsFinished();
    void onPatchFinished();
    void onStylesFinished();
    void loadCurrentFile();
    void updateTotals();
    void updateMarkers();
    void stepFile(int delta);
    void toggleViewed();
    void requestComment();
    void updateActions();
    QStringList currentLines(const Anchor &anchor) const;
    code::DiffOptions options() const;
    int currentFileIndex() const;

    PackagePtr m_package;
    code::FileList m_list;
    Findings m_findings;
    QList<CommentMarker> m_markers;
    Anchor m_pendingReveal;
    bool m_allViewedReported = false;

    CodeFileListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_fileTitle = nullptr;
    QLabel *m_fileNote = nullptr;
    QToolButton *m_unified = nullptr;
    QCheckBox *m_whitespace = nullptr;
    QSpinBox *m_context = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    DiffView *m_view = nullptr;

    QAction *m_nextHunk = nullptr;
    QAction *m_previousHunk = nullptr;
    QAction *m_nextFile = nullptr;
    QAction *m_previousFile = nullptr;
    QAction *m_toggleViewed = nullptr;
    QAction *m_addComment = nullptr;
    QAction *m_toggleUnified = nullptr;

    PaneTask<code::FileList> m_listTask{this};
    PaneTask<QList<code::FileDiff>> m_countsTask{this};
    PaneTask<code::FilePatch> m_patchTask{this};
    PaneTask<QList<QList<code::LineStyles>>> m_stylesTask{this};
};

} // namespace mr
