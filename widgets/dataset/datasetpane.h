// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/dataset/datasetfindings.h"
#include "widgets/common/pane.h"

#include "widgets/common/panetask.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;
class QTreeView;

namespace mr {

class Placeholder;

namespace dataset {
class ManifestTableModel;
struct PaneAnalysis;
} // namespace dataset

// The Dataset pane: the manifest as a table (folder tree beside it, filters, totals), the
// baseline diff, and verification of the data with live status, cancel and resume. Loading,
// analysis and verification run off the GUI thread; rows show as they load.
class DatasetPane : public Pane
{
    Q_OBJECT
public:
    explicit DatasetPane(QWidget *parent = nullptr);
    ~DatasetPane() override;

    void setPackage(const PackagePtr &package) override;
    bool reveal(const Anchor &anchor) override;
    void setCommentMarkers(const QList<CommentMarker> &markers) override;
    Findings findings() const override;
    QString anchoredText(const Anchor &anchor) const override;
    QList<QAction *> menuActions() const override;

    // For tests and the window: the state of the last verification (null before the first).
    std::shared_ptr<const dataset::Verification> verification() const { return m_verification; }
    dataset::ManifestTableModel *tableModel() const { return m_model; }
    bool isLoading() const;
    bool isVerifying() const;

public Q_SLOTS:
    void startVerification();
    void cancelVerification();
    void commentOnCurrent();

Q_SIGNALS:
    // The manifest, its baseline and the folder tree are ready (analysis done).
    void loaded();
    void verificationFinished();

private:
    void buildUi();
    void resetState();
    void onBatches(int begin, int end);
    void onLoadFinished();
    void onAnalysisFinished();
    void onVerifyTick();
    void onVerifyFinished();
    void updateTotals();
    void updateButtons();
    void applyColumnFilter();
    void showDiagnostics();
    void buildFolders(const dataset::PaneAnalysis &analysis);

    PackagePtr m_package;
    dataset::DatasetData m_data;
    std::shared_ptr<dataset::Verification> m_verification;
    quint64 m_seenVerifyGeneration = 0;
    bool m_verifyCanceled = false; // the last run was canceled: Resume continues it
    Findings m_findings;
    QSet<QString> m_commentedPaths;

    PaneTask<dataset::ManifestBatch> m_loadTask{this};
    PaneTask<std::shared_ptr<dataset::PaneAnalysis>> m_analysisTask{this};
    PaneTask<dataset::VerifyTotals> m_verifyTask{this};
    QTimer *m_verifyTimer = nullptr;

    QStackedWidget *m_stack = nullptr;
    Placeholder *m_placeholder = nullptr;
    dataset::ManifestTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTreeView *m_folders = nullptr;
    QStandardItemModel *m_folderModel = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_columnCombo = nullptr;
    QLineEdit *m_columnFilter = nullptr;
    QCheckBox *m_changedOnly = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_commentButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_rootNote = nullptr;
    QListWidget *m_diagnostics = nullptr;
    QAction *m_commentAction = nullptr;
    QAction *m_verifyAction = nullptr;
};

} // namespace mr
