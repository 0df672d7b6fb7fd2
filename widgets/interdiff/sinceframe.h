// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/interdiff/interdiff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace mr {

class InterdiffModel;
class Pane;

// Holds one pane and, once a previous version of the package is known, a "Since vX" toggle that
// swaps the pane for what changed since that version: the interdiff rows of the pane, and for
// the Code pane the diff of the selected file from the previous head to this head. The pane
// itself is unchanged; the frame only takes its place in the dock.
class SinceFrame : public QWidget
{
    Q_OBJECT
public:
    SinceFrame(Pane *pane, const QString &paneId, QWidget *parent = nullptr);

    Pane *pane() const { return m_pane; }
    QString paneId() const { return m_paneId; }
    QToolButton *toggle() const { return m_toggle; }
    InterdiffModel *model() const { return m_model; }
    bool showingSince() const;

    // A previous version is being compared: the toggle appears (disabled, "Loading") until
    // setInterdiff(). An empty version hides the toggle and shows the pane.
    void setPrevious(const QString &version);
    void setInterdiff(const interdiff::Interdiff &interdiff, const PackagePtr &before, const PackagePtr &now);
    void setFailed(const QString &message);

private:
    void showSince(bool on);
    void showFilePatch(int row);

    Pane *m_pane;
    QString m_paneId;
    QWidget *m_bar;
    QToolButton *m_toggle;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QPlainTextEdit *m_patch = nullptr; // Code pane only
    InterdiffModel *m_model;
    PackagePtr m_before, m_now;
};

} // namespace mr
