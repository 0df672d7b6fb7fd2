// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/environment/environmentreport.h"
#include "widgets/common/pane.h"

#include "widgets/common/panetask.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace mr {

class EnvironmentComparisonModel;
class EnvironmentFilterModel;
class EnvironmentMatrixModel;
class Placeholder;

// The Environment pane: any two environments of the package compared row by row (platform and
// packages), filters and sorting, a matrix across every environment, and what went wrong while
// reading each file. Files are read and the code's imports scanned off the GUI thread.
//
// Object names for tests and style sheets: developmentCombo, referenceCombo, swapButton,
// environmentTabs, environmentTable, environmentMatrix, environmentDiagnostics, searchEdit,
// changedOnlyCheck, levelFilter, changeFilter, commentButton, environmentTotals,
// environmentPlaceholder.
class EnvironmentPane : public Pane
{
    Q_OBJECT
public:
    explicit EnvironmentPane(QWidget *parent = nullptr);
    ~EnvironmentPane() override;

    void setPackage(const PackagePtr &package) override;
    bool reveal(const Anchor &anchor) override;
    void setCommentMarkers(const QList<CommentMarker> &markers) override;
    Findings findings() const override { return m_findings; }
    QString anchoredText(const Anchor &anchor) const override;

    // The pair shown ("development..reference").
    QString currentPair() const;
    // Shows the pair; false when either name is unknown.
    bool setPair(const QString &development, const QString &reference);
    // Asks for a comment on the row at `proxyRow` of the comparison table (what the context
    // menu and the Comment button do).
    void requestComment(int proxyRow);
    // True once the current package's environments are loaded (or failed).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoaded();
    void showPair();
    void updateTotals();
    void updateDiagnostics();
    QString quoteRow(const environment::ComparisonRow &row) const;

    PackagePtr m_package;
    PaneTask<environment::LoadedEnvironments> m_task{this};
    environment::LoadedEnvironments m_environments;
    Findings m_findings;
    QList<CommentMarker> m_markers;
    bool m_loaded = false;
    bool m_checklistSent = false;

    QStackedWidget *m_stack = nullptr;
    Placeholder *m_placeholder = nullptr;
    QComboBox *m_development = nullptr;
    QComboBox *m_reference = nullptr;
    QPushButton *m_swap = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_changedOnly = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_changeFilter = nullptr;
    QPushButton *m_comment = nullptr;
    QLabel *m_totals = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_matrixView = nullptr;
    QListWidget *m_diagnostics = nullptr;
    EnvironmentComparisonModel *m_model = nullptr;
    EnvironmentFilterModel *m_proxy = nullptr;
    EnvironmentMatrixModel *m_matrix = nullptr;
    EnvironmentFilterModel *m_matrixProxy = nullptr;
};

} // namespace mr
