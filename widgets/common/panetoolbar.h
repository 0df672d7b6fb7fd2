// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QToolBar>

namespace mr {

// A pane's row of controls. Unlike a layout row it never forces the pane wider than the dock:
// controls that do not fit move into the toolbar's overflow menu, so that all four panes fit
// side by side on a 1920-pixel screen.
class PaneToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit PaneToolBar(QWidget *parent = nullptr);
    // Space that takes what is left, pushing the following controls to the right.
    void addStretch();
    // A control that grows with the pane (a filter box, a title).
    QAction *addExpandingWidget(QWidget *widget, int minimumWidth = 80);
};

} // namespace mr
